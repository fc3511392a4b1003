// ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET (+ _SECURITY_TOKEN): a static key pair or STS credentials.
import { keyPairFromEnvironment } from '../../core/credential-input.js';
import type { CredentialSource } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';

export const SAS_ENV = {
  accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  accessKeySecret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN',
} as const;

export function alibabaEnvironmentSource(): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'environment',
    resolve: ({ env }) => {
      const pair = keyPairFromEnvironment(env, SAS_ENV.accessKeyId, SAS_ENV.accessKeySecret, SAS_ENV.securityToken);
      if (pair === undefined) return undefined;
      const credentials = { accessKeyId: pair.id, accessKeySecret: pair.secret, securityToken: pair.token };
      return { name: `environment (${SAS_ENV.accessKeyId})`, fetch: () => Promise.resolve(credentials) };
    },
  };
}
