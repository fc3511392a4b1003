// The toy cloud's credentials: a key pair, optionally temporary with a session token, from explicit
// options, a user's provider, or the environment (TOY_CLOUD_KEY_ID, TOY_CLOUD_KEY_SECRET,
// TOY_CLOUD_SESSION_TOKEN): a chain of one source, as the shipped clouds' chains start.
import { hashing } from '#crypto';
import type { RequestSigner } from '../../src/core/canonical.js';
import {
  keyPair,
  keyPairFromEnvironment,
  stringField,
  type CredentialProvider,
  type Environment,
} from '../../src/core/credential-input.js';
import { NO_FILES } from '../../src/core/identity/files.js';
import type { CredentialSource } from '../../src/core/identity/source.js';
import { credentialSupply, type ResolvedSupply } from '../../src/core/identity/supply.js';
import { signToy, type ToyKey } from './signer.js';

export const TOY_ENV = {
  keyId: 'TOY_CLOUD_KEY_ID',
  keySecret: 'TOY_CLOUD_KEY_SECRET',
  sessionToken: 'TOY_CLOUD_SESSION_TOKEN',
} as const;

/** The environment variable naming the region. */
export const TOY_REGION_ENV = 'TOY_CLOUD_REGION';

/** Every secret value in the key, for the redactor. */
export function toySecrets(key: ToyKey): Array<string | undefined> {
  return [key.keyId, key.keySecret, key.sessionToken];
}

/** How an attempt is signed: now, so a retry is signed afresh. */
export function toyRequestSigner(key: ToyKey): RequestSigner {
  return (request) => signToy(request, key, new Date(), hashing);
}

export function checkToyKey(value: unknown, origin: string): ToyKey {
  const pair = keyPair(
    origin,
    ['keyId', stringField(value, 'keyId')],
    ['keySecret', stringField(value, 'keySecret')],
    ['sessionToken', stringField(value, 'sessionToken')],
  );
  return { keyId: pair.id, keySecret: pair.secret, sessionToken: pair.token };
}

function environmentSource(): CredentialSource<ToyKey> {
  return {
    name: 'environment',
    resolve: ({ env }) => {
      const pair = keyPairFromEnvironment(env, TOY_ENV.keyId, TOY_ENV.keySecret, TOY_ENV.sessionToken);
      if (pair === undefined) return undefined;
      const key = { keyId: pair.id, keySecret: pair.secret, sessionToken: pair.token };
      return { name: `environment (${TOY_ENV.keyId})`, fetch: () => Promise.resolve(key) };
    },
  };
}

export interface ToyCredentialOptions {
  /** A key pair, with `sessionToken` for a temporary key. Wins over everything else. */
  readonly credentials?: ToyKey | undefined;
  /** Your own source of keys, asked again before `expiresAt`; wins over the environment. */
  readonly credentialProvider?: CredentialProvider<ToyKey> | undefined;
  /** Where keys come from when neither of the above is given (default: the environment). */
  readonly credentialSource?: CredentialSource<ToyKey> | undefined;
}

export function toyCredentialSupply(
  options: ToyCredentialOptions,
  env: Environment,
  fetch: typeof globalThis.fetch,
): ResolvedSupply<ToyKey> {
  return credentialSupply({
    explicit: options.credentials,
    provider: options.credentialProvider,
    sources: options.credentialSource ?? environmentSource(),
    context: { env, files: NO_FILES, fetch, now: Date.now },
    check: checkToyKey,
    noneMessage: `no toy credentials: pass \`credentials\` or \`credentialProvider\`, or set ${TOY_ENV.keyId} and ${TOY_ENV.keySecret}`,
  });
}
