// Alibaba STS: the endpoint, AssumeRoleWithOIDC (unsigned, the OIDC token is the proof) and
// AssumeRole (signed ACS3-HMAC-SHA256 with a source credential; the official provider signs the
// older HMAC-SHA1 RPC way, which STS accepts as well), and the session they answer with.
import { hashing } from '#crypto';
import { CredentialsError, ConfigurationError } from '../../core/errors.js';
import type { Expiring } from '../../core/credential-input.js';
import { envFlag, envValue, pickEndpoint } from '../../core/identity/endpoints.js';
import { answerField, sourceJson } from '../../core/identity/fetch.js';
import { checkCredentialTransport } from '../../core/identity/plain-http.js';
import type { SourceContext } from '../../core/identity/source.js';
import { signAcs3, type AlibabaAccessKey } from '../signer.js';
import { ALIBABA_IDENTITY_ENV as ENV } from './options.js';

const STS_VERSION = '2015-04-01';
const STS_TIMEOUT_MS = 10_000;

/** What both AssumeRole calls share. */
export interface RoleSession {
  readonly roleArn: string;
  readonly sessionName?: string | undefined;
  /** 900 s up to the role's maximum (default 3600). */
  readonly durationSeconds?: number | undefined;
  readonly policy?: string | undefined;
  /** STS region (`sts.{region}.aliyuncs.com`); default ALIBABA_CLOUD_STS_REGION, else the central host. */
  readonly stsRegion?: string | undefined;
  readonly vpc?: boolean | undefined;
  /** Base URL, winning over region and VPC. */
  readonly stsEndpoint?: string | undefined;
}

/** The STS base URL; plain http only to this machine unless allowed (plain-http.ts). */
export function stsEndpoint(session: RoleSession, env: SourceContext['env']): string {
  const url = pickEndpoint({ value: session.stsEndpoint, label: 'stsEndpoint' }, env, ENV.stsEndpoint, () => {
    const region = session.stsRegion ?? envValue(env, ENV.stsRegion);
    const vpc = session.vpc ?? envFlag(env, ENV.vpcEndpoint);
    if (region === undefined) return 'https://sts.aliyuncs.com';
    return vpc ? `https://sts-vpc.${region}.aliyuncs.com` : `https://sts.${region}.aliyuncs.com`;
  });
  checkCredentialTransport(url, 'the STS endpoint', env);
  return url;
}

/** Checks what is known before any request: a role ARN, and a duration STS would accept. */
export function checkRoleSession(session: RoleSession, origin: string): void {
  if (!session.roleArn) throw new ConfigurationError(`${origin}: no role ARN`);
  const duration = session.durationSeconds;
  if (duration !== undefined && (!Number.isInteger(duration) || duration < 900)) {
    throw new ConfigurationError(`${origin}: the session duration must be a whole number of seconds, at least 900`);
  }
}

function sessionForm(session: RoleSession, env: SourceContext['env'], now: number): Record<string, string> {
  const form: Record<string, string> = {
    RoleArn: session.roleArn,
    RoleSessionName: session.sessionName ?? envValue(env, ENV.roleSessionName) ?? `imagesec-${now}`,
    DurationSeconds: String(session.durationSeconds ?? 3600),
  };
  if (session.policy !== undefined) form.Policy = session.policy;
  return form;
}

/** STS's answer as credentials with their expiry. */
function sessionCredentials(body: unknown, source: string, what: string): Expiring<AlibabaAccessKey> {
  const field = (name: string) => answerField(body, ['Credentials', name], source, what);
  const expiration = field('Expiration');
  const expiresAt = new Date(expiration);
  if (Number.isNaN(expiresAt.getTime())) {
    throw new CredentialsError(`${source}: the ${what} answer has an unreadable Expiration`, 'BAD_RESPONSE');
  }
  return {
    accessKeyId: field('AccessKeyId'),
    accessKeySecret: field('AccessKeySecret'),
    securityToken: field('SecurityToken'),
    expiresAt,
  };
}

/** `YYYY-MM-DDTHH:mm:ssZ`, the Timestamp format STS takes. */
function stsTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const HINT_OIDC = 'check the role ARN, the OIDC provider ARN and that the token file holds a current token';
const HINT_ROLE = 'check the role ARN and that the source credentials may assume it';

export async function assumeRoleWithOidc(
  context: SourceContext,
  source: string,
  session: RoleSession & { readonly oidcProviderArn: string; readonly oidcToken: string },
): Promise<Expiring<AlibabaAccessKey>> {
  const url = new URL(`${stsEndpoint(session, context.env)}/`);
  const query = {
    Action: 'AssumeRoleWithOIDC',
    Format: 'JSON',
    Version: STS_VERSION,
    Timestamp: stsTimestamp(context.now()),
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const form = new URLSearchParams({
    OIDCProviderArn: session.oidcProviderArn,
    OIDCToken: session.oidcToken,
    ...sessionForm(session, context.env, context.now()),
  });
  const body = await sourceJson(
    context,
    {
      source,
      what: 'AssumeRoleWithOIDC',
      url: url.href,
      timeoutMs: STS_TIMEOUT_MS,
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() },
    },
    HINT_OIDC,
  );
  return sessionCredentials(body, source, 'AssumeRoleWithOIDC');
}

export async function assumeRole(
  context: SourceContext,
  source: string,
  session: RoleSession & { readonly externalId?: string | undefined },
  signWith: AlibabaAccessKey,
): Promise<Expiring<AlibabaAccessKey>> {
  const url = new URL(`${stsEndpoint(session, context.env)}/`);
  const fields = sessionForm(session, context.env, context.now());
  if (session.externalId !== undefined) fields.ExternalId = session.externalId;
  const body = new URLSearchParams(fields).toString();
  const headers: Record<string, string> = {
    host: url.host,
    'content-type': 'application/x-www-form-urlencoded',
    'x-acs-action': 'AssumeRole',
    'x-acs-version': STS_VERSION,
  };
  const signature = await signAcs3(
    { method: 'POST', url, headers: Object.entries(headers), body },
    signWith,
    new Date(context.now()),
    crypto.randomUUID(),
    hashing,
  );
  const { host: _host, ...sent } = headers;
  const answer = await sourceJson(
    context,
    {
      source,
      what: 'AssumeRole',
      url: url.href,
      timeoutMs: STS_TIMEOUT_MS,
      init: { method: 'POST', headers: { ...sent, ...signature.headers }, body },
    },
    HINT_ROLE,
  );
  return sessionCredentials(answer, source, 'AssumeRole');
}
