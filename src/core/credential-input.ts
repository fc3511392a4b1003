// Credentials as users give them, vendor-neutral: the shapes, the environment, and the checks every
// key pair passes (complete, printable) wherever it came from.
import { ConfigurationError } from './errors.js';
import { asRecord } from './values.js';

/** What a provider returns: credentials, optionally with the time they stop working. */
export type Expiring<C> = C & { readonly expiresAt?: Date | undefined };

/** A user function that fetches (temporary) credentials; called again when they near expiry. */
export type CredentialProvider<C> = () => Promise<Expiring<C>>;

/** The environment a client reads variables from (process.env where it exists, nothing on the edge). */
export type Environment = Readonly<Record<string, string | undefined>>;

export function processEnv(): Environment {
  return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
}

/** A string property of a user-supplied object or of the environment, trimmed (a key read from a
 * file often ends in a newline); undefined when absent or blank. */
export function stringField(value: unknown, key: string): string | undefined {
  const field = asRecord(value)?.[key];
  const trimmed = typeof field === 'string' ? field.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

// Keys, secrets and tokens are printable ASCII; anything else (CR, LF, NUL, non-ASCII) would make
// Headers throw an error quoting the whole header, or be sent differently from how it was signed.
const CREDENTIAL_TEXT = /^[\x21-\x7e]+$/;

/** Throws when a credential value has characters no header can carry (the value is not printed). */
export function checkCredentialText(origin: string, ...values: Labelled[]): void {
  const bad = values.filter(([, value]) => value !== undefined && !CREDENTIAL_TEXT.test(value)).map(([label]) => label);
  if (bad.length > 0) {
    throw new ConfigurationError(`${origin}: ${bad.join(' and ')} must be printable ASCII without spaces`);
  }
}

/** A value as found, with the name the user knows it by (an option field or an environment variable). */
export type Labelled = readonly [label: string, value: string | undefined];

/**
 * Checks an access-key pair and its optional session token, all from one origin. Names (never
 * prints) whatever is missing: a key without its secret, a secret without its key, a token alone.
 */
export function keyPair(
  origin: string,
  id: Labelled,
  secret: Labelled,
  token: Labelled,
): { id: string; secret: string; token: string | undefined } {
  const missing = [id, secret].filter(([, value]) => value === undefined).map(([label]) => label);
  if (missing.length > 0) {
    const given = [id, secret, token].filter(([, value]) => value !== undefined).map(([label]) => label);
    const half = given.length > 0 ? ` (${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set)` : '';
    throw new ConfigurationError(
      `${origin}: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing${half}`,
    );
  }
  checkCredentialText(origin, id, secret, token);
  return { id: id[1] as string, secret: secret[1] as string, token: token[1] };
}

/** The key pair in three environment variables (checked like any other), or undefined when none is set. */
export function keyPairFromEnvironment(
  env: Environment,
  idName: string,
  secretName: string,
  tokenName: string,
): ReturnType<typeof keyPair> | undefined {
  const [id, secret, token] = [idName, secretName, tokenName].map((name) => stringField(env, name));
  if (id === undefined && secret === undefined && token === undefined) return undefined;
  return keyPair('environment', [idName, id], [secretName, secret], [tokenName, token]);
}

/** The credentials a client signs with, and what supplied them (for debug output; never a value). */
export interface CredentialSupply<C> {
  readonly get: () => Promise<C>;
  readonly source: string;
}
