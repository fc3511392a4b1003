// A wait's options, checked before the first poll: the overall limit and the delay bounds (the
// spec's, unless the caller overrides them), the progress callback, and the call options every
// poll is made with. A bad value is a ValidationError, as for any call option.
import type { CallOptions } from '../call-options.js';
import { checkFunction, checkMilliseconds } from '../option-checks.js';
import { ValidationError } from '../errors.js';
import type { DelayBounds } from './schedule.js';
import type { WaiterEntry, WaiterOptions, WaiterProgress } from './types.js';

export interface WaitPlan {
  readonly maxWaitMs: number;
  readonly bounds: DelayBounds;
  readonly onProgress: ((progress: WaiterProgress) => void) | undefined;
  /** The options of each poll (and of the start and the search for the started task). */
  readonly call: CallOptions;
}

export function waitPlan(entry: WaiterEntry, options: WaiterOptions): WaitPlan {
  const { maxWaitMs, minDelayMs, maxDelayMs, onProgress, ...call } = options;
  const bounds = {
    minDelayMs: checkMilliseconds(minDelayMs, 'options.minDelayMs') ?? entry.minDelayMs,
    maxDelayMs: checkMilliseconds(maxDelayMs, 'options.maxDelayMs') ?? entry.maxDelayMs,
  };
  if (bounds.minDelayMs > bounds.maxDelayMs) {
    const given = maxDelayMs === undefined ? 'options.minDelayMs' : 'options.maxDelayMs';
    const message = `the minimum delay (${bounds.minDelayMs} ms) is above the maximum (${bounds.maxDelayMs} ms)`;
    throw new ValidationError(`${given}: ${message}; give both`, [{ path: given, message }]);
  }
  return {
    maxWaitMs: checkMilliseconds(maxWaitMs, 'options.maxWaitMs') ?? entry.maxWaitMs,
    bounds,
    onProgress: checkFunction(onProgress, 'options.onProgress'),
    call,
  };
}

/** Calls the caller's progress callback; a broken one must not end the wait. */
export function report(plan: WaitPlan, progress: WaiterProgress): void {
  try {
    plan.onProgress?.(progress);
  } catch {
    // Deliberately ignored, as send.ts ignores a throwing onRetry or logger.
  }
}
