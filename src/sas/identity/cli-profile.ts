// The aliyun CLI's profiles (~/.aliyun/config.json): the profile named by the option, else
// ALIBABA_CLOUD_PROFILE, else the file's `current`. Modes AK, StsToken, RamRoleArn, EcsRamRole, OIDC
// and ChainableRamRoleArn; CloudSSO, OAuth and External need the CLI's own sign-in flows and are
// refused with a hint. Its `region_id` is the SDK's default region.
import { ConfigurationError } from '../../core/errors.js';
import { cachedProvider } from '../../core/identity/refresh.js';
import { readCredentialFile } from '../../core/identity/credential-file.js';
import { envFlag, envValue } from '../../core/identity/endpoints.js';
import type { CredentialSource, ResolvedSource, SourceContext } from '../../core/identity/source.js';
import { checkSasCredentials } from '../authentication.js';
import type { AlibabaAccessKey } from '../signer.js';
import { ecsRamRole } from './ecs-ram-role.js';
import { oidcRole } from './oidc.js';
import { ALIBABA_IDENTITY_ENV as ENV, type AlibabaIdentityOptions } from './options.js';
import { ramRoleArn } from './ram-role-arn.js';

type Profile = Readonly<Record<string, unknown>>;

function text(profile: Profile, key: string): string | undefined {
  const value = profile[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function seconds(profile: Profile, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const value = profile[key];
    if (typeof value === 'number' && value > 0) return value;
    if (typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) > 0) return Number(value);
  }
  return undefined;
}

function enableVpc(profile: Profile): boolean | undefined {
  const value = profile.enable_vpc;
  return typeof value === 'boolean' ? value : typeof value === 'string' ? value.toLowerCase() === 'true' : undefined;
}

export function cliConfigPath(context: SourceContext): string | undefined {
  const home = context.files.home(context.env);
  return home === undefined ? undefined : context.files.join(home, '.aliyun', 'config.json');
}

interface CliConfig {
  readonly current?: unknown;
  readonly profiles?: unknown;
}

function readConfig(context: SourceContext, path: string): CliConfig | undefined {
  const content = readCredentialFile(context.files, path);
  if (content === undefined) return undefined;
  try {
    const parsed = JSON.parse(content) as unknown;
    if (parsed !== null && typeof parsed === 'object') return parsed;
  } catch {
    // fall through: worded below without echoing the content (it holds keys)
  }
  throw new ConfigurationError(`${path} is not a JSON object (the aliyun CLI's configuration)`);
}

function findProfile(config: CliConfig, name: string): Profile | undefined {
  const profiles = Array.isArray(config.profiles) ? (config.profiles as unknown[]) : [];
  return profiles.find((p): p is Profile => p !== null && typeof p === 'object' && (p as Profile).name === name);
}

function staticKeys(profile: Profile, origin: string, withToken: boolean): AlibabaAccessKey {
  return checkSasCredentials(
    {
      accessKeyId: text(profile, 'access_key_id'),
      accessKeySecret: text(profile, 'access_key_secret'),
      securityToken: withToken ? text(profile, 'sts_token') : undefined,
    },
    origin,
  );
}

function profileSource(
  context: SourceContext,
  options: AlibabaIdentityOptions,
  config: CliConfig,
  name: string,
  path: string,
  seen: readonly string[],
): ResolvedSource<AlibabaAccessKey> {
  const profile = findProfile(config, name);
  if (profile === undefined) throw new ConfigurationError(`aliyun CLI profile "${name}" is not in ${path}`);
  const mode = text(profile, 'mode') ?? 'AK';
  const label = `aliyun CLI profile "${name}" (${mode})`;
  const role = {
    roleArn: text(profile, 'ram_role_arn') ?? '',
    sessionName: text(profile, 'ram_session_name'),
    durationSeconds: seconds(profile, 'expired_seconds'),
    stsRegion: text(profile, 'sts_region'),
    vpc: enableVpc(profile),
    // The option and IMAGESEC_ALIBABA_STS_ENDPOINT win over what the profile names.
    stsEndpoint:
      options.stsEndpoint ?? (envValue(context.env, ENV.stsEndpoint) ? undefined : text(profile, 'sts_endpoint')),
  };
  switch (mode) {
    case 'AK':
    case 'StsToken': {
      const keys = staticKeys(profile, label, mode === 'StsToken');
      return { name: label, fetch: () => Promise.resolve(keys) };
    }
    case 'RamRoleArn': {
      const keys = staticKeys(profile, label, false);
      return ramRoleArn(context, label, role, () => Promise.resolve(keys));
    }
    case 'ChainableRamRoleArn': {
      const sourceName = text(profile, 'source_profile');
      if (sourceName === undefined) throw new ConfigurationError(`${label}: no source_profile`);
      if (seen.includes(sourceName))
        throw new ConfigurationError(`${label}: source_profile "${sourceName}" leads back to itself`);
      const inner = profileSource(context, options, config, sourceName, path, [...seen, name]);
      const innerGet = cachedProvider(inner.fetch, (value) => checkSasCredentials(value, inner.name), {
        now: context.now,
        marginMs: inner.refreshMarginMs,
        origin: inner.name,
        session: true,
      });
      return ramRoleArn(context, `${label} via ${inner.name}`, { ...role, stsEndpoint: options.stsEndpoint }, innerGet);
    }
    case 'EcsRamRole':
      return ecsRamRole(
        context,
        { roleName: text(profile, 'ram_role_name'), metadataEndpoint: options.metadataEndpoint },
        label,
      );
    case 'OIDC':
      return oidcRole(context, label, {
        ...role,
        // The official provider reads duration_seconds last, so it is the one that counts.
        durationSeconds: seconds(profile, 'duration_seconds', 'expired_seconds'),
        oidcProviderArn: text(profile, 'oidc_provider_arn') ?? '',
        oidcTokenFile: text(profile, 'oidc_token_file') ?? '',
      });
    default:
      throw new ConfigurationError(
        `${label}: mode ${mode} is not supported by imagesec; run \`aliyun sts\`-style sign-in elsewhere and pass the session through ALIBABA_CLOUD_* variables or ALIBABA_CLOUD_CREDENTIALS_URI`,
      );
  }
}

/** Set up when the file exists (and ALIBABA_CLOUD_CLI_PROFILE_DISABLED is not true) and holds the profile. */
export function alibabaCliProfileSource(options: AlibabaIdentityOptions = {}): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'cli-profile',
    resolve: (context) => {
      if (envFlag(context.env, ENV.cliProfileDisabled)) return undefined;
      const path = cliConfigPath(context);
      const config = path === undefined ? undefined : readConfig(context, path);
      if (config === undefined || path === undefined) return undefined;
      const asked = options.profile ?? envValue(context.env, ENV.profile);
      const name = asked ?? (typeof config.current === 'string' && config.current !== '' ? config.current : 'default');
      // A profile asked for by name may live in the credentials file instead: the chain goes on.
      if (findProfile(config, name) === undefined) return undefined;
      const source = profileSource(context, options, config, name, path, []);
      return { ...source, defaults: { region: text(findProfile(config, name) as Profile, 'region_id') } };
    },
  };
}
