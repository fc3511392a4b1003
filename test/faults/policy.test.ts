// The retry policy at its edges, through the real clients and the fault server: Retry-After (capped,
// longer than the time left, as an HTTP date), the call deadline cutting hanging attempts, the
// caller's AbortSignal during a wait, time limits that must hold while garbage is collected,
// maxRetries: 0, and a fresh signature on every attempt.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimitError, ServerError, TimeoutError, type CallOptions, type ClientCallOptions } from 'imagesec';
import { expectNoSecrets } from '../helpers/canaries.js';
import { closedPortUrl, fault, startFaultServer, useFaultServer, type ReplyFault } from '../helpers/fault-server.js';
import { rejection } from '../helpers/outcomes.js';
import {
  attemptLines,
  BATCH_SCAN_LOCAL_IMAGE,
  expectTrail,
  observe,
  OPERATE_IMAGE_VUL,
  OPERATIONS,
  settle,
  SHOW_IMAGE_SECURITY_REPORT_STATISTIC,
  TIMING_SLACK_MS,
  TINY_BACKOFF,
  type Operation,
  type Settled,
} from './operations.js';

const server = useFaultServer();

afterEach(() => {
  vi.restoreAllMocks();
});

/** V8's gc(), which Node exposes only under --expose-gc: the flag set now, read in a new context. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const HSS_THROTTLE_BODY = { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached.' };
const SAS_THROTTLE_BODY = {
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
  RequestId: 'r-1',
};

/** The vendor's throttling answer asking for a wait of `seconds` (SAS: its own header, in ms). */
function throttleFor(op: Operation, seconds: number): ReplyFault {
  return op.vendor === 'hss'
    ? fault.status(429, { retryAfter: seconds, body: HSS_THROTTLE_BODY })
    : fault.json(400, SAS_THROTTLE_BODY, { 'x-acs-retry-after': String(seconds * 1000) });
}

/** Honours Retry-After up to a minute, so the deadline (not the cap) decides. */
const PATIENT_BACKOFF = { ...TINY_BACKOFF, maxRetryAfterMs: 60_000 };
const THROTTLED_OPS = [SHOW_IMAGE_SECURITY_REPORT_STATISTIC, OPERATE_IMAGE_VUL];

describe('Retry-After', () => {
  it('is honoured up to maxRetryAfterMs: `Retry-After: 1` waits 20 ms, then the retry succeeds', async () => {
    const op = SHOW_IMAGE_SECURITY_REPORT_STATISTIC;
    server.script([op.throttle, op.ok]);
    const observer = observe();
    const settled = await settle(() => op.call(server.url, observer.options));
    expect(settled.ok).toBe(true);
    expect(observer.events).toHaveLength(1);
    expect(observer.events[0]?.delayMs).toBe(TINY_BACKOFF.maxRetryAfterMs);
    expect(observer.events[0]?.error).toMatchObject({ status: 429, retryAfterMs: 1000 });
    expect(observer.lines).toContain(`imagesec ${op.name} retrying in 20 ms (attempt 2)`);
    expectTrail(observer, op, server.url, 2);
  });

  it.each(THROTTLED_OPS.map((op) => [op.method, op] as const))(
    '%s: a wait longer than the time left before the deadline is not started; the error returns at once',
    async (_method, op) => {
      server.script([throttleFor(op, 5)]);
      const observer = observe();
      const settled = await settle(() =>
        op.call(server.url, { ...observer.options, backoff: PATIENT_BACKOFF, deadlineMs: 2_000 }),
      );
      const error = settled.ok ? undefined : settled.error;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ attempts: 1, retryAfterMs: 5_000 });
      expect(settled.elapsedMs).toBeLessThan(TIMING_SLACK_MS);
      expect(server.requests).toHaveLength(1);
      expectTrail(observer, op, server.url, 1);
      expectNoSecrets(error);
    },
  );

  it('as an HTTP date: the time until then, and a date past the deadline fails at once', async () => {
    const op = SHOW_IMAGE_SECURITY_REPORT_STATISTIC;
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    server.script([fault.status(429, { retryAfter: inTenSeconds, body: HSS_THROTTLE_BODY })]);
    const observer = observe();
    const settled = await settle(() =>
      op.call(server.url, { ...observer.options, backoff: PATIENT_BACKOFF, deadlineMs: 2_000 }),
    );
    const error = settled.ok ? undefined : settled.error;
    expect(error).toBeInstanceOf(RateLimitError);
    // HTTP dates have whole seconds: up to one second less than asked for.
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(8_000);
    expect((error as RateLimitError).retryAfterMs).toBeLessThanOrEqual(10_000);
    expect(error).toMatchObject({ attempts: 1 });
    expect(settled.elapsedMs).toBeLessThan(TIMING_SLACK_MS);
    expectTrail(observer, op, server.url, 1);
  });

  it.each([
    ['in the past: retried at once', -60_000, 0],
    ['a few seconds ahead: capped at maxRetryAfterMs', 3_000, TINY_BACKOFF.maxRetryAfterMs],
  ] as const)('as an HTTP date %s', async (_case, offsetMs, delayMs) => {
    const op = SHOW_IMAGE_SECURITY_REPORT_STATISTIC;
    const date = new Date(Date.now() + offsetMs).toUTCString();
    server.script([fault.status(429, { retryAfter: date, body: HSS_THROTTLE_BODY }), op.ok]);
    const observer = observe();
    const settled = await settle(() => op.call(server.url, observer.options));
    expect(settled.ok).toBe(true);
    expect(observer.events.map((e) => e.delayMs)).toEqual([delayMs]);
    expectTrail(observer, op, server.url, 2);
  });
});

