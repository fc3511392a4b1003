// How a SAS call is authenticated: the credentials (an AccessKey pair, optionally STS with a
// security token), where they come from (explicit options, a user's provider, or Alibaba's default
// chain of sources in identity/), their secrets for masking, and the signer they take.
import { alibabaDefaultChain, files } from '#sas-chain';
import { keyPair, stringField, type CredentialProvider, type Environment } from '../core/credential-input.js';
import type { CredentialSource } from '../core/identity/source.js';
import { credentialSupply, type ResolvedSupply } from '../core/identity/supply.js';
import { hashing } from '#crypto';
import type { RequestSigner } from '../core/canonical.js';
import { signAcs3, type AlibabaAccessKey } from './signer.js';
import { SAS_ENV } from './identity/environment.js';
import type { AlibabaIdentityOptions } from './identity/options.js';

export { SAS_ENV };
export type SasCredentials = AlibabaAccessKey;
export type SasCredentialProvider = CredentialProvider<SasCredentials>;

/** Every secret value in the credentials, for the redactor. */
export function sasSecrets(credentials: SasCredentials): Array<string | undefined> {
  return [credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken];
}

/** How an attempt is signed: ACS3 now, with a fresh nonce (the gateway refuses a reused one: SignatureNonceUsed). */
export function sasRequestSigner(credentials: SasCredentials): RequestSigner {
  return (request) => signAcs3(request, credentials, new Date(), crypto.randomUUID(), hashing);
}

export function checkSasCredentials(value: unknown, origin: string): SasCredentials {
  const pair = keyPair(
    origin,
    ['accessKeyId', stringField(value, 'accessKeyId')],
    ['accessKeySecret', stringField(value, 'accessKeySecret')],
    ['securityToken', stringField(value, 'securityToken')],
  );
  return { accessKeyId: pair.id, accessKeySecret: pair.secret, securityToken: pair.token };
}

export interface SasCredentialOptions extends AlibabaIdentityOptions {
  /** An AccessKey pair, with `securityToken` for STS. Wins over everything else. */
  readonly credentials?: SasCredentials | undefined;
  /** Your own source of credentials, asked again before `expiresAt`; wins over the default chain. */
  readonly credentialProvider?: SasCredentialProvider | undefined;
  /**
   * Where credentials come from when neither `credentials` nor `credentialProvider` is given: a
   * chain built from imagesec/credentials. Default: the vendor's chain (see the README).
   */
  readonly credentialSource?: CredentialSource<SasCredentials> | undefined;
  /** The fetch credential sources (STS, IAM, metadata) use; default the client's `fetch`, else the global one. */
  readonly credentialsFetch?: typeof globalThis.fetch | undefined;
}

export function sasCredentialSupply(
  options: SasCredentialOptions,
  env: Environment,
  fetch: typeof globalThis.fetch,
): ResolvedSupply<SasCredentials> {
  return credentialSupply({
    explicit: options.credentials,
    provider: options.credentialProvider,
    sources: options.credentialSource ?? alibabaDefaultChain(options),
    context: { env, files, fetch, now: Date.now },
    check: checkSasCredentials,
    noneMessage:
      `no SAS credentials: pass \`credentials\` or \`credentialProvider\`, set ${SAS_ENV.accessKeyId} and ` +
      `${SAS_ENV.accessKeySecret}, set up OIDC (ALIBABA_CLOUD_ROLE_ARN, _OIDC_PROVIDER_ARN, _OIDC_TOKEN_FILE), ` +
      'an aliyun CLI profile or ~/.alibabacloud/credentials, or turn on instance metadata (`instanceMetadata: true`)',
  });
}
