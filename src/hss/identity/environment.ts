// HUAWEICLOUD_SDK_AK / _SK (+ _SECURITY_TOKEN), or OIDC federation with HUAWEICLOUD_SDK_IDP_ID and
// HUAWEICLOUD_SDK_ID_TOKEN_FILE (which, as in the vendor's SDKs, wins over a key pair).
import { envValue } from '../../core/identity/endpoints.js';
import type { CredentialSource } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { environmentKeys } from './env-keys.js';
import { checkFederationPair, federatedSource } from './federation.js';
import { iamEndpoint } from './iam.js';
import { HUAWEI_IDENTITY_ENV as ENV, type HuaweiChainOptions } from './options.js';

export function huaweiEnvironmentSource(options: HuaweiChainOptions = {}): CredentialSource<HuaweiAkSk> {
  return {
    name: 'environment',
    resolve: (context) => {
      const idpId = envValue(context.env, ENV.idpId);
      const idTokenFile = envValue(context.env, ENV.idTokenFile);
      if (checkFederationPair('environment', [ENV.idpId, idpId], [ENV.idTokenFile, idTokenFile])) {
        const iam = iamEndpoint(context.env, options.iamEndpoint, undefined, options.region);
        return federatedSource(context, `OIDC federation (${ENV.idpId})`, {
          idpId: idpId as string,
          idTokenFile: idTokenFile as string,
          iam,
        });
      }
      return environmentKeys(context.env);
    },
  };
}
