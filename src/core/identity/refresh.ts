// Keeps credentials that expire: one fetch at a time however many calls wait (single flight), a
// refresh some margin before expiry, and the last credentials kept through a failed refresh while
// they still work. A credential source is also paced after bad answers (session-pacing.ts).
import { ConfigurationError, CredentialsError } from '../errors.js';
import { asRecord } from '../values.js';
import type { Expiring } from '../credential-input.js';
import { expiredAnswerWaitMs, failedRefreshWaitMs } from './session-pacing.js';

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

/** A session source answered credentials that had already expired by this machine's clock. */
function expiredAnswer(origin: string, expiresAt: number, now: number): CredentialsError {
  const ago = Math.round((now - expiresAt) / 1000);
  return new CredentialsError(
    `${origin}: the credentials it answered expired at ${new Date(expiresAt).toISOString()}, ${ago} s before they arrived by this machine's clock; not used (check the source and this machine's clock)`,
    'EXPIRED_CREDENTIALS',
  );
}

export interface RefreshOptions {
  /** Refresh this long before expiry (at most half the lifetime). */
  readonly marginMs?: number | undefined;
  /** Epoch milliseconds. */
  readonly now?: (() => number) | undefined;
  /** Names the credentials in errors (`credentialProvider result`, a source's name). */
  readonly origin?: string | undefined;
  /**
   * The fetch asks a session service (STS, IAM, metadata, a credentials URI), paced as
   * session-pacing.ts says: an answer already past its expiry is not used to sign and the
   * service is not asked again for 50-70 s (the kept credentials serve meanwhile while they work,
   * else the calls fail with that answer's error); a failed refresh while the kept credentials
   * work is not tried again for 1-10 s. Off for a user's provider: its expired answer is not kept,
   * and the next call asks again (a provider may mean "ask me every time").
   */
  readonly session?: boolean | undefined;
}

/**
 * Wraps a fetch of credentials: concurrent callers share one fetch, the result is checked by the
 * vendor's `check` and kept until `marginMs` before `expiresAt` (at most half its lifetime, so
 * short-lived credentials are not fetched anew for every request). If a refresh fails while the kept
 * credentials have not yet expired, those are used; a failure is not cached, except a session
 * source's expired answer for its wait (`session`). Errors that imagesec words itself
 * (CredentialsError, ConfigurationError) pass through; anything else a user's provider throws is
 * reduced to its class and code.
 */
export function cachedProvider<C>(
  fetchCredentials: () => Promise<Expiring<C>>,
  check: (value: unknown) => C,
  {
    marginMs = DEFAULT_REFRESH_MARGIN_MS,
    now = Date.now,
    origin = 'credentialProvider result',
    session = false,
  }: RefreshOptions = {},
): () => Promise<C> {
  let current: { value: C; refreshAt: number; expiresAt: number } | undefined;
  let pending: Promise<C> | undefined;
  // A session source is not asked again before `until`; `error` answers the calls meanwhile when
  // no kept credentials work.
  let pause: { until: number; error: CredentialsError | undefined } | undefined;
  let failures = 0;

  const working = (time: number) => current !== undefined && time < current.expiresAt;

  /** Pauses the source for `waitMs`, no longer than the kept credentials work when they do. */
  function pauseFor(waitMs: number, time: number, error?: CredentialsError): void {
    const kept = current !== undefined && working(time) ? current.expiresAt : Number.POSITIVE_INFINITY;
    pause = { until: Math.min(time + waitMs, kept), error };
  }

  async function refresh(): Promise<C> {
    let result: Expiring<C>;
    try {
      result = await fetchCredentials();
    } catch (error) {
      const time = now();
      if (current !== undefined && working(time)) {
        if (session) pauseFor(failedRefreshWaitMs((failures += 1)), time);
        return current.value;
      }
      if (error instanceof CredentialsError || error instanceof ConfigurationError) throw error;
      throw providerFailure(error);
    }
    const value = check(result);
    const fetchedAt = now();
    const expiresAt = expiryOf(result, origin);
    if (session && expiresAt <= fetchedAt) {
      const error = expiredAnswer(origin, expiresAt, fetchedAt);
      pauseFor(expiredAnswerWaitMs(), fetchedAt, error);
      if (current !== undefined && working(fetchedAt)) return current.value;
      throw error;
    }
    const margin = Math.min(marginMs, (expiresAt - fetchedAt) / 2);
    current = { value, refreshAt: expiresAt - Math.max(margin, 0), expiresAt };
    pause = undefined;
    failures = 0;
    return value;
  }

  // Callers that shared one refresh each get their own error: a call records its attempt count on it.
  const own = (error: unknown): never => {
    if (error instanceof CredentialsError) throw new CredentialsError(error.message, error.code);
    if (error instanceof ConfigurationError) throw new ConfigurationError(error.message);
    throw error;
  };

  return () => {
    const time = now();
    if (current !== undefined && time < current.refreshAt) return Promise.resolve(current.value);
    if (pause !== undefined && time < pause.until) {
      if (current !== undefined && working(time)) return Promise.resolve(current.value);
      if (pause.error !== undefined) return Promise.reject(pause.error).catch(own);
    }
    pending ??= refresh().finally(() => {
      pending = undefined;
    });
    return pending.catch(own);
  };
}
