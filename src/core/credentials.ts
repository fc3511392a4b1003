// Where credentials come from, vendor-neutral: explicit options, then environment variables, then a
// user-supplied async provider whose results are cached until shortly before they say they expire.
import { ConfigurationError, CredentialsError } from './errors.js';
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

/** Refresh this long before `expiresAt`, so a request signed now is not rejected in flight. */
export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/** `expiresAt` as epoch ms (infinite when absent); JSON-sourced strings and numbers are accepted. */
function expiryOf(result: unknown): number {
  const expiresAt = asRecord(result)?.expiresAt;
  if (expiresAt === undefined || expiresAt === null) return Number.POSITIVE_INFINITY;
  const time =
    expiresAt instanceof Date ? expiresAt.getTime() : typeof expiresAt === 'string' || typeof expiresAt === 'number' ? new Date(expiresAt).getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ConfigurationError('credentialProvider result: expiresAt is not a valid date');
  }
  return time;
}

/**
 * Wraps a provider: one call at a time (concurrent callers share it), the result checked by the
 * vendor's `check` and kept until `marginMs` before `expiresAt` (at most half its lifetime, so
 * short-lived credentials are not fetched anew for every request). If a refresh fails while the
 * kept credentials have not yet expired, those are used; a failure is never cached.
 */
export function cachedProvider<C>(
  provider: CredentialProvider<C>,
  check: (value: unknown) => C,
  { marginMs = DEFAULT_REFRESH_MARGIN_MS, now = Date.now }: { marginMs?: number; now?: () => number } = {},
): () => Promise<C> {
  let current: { value: C; refreshAt: number; expiresAt: number } | undefined;
  let pending: Promise<C> | undefined;

  async function refresh(): Promise<C> {
    let result: Expiring<C>;
    try {
      result = await provider();
    } catch (error) {
      if (current !== undefined && now() < current.expiresAt) return current.value;
      // The provider's own error may quote what it handled (a vault reply, a key): neither its
      // message nor the error itself is kept, since loggers print causes. Its class and a short
      // code (ECONNRESET, ETIMEDOUT) tell a transient failure from a broken setup.
      const kind = error instanceof Error ? error.name : typeof error;
      const code = (error as { code?: unknown } | null)?.code;
      const shortCode = typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
      throw new CredentialsError(`the credential provider failed (${kind}${shortCode ? ` ${shortCode}` : ''})`, shortCode);
    }
    const value = check(result);
    const fetchedAt = now();
    const expiresAt = expiryOf(result);
    const margin = Math.min(marginMs, (expiresAt - fetchedAt) / 2);
    current = { value, refreshAt: expiresAt - Math.max(margin, 0), expiresAt };
    return value;
  }

  return () => {
    if (current !== undefined && now() < current.refreshAt) return Promise.resolve(current.value);
    pending ??= refresh().finally(() => {
      pending = undefined;
    });
    // Callers that shared one refresh each get their own error: a call records its attempt count on it.
    return pending.catch((error: unknown) => {
      if (error instanceof CredentialsError) throw new CredentialsError(error.message, error.code);
      if (error instanceof ConfigurationError) throw new ConfigurationError(error.message);
      throw error;
    });
  };
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
    throw new ConfigurationError(`${origin}: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing${half}`);
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

export interface CredentialChain<C> {
  /** The `credentials` option as given (undefined when absent). */
  readonly explicit: unknown;
  /** Credentials from environment variables, undefined when none of the variables is set. */
  readonly fromEnvironment: () => C | undefined;
  readonly provider: CredentialProvider<C> | undefined;
  /** Checks explicit or provided credentials; `origin` names where they came from. */
  readonly check: (value: unknown, origin: string) => C;
  /** The message when no link of the chain has credentials. */
  readonly noneMessage: string;
}

/**
 * Decides, once, where credentials come from (explicit → environment → provider) and fails now,
 * before any request, when the static ones are missing or half-given. The returned function yields
 * the credentials for one request.
 */
export function credentialChain<C>(chain: CredentialChain<C>): () => Promise<C> {
  if (chain.explicit !== undefined) {
    const fixed = chain.check(chain.explicit, 'options.credentials');
    return () => Promise.resolve(fixed);
  }
  const fromEnv = chain.fromEnvironment();
  if (fromEnv !== undefined) return () => Promise.resolve(fromEnv);
  if (chain.provider !== undefined) {
    return cachedProvider(chain.provider, (value) => chain.check(value, 'credentialProvider result'));
  }
  throw new ConfigurationError(chain.noneMessage);
}