describe('the call deadline', () => {
  // Attempts of 150 ms under a 400 ms deadline: two time out, the third is cut by the deadline.
  // One run, on a server of its own, checked three ways.
  const op = SHOW_IMAGE_SECURITY_REPORT_STATISTIC;
  const observer = observe();
  let run: { settled: Settled; requests: number; endpoint: string } | undefined;

  beforeAll(async () => {
    const hanging = await startFaultServer();
    hanging.script([fault.hang()]);
    const settled = await settle(() =>
      op.call(hanging.url, { ...observer.options, timeoutMs: 150, deadlineMs: 400, maxRetries: 5 }),
    );
    run = { settled, requests: hanging.requests.length, endpoint: hanging.url };
    await hanging.close();
  });

  const outcome = () => {
    if (run === undefined) throw new Error('the hanging run did not happen');
    return { ...run, error: run.settled.ok ? undefined : run.settled.error };
  };

  it('cuts a run of hanging attempts: TimeoutError with scope "call", on time', () => {
    const { settled, requests, error } = outcome();
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'call', timeoutMs: 400 });
    expect(settled.elapsedMs).toBeGreaterThanOrEqual(395);
    expect(settled.elapsedMs).toBeLessThanOrEqual(400 + TIMING_SLACK_MS);
    expect(requests).toBe(3);
    // The two attempts before were retried as attempt timeouts.
    expect(observer.events.map((e) => [e.attempt, e.error.name, (e.error as TimeoutError).scope])).toEqual([
      [1, 'TimeoutError', 'attempt'],
      [2, 'TimeoutError', 'attempt'],
    ]);
    expectNoSecrets(error, ...observer.events, ...observer.lines);
  });

  it('its TimeoutError counts the attempts made, the one it cut included', () => {
    expect(outcome().error).toMatchObject({ name: 'TimeoutError', attempts: 3 });
  });

  it('the debug lines show every attempt, the one it cut included', () => {
    const { endpoint } = outcome();
    const lines = attemptLines(observer.lines);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`imagesec ${op.name} attempt 3/6: POST ${endpoint}/`);
  });
});

