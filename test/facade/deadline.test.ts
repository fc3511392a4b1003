// The time-limit primitives (src/core/call/send.ts) on their own: the backoff sleep ends at the
// abort with its reason and leaves no timer behind, and withDeadline reports an outer abort with
// the caller's reason, a passed limit with the TimeoutError, whatever the work does with its signal.
import { describe, expect, it } from 'vitest';
import { TimeoutError } from 'imagesec';
import { sleep, withDeadline } from '../../src/core/call/time-limits.js';

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('sleep', () => {
  it('rejects with the reason as soon as the signal aborts, and clears its timer', async () => {
    const controller = new AbortController();
    const before = timers();
    const reason = new Error('stop');
    const sleeping = sleep(10_000, controller.signal);
    expect(timers()).toBe(before + 1);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(timers()).toBe(before);
  });

  it('an aborted signal rejects at once, without a timer', async () => {
    const before = timers();
    await expect(sleep(10_000, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
    expect(timers()).toBe(before);
  });
});

describe('withDeadline', () => {
  const never = () => new Promise<never>(() => {});
  const timeout = () => new TimeoutError('too slow', 50, 'call');

  it('the limit rejects with the TimeoutError, though the work never settles', async () => {
    await expect(withDeadline(50, undefined, timeout, never)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("an outer abort rejects with the caller's reason, not a timeout", async () => {
    const controller = new AbortController();
    const reason = new Error('the caller gave up');
    const running = withDeadline(10_000, controller.signal, timeout, never);
    controller.abort(reason);
    await expect(running).rejects.toBe(reason);
  });
});
