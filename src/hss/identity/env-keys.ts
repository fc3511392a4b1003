// The HUAWEICLOUD_SDK_* key pair: the one source every build has, browsers included.
import { keyPairFromEnvironment, type Environment } from '../../core/credential-input.js';
import type { ResolvedSource } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';

export const HSS_ENV = {
  ak: 'HUAWEICLOUD_SDK_AK',
  sk: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
} as const;

/** The key pair in the environment, or undefined when none of its variables is set. */
export function environmentKeys(env: Environment): ResolvedSource<HuaweiAkSk> | undefined {
  const pair = keyPairFromEnvironment(env, HSS_ENV.ak, HSS_ENV.sk, HSS_ENV.securityToken);
  if (pair === undefined) return undefined;
  const credentials = { ak: pair.id, sk: pair.secret, securityToken: pair.token };
  return { name: `environment (${HSS_ENV.ak})`, fetch: () => Promise.resolve(credentials) };
}
