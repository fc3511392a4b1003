// The limits of a call and how callers set them: per client (defaults for every call) and per call
// (overrides). Checked when given, so a bad value is a clear error before anything is sent.
import type { Environment } from './credentials.js';
import { debugLogger, type DebugOptions, type Logger } from './debug.js';
import { ConfigurationError, ValidationError } from './errors.js';
import { DEFAULT_RETRY_POLICY, type BackoffOptions, type RetryEvent, type RetryPolicy } from './retry.js';

/** What every client accepts about timing, retries and logging. */
export interface ClientCallOptions extends DebugOptions {
  /** Time allowed for each attempt (credentials, request and response). Default 30 s. */
  readonly timeoutMs?: number | undefined;
  /** Time allowed for the whole call, retries and waits included. Default 120 s. */
  readonly deadlineMs?: number | undefined;
  /** Retries after the first attempt (see src/core/retry.ts for what is retried); `0` disables. Default 2. */
  readonly maxRetries?: number | undefined;
  /** The waits between attempts. */
  readonly backoff?: BackoffOptions | undefined;
  /** Called before each retry wait, with the attempt that failed and the delay (never secrets). */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** Options every operation accepts, per call. */
export interface CallOptions {
  /** Aborts the call, also during a wait between retries; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Time allowed for each attempt (overrides the client's `timeoutMs`). */
  readonly timeoutMs?: number | undefined;
  /** Time allowed for the whole call (overrides the client's `deadlineMs`). */
  readonly deadlineMs?: number | undefined;
  /** Retries for this call (overrides the client's `maxRetries`). */
  readonly maxRetries?: number | undefined;
  /** Extra request headers (printable ASCII; signed like the others where the vendor's scheme signs them). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
const MAX_RETRIES = 20;
/** setTimeout's limit: a longer delay fires at once (Node warns and uses 1 ms). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The resolved limits one call runs under. */
export interface CallLimits {
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly retry: RetryPolicy;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly log: Logger | undefined;
}

/** A whole number of milliseconds from `min` to 2^31-1, or undefined; ValidationError otherwise. */
function checkMilliseconds(value: unknown, where: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TIMEOUT_MS) {
    throw new ValidationError(`${where} must be a whole number of milliseconds from ${min} to ${MAX_TIMEOUT_MS}`, [
      { path: where, message: `must be an integer from ${min} to ${MAX_TIMEOUT_MS}` },
    ]);
  }
  return value;
}

function checkRetries(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
    throw new ValidationError(`${where} must be a whole number from 0 to ${MAX_RETRIES}`, [
      { path: where, message: `must be an integer from 0 to ${MAX_RETRIES}` },
    ]);
  }
  return value;
}

function checkFunction<F>(value: F | undefined, where: string): F | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new ValidationError(`${where} must be a function`, [{ path: where, message: 'must be a function' }]);
  }
  return value;
}

/** A client's defaults, checked at construction (a bad one is a ConfigurationError). */
export function clientLimits(options: ClientCallOptions, env: Environment): CallLimits {
  try {
    return checkedClientLimits(options, env);
  } catch (error) {
    if (error instanceof ValidationError) throw new ConfigurationError(error.message);
    throw error;
  }
}

function checkedClientLimits(options: ClientCallOptions, env: Environment): CallLimits {
  const backoff = options.backoff ?? {};
  return {
    timeoutMs: checkMilliseconds(options.timeoutMs, 'options.timeoutMs') ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: checkMilliseconds(options.deadlineMs, 'options.deadlineMs') ?? DEFAULT_DEADLINE_MS,
    retry: {
      maxRetries: checkRetries(options.maxRetries, 'options.maxRetries') ?? DEFAULT_RETRY_POLICY.maxRetries,
      baseDelayMs:
        checkMilliseconds(backoff.baseDelayMs, 'options.backoff.baseDelayMs', 0) ?? DEFAULT_RETRY_POLICY.baseDelayMs,
      maxDelayMs:
        checkMilliseconds(backoff.maxDelayMs, 'options.backoff.maxDelayMs', 0) ?? DEFAULT_RETRY_POLICY.maxDelayMs,
      maxRetryAfterMs:
        checkMilliseconds(backoff.maxRetryAfterMs, 'options.backoff.maxRetryAfterMs', 0) ??
        DEFAULT_RETRY_POLICY.maxRetryAfterMs,
    },
    onRetry: checkFunction(options.onRetry, 'options.onRetry'),
    log: debugLogger({ debug: options.debug, logger: checkFunction(options.logger, 'options.logger') }, env),
  };
}

/** The client's limits with one call's overrides. */
export function callLimits(base: CallLimits, options: CallOptions): CallLimits {
  const maxRetries = checkRetries(options.maxRetries, 'options.maxRetries');
  return {
    ...base,
    timeoutMs: checkMilliseconds(options.timeoutMs, 'options.timeoutMs') ?? base.timeoutMs,
    deadlineMs: checkMilliseconds(options.deadlineMs, 'options.deadlineMs') ?? base.deadlineMs,
    retry: maxRetries === undefined ? base.retry : { ...base.retry, maxRetries },
  };
}
