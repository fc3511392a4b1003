// The wait loop (core/waiter/loop.ts) against a loopback server, each poll a real call of the HSS
// client's ListImageLocal: success, a failure acceptor, retry on a listed error code, an unlisted
// error ending the wait at once, the overall limit with the last state in the error, abort, a success
// read off an error, progress, option checks, and 50 waiters at once each seeing its own sequence.
// Delays are 1-4 ms (options and the test table): nothing here asserts a time.
import { describe, expect, it } from 'vitest';
import {
  NotFoundError,
  ValidationError,
  WaiterFailureError,
  WaiterTimeoutError,
  type ApiResult,
  type WaiterProgress,
} from 'imagesec';
import { waitUntil } from '../../src/core/waiter/loop.js';
import { waitPlan } from '../../src/core/waiter/options.js';
import type { WaiterEntry, WaiterOptions } from '../../src/core/waiter/types.js';
import { expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer, type ScriptedResponse } from '../helpers/capture-server.js';
import { calls, hssClient, image, LOCAL_GONE, LOCAL_SCANNED } from './tables.js';

const server = useCaptureServer();
const INPUT = { image_name: 'nginx', image_version: '1.25' };

/** Answers the given responses in order, the last one repeating. */
function sequence(...answers: ScriptedResponse[]): void {
  let n = 0;
  server.respond(() => answers[Math.min(n++, answers.length - 1)]!);
}

const ok = (status: string): ScriptedResponse => ({ status: 200, body: image(status) });
const hssError = (status: number, code: string): ScriptedResponse => ({
  status,
  body: { error_code: code, error_msg: `answer ${code}` },
});

function wait(options: WaiterOptions = {}, waiter: WaiterEntry = LOCAL_SCANNED, input: object = INPUT) {
  const { poll } = calls(hssClient(server.url));
  return waitUntil<ApiResult<{ data_list?: { scan_status?: string }[] }>>(
    waiter,
    poll,
    input as Record<string, unknown>,
    waitPlan(waiter, options),
  );
}

describe('a waiter polls until an acceptor decides', () => {
  it('returns the answer that matched success, after polling through the states before it', async () => {
    sequence(ok('waiting'), ok('scanning'), ok('scanning'), ok('success'));
    const seen: WaiterProgress[] = [];
    const done = await wait({ onProgress: (p) => seen.push(p) });
    expect(done.result.data.data_list?.[0]?.scan_status).toBe('success');
    expect(done.attempts).toBe(4);
    expect(done.waiter).toBe('LocalImageScanned');
    expect(server.requests).toHaveLength(4);
    // Every poll is the same request, with the waiter's input.
    for (const request of server.requests) expect(request.target).toContain('image_name=nginx');
    expect(seen.map((p) => [p.phase, p.attempt, p.state])).toEqual([
      ['wait', 1, 'retry'],
      ['wait', 2, 'retry'],
      ['wait', 3, 'retry'],
      ['wait', 4, 'success'],
    ]);
    expect(seen.map((p) => p.description)).toEqual([
      'data_list[0].scan_status = "waiting"',
      'data_list[0].scan_status = "scanning"',
      'data_list[0].scan_status = "scanning"',
      'data_list[0].scan_status = "success"',
    ]);
    // A delay before each next poll, within the bounds; none after the last.
    for (const p of seen.slice(0, 3)) expect(p.nextDelayMs).toBeGreaterThanOrEqual(1);
    for (const p of seen.slice(0, 3)) expect(p.nextDelayMs).toBeLessThanOrEqual(4);
    expect(seen[3]!.nextDelayMs).toBeUndefined();
  });

  it('stops with WaiterFailureError when a failure acceptor matches, naming the state and the answer', async () => {
    sequence(ok('scanning'), ok('failed'), ok('success'));
    const error = await wait().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    const failure = error as WaiterFailureError;
    expect(failure.waiter).toBe('LocalImageScanned');
    expect(failure.lastState).toBe('data_list[0].scan_status = "failed"');
    expect(failure.attempts).toBe(2);
    expect(failure.message).toMatch(/^waiter LocalImageScanned reached a failure state after 2 polls in .*: data_list/);
    expect((failure.result as ApiResult<unknown>).status).toBe(200);
    expect(failure.toJSON()).toMatchObject({ name: 'WaiterFailureError', waiter: 'LocalImageScanned', attempts: 2 });
    // No poll after the failure.
    expect(server.requests).toHaveLength(2);
  });

  it('polls again on an API error whose code a retry acceptor lists', async () => {
    sequence(hssError(400, 'HSS.1063'), hssError(400, 'HSS.1063'), ok('success'));
    const seen: WaiterProgress[] = [];
    const done = await wait({ onProgress: (p) => seen.push(p) });
    expect(done.attempts).toBe(3);
    expect(seen[0]).toMatchObject({ state: 'retry', description: 'error HSS.1063 (HTTP 400)' });
  });

  it('stops at once with an API error no acceptor lists (Smithy), the error itself', async () => {
    sequence(hssError(404, 'HSS.1099'), ok('success'));
    const error = await wait().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('HSS.1099');
    expect(server.requests).toHaveLength(1);
  });

  it('polls again on an answer no acceptor matches', async () => {
    sequence({ status: 200, body: { total_num: 0, data_list: [] } }, ok('success'));
    const seen: WaiterProgress[] = [];
    await wait({ onProgress: (p) => seen.push(p) });
    expect(seen[0]).toMatchObject({ state: 'retry', description: 'data_list[0].scan_status = null' });
  });

  it('a success read off an API error returns no answer and the error (waiting for something to be gone)', async () => {
    sequence(ok('success'), ok('success'), hssError(404, 'HSS.1064'));
    const done = await wait({}, LOCAL_GONE);
    expect(done.result).toBeUndefined();
    expect(done.error).toBeInstanceOf(NotFoundError);
    expect(done.error?.code).toBe('HSS.1064');
    expect(done.attempts).toBe(3);
  });
});

