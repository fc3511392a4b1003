// When a waiter polls again: Smithy's waiter backoff. The wait after poll n is drawn uniformly from
// [minDelay, min(maxDelay, minDelay × 2^(n-1))] (exponential growth with jitter, capped), and never
// runs past the overall limit: the last wait is shortened to end at it. A pure function of the
// attempt, the bounds, the time left and the random source (injectable for seeded tests).
import { backoffCeiling } from '../retry.js';

export interface DelayBounds {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The wait in milliseconds after poll `attempt` (1-based), with `remainingMs` left of the overall
 * limit. `random` returns a number in [0, 1), as Math.random does.
 */
export function waiterDelay(
  attempt: number,
  bounds: DelayBounds,
  remainingMs: number,
  random: () => number = Math.random,
): number {
  const { minDelayMs, maxDelayMs } = bounds;
  const ceiling = Math.max(minDelayMs, backoffCeiling(minDelayMs, maxDelayMs, attempt));
  const drawn = minDelayMs + Math.floor(random() * (ceiling - minDelayMs + 1));
  return Math.max(0, Math.min(drawn, ceiling, remainingMs));
}
