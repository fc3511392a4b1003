// SAS credentials: an AccessKey pair, optionally STS with a security token, resolved from explicit
// options, then ALIBABA_CLOUD_* variables, then a provider function.
import {
  credentialChain,
  keyPair,
  keyPairFromEnvironment,
  stringField,
  type CredentialProvider,
  type Environment,
} from '../core/credentials.js';
import type { AlibabaAccessKey } from './signer.js';

export type SasCredentials = AlibabaAccessKey;
export type SasCredentialProvider = CredentialProvider<SasCredentials>;

export const SAS_ENV = {
  accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  accessKeySecret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN',
} as const;

export function checkSasCredentials(value: unknown, origin: string): SasCredentials {
  const pair = keyPair(
    origin,
    ['accessKeyId', stringField(value, 'accessKeyId')],
    ['accessKeySecret', stringField(value, 'accessKeySecret')],
    ['securityToken', stringField(value, 'securityToken')],
  );
  return { accessKeyId: pair.id, accessKeySecret: pair.secret, securityToken: pair.token };
}

/** The ALIBABA_CLOUD_* credentials, or undefined when none of them is set. */
function fromEnvironment(env: Environment): SasCredentials | undefined {
  const pair = keyPairFromEnvironment(env, SAS_ENV.accessKeyId, SAS_ENV.accessKeySecret, SAS_ENV.securityToken);
  return pair && { accessKeyId: pair.id, accessKeySecret: pair.secret, securityToken: pair.token };
}

export interface SasCredentialOptions {
  /** An AccessKey pair, with `securityToken` for STS. Wins over everything else. */
  readonly credentials?: SasCredentials | undefined;
  /** Asked only when neither `credentials` nor ALIBABA_CLOUD_ACCESS_KEY_* are set; cached until `expiresAt`. */
  readonly credentialProvider?: SasCredentialProvider | undefined;
}

export function sasCredentialSource(options: SasCredentialOptions, env: Environment): () => Promise<SasCredentials> {
  return credentialChain({
    explicit: options.credentials,
    fromEnvironment: () => fromEnvironment(env),
    provider: options.credentialProvider,
    check: checkSasCredentials,
    noneMessage:
      `no SAS credentials: pass \`credentials\` ({ accessKeyId, accessKeySecret }), set ${SAS_ENV.accessKeyId} ` +
      `and ${SAS_ENV.accessKeySecret}, or pass \`credentialProvider\``,
  });
}
