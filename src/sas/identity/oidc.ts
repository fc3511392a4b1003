// OIDC role federation (RRSA on ACK, CI OIDC): the token file is read anew at every refresh, since
// the platform rotates it, and exchanged at STS for session credentials.
import { ConfigurationError } from '../../core/errors.js';
import { envValue } from '../../core/identity/endpoints.js';
import type { CredentialSource, ResolvedSource, SourceContext } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { ALIBABA_IDENTITY_ENV as ENV, ALIBABA_STALE_MS } from './options.js';
import { assumeRoleWithOidc, checkRoleSession, type RoleSession } from './sts.js';

export interface OidcRole extends RoleSession {
  readonly oidcProviderArn: string;
  readonly oidcTokenFile: string;
}

/** The resolved source for one OIDC role, wherever its settings came from (env, a profile). */
export function oidcRole(context: SourceContext, name: string, role: OidcRole): ResolvedSource<AlibabaAccessKey> {
  checkRoleSession(role, name);
  if (!role.oidcProviderArn) throw new ConfigurationError(`${name}: no OIDC provider ARN`);
  if (!role.oidcTokenFile) throw new ConfigurationError(`${name}: no OIDC token file`);
  return {
    name,
    refreshMarginMs: ALIBABA_STALE_MS,
    fetch: async () => {
      const token = context.files.readText(role.oidcTokenFile)?.trim();
      if (!token)
        throw new ConfigurationError(`${name}: the OIDC token file ${role.oidcTokenFile} is missing or empty`);
      return assumeRoleWithOidc(context, name, { ...role, oidcToken: token });
    },
  };
}

/** ALIBABA_CLOUD_ROLE_ARN + _OIDC_PROVIDER_ARN + _OIDC_TOKEN_FILE: set up when any of the three is set. */
export function alibabaOidcSource(
  options: { readonly stsEndpoint?: string | undefined } = {},
): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'oidc',
    resolve: (context) => {
      const names = [ENV.roleArn, ENV.oidcProviderArn, ENV.oidcTokenFile] as const;
      const [roleArn, oidcProviderArn, oidcTokenFile] = names.map((n) => envValue(context.env, n));
      // The role ARN alone also serves the profile's RamRoleArn; OIDC needs the provider or the file.
      if (oidcProviderArn === undefined && oidcTokenFile === undefined) return undefined;
      const missing = names.filter((n) => envValue(context.env, n) === undefined);
      if (missing.length > 0) throw new ConfigurationError(`OIDC credentials: ${missing.join(' and ')} not set`);
      return oidcRole(context, `OIDC role (${ENV.roleArn})`, {
        roleArn: roleArn as string,
        oidcProviderArn: oidcProviderArn as string,
        oidcTokenFile: oidcTokenFile as string,
        stsEndpoint: options.stsEndpoint,
      });
    },
  };
}
