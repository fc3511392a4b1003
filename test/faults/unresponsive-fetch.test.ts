// Time limits hold even when the transport ignores the abort signal and never settles (a user's own
// `fetch`, a proxy agent, a hung transport): the per-attempt `timeoutMs` and the call's `deadlineMs`
// reject on time through both clients; and the CLI's --timeout ends the command with exit 3.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/core/errors.js';
import { HssClient } from '../../src/hss/client.js';
import { SasClient } from '../../src/sas/client.js';
import { CANARY, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';
import { runCli } from '../helpers/cli.js';

// Takes the request, ignores its signal, never answers.
const neverSettles = (): Promise<Response> => new Promise<Response>(() => {});

const ENDPOINT = 'http://127.0.0.1:9';

function hss(limits: { timeoutMs?: number; deadlineMs?: number }): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: ENDPOINT,
    projectId: 'p1',
    credentials: HSS_CANARY_CREDENTIALS,
    env: {},
    fetch: neverSettles,
    maxRetries: 0,
    ...limits,
  });
}

function sas(limits: { timeoutMs?: number; deadlineMs?: number }): SasClient {
  return new SasClient({
    endpoint: ENDPOINT,
    credentials: SAS_CANARY_CREDENTIALS,
    env: {},
    fetch: neverSettles,
    maxRetries: 0,
    ...limits,
  });
}

/** Rejection of `call` and how long it took; fails when it does not settle within `withinMs`. */
async function timed(call: Promise<unknown>, withinMs: number): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const guard = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), withinMs).unref());
  const outcome = await Promise.race([
    call.then(
      () => 'resolved' as const,
      (error: unknown) => ({ error }),
    ),
    guard,
  ]);
  if (outcome === 'hung') throw new Error(`still pending after ${withinMs} ms: the time limit did not hold`);
  if (outcome === 'resolved') throw new Error('resolved, though fetch never answers');
  return { error: outcome.error, ms: performance.now() - started };
}

describe('time limits with a fetch that ignores the abort signal and never settles', () => {
  const calls = {
    HssClient: (limits: { timeoutMs?: number; deadlineMs?: number }) =>
      hss(limits).showImageSecurityReportStatistic({ security_report_type: 'vulnerability' }),
    SasClient: (limits: { timeoutMs?: number; deadlineMs?: number }) =>
      sas(limits).operateImageVul({ OperateType: 'vul_fix', Type: 'cve' }),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: timeoutMs 200 rejects with TimeoutError (scope attempt) within a second`, async () => {
      const { error, ms } = await timed(call({ timeoutMs: 200 }), 1_000);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 200 });
      expect(ms).toBeGreaterThanOrEqual(190);
    });

    it(`${name}: deadlineMs 300 rejects with TimeoutError (scope call) within a second, though timeoutMs is longer`, async () => {
      const { error } = await timed(call({ timeoutMs: 10_000, deadlineMs: 300 }), 1_000);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ scope: 'call', timeoutMs: 300 });
    });
  }
});

// The CLI's own transport (node:http under Node) cannot be replaced from outside, so its --timeout is
// shown against a loopback server that takes the request and never answers.
describe('the CLI against a server that never answers', () => {
  it('--timeout 0.2 --max-retries 0 ends with a TimeoutError, exit 3, in about the time given', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const started = performance.now();
    const result = await runCli(
      [
        'hss',
        'show-image-security-report-statistic',
        '--endpoint',
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        '--region',
        'cn-north-4',
        '--security-report-type',
        'vulnerability',
        '--timeout',
        '0.2',
        '--max-retries',
        '0',
        '--output',
        'json',
      ],
      {
        env: {
          HUAWEICLOUD_SDK_AK: CANARY.ak,
          HUAWEICLOUD_SDK_SK: CANARY.sk,
          HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
        },
        timeoutMs: 15_000,
      },
    );
    expect(result.code, result.stderr).toBe(3);
    expect(JSON.parse(result.stderr)).toMatchObject({ ok: false, error: { type: 'TimeoutError', exitCode: 3 } });
    // Node and tsx start-up take most of this; a hang would take the helper's 15 s.
    expect(performance.now() - started).toBeLessThan(10_000);
    server.closeAllConnections();
    server.close();
  });
});
