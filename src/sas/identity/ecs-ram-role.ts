// The ECS instance's RAM role from instance metadata: IMDSv2 (a session token from PUT, sent with
// every read), falling back to v1 unless ALIBABA_CLOUD_IMDSV1_DISABLED=true, as the vendor does.
// Used only when asked for: an option, ALIBABA_CLOUD_ECS_METADATA, IMAGESEC_INSTANCE_METADATA=1 or
// a profile of type EcsRamRole. The vendor's chain probes it always; a laptop or CI runner then
// sends requests to 100.100.100.200 (or whatever answers there) on every miss.
import { ConfigurationError, CredentialsError } from '../../core/errors.js';
import { envFlag, envValue, pickEndpoint } from '../../core/identity/endpoints.js';
import { originOf, sourceFetch } from '../../core/identity/fetch.js';
import type { CredentialSource, ResolvedSource, SourceContext } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { ALIBABA_IDENTITY_ENV as ENV } from './options.js';

const TOKEN_TTL_SECONDS = 21_600;
// The vendor's read timeout is 1 s: the metadata service is on the instance's own network.
const METADATA_TIMEOUT_MS = 1_000;
/** The vendor refreshes ECS credentials an hour before they expire (`PREFETCH_TIME`). */
const ECS_REFRESH_MS = 60 * 60_000;

export interface EcsRamRoleOptions {
  /** Role name; default ALIBABA_CLOUD_ECS_METADATA, else the one role metadata lists. */
  readonly roleName?: string | undefined;
  readonly metadataEndpoint?: string | undefined;
}

export function ecsRamRole(
  context: SourceContext,
  options: EcsRamRoleOptions,
  via?: string,
): ResolvedSource<AlibabaAccessKey> {
  if (envFlag(context.env, ENV.ecsMetadataDisabled)) {
    // A profile that asks for the instance role, on a machine where metadata is switched off.
    throw new ConfigurationError(
      `${via ?? 'ECS RAM role'}: instance metadata is disabled (${ENV.ecsMetadataDisabled}=true)`,
    );
  }
  const base = pickEndpoint(
    { value: options.metadataEndpoint, label: 'metadataEndpoint' },
    context.env,
    ENV.metadataEndpoint,
    () => 'http://100.100.100.200',
  );
  const v1Disabled = envFlag(context.env, ENV.imdsV1Disabled);
  const configuredRole = options.roleName ?? envValue(context.env, ENV.ecsMetadata);
  const name = `ECS RAM role${configuredRole ? ` "${configuredRole}"` : ''}${via ? ` (${via})` : ''}`;
  const what = 'instance metadata';

  async function token(): Promise<string | undefined> {
    try {
      const response = await sourceFetch(context, {
        source: name,
        what: 'the metadata token',
        url: `${base}/latest/api/token`,
        timeoutMs: METADATA_TIMEOUT_MS,
        init: { method: 'PUT', headers: { 'X-aliyun-ecs-metadata-token-ttl-seconds': String(TOKEN_TTL_SECONDS) } },
      });
      const text = (await response.text()).trim();
      if (response.status === 200 && text !== '') return text;
      if (v1Disabled)
        throw new CredentialsError(
          `${name}: the metadata token request answered ${response.status} and IMDSv1 is disabled (${ENV.imdsV1Disabled})`,
          `HTTP_${response.status}`,
        );
    } catch (error) {
      if (v1Disabled) throw error;
    }
    return undefined;
  }

  async function read(path: string, metadataToken: string | undefined): Promise<string> {
    const response = await sourceFetch(context, {
      source: name,
      what,
      url: `${base}${path}`,
      timeoutMs: METADATA_TIMEOUT_MS,
      init: metadataToken === undefined ? {} : { headers: { 'X-aliyun-ecs-metadata-token': metadataToken } },
    });
    const text = await response.text();
    if (response.status !== 200) {
      throw new CredentialsError(
        `${name}: ${what} at ${originOf(base)} answered ${response.status}; check that the instance has a RAM role attached`,
        `HTTP_${response.status}`,
      );
    }
    return text;
  }

  /** Reads with the v2 token; on failure once more without it, when v1 is allowed (as the vendor). */
  async function readWithFallback(path: string): Promise<string> {
    const metadataToken = await token();
    try {
      return await read(path, metadataToken);
    } catch (error) {
      if (metadataToken !== undefined && !v1Disabled) return read(path, undefined);
      throw error;
    }
  }

  return {
    name,
    refreshMarginMs: ECS_REFRESH_MS,
    fetch: async () => {
      const role =
        configuredRole ??
        (await readWithFallback('/latest/meta-data/ram/security-credentials/')).trim().split(/\s+/)[0];
      if (!role)
        throw new CredentialsError(
          `${name}: instance metadata lists no RAM role; attach one to the instance`,
          'NO_ROLE',
        );
      const text = await readWithFallback(`/latest/meta-data/ram/security-credentials/${encodeURIComponent(role)}`);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw new CredentialsError(`${name}: instance metadata answered with no JSON body`, 'BAD_RESPONSE');
      }
      if (body.Code !== 'Success') {
        const code = typeof body.Code === 'string' && /^[\w.-]{1,80}$/.test(body.Code) ? body.Code : 'not Success';
        throw new CredentialsError(`${name}: instance metadata answered Code ${code}`, 'BAD_RESPONSE');
      }
      return sessionFromMetadata(body, name);
    },
  };
}

/** The flat answer of metadata and of a credentials URI: AccessKeyId, AccessKeySecret, SecurityToken, Expiration. */
export function sessionFromMetadata(
  body: Record<string, unknown>,
  name: string,
): AlibabaAccessKey & { expiresAt?: Date } {
  const field = (key: string): string => {
    const value = body[key];
    if (typeof value !== 'string' || value === '')
      throw new CredentialsError(`${name}: the answer has no ${key}`, 'BAD_RESPONSE');
    return value;
  };
  const expiration = body.Expiration;
  const expiresAt = typeof expiration === 'string' ? new Date(expiration) : undefined;
  if (expiresAt !== undefined && Number.isNaN(expiresAt.getTime())) {
    throw new CredentialsError(`${name}: the answer has an unreadable Expiration`, 'BAD_RESPONSE');
  }
  return {
    accessKeyId: field('AccessKeyId'),
    accessKeySecret: field('AccessKeySecret'),
    securityToken: field('SecurityToken'),
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
}

/** Metadata only when asked for (see the header); ALIBABA_CLOUD_ECS_METADATA_DISABLED=true always wins. */
export function alibabaEcsRamRoleSource(
  options: EcsRamRoleOptions & { readonly enabled?: boolean | undefined } = {},
): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'ecs-ram-role',
    resolve: (context) => {
      if (envFlag(context.env, ENV.ecsMetadataDisabled)) return undefined;
      const asked =
        options.enabled ??
        (envValue(context.env, ENV.ecsMetadata) !== undefined || envFlag(context.env, ENV.instanceMetadata));
      return asked ? ecsRamRole(context, options) : undefined;
    },
  };
}
