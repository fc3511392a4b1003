// The main job (`npm start`): runs every operation of the specs through the SDK with its spec's
// example request, signed as for the real clouds, and prints a summary (cloud, operation, target,
// status, request id, latency). Without arguments every cloud of the registry (src/clouds.ts) runs
// against the embedded mock (imagesec/testing's strict one; it takes any credentials, so placeholder
// keys do). With a region for a cloud (`--<cloud>-region`, e.g. `--hss-region`) that cloud runs
// against its real endpoint with credentials from the vendor's chain; there the operations that
// change something are signed but not sent (a dry run) unless `--apply` is given. Then, against the
// mock, the README's recipes (examples/recipe-runs.ts lists them: find, act, then check or undo, one
// per seed operation; and the image loop's, each with its scene of scripted answers from
// examples/scenes.ts, so scans run and end). Exits 0 when every call and recipe succeeded.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { ConfigurationError, type ApiResult, type CallOptions } from 'imagesec';
import { DRY_RUN_STOP, DryRun } from '../src/cli/dry-run.js';
import { allClouds, type CloudId } from '../src/clouds.js';
import type { CloudDescriptor } from '../src/core/cloud.js';
import { startMock, type RunningMock } from '../src/testing/index.js';
import { exampleRequest, sdkInput } from './spec/examples.js';
import { RECIPE_RUNS } from '../examples/recipe-runs.js';
import { playScene } from '../examples/scenes.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const clouds = allClouds();
/** `--<cloud>-region`: that cloud runs against its real endpoint in this region. */
const regionFlag = (cloud: CloudDescriptor) => `${cloud.id}-region`;
// npm hands the script what follows its own `--`: the usage shows the first option after it.
const [first, ...rest] = [...clouds.map((cloud) => `--${regionFlag(cloud)} <id>`), '--apply'];

const USAGE = `Usage: npm start [-- ${first}] ${rest.map((option) => `[${option}]`).join(' ')}

Without options, every cloud runs against the embedded mock. A region runs that cloud against its
real endpoint (credentials from the vendors' chains: see the README's Credentials section);
operations that change something are then only signed (dry run) unless --apply is given.`;

const options: NonNullable<ParseArgsConfig['options']> = {
  ...Object.fromEntries(clouds.map((cloud) => [regionFlag(cloud), { type: 'string' } as const])),
  apply: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};
const { values: args } = parseArgs({ options });
/** The region given for a cloud: it then runs against its real endpoint. */
const regionOf = (cloud: CloudDescriptor) => {
  const region = args[regionFlag(cloud)];
  return typeof region === 'string' ? region : undefined;
};
if (args.help === true) {
  console.log(USAGE);
  process.exit(0);
}

/** What the mock's clients are given: a project (for a cloud that takes one) and placeholder keys. */
const EXAMPLE_PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const EXAMPLE_KEY = { id: 'EXAMPLEKEYID0123456789', secret: 'example-secret-for-the-mock' };

type Target = { kind: 'mock'; url: string; mock: RunningMock } | { kind: 'live'; region: string };
type Method = (input: unknown, options: CallOptions) => Promise<ApiResult<unknown>>;

interface Job {
  readonly cloud: CloudDescriptor;
  /** The SDK method, e.g. `addImageWhiteLists`. */
  readonly operation: string;
  /** Changes something in the account: only a dry run on a real cloud without --apply. */
  readonly mutating: boolean;
  /** The spec's example request, as the method's input. */
  readonly input: Record<string, unknown>;
}

/** Whether the operation changes nothing: the generated tables say so (scripts/codegen/operations.ts). */

/** Every operation of a cloud's spec, with its spec's example request. */
async function jobsOf(cloud: CloudDescriptor): Promise<Job[]> {
  const doc = parse(await readFile(cloud.spec, 'utf8')) as OpenAPI3;
  return Object.values(cloud.operations).map((entry) => ({
    cloud,
    operation: entry.method,
    mutating: !entry.readOnly,
    input: sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders),
  }));
}

const JOBS: readonly Job[] = (await Promise.all(clouds.map(jobsOf))).flat();

