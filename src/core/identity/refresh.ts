// Keeps credentials that expire: one fetch at a time however many calls wait (single flight), a
// refresh some margin before expiry, and the last credentials kept through a failed refresh while
// they still work.
import { ConfigurationError, CredentialsError } from '../errors.js';
import { asRecord } from '../values.js';
import type { Expiring } from '../credentials.js';

/** Refresh this long before `expiresAt` unless the source names its own margin. */
export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/** `expiresAt` as epoch ms (infinite when absent); JSON-sourced strings and numbers are accepted. */
function expiryOf(result: unknown, origin: string): number {
  const expiresAt = asRecord(result)?.expiresAt;
  if (expiresAt === undefined || expiresAt === null) return Number.POSITIVE_INFINITY;
  const time =
    expiresAt instanceof Date
      ? expiresAt.getTime()
      : typeof expiresAt === 'string' || typeof expiresAt === 'number'
        ? new Date(expiresAt).getTime()
        : Number.NaN;
  if (Number.isNaN(time)) throw new ConfigurationError(`${origin}: expiresAt is not a valid date`);
  return time;
}

/** A failure of a user's provider, without its message (it may quote a vault reply or a key). */
function providerFailure(error: unknown): CredentialsError {
  // Its class and a short code (ECONNRESET, ETIMEDOUT) tell a transient failure from a broken setup.
  const kind = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const shortCode = typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
  return new CredentialsError(`the credential provider failed (${kind}${shortCode ? ` ${shortCode}` : ''})`, shortCode);
}

export interface RefreshOptions {
  /** Refresh this long before expiry (at most half the lifetime). */
  readonly marginMs?: number | undefined;
  /** Epoch milliseconds. */
  readonly now?: (() => number) | undefined;
  /** Names the credentials in errors (`credentialProvider result`, a source's name). */
  readonly origin?: string | undefined;
}

/**
 * Wraps a fetch of credentials: concurrent callers share one fetch, the result is checked by the
 * vendor's `check` and kept until `marginMs` before `expiresAt` (at most half its lifetime, so
 * short-lived credentials are not fetched anew for every request). If a refresh fails while the kept
 * credentials have not yet expired, those are used; a failure is never cached. Errors that imagesec
 * words itself (CredentialsError, ConfigurationError) pass through; anything else a user's provider
 * throws is reduced to its class and code.
 */
export function cachedProvider<C>(
  fetchCredentials: () => Promise<Expiring<C>>,
  check: (value: unknown) => C,
  { marginMs = DEFAULT_REFRESH_MARGIN_MS, now = Date.now, origin = 'credentialProvider result' }: RefreshOptions = {},
): () => Promise<C> {
  let current: { value: C; refreshAt: number; expiresAt: number } | undefined;
  let pending: Promise<C> | undefined;

  async function refresh(): Promise<C> {
    let result: Expiring<C>;
    try {
      result = await fetchCredentials();
    } catch (error) {
      if (current !== undefined && now() < current.expiresAt) return current.value;
      if (error instanceof CredentialsError || error instanceof ConfigurationError) throw error;
      throw providerFailure(error);
    }
    const value = check(result);
    const fetchedAt = now();
    const expiresAt = expiryOf(result, origin);
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