describe("the caller's AbortSignal during a wait between attempts", () => {
  const reason = new Error('the caller gave up');

  /** Runs `op` with a signal fired a few ms into the first retry wait. */
  async function abortedDuringWait(op: Operation, options: ClientCallOptions) {
    const controller = new AbortController();
    const observer = observe();
    const settled = await settle(() =>
      op.call(
        server.url,
        {
          ...observer.options,
          ...options,
          onRetry: (event) => {
            observer.events.push(event);
            setTimeout(() => controller.abort(reason), 5);
          },
        },
        { signal: controller.signal },
      ),
    );
    return { observer, settled };
  }

  it.each(THROTTLED_OPS.map((op) => [op.method, op] as const))(
    '%s: a Retry-After wait of 10 s ends at once with the abort reason',
    async (_method, op) => {
      server.script([throttleFor(op, 10)]);
      const { observer, settled } = await abortedDuringWait(op, { backoff: PATIENT_BACKOFF, deadlineMs: 30_000 });
      expect(settled.ok ? undefined : settled.error).toBe(reason);
      expect(observer.events.map((e) => e.delayMs)).toEqual([10_000]);
      expect(settled.elapsedMs).toBeLessThan(TIMING_SLACK_MS);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('a backoff wait of 5 s ends at once with the abort reason', async () => {
    // Full jitter picks half of the 10 s ceiling.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const op = SHOW_IMAGE_SECURITY_REPORT_STATISTIC;
    server.script([op.serverError(503)]);
    const { observer, settled } = await abortedDuringWait(op, {
      backoff: { baseDelayMs: 10_000, maxDelayMs: 10_000 },
      deadlineMs: 30_000,
    });
    expect(settled.ok ? undefined : settled.error).toBe(reason);
    expect(observer.events.map((e) => e.delayMs)).toEqual([5_000]);
    expect(settled.elapsedMs).toBeLessThan(TIMING_SLACK_MS);
    expect(server.requests).toHaveLength(1);
  });
});

describe('time limits while garbage is collected', () => {
  // The sign middleware rebuilds the request as `new Request(url, { signal: request.signal })`. In
  // Node, a Request follows its parent signal only through a WeakRef (nodejs/undici#3644): once
  // openapi-fetch's first Request is collected, aborting the attempt's signal no longer reaches
  // the fetch. Collecting every few ms during the attempt makes that certain instead of rare.
  const LIMIT_MS = 150;
  const GC_SLACK_MS = 1_000;
  let collectGarbage: () => void = () => undefined;
  beforeAll(() => {
    collectGarbage = exposedGc();
  });

  /** Calls BatchScanLocalImage against a server that never answers, collecting garbage meanwhile. */
  async function unansweredCall(client: ClientCallOptions, options: CallOptions = {}): Promise<Settled> {
    server.script([fault.hang()]);
    const collecting = setInterval(collectGarbage, 5);
    try {
      const call = () => BATCH_SCAN_LOCAL_IMAGE.call(server.url, { ...client, maxRetries: 0 }, options);
      // When the limit fails, only undici's own 300 s timeout is left: a second past the limit tells
      // the two apart, also on a loaded machine where collecting every 5 ms delays the timers.
      return await settle(call, LIMIT_MS + GC_SLACK_MS);
    } finally {
      clearInterval(collecting);
    }
  }

  it('the attempt timeout still ends a request that gets no answer', async () => {
    const settled = await unansweredCall({ timeoutMs: LIMIT_MS });
    expect(settled.ok ? undefined : settled.error).toMatchObject({ name: 'TimeoutError', scope: 'attempt' });
    expect(settled.elapsedMs).toBeLessThan(LIMIT_MS + GC_SLACK_MS);
  });

  it('the call deadline still ends a request that gets no answer', async () => {
    const settled = await unansweredCall({ deadlineMs: LIMIT_MS });
    expect(settled.ok ? undefined : settled.error).toMatchObject({ name: 'TimeoutError', scope: 'call' });
    expect(settled.elapsedMs).toBeLessThan(LIMIT_MS + GC_SLACK_MS);
  });

  it("the caller's AbortSignal still ends a request that gets no answer", async () => {
    const controller = new AbortController();
    const reason = new Error('the caller gave up');
    const abort = setTimeout(() => controller.abort(reason), LIMIT_MS);
    try {
      const settled = await unansweredCall({}, { signal: controller.signal });
      expect(settled.ok ? undefined : settled.error).toBe(reason);
      expect(settled.elapsedMs).toBeLessThan(LIMIT_MS + GC_SLACK_MS);
    } finally {
      clearTimeout(abort);
    }
  });
});

describe('maxRetries: 0 disables retrying', () => {
  it.each(OPERATIONS.map((op) => [op.method, op] as const))(
    '%s: one attempt on a 503 (client option)',
    async (_method, op) => {
      server.script([op.serverError(503)]);
      const observer = observe();
      const error = await rejection(op.call(server.url, { ...observer.options, maxRetries: 0 }));
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ status: 503, attempts: 1 });
      expect(server.requests).toHaveLength(1);
      expectTrail(observer, op, server.url, 1, 1);
      expectNoSecrets(error);
    },
  );

  it('as a call option, over a client that retries', async () => {
    const op = OPERATE_IMAGE_VUL;
    server.script([op.throttle]);
    const observer = observe();
    const error = await rejection(op.call(server.url, { ...observer.options, maxRetries: 2 }, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ attempts: 1 });
    expectTrail(observer, op, server.url, 1, 1);
  });

  it('also for a connection refused, which is otherwise always retried', async () => {
    const url = await closedPortUrl();
    const op = OPERATE_IMAGE_VUL;
    const observer = observe();
    const error = await rejection(op.call(url, { ...observer.options, maxRetries: 0 }));
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'ECONNREFUSED', attempts: 1 });
    expectTrail(observer, op, url, 1, 1);
  });
});

describe('every attempt is signed afresh', () => {
  it('SAS: a new x-acs-signature-nonce, and so a new signature, on every attempt', async () => {
    server.script([OPERATE_IMAGE_VUL.serverError(503)]);
    await rejection(OPERATE_IMAGE_VUL.call(server.url, {}));
    expect(server.requests).toHaveLength(3);
    const nonces = server.requests.map((r) => r.headers['x-acs-signature-nonce']);
    const signatures = server.requests.map((r) => /Signature=([0-9a-f]{64})/.exec(r.headers.authorization ?? '')?.[1]);
    for (const value of [...nonces, ...signatures]) expect(value).toMatch(/\S/);
    expect(new Set(nonces).size).toBe(3);
    expect(new Set(signatures).size).toBe(3);
  });

  it.each(OPERATIONS.filter((op) => op.vendor === 'hss').map((op) => [op.method, op] as const))(
    'HSS %s: every attempt carries its own X-Sdk-Date and Authorization',
    async (_method, op) => {
      server.script([op.serverError(503)]);
      await rejection(op.call(server.url, {}));
      expect(server.requests).toHaveLength(3);
      for (const request of server.requests) {
        // The date has whole seconds, so attempts within one second may carry the same signature.
        expect(request.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
        expect(request.headers.authorization).toMatch(
          /^SDK-HMAC-SHA256 Access=\S+, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/,
        );
      }
    },
  );
});
