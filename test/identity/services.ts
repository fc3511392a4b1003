// The vendors' identity services as loopback routes: Alibaba STS (AssumeRoleWithOIDC, and AssumeRole
// whose ACS3 signature is checked by recomputing it with Alibaba's own openapi-util), Alibaba IMDS,
// a credentials URI, Huawei ECS metadata and Huawei IAM (OIDC federation, temporary keys, projects,
// the last signed and checked with Huawei's own AKSKSigner). Answers follow the vendors' documented
// shapes; each issues fresh credentials per request so a test can tell which fetch supplied them.
import { createHash } from 'node:crypto';
import { alibabaOfficialAuthorization, huaweiOfficialAuthorization, OpenApiUtil } from '../helpers/official-signers.js';
import type { Received, Reply, Route } from './fake-cloud.js';

export const ISSUED = { accessKeyId: 'STS.ISSUED', accessKeySecret: 'issued-secret', securityToken: 'issued-token' };

/** An expiry `minutes` after `now`, in the vendors' ISO form. */
export function expiresIn(minutes: number, now = Date.now()): string {
  return new Date(now + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function header(request: Received, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** Recomputes an ACS3 Authorization with the official openapi-util from what arrived. */
export function acs3Matches(request: Received, secrets: Readonly<Record<string, string>>): boolean {
  const authorization = header(request, 'authorization');
  const id = /Credential=([^,]+)/.exec(authorization)?.[1] ?? '';
  const secret = secrets[id];
  if (secret === undefined) return false;
  const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signed) headers[name] = name === 'host' ? request.host : header(request, name);
  const payloadHash = createHash('sha256').update(request.body).digest('hex');
  if (payloadHash !== header(request, 'x-acs-content-sha256')) return false;
  const official = alibabaOfficialAuthorization(
    {
      method: request.method,
      pathname: OpenApiUtil.getEncodePath(request.path),
      headers,
      query: Object.fromEntries(request.query),
    },
    payloadHash,
    id,
    secret,
  );
  return official === authorization;
}

/** Recomputes a Huawei SDK-HMAC-SHA256 Authorization with the official AKSKSigner. */
export function huaweiMatches(request: Received, secrets: Readonly<Record<string, string>>): boolean {
  const authorization = header(request, 'authorization');
  const ak = /Access=([^,]+)/.exec(authorization)?.[1] ?? '';
  const sk = secrets[ak];
  if (sk === undefined) return false;
  const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signed) if (name !== 'host' && name !== 'x-sdk-date') headers[name] = header(request, name);
  headers['X-Sdk-Date'] = header(request, 'x-sdk-date');
  const official = huaweiOfficialAuthorization(
    {
      method: request.method,
      endpoint: `http://${request.host}${request.path}`,
      queryParams: Object.fromEntries(request.query),
      headers,
      data: request.body === '' ? undefined : (JSON.parse(request.body) as unknown),
    },
    ak,
    sk,
  );
  return official === authorization;
}

export interface StsOptions {
  /** Source keys AssumeRole accepts (id → secret). */
  readonly keys?: Readonly<Record<string, string>>;
  /** OIDC tokens AssumeRoleWithOIDC accepts. */
  readonly oidcTokens?: readonly string[];
  /** Minutes the issued credentials last. */
  readonly minutes?: number;
  readonly now?: () => number;
}

let serial = 0;

/** Alibaba STS. Error bodies follow the POP shape (RequestId, Code, Message). */
export function alibabaSts(options: StsOptions = {}): Route {
  return (request) => {
    const form = new URLSearchParams(request.body);
    const action = request.query.get('Action') ?? header(request, 'x-acs-action');
    const fail = (status: number, code: string): Reply => ({
      status,
      body: { RequestId: 'fake', Code: code, Message: `${code} (fake STS)` },
    });
    if (action === 'AssumeRoleWithOIDC') {
      if (!(options.oidcTokens ?? []).includes(form.get('OIDCToken') ?? ''))
        return fail(400, 'InvalidParameter.OIDCToken');
    } else if (action === 'AssumeRole') {
      if (!acs3Matches(request, options.keys ?? {})) return fail(400, 'SignatureDoesNotMatch');
    } else {
      return fail(400, 'InvalidAction.NotFound');
    }
    serial += 1;
    return {
      body: {
        RequestId: 'fake',
        AssumedRoleUser: { Arn: form.get('RoleArn'), AssumedRoleId: 'fake' },
        Credentials: {
          AccessKeyId: `${ISSUED.accessKeyId}.${serial}`,
          AccessKeySecret: `${ISSUED.accessKeySecret}-${serial}`,
          SecurityToken: `${ISSUED.securityToken}-${serial}`,
          Expiration: expiresIn(options.minutes ?? 60, options.now?.()),
        },
      },
    };
  };
}

export interface ImdsOptions {
  readonly role?: string;
  /** false: the token PUT fails (an instance with IMDSv2 off); reads then need no token. */
  readonly v2?: boolean;
  /** true: reads without a token are refused (v2 enforced). */
  readonly requireToken?: boolean;
  readonly minutes?: number;
}

/** Alibaba ECS instance metadata (100.100.100.200). */
export function alibabaImds(options: ImdsOptions = {}): Route {
  const role = options.role ?? 'ImagesecRole';
  const token = 'imds-session-token';
  return (request) => {
    if (request.method === 'PUT' && request.path === '/latest/api/token') {
      if (options.v2 === false) return { status: 403, body: 'forbidden' };
      if (header(request, 'x-aliyun-ecs-metadata-token-ttl-seconds') === '') return { status: 400, body: 'no ttl' };
      return { body: token };
    }
    const presented = header(request, 'x-aliyun-ecs-metadata-token');
    if (presented !== '' && presented !== token) return { status: 401, body: 'bad token' };
    if (presented === '' && options.requireToken) return { status: 401, body: 'token required' };
    if (request.path === '/latest/meta-data/ram/security-credentials/') return { body: role };
    if (request.path === `/latest/meta-data/ram/security-credentials/${role}`) {
      serial += 1;
      return {
        body: {
          Code: 'Success',
          AccessKeyId: `${ISSUED.accessKeyId}.ecs${serial}`,
          AccessKeySecret: `${ISSUED.accessKeySecret}-ecs${serial}`,
          SecurityToken: `${ISSUED.securityToken}-ecs${serial}`,
          Expiration: expiresIn(options.minutes ?? 360),
          LastUpdated: expiresIn(0),
        },
      };
    }
    return { status: 404, body: 'not found' };
  };
}

/** A credentials URI service (ALIBABA_CLOUD_CREDENTIALS_URI). */
export function credentialsUri(options: { minutes?: number } = {}): Route {
  return () => {
    serial += 1;
    return {
      body: {
        Code: 'Success',
        AccessKeyId: `${ISSUED.accessKeyId}.uri${serial}`,
        AccessKeySecret: `${ISSUED.accessKeySecret}-uri${serial}`,
        SecurityToken: `${ISSUED.securityToken}-uri${serial}`,
        Expiration: expiresIn(options.minutes ?? 60),
      },
    };
  };
}

export interface HuaweiMetadataOptions {
  /** 'supported' (default), or the status the token PUT answers (404/405: not supported). */
  readonly token?: 'supported' | 404 | 405;
  /** Answer the first security-key read with 401 (a stale token). */
  readonly staleOnce?: boolean;
  /** The instance has no agency: 401 with the vendor's words. */
  readonly noAgency?: boolean;
  readonly minutes?: number;
}

/** Huawei ECS metadata (169.254.169.254). */
export function huaweiMetadata(options: HuaweiMetadataOptions = {}): Route {
  let tokens = 0;
  let stale = options.staleOnce ?? false;
  return (request) => {
    if (request.method === 'PUT' && request.path === '/meta-data/latest/api/token') {
      if (options.token === 404 || options.token === 405) return { status: options.token, body: '' };
      if (header(request, 'x-metadata-token-ttl-seconds') !== '21600') return { status: 400, body: 'ttl' };
      tokens += 1;
      return { body: `hw-metadata-token-${tokens}` };
    }
    if (request.path === '/openstack/latest/securitykey') {
      if (options.noAgency) return { status: 401, body: 'Please configure Cloud Service Agency first' };
      const presented = header(request, 'x-metadata-token');
      const expectToken = options.token === undefined || options.token === 'supported';
      if (expectToken && presented !== `hw-metadata-token-${tokens}`) return { status: 401, body: 'token expired' };
      if (stale) {
        stale = false;
        return { status: 401, body: 'token expired' };
      }
      serial += 1;
      return {
        body: {
          credential: {
            access: `HWSTS${serial}`,
            secret: `hw-secret-${serial}`,
            securitytoken: `hw-token-${serial}`,
            expires_at: new Date(Date.now() + (options.minutes ?? 120) * 60_000).toISOString(),
          },
        },
      };
    }
    return { status: 404, body: '' };
  };
}

export interface IamOptions {
  /** AK → SK accepted for signed calls (projects). */
  readonly keys?: Readonly<Record<string, string>>;
  /** Identity provider id → the ID tokens it accepts. */
  readonly idps?: Readonly<Record<string, readonly string[]>>;
  /** Region name → project ids IAM lists for it. */
  readonly projects?: Readonly<Record<string, readonly string[]>>;
  readonly minutes?: number;
}

/** Huawei IAM: OIDC federation, temporary keys from a token, and the project list. */
export function huaweiIam(options: IamOptions = {}): Route {
  const unscoped = new Set<string>();
  return (request) => {
    const fail = (status: number, code: string): Reply => ({
      status,
      body: { error: { code, message: `${code} (fake IAM)` } },
    });
    const federation = /^\/v3\/OS-FEDERATION\/identity_providers\/([^/]+)\/protocols\/oidc\/auth$/.exec(request.path);
    if (request.method === 'POST' && federation) {
      const idp = decodeURIComponent(federation[1] ?? '');
      const bearer = header(request, 'authorization').replace(/^Bearer /, '');
      if (!(options.idps?.[idp] ?? []).includes(bearer)) return fail(401, 'IAM.0001');
      const token = `unscoped-${unscoped.size + 1}`;
      unscoped.add(token);
      return { status: 201, headers: { 'X-Subject-Token': token }, body: { token: { methods: ['mapped'] } } };
    }
    if (request.method === 'POST' && request.path === '/v3.0/OS-CREDENTIAL/securitytokens') {
      if (!unscoped.has(header(request, 'x-auth-token'))) return fail(401, 'IAM.0002');
      const body = JSON.parse(request.body || '{}') as { auth?: { identity?: { methods?: string[] } } };
      if (body.auth?.identity?.methods?.[0] !== 'token') return fail(400, 'IAM.0003');
      serial += 1;
      return {
        status: 201,
        body: {
          credential: {
            access: `HWFED${serial}`,
            secret: `hw-fed-secret-${serial}`,
            securitytoken: `hw-fed-token-${serial}`,
            expires_at: new Date(Date.now() + (options.minutes ?? 360) * 60_000).toISOString().replace('Z', '000Z'),
          },
        },
      };
    }
    if (request.method === 'GET' && request.path === '/v3/projects') {
      const federatedAk = /Access=(HWFED\d+)/.exec(header(request, 'authorization'))?.[1];
      const keys = federatedAk
        ? { ...options.keys, [federatedAk]: `hw-fed-secret-${federatedAk.slice(5)}` }
        : (options.keys ?? {});
      if (!huaweiMatches(request, keys)) return fail(401, 'APIGW.0301');
      const name = request.query.get('name') ?? '';
      const ids = options.projects?.[name] ?? [];
      return {
        body: { projects: ids.map((id) => ({ id, name, domain_id: 'fake-domain', enabled: true })), links: {} },
      };
    }
    return fail(404, 'APIGW.0101');
  };
}
