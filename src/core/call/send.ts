// Sends one call: the request checked once (check-input.ts), then attempts (attempt.ts) until one
// succeeds or the retry policy (retry.ts) says stop, each under its own time limit (time-limits.ts:
// the shorter of the attempt's limit and what is left of the call's deadline) and each reported to
// the debug log and the users' middleware (attempt-report.ts). Every attempt signs afresh, so each
// carries its own date and nonce.
import { callLimits, type CallOptions } from '../call-options.js';
import { failureReason, retryLine } from '../debug.js';
import { ImagesecError, TimeoutError } from '../errors.js';
import { secretValues } from '../redact.js';
import { isRetryable, retryDelay } from '../retry.js';
import { attempt, HookFailure } from './attempt.js';
import { AttemptReport, notify } from './attempt-report.js';
import { checkHeaders, checkRequest } from './check-input.js';
import type { ApiResult } from './read.js';
import { sleep, withDeadline } from './time-limits.js';
import { nextCallId } from './users-middleware.js';
import type { ClientWiring, OperationCall, PreparedCall } from './wiring.js';

/** The call's checks, before any attempt: the call options, then the request (check-input.ts). */
function prepare<C>(wiring: ClientWiring<C>, call: OperationCall, options: CallOptions): PreparedCall {
  checkHeaders(options.headers, 'options.headers');
  const limits = callLimits(wiring.limits, options);
  const request = checkRequest(call.request, call.rules);
  const { entry } = call;
  const requestSecrets = entry.secrets.length === 0 ? [] : secretValues(request, entry.secrets);
  return { entry, request, requestSecrets, headers: options.headers ?? {}, limits };
}

/** One call: its checks, then attempts under the call's deadline as the retry policy allows. */
export async function send<T, C>(
  wiring: ClientWiring<C>,
  operationCall: OperationCall,
  options: CallOptions,
): Promise<ApiResult<T>> {
  const call = prepare(wiring, operationCall, options);
  const { entry, limits } = call;
  const maxAttempts = limits.retry.maxRetries + 1;
  const operation = entry.operationId;
  const callId = limits.middleware.length === 0 ? undefined : nextCallId();
  const start = performance.now();
  // The deadline's error is ours to complete with the attempt count; a user's abort reason is not.
  let deadlineError: TimeoutError | undefined;
  const callTimeout = () =>
    (deadlineError = new TimeoutError(
      `the call did not finish within its deadline of ${limits.deadlineMs} ms`,
      limits.deadlineMs,
      'call',
    ));
  const attemptTimeout = () =>
    new TimeoutError(`the attempt did not finish within ${limits.timeoutMs} ms`, limits.timeoutMs, 'attempt');

  const deadlineAt = start + limits.deadlineMs;
  const outer = options.signal;
  outer?.throwIfAborted();

  for (let n = 1; ; n++) {
    const hooks =
      callId === undefined
        ? undefined
        : { cloud: wiring.cloud, provider: wiring.provider, operation, attempt: n, maxAttempts, callId };
    const report = new AttemptReport(call, n, maxAttempts, hooks);
    const attemptStart = performance.now();
    // One time limit per attempt, the shorter of its own and what is left of the call's deadline:
    // one controller and one timer per attempt, none for the call as a whole.
    const left = deadlineAt - attemptStart;
    const byDeadline = left <= limits.timeoutMs;
    try {
      const result = await withDeadline(
        byDeadline ? Math.max(0, left) : limits.timeoutMs,
        outer,
        byDeadline ? callTimeout : attemptTimeout,
        (signal) => attempt<T, C>(wiring, call, signal, report.trace, hooks),
      );
      report.log(`${result.status}${result.requestId === undefined ? '' : ` (request id ${result.requestId})`}`);
      await report.answered(result);
      return result;
    } catch (error) {
      // The user's abort or the call's deadline ends the call at once, with its own reason.
      if (outer?.aborted) {
        report.log('aborted by the caller');
        await report.failed(outer.reason, undefined);
        throw outer.reason;
      }
      // A users' hook failed before anything was sent: the call fails with what it threw, as it is.
      if (error instanceof HookFailure) {
        await report.failed(error.error, undefined);
        throw error.error;
      }
      const delayMs = retryAfter(error, n, { ...call, maxAttempts, start, deadlineError });
      if (error instanceof ImagesecError) report.log(failureReason(error));
      await report.failed(error, delayMs);
      if (delayMs === undefined || !(error instanceof ImagesecError)) throw error;
      const event = { operation, attempt: n, maxAttempts, delayMs, reason: failureReason(error), error };
      notify(() => limits.onRetry?.(event));
      notify(() => limits.log?.(retryLine(operation, delayMs, n + 1)));
      try {
        await sleep(delayMs, outer);
      } catch (reason) {
        await report.failed(reason, undefined);
        throw reason;
      }
    }
  }
}

/**
 * The wait before the next attempt after `error` ended attempt `n`, or undefined when the call ends
 * with it: a deadline reached, a failure that is not an ImagesecError (a hook's, the runtime's), the
 * last attempt, one the retry policy does not repeat, or a wait that would end past the deadline.
 * Sets the error's attempt count.
 */
function retryAfter(
  error: unknown,
  n: number,
  call: PreparedCall & { maxAttempts: number; start: number; deadlineError: TimeoutError | undefined },
): number | undefined {
  if (!(error instanceof ImagesecError)) return undefined;
  error.attempts = n;
  if (error instanceof TimeoutError && error === call.deadlineError) return undefined;
  if (n >= call.maxAttempts || !isRetryable(error, call.entry.safeToRepeat)) return undefined;
  const delayMs = retryDelay(error, n, call.limits.retry);
  // A wait that would end past the deadline cannot lead to an answer: report this failure.
  if (performance.now() - call.start + delayMs >= call.limits.deadlineMs) return undefined;
  return delayMs;
}
