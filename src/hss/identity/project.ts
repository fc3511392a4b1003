// HSS project discovery: with no project id given, IAM is asked once per IAM endpoint, region and
// access key for the project named after the region (GET /v3/projects?name={region}, signed with the
// same keys), as the vendor's SDKs do. Zero or several matches are a ConfigurationError: the Node
// core SDK creates a project when it finds none, which an SDK should not do behind a user's back.
import { hashing } from '#crypto';
import { ConfigurationError } from '../../core/errors.js';
import { sourceJson } from '../../core/identity/fetch.js';
import type { SourceContext } from '../../core/identity/source.js';
import { signHuawei, type HuaweiAkSk } from '../signer.js';
import { HSS_ENV } from './env-keys.js';

const IAM_TIMEOUT_MS = 10_000;
// Shared by every client of the process: the answer depends only on the key.
const discovered = new Map<string, Promise<string>>();

export interface ProjectLookup {
  readonly iam: string;
  readonly region: string;
  readonly credentials: HuaweiAkSk;
}

async function lookUp(
  context: Pick<SourceContext, 'fetch' | 'now'>,
  { iam, region, credentials }: ProjectLookup,
): Promise<string> {
  const url = new URL(`${iam}/v3/projects`);
  url.searchParams.set('name', region);
  const signature = await signHuawei(
    { method: 'GET', url, headers: [['host', url.host]], body: '' },
    credentials,
    new Date(context.now()),
    hashing,
  );
  const source = 'project discovery';
  const body = await sourceJson(
    context,
    {
      source,
      what: 'the project list (IAM)',
      url: url.href,
      timeoutMs: IAM_TIMEOUT_MS,
      init: { headers: signature.headers },
    },
    `pass \`projectId\` (--project-id) or set ${HSS_ENV.projectId}, or allow these credentials to list IAM projects`,
  );
  const projects = (body as { projects?: unknown }).projects;
  const ids = Array.isArray(projects)
    ? projects
        .map((p) => (p as { id?: unknown } | null)?.id)
        .filter((id): id is string => typeof id === 'string' && id !== '')
    : [];
  if (ids.length === 1) return ids[0] as string;
  throw new ConfigurationError(
    ids.length === 0
      ? `project discovery: IAM lists no project named ${region} for these credentials; pass \`projectId\` or set ${HSS_ENV.projectId}`
      : `project discovery: IAM lists ${ids.length} projects named ${region} (${ids.join(', ')}); pass \`projectId\` or set ${HSS_ENV.projectId}`,
  );
}

/** The region's project id, from the process-wide cache or IAM; a failure is not cached. */
export function discoverProjectId(
  context: Pick<SourceContext, 'fetch' | 'now'>,
  lookup: ProjectLookup,
): Promise<string> {
  const key = `${lookup.iam}\n${lookup.region}\n${lookup.credentials.ak}`;
  let pending = discovered.get(key);
  if (pending === undefined) {
    pending = lookUp(context, lookup);
    discovered.set(key, pending);
    pending.catch(() => discovered.delete(key));
  }
  return pending;
}
