// The time limits of a call: a wait between attempts, and work under a limit that ends it at the
// limit or at the caller's abort, whichever comes first (one controller and one timer, nothing left
// attached to a long-lived signal of the caller's).
import type { TimeoutError } from '../errors.js';

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise((resolve) => setTimeout(resolve, ms));
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
export function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  timeout: () => TimeoutError,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (outer?.aborted) return Promise.reject(outer.reason as Error);
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    // Settles once: with work's outcome, or at the abort itself (the reason, as given).
    let settled = false;
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    };
    const abort = (reason: unknown) => {
      controller.abort(reason);
      if (settled) return;
      finish();
      // The reason is the caller's (any value an AbortController was given), passed on as it is.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
      reject(reason);
    };
    const timer = setTimeout(() => abort(timeout()), timeoutMs);
    const onOuterAbort = () => abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let working: Promise<T>;
    try {
      working = work(controller.signal);
    } catch (error) {
      // A synchronous throw of `work` is its rejection, at once.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what work threw, as it is
      working = Promise.reject(error);
    }
    working.then(
      (value) => {
        if (settled) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        finish();
        // A failure that follows an abort (work noticing it) reports the abort's reason.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
        reject(controller.signal.aborted ? controller.signal.reason : error);
      },
    );
  });
}
