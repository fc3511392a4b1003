// The limits of a call and how callers set them: per client (defaults for every call) and per call
// (overrides), each option checked as it is read (option-checks.ts).
import type { Environment } from './credential-input.js';
import { debugLogger, type DebugOptions, type Logger } from './debug.js';
import type { CallMiddleware } from './middleware.js';
import { checkByteCount, checkFunction, checkMiddleware, checkMilliseconds, checkRetries } from './option-checks.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './http/hints.js';
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
  /**
   * The largest response body a call reads, as received and once decoded; a larger one fails the
   * call with a ResponseError (not retried). Default 16 MiB.
   */
  readonly maxResponseBytes?: number | undefined;
  /**
   * Hooks into every call (logging, metrics, tracing, headers of your own), run in the order given:
   * see CallMiddleware. `imagesec/opentelemetry` is one.
   */
  readonly middleware?: readonly CallMiddleware[] | undefined;
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
  /** The largest response body this call reads (overrides the client's `maxResponseBytes`). */
  readonly maxResponseBytes?: number | undefined;
}

/** Options of a list operation's iterator: each page is a call with the call options. */
export interface PageOptions extends CallOptions {
  /** Items per page (the operation's page-size parameter; default: the parameter given, else the server's). */
  readonly pageSize?: number | undefined;
  /**
   * Stop after this many items (default: every item). A walk this stops before the list's end
   * returns a token to go on from (the iterator's return value, `done: true` of `.next()`).
   */
  readonly maxItems?: number | undefined;
  /**
   * Go on where an earlier walk of the same operation stopped: the token it returned. It names the
   * position (leave the offset or page parameter out); a page-number list keeps the page size the
   * token was counted with. A token of another operation, or damaged, is a ValidationError before
   * anything is sent.
   */
  readonly startingToken?: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
/** The resolved limits one call runs under. */
export interface CallLimits {
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly retry: RetryPolicy;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly log: Logger | undefined;
  readonly maxResponseBytes: number;
  readonly middleware: readonly CallMiddleware[];
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
    maxResponseBytes:
      checkByteCount(options.maxResponseBytes, 'options.maxResponseBytes') ?? DEFAULT_MAX_RESPONSE_BYTES,
    log: debugLogger({ debug: options.debug, logger: checkFunction(options.logger, 'options.logger') }, env),
    middleware: checkMiddleware(options.middleware, 'options.middleware'),
  };
}

/** The client's limits with one call's overrides. */
export function callLimits(base: CallLimits, options: CallOptions): CallLimits {
  const { timeoutMs, deadlineMs, maxRetries: retries, maxResponseBytes } = options;
  // Most calls override nothing: the client's limits as they are.
  if (timeoutMs === undefined && deadlineMs === undefined && retries === undefined && maxResponseBytes === undefined) {
    return base;
  }
  const maxRetries = checkRetries(options.maxRetries, 'options.maxRetries');
  return {
    ...base,
    timeoutMs: checkMilliseconds(options.timeoutMs, 'options.timeoutMs') ?? base.timeoutMs,
    deadlineMs: checkMilliseconds(options.deadlineMs, 'options.deadlineMs') ?? base.deadlineMs,
    retry: maxRetries === undefined ? base.retry : { ...base.retry, maxRetries },
    maxResponseBytes: checkByteCount(options.maxResponseBytes, 'options.maxResponseBytes') ?? base.maxResponseBytes,
  };
}
