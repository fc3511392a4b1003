// A call's time limit and the user's AbortSignal, as one per-call signal. A per-call controller
// (not AbortSignal.any/timeout) so nothing stays attached to a long-lived user signal and no timer
// outlives the call.
import { TimeoutError, ValidationError } from './errors.js';

/** setTimeout's limit: a longer delay fires at once (Node warns and uses 1 ms). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function checkTimeout(timeoutMs: unknown, where: string): number | undefined {
  if (timeoutMs === undefined) return undefined;
  if (typeof timeoutMs !== 'number' || !Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new ValidationError(`${where} must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`, [
      { path: where, message: `must be an integer from 1 to ${MAX_TIMEOUT_MS}` },
    ]);
  }
  return timeoutMs;
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (for work that takes no signal). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Runs `work` with a signal that aborts when the user's signal does or `timeoutMs` passes. A user
 * abort rejects with the user's reason (as fetch does); the time limit with TimeoutError.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  userSignal: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  userSignal?.throwIfAborted();
  const controller = new AbortController();
  const timeout = new TimeoutError(`no response within ${timeoutMs} ms`, timeoutMs);
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  const onUserAbort = () => controller.abort(userSignal?.reason);
  userSignal?.addEventListener('abort', onUserAbort, { once: true });
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    userSignal?.removeEventListener('abort', onUserAbort);
  }
}
