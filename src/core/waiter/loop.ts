// The wait loop: poll, match the acceptors, and either stop or wait (schedule.ts) and poll again.
// Each poll is an ordinary call of the polling operation's SDK method, so its checks, signing,
// retries, timeouts and response limits all apply per poll. Smithy's rules: the first matching
// acceptor decides; an answer none matches means poll again; an API error none matches, or any
// other failure of a poll (after that call's own retries), ends the wait with that error. The
// caller's abort ends it at once with the signal's reason, as it ends any call (call/send.ts).
import { sleep } from '../call/time-limits.js';
import { WaiterFailureError, WaiterTimeoutError, type ApiError } from '../errors.js';
import { matchAcceptors, type PollOutcome } from './acceptors.js';
import { searcher } from './jmespath.js';
import { report, type WaitPlan } from './options.js';
import { waiterDelay } from './schedule.js';
import type { WaiterCall, WaiterEntry, WaiterResult } from './types.js';

/** When the wait began (performance.now()) and the source of jitter. */
export interface WaitClock {
  readonly since: number;
  readonly random?: (() => number) | undefined;
}

/** A duration for people: `40 ms`, `2.5 s`, `95 s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function polls(n: number): string {
  return `${n} ${n === 1 ? 'poll' : 'polls'}`;
}

/** The overall limit ran out: the error that says so, with the last state seen. */
export function timedOut(
  waiter: string,
  plan: WaitPlan,
  fields: { lastState: string; attempts: number; elapsedMs: number },
): WaiterTimeoutError {
  const elapsedMs = Math.round(fields.elapsedMs);
  return new WaiterTimeoutError(
    `waiter ${waiter} gave up after ${duration(elapsedMs)} (limit ${duration(plan.maxWaitMs)}) and ${polls(fields.attempts)}; last state: ${fields.lastState}`,
    { waiter, lastState: fields.lastState, attempts: fields.attempts, elapsedMs, maxWaitMs: plan.maxWaitMs },
  );
}

/** Polls `poll` with `input` until the waiter's acceptors say success (returned) or failure (thrown). */
export async function waitUntil<R>(
  waiter: WaiterEntry,
  poll: WaiterCall,
  input: Readonly<Record<string, unknown>>,
  plan: WaitPlan,
  clock: WaitClock = { since: performance.now() },
): Promise<WaiterResult<R>> {
  const engine = await searcher();
  const signal = plan.call.signal;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    let outcome: PollOutcome;
    let result: unknown;
    try {
      result = await poll(input, plan.call);
      const { status, data } = result as { status: number; data: unknown };
      outcome = { ok: true, status, data };
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      outcome = { ok: false, error };
    }
    const { state, description } = matchAcceptors(waiter.acceptors, input, outcome, engine);
    const elapsedMs = performance.now() - clock.since;
    const seen = {
      waiter: waiter.name,
      phase: 'wait',
      attempt,
      elapsedMs: Math.round(elapsedMs),
      description,
    } as const;
    if (state === 'success') {
      report(plan, { ...seen, state, nextDelayMs: undefined });
      return {
        waiter: waiter.name,
        // A success read off an error (waiting for something to be gone) has no answer to return.
        result: (outcome.ok ? result : undefined) as R,
        // Only an ApiError matches an acceptor (acceptors.ts).
        error: outcome.ok ? undefined : (outcome.error as ApiError),
        attempts: attempt,
        elapsedMs: Math.round(elapsedMs),
      };
    }
    if (state === 'failure') {
      report(plan, { ...seen, state, nextDelayMs: undefined });
      throw new WaiterFailureError(
        `waiter ${waiter.name} reached a failure state after ${polls(attempt)} in ${duration(elapsedMs)}: ${description}`,
        {
          waiter: waiter.name,
          lastState: description,
          attempts: attempt,
          elapsedMs: Math.round(elapsedMs),
          ...(outcome.ok ? { result } : { cause: outcome.error }),
        },
      );
    }
    // An error no acceptor expects ends the wait with that error (Smithy).
    if (!outcome.ok && state !== 'retry') throw outcome.error;
    const remainingMs = plan.maxWaitMs - elapsedMs;
    if (remainingMs <= 0) {
      report(plan, { ...seen, state: 'retry', nextDelayMs: undefined });
      throw timedOut(waiter.name, plan, { lastState: description, attempts: attempt, elapsedMs });
    }
    const delayMs = waiterDelay(attempt, plan.bounds, Math.ceil(remainingMs), clock.random);
    report(plan, { ...seen, state: 'retry', nextDelayMs: delayMs });
    await sleep(delayMs, signal);
  }
}
