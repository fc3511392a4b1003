// How an HSS call is authenticated: the credentials (an AK/SK pair, optionally temporary with a
// security token, or an IAM token), where they come from (explicit options, a user's provider, or
// Huawei's default chain of sources in identity/), their secrets for masking, and the signer each takes.
import { discoverProjectId, files, huaweiDefaultChain, iamEndpoint } from '#hss-chain';
import {
  checkCredentialText,
  keyPair,
  stringField,
  type CredentialProvider,
  type Environment,
} from '../core/credential-input.js';
import type { CredentialSource } from '../core/identity/source.js';
import { credentialSupply, type ResolvedSupply } from '../core/identity/supply.js';
import { ConfigurationError } from '../core/errors.js';
import { hashing } from '#crypto';
import type { RequestSigner } from '../core/canonical.js';
import { signHuawei, type HuaweiAkSk } from './signer.js';
import { HSS_ENV } from './identity/env-keys.js';
import type { HuaweiIdentityOptions } from './identity/options.js';

export { HSS_ENV };

/** An IAM token, sent as X-Auth-Token instead of a signature. */
export interface HssTokenCredentials {
  readonly authToken: string;
}

export type HssCredentials = HuaweiAkSk | HssTokenCredentials;
export type HssCredentialProvider = CredentialProvider<HssCredentials>;

// X-Auth-Token length limit documented by HSS (1-32768 characters).
const MAX_TOKEN_LENGTH = 32_768;

export function isTokenCredentials(credentials: HssCredentials): credentials is HssTokenCredentials {
  return 'authToken' in credentials;
}

/** Every secret value in the credentials, for the redactor. */
export function hssSecrets(credentials: HssCredentials): Array<string | undefined> {
  return isTokenCredentials(credentials)
    ? [credentials.authToken]
    : [credentials.ak, credentials.sk, credentials.securityToken];
}

/** How an attempt is authenticated: signed now with the AK/SK, or carrying the IAM token. */
export function hssRequestSigner(credentials: HssCredentials): RequestSigner {
  return isTokenCredentials(credentials)
    ? () => Promise.resolve({ headers: { 'X-Auth-Token': credentials.authToken } })
    : (request) => signHuawei(request, credentials, new Date(), hashing);
}

/** Checks credentials from options or a provider; `origin` names where they came from. */
export function checkHssCredentials(value: unknown, origin: string): HssCredentials {
  const authToken = stringField(value, 'authToken');
  const ak = stringField(value, 'ak');
  const sk = stringField(value, 'sk');
  const securityToken = stringField(value, 'securityToken');
  if (authToken !== undefined) {
    if (ak !== undefined || sk !== undefined) {
      throw new ConfigurationError(`${origin}: give either authToken or ak/sk, not both`);
    }
    checkCredentialText(origin, ['authToken', authToken]);
    if (authToken.length > MAX_TOKEN_LENGTH) {
      throw new ConfigurationError(`${origin}: authToken is longer than ${MAX_TOKEN_LENGTH} characters`);
    }
    return { authToken };
  }
  if (ak === undefined && sk === undefined && securityToken === undefined) {
    throw new ConfigurationError(`${origin}: neither ak/sk nor authToken is given`);
  }
  const pair = keyPair(origin, ['ak', ak], ['sk', sk], ['securityToken', securityToken]);
  return { ak: pair.id, sk: pair.secret, securityToken: pair.token };
}

export interface HssCredentialOptions extends HuaweiIdentityOptions {
  /** AK/SK (with `securityToken` for temporary keys) or `{ authToken }`. Wins over everything else. */
  readonly credentials?: HssCredentials | undefined;
  /** Your own source of credentials, asked again before `expiresAt`; wins over the default chain. */
  readonly credentialProvider?: HssCredentialProvider | undefined;
  /**
   * Where credentials come from when neither `credentials` nor `credentialProvider` is given: a
   * chain built from imagesec/credentials. Default: the vendor's chain (see the README).
   */
  readonly credentialSource?: CredentialSource<HssCredentials> | undefined;
  /** The fetch credential sources (STS, IAM, metadata) use; default the client's `fetch`, else the global one. */
  readonly credentialsFetch?: typeof globalThis.fetch | undefined;
}

export function hssCredentialSupply(
  options: HssCredentialOptions & { readonly region?: string | undefined },
  env: Environment,
  fetch: typeof globalThis.fetch,
): ResolvedSupply<HssCredentials> {
  return credentialSupply<HssCredentials>({
    explicit: options.credentials,
    provider: options.credentialProvider,
    sources: options.credentialSource ?? huaweiDefaultChain(options),
    context: { env, files, fetch, now: Date.now },
    check: checkHssCredentials,
    noneMessage:
      `no HSS credentials: pass \`credentials\` ({ ak, sk } or { authToken }) or \`credentialProvider\`, set ` +
      `${HSS_ENV.ak} and ${HSS_ENV.sk}, set up OIDC federation (HUAWEICLOUD_SDK_IDP_ID, ` +
      'HUAWEICLOUD_SDK_ID_TOKEN_FILE) or ~/.huaweicloud/credentials, or turn on instance metadata (`instanceMetadata: true`)',
  });
}

/**
 * How the client finds its project id when none is given: a lookup in IAM with the credentials of
 * the call, or the reason there is none (the message's last words).
 */
export function projectLookup(
  options: HssCredentialOptions & { readonly region?: string | undefined },
  env: Environment,
  fetch: typeof globalThis.fetch,
  profileIam: string | undefined,
): ((credentials: HuaweiAkSk) => Promise<string>) | string {
  const region = options.region;
  if (region === undefined) return 'with `region` it is looked up in IAM';
  if (options.credentials !== undefined && 'authToken' in options.credentials) return 'an IAM token cannot look it up';
  if (discoverProjectId === undefined || iamEndpoint === undefined) return 'it is looked up in IAM only under Node';
  const iam = iamEndpoint(env, options.iamEndpoint, profileIam, region);
  return (credentials) => discoverProjectId({ fetch, now: Date.now }, { iam, region, credentials });
}