const servers: RunningMock[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.close()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

async function targetFor(cloud: CloudDescriptor, region: string | undefined): Promise<Target> {
  if (region !== undefined) return { kind: 'live', region };
  const mock = await startMock({ clouds: [cloud.id as CloudId] });
  servers.push(mock);
  const url = mock.urls[cloud.id as CloudId] as string;
  console.log(`mock for ${relative(root, fileURLToPath(cloud.spec))} listening on ${url}`);
  return { kind: 'mock', url, mock };
}

/** The cloud's client for its target: a real region with the vendor's credential chain, or the mock. */
function clientFor(cloud: CloudDescriptor, target: Target, fetch: typeof globalThis.fetch | undefined) {
  const [keyId, secret] = cloud.credentials.secretEnv;
  const client =
    target.kind === 'live'
      ? cloud.createClient({ region: target.region, fetch })
      : cloud.createClient({
          region: cloud.exampleRegion,
          endpoint: target.url,
          projectId: cloud.settings.includes('projectId') ? EXAMPLE_PROJECT : undefined,
          env: { [keyId]: EXAMPLE_KEY.id, [secret]: EXAMPLE_KEY.secret },
          fetch,
        });
  return client as unknown as Record<string, Method>;
}

const rows: string[][] = [['cloud', 'operation', 'target', 'status', 'request id', 'ms']];
let failures = 0;
let signedOnly = 0;

async function run(job: Job, targets: ReadonlyMap<CloudDescriptor, Target>): Promise<void> {
  const target = targets.get(job.cloud)!;
  const dryRun = target.kind === 'live' && job.mutating && args.apply !== true ? new DryRun([]) : undefined;
  const where = target.kind === 'mock' ? 'mock' : target.region;
  const started = performance.now();
  let status: string;
  let requestId = '-';
  try {
    const client = clientFor(job.cloud, target, dryRun?.fetch);
    const result = await client[job.operation]!(job.input, { signal: dryRun?.signal });
    status = String(result.status);
    requestId = result.requestId ?? '-';
  } catch (error) {
    if (error === DRY_RUN_STOP && dryRun?.captured !== undefined) {
      status = 'signed, not sent (--apply sends it)';
      signedOnly += 1;
    } else {
      failures += 1;
      status = error instanceof Error ? `${error.name}${'status' in error ? ` ${String(error.status)}` : ''}` : 'error';
      requestId = (error as { requestId?: string }).requestId ?? '-';
      console.error(`${job.operation}: ${String(error)}`);
    }
  }
  rows.push([job.cloud.id, job.operation, where, status, requestId, (performance.now() - started).toFixed(1)]);
}

/** The recipes (examples/recipe-runs.ts) of the clouds that run against the mock, each after its scene. */
async function runRecipes(targets: ReadonlyMap<CloudDescriptor, Target>): Promise<void> {
  for (const { cloud: id, name, run: recipe, scene } of RECIPE_RUNS) {
    const cloud = clouds.find((c) => c.id === id);
    const target = cloud === undefined ? undefined : targets.get(cloud);
    if (cloud === undefined || target === undefined || target.kind === 'live') continue;
    if (scene !== undefined) playScene(target.mock, scene);
    const started = performance.now();
    let status = 'ok';
    try {
      // What a recipe checks is its own output; here only the summary row speaks, with a gate's
      // verdict (the loop's gates say whether the CI step would pass).
      const outcome = await recipe(clientFor(cloud, target, undefined), () => undefined);
      if (typeof outcome === 'boolean') status = outcome ? 'ok (gate: pass)' : 'ok (gate: blocked)';
    } catch (error) {
      failures += 1;
      status = error instanceof Error ? error.name : 'error';
      console.error(`recipe ${name}: ${String(error)}`);
    }
    rows.push([id, `recipe ${name}`, 'mock', status, '-', (performance.now() - started).toFixed(1)]);
  }
}

try {
  const started = await Promise.all(clouds.map((cloud) => targetFor(cloud, regionOf(cloud))));
  const targets = new Map(clouds.map((cloud, i) => [cloud, started[i]!]));
  // Constructing the clients checks region, credentials and project id before any call.
  for (const [cloud, target] of targets) clientFor(cloud, target, undefined);
  for (const job of JOBS) await run(job, targets);
  await runRecipes(targets);
} catch (error) {
  // A real-cloud run without credentials (or with an unknown region) stops here, before any call.
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`${String(error)}\n\n${USAGE}`);
  process.exitCode = 2;
} finally {
  await stopAll();
}

if (process.exitCode !== 2) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  const total = rows.filter((row) => !row[1]!.startsWith('recipe ')).length - 1;
  const recipeRows = rows.filter((row) => row[1]!.startsWith('recipe ')).length;
  const sent = total - signedOnly;
  const notSent = signedOnly === 0 ? '' : `; ${signedOnly} signed but not sent`;
  const recipesRun = recipeRows === 0 ? '' : `; ${recipeRows} recipes run`;
  console.log(
    failures === 0
      ? `${sent} of ${total} operations sent and succeeded${notSent}${recipesRun}`
      : `${failures} of ${total + recipeRows} operations and recipes failed${notSent}`,
  );
  process.exitCode = failures === 0 ? 0 : 1;
}