describe('time and cancellation', () => {
  it('gives up after the overall limit with WaiterTimeoutError naming the last state seen', async () => {
    sequence(ok('waiting'), ok('scanning'));
    const seen: WaiterProgress[] = [];
    const error = await wait({ maxWaitMs: 40, onProgress: (p) => seen.push(p) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    const timeout = error as WaiterTimeoutError;
    expect(timeout.waiter).toBe('LocalImageScanned');
    expect(timeout.maxWaitMs).toBe(40);
    expect(timeout.lastState).toBe('data_list[0].scan_status = "scanning"');
    expect(timeout.attempts).toBe(server.requests.length);
    expect(timeout.attempts).toBeGreaterThanOrEqual(2);
    expect(timeout.elapsedMs).toBeGreaterThanOrEqual(40);
    expect(timeout.message).toMatch(
      /^waiter LocalImageScanned gave up after .* \(limit 40 ms\) and \d+ polls; last state: data_list\[0\]\.scan_status = "scanning"$/,
    );
    expect(timeout.toJSON()).toMatchObject({ name: 'WaiterTimeoutError', maxWaitMs: 40, lastState: timeout.lastState });
    // Every wait but the last is announced; the last poll says it ended the wait.
    expect(seen.at(-1)!.nextDelayMs).toBeUndefined();
    expect(seen.slice(0, -1).every((p) => p.nextDelayMs !== undefined)).toBe(true);
  });

  it("an abort ends the wait at once with the signal's reason, and no poll follows", async () => {
    sequence(ok('scanning'));
    const controller = new AbortController();
    const reason = new Error('stop waiting');
    const waiting = wait({
      signal: controller.signal,
      minDelayMs: 60_000,
      maxDelayMs: 60_000,
      onProgress: () => controller.abort(reason),
    });
    await expect(waiting).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('an abort during a poll ends it with the same reason', async () => {
    server.respond({ hang: true });
    const controller = new AbortController();
    const reason = new Error('stop polling');
    const waiting = wait({ signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('a signal aborted before the first poll sends nothing', async () => {
    const reason = new Error('never mind');
    await expect(wait({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});

describe('options', () => {
  it('refuses delays and limits that are not whole positive milliseconds, or a minimum above the maximum', () => {
    const bad: WaiterOptions[] = [
      { maxWaitMs: 0 },
      { maxWaitMs: 1.5 },
      { minDelayMs: -1 },
      { maxDelayMs: Number.POSITIVE_INFINITY },
      { minDelayMs: 10, maxDelayMs: 5 },
      { maxDelayMs: 0.5 },
      { onProgress: 'yes' as never },
    ];
    for (const options of bad)
      expect(() => waitPlan(LOCAL_SCANNED, options), JSON.stringify(options)).toThrow(ValidationError);
    // The spec's bounds are 1-4 ms: a maximum below its minimum alone names the option to give.
    expect(() => waitPlan({ ...LOCAL_SCANNED, minDelayMs: 5000 }, { maxDelayMs: 100 })).toThrow(
      /options\.maxDelayMs: the minimum delay \(5000 ms\) is above the maximum \(100 ms\); give both/,
    );
  });

  it('the waiter defaults come from the table; the caller overrides each', () => {
    expect(waitPlan(LOCAL_SCANNED, {})).toMatchObject({
      maxWaitMs: 20_000,
      bounds: { minDelayMs: 1, maxDelayMs: 4 },
    });
    const plan = waitPlan(LOCAL_SCANNED, { maxWaitMs: 5, minDelayMs: 2, maxDelayMs: 3, timeoutMs: 100 });
    expect(plan).toMatchObject({ maxWaitMs: 5, bounds: { minDelayMs: 2, maxDelayMs: 3 }, call: { timeoutMs: 100 } });
    expect(plan.call).not.toHaveProperty('maxWaitMs');
  });

  it('a progress callback that throws does not end the wait', async () => {
    sequence(ok('scanning'), ok('success'));
    const done = await wait({
      onProgress: () => {
        throw new Error('broken callback');
      },
    });
    expect(done.attempts).toBe(2);
  });

  it('call options apply to every poll (here: extra headers)', async () => {
    sequence(ok('scanning'), ok('success'));
    await wait({ headers: { 'x-trace': 'wait-1' } });
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['wait-1', 'wait-1']);
  });
});

describe('many waiters at once', () => {
  it('50 concurrent waits each see their own sequence and end on their own success or failure', async () => {
    // Image i answers `scanning` (i % 4) times, then `success`, or `failed` for every seventh.
    const polls = new Map<string, number>();
    server.respond((request) => {
      const name = new URL(request.target, 'http://x').searchParams.get('image_name') ?? '';
      const n = (polls.get(name) ?? 0) + 1;
      polls.set(name, n);
      const i = Number(name.slice('image-'.length));
      const end = i % 7 === 0 ? 'failed' : 'success';
      const status = n <= i % 4 ? 'scanning' : end;
      return {
        status: 200,
        body: { total_num: 1, data_list: [{ image_name: name, image_version: '1', scan_status: status }] },
      };
    });
    const hss = hssClient(server.url);
    const { poll } = calls(hss);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        waitUntil<ApiResult<{ data_list: { image_name: string }[] }>>(
          LOCAL_SCANNED,
          poll,
          { image_name: `image-${i}`, image_version: '1' },
          waitPlan(LOCAL_SCANNED, {}),
        ),
      ),
    );
    outcomes.forEach((outcome, i) => {
      if (i % 7 === 0) {
        expect(outcome.status, `image-${i}`).toBe('rejected');
        const error = (outcome as PromiseRejectedResult).reason as WaiterFailureError;
        expect(error).toBeInstanceOf(WaiterFailureError);
        expect(error.attempts).toBe((i % 4) + 1);
      } else {
        expect(outcome.status, `image-${i}`).toBe('fulfilled');
        const { value } = outcome as PromiseFulfilledResult<{
          result: ApiResult<{ data_list: { image_name: string }[] }>;
          attempts: number;
        }>;
        expect(value.result.data.data_list[0]!.image_name).toBe(`image-${i}`);
        expect(value.attempts).toBe((i % 4) + 1);
      }
      expect(polls.get(`image-${i}`)).toBe((i % 4) + 1);
    });
    expect(server.requests).toHaveLength([...polls.values()].reduce((a, b) => a + b, 0));
  });
});

describe('what a wait reports holds no credentials', () => {
  it('errors, progress and results of a failed wait', async () => {
    sequence(ok('scanning'), ok('failed'));
    const seen: WaiterProgress[] = [];
    const error = await wait({ onProgress: (p) => seen.push(p) }).catch((e: unknown) => e);
    expectNoSecrets(error, seen);
  });
});
