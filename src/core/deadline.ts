// Time limits and the user's AbortSignal, as one signal per scope (a whole call, or one attempt of
// it), and the backoff sleep between attempts. Per-scope controllers (not AbortSignal.any/timeout)
// so nothing stays attached to a long-lived user signal and no timer outlives its scope.
import type { TimeoutError } from './errors.js';

/** Settles with `promise`, or rejects as soon as `signal` aborts (for work that takes no signal). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `work` with a signal that aborts when the outer signal does or `timeoutMs` passes. An outer
 * abort rejects with the outer reason (the user's, as fetch does); the time limit with `timeout`.
 * It rejects at the abort itself, not when `work` notices: a limit must hold even if some layer
 * below fails to pass the signal on.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  timeout: () => TimeoutError,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeout()), timeoutMs);
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const aborted = new Promise<never>((_resolve, reject) => {
    // The reason is the caller's (any value an AbortController was given), passed on as it is.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  // An async wrapper turns a synchronous throw of `work` into its rejection, at once.
  const working = (async () => work(controller.signal))();
  // Whichever loses the race settles unobserved later: nothing to report from it.
  aborted.catch(() => undefined);
  working.catch(() => undefined);
  try {
    return await Promise.race([working, aborted]);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}
