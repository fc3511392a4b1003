// OIDC federation (CCE workload identity, CI OIDC): the ID token file is read anew at every refresh.
import { ConfigurationError } from '../../core/errors.js';
import type { ResolvedSource, SourceContext, SourceDefaults } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { federate } from './iam.js';
import { HUAWEI_REFRESH_MS } from './options.js';

export function federatedSource(
  context: SourceContext,
  name: string,
  settings: { readonly idpId: string; readonly idTokenFile: string; readonly iam: string },
  defaults?: SourceDefaults,
): ResolvedSource<HuaweiAkSk> {
  return {
    name,
    refreshMarginMs: HUAWEI_REFRESH_MS,
    defaults,
    fetch: async () => {
      const idToken = context.files.readText(settings.idTokenFile)?.trim();
      if (!idToken)
        throw new ConfigurationError(`${name}: the ID token file ${settings.idTokenFile} is missing or empty`);
      return federate(context, name, settings.iam, settings.idpId, idToken);
    },
  };
}

/** Both or neither: an identity provider without its token file (or the reverse) is a mistake. */
export function checkFederationPair(
  origin: string,
  idp: readonly [string, string | undefined],
  file: readonly [string, string | undefined],
): boolean {
  if (idp[1] === undefined && file[1] === undefined) return false;
  if (idp[1] === undefined || file[1] === undefined) {
    const [given, missing] = idp[1] === undefined ? [file, idp] : [idp, file];
    throw new ConfigurationError(`${origin}: ${missing[0]} is missing (${given[0]} is set)`);
  }
  return true;
}
