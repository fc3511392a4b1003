// HSS credentials: an AK/SK pair (optionally temporary, with a security token) or an IAM token,
// resolved from explicit options, then HUAWEICLOUD_SDK_* variables, then a provider function.
import {
  checkCredentialText,
  credentialChain,
  keyPair,
  keyPairFromEnvironment,
  stringField,
  type CredentialProvider,
  type Environment,
} from '../core/credentials.js';
import { ConfigurationError } from '../core/errors.js';
import type { HuaweiAkSk } from './signer.js';

/** An IAM token, sent as X-Auth-Token instead of a signature. */
export interface HssTokenCredentials {
  readonly authToken: string;
}

export type HssCredentials = HuaweiAkSk | HssTokenCredentials;
export type HssCredentialProvider = CredentialProvider<HssCredentials>;

export const HSS_ENV = {
  ak: 'HUAWEICLOUD_SDK_AK',
  sk: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
} as const;

// X-Auth-Token length limit documented by HSS (1-32768 characters).
const MAX_TOKEN_LENGTH = 32_768;

export function isTokenCredentials(credentials: HssCredentials): credentials is HssTokenCredentials {
  return 'authToken' in credentials;
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

/** The HUAWEICLOUD_SDK_* credentials, or undefined when none of them is set. */
function fromEnvironment(env: Environment): HuaweiAkSk | undefined {
  const pair = keyPairFromEnvironment(env, HSS_ENV.ak, HSS_ENV.sk, HSS_ENV.securityToken);
  return pair && { ak: pair.id, sk: pair.secret, securityToken: pair.token };
}

export interface HssCredentialOptions {
  /** AK/SK (with `securityToken` for temporary keys) or `{ authToken }`. Wins over everything else. */
  readonly credentials?: HssCredentials | undefined;
  /** Asked only when neither `credentials` nor HUAWEICLOUD_SDK_AK/SK are set; cached until `expiresAt`. */
  readonly credentialProvider?: HssCredentialProvider | undefined;
}

export function hssCredentialSource(options: HssCredentialOptions, env: Environment): () => Promise<HssCredentials> {
  return credentialChain({
    explicit: options.credentials,
    fromEnvironment: () => fromEnvironment(env),
    provider: options.credentialProvider,
    check: checkHssCredentials,
    noneMessage:
      `no HSS credentials: pass \`credentials\` ({ ak, sk } or { authToken }), set ${HSS_ENV.ak} and ` +
      `${HSS_ENV.sk}, or pass \`credentialProvider\``,
  });
}
