// The retry policy of imagesec, in one file: which failures are retried, for which operations, and
// how long to wait. The loop that applies it is in call/send.ts; every attempt there is built and
// signed afresh (new date, new nonce), so a retry is never a replay of a signed request.
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  ImagesecError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
} from './errors.js';

/** The waits between attempts (`maxRetries` is a plain client and call option). */
export interface BackoffOptions {
  /** Backoff: the n-th retry waits a random time up to `baseDelayMs × 2^(n-1)` (full jitter). Default 500. */
  readonly baseDelayMs?: number | undefined;
  /** No backoff wait is longer than this. Default 8000. */
  readonly maxDelayMs?: number | undefined;
  /** A server's `Retry-After` is honoured up to this long (a longer one is shortened to it). Default 30000. */
  readonly maxRetryAfterMs?: number | undefined;
}

export interface RetryPolicy {
  /** Retries after the first attempt; `0` disables retrying. */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** What a retry observer sees (no secrets: the error is the redacted one the caller would get). */
export interface RetryEvent {
  /** The vendor's operation name, e.g. `ShowImageSecurityReportStatistic`. */
  readonly operation: string;
  /** The attempt that just failed (1 = the first request). */
  readonly attempt: number;
  /** Attempts the call may make in all (1 + maxRetries). */
  readonly maxAttempts: number;
  /** How long the pipeline waits before the next attempt. */
  readonly delayMs: number;
  /** Why: the error's name plus its status and code or network code, e.g. `RateLimitError 429 APIGW.0308`. */
  readonly reason: string;
  readonly error: ImagesecError;
}

// Network failures that happen before a request leaves: nothing reached the server, so any
// operation may be retried. Other codes (a reset, a closed socket) may come after the server read it.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
// Failures no retry can fix (a certificate is wrong, not late).
const PERMANENT = /CERT|SELF_SIGNED|ERR_TLS|ERR_SSL|ERR_INVALID_URL/;

/** Whether this failure may be retried for an operation that is (or is not) repeatable. */
export function isRetryable(error: unknown, repeatable: boolean): boolean {
  // Throttling (429, HSS APIGW.0308, SAS Throttling* with 400) and 503 are refusals at the door:
  // the request was not carried out, so every operation may be retried.
  if (error instanceof RateLimitError) return true;
  if (error instanceof ApiError) {
    if (error.status === 503) return true;
    // A vendor that answers errors inside a 2xx names their class: a server error there is a 500's.
    if (error instanceof ServerError && error.status < 300) return repeatable;
    // A 500 is the service failing mid-work; 502/504 a gateway that lost or waited too long for the
    // backend, which may have done the work: only for operations safe to repeat.
    return repeatable && (error.status === 500 || error.status === 502 || error.status === 504);
  }
  if (error instanceof ConnectionError) {
    if (error.code !== undefined && PERMANENT.test(error.code)) return false;
    return repeatable || (error.code !== undefined && NOT_SENT.has(error.code));
  }
  // An attempt that ran out of time may have been carried out; the call's own deadline is final.
  if (error instanceof TimeoutError) return repeatable && error.scope === 'attempt';
  // 4xx other than throttling (a 401 retried in a loop locks the access key), local validation,
  // configuration and credential-provider failures, an answer too large or badly encoded to read
  // (ResponseError: downloading it again would cost as much and end the same): a retry would fail
  // the same way.
  return false;
}

// The classes a vendor gives a refusal (also one it answers inside a 2xx): the request was not carried out.
const REFUSAL = [BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError];

/**
 * Whether a failed call may all the same have been carried out: the request may have reached the
 * service and nothing said it was refused (a 5xx other than 501/503, a 2xx that was not the API's
 * answer, a connection lost after sending, a timeout). Refusals (4xx, 503, throttling, and the
 * refusal classes a vendor gives an error it answers inside a 2xx), local
 * failures and connections that never carried the request were not. Bulk runs journal this as an
 * unknown outcome and do not re-send such lines of operations that are not safe to repeat.
 */
export function mayHaveTakenEffect(error: unknown): boolean {
  if (REFUSAL.some((refusal) => error instanceof refusal)) return false;
  if (error instanceof RateLimitError) return false;
  if (error instanceof ApiError) {
    return (
      // A 2xx that was not the API's answer, or a server error a vendor answers inside a 2xx.
      (error.status >= 200 && error.status < 300) ||
      (error.status >= 500 && error.status !== 501 && error.status !== 503)
    );
  }
  if (error instanceof ConnectionError)
    return error.code === undefined || !(NOT_SENT.has(error.code) || PERMANENT.test(error.code));
  // An answer that could not be read: the server may have done the work.
  if (error instanceof ResponseError) return true;
  return error instanceof TimeoutError;
}

/**
 * How long to wait before retry number `retry` (1-based): the server's Retry-After when it gave one
 * (capped), otherwise exponential backoff with full jitter. `random` is injectable for tests.
 */
export function retryDelay(
  error: unknown,
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  }
  return Math.floor(random() * backoffCeiling(policy.baseDelayMs, policy.maxDelayMs, retry));
}

/**
 * The exponential ceiling of the n-th wait (1-based): `baseMs × 2^(n-1)`, capped at `capMs`. The
 * retries draw below it (full jitter); the waiters (core/waiter/schedule.ts) between their minimum
 * delay and it.
 */
export function backoffCeiling(baseMs: number, capMs: number, n: number): number {
  return Math.min(capMs, baseMs * 2 ** (n - 1));
}
