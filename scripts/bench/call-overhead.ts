// Call overhead: HssClient.showImageSecurityReportStatistic (validation, signing, the retry layer,
// response parsing) against a plain fetch of the very same request, both to one minimal loopback
// server in another process, N calls at a fixed concurrency, rounds interleaved.
import { HssClient } from 'imagesec';
import { startLoopback } from './loopback.js';
import { median, percentile } from './stats.js';

export const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
export const KEYS = { ak: 'BENCHMARKAK00000000001', sk: 'benchmark-secret-key-000000000000000001' };
const INPUT = {
  security_report_type: 'vulnerability',
  body: { image_type: 'private_image', operate_all: true },
} as const;

export function benchClient(endpoint: string, fetch?: typeof globalThis.fetch): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint,
    projectId: PROJECT,
    credentials: KEYS,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

export function callSdk(client: HssClient): Promise<unknown> {
  return client.showImageSecurityReportStatistic(INPUT);
}

/** Runs `calls` calls of `call`, `concurrency` at a time; per-call latencies in ms and calls per second. */
export async function runPool(call: () => Promise<unknown>, calls: number, concurrency: number) {
  const latencies = new Float64Array(calls);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        const index = next++;
        const t0 = performance.now();
        await call();
        latencies[index] = performance.now() - t0;
      }
    }),
  );
  return { perSecond: calls / ((performance.now() - started) / 1000), latencies: [...latencies] };
}

interface Side {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly rounds: readonly number[];
}

export interface CallOverheadResult {
  readonly calls: number;
  readonly concurrency: number;
  readonly sdk: Side;
  readonly raw: Side;
  /** Median SDK throughput over median raw throughput (goal: >= 0.90). */
  readonly throughputRatio: number;
}

export async function benchCallOverhead({
  calls,
  concurrency,
  rounds,
}: {
  calls: number;
  concurrency: number;
  rounds: number;
}): Promise<CallOverheadResult> {
  const server = await startLoopback();
  try {
    // The request the SDK sends, captured once and replayed verbatim by the raw side.
    let captured: Request | undefined;
    await callSdk(
      benchClient(server.url, (input, init) => {
        captured = new Request(input, init);
        return fetch(captured.clone());
      }),
    );
    if (captured === undefined) throw new Error('the SDK sent nothing');
    const url = captured.url;
    const method = captured.method;
    const headers = Object.fromEntries(captured.headers);
    const body = await captured.text();
    const raw = async () => {
      const response = await fetch(url, { method, headers, body });
      if (!response.ok) throw new Error(`raw fetch got ${response.status}`);
      return response.json();
    };
    const client = benchClient(server.url);
    const sdk = () => callSdk(client);

    // Warm-up: JIT, sockets.
    await runPool(sdk, 1_000, concurrency);
    await runPool(raw, 1_000, concurrency);
    const results = {
      sdk: [] as Array<Awaited<ReturnType<typeof runPool>>>,
      raw: [] as Array<Awaited<ReturnType<typeof runPool>>>,
    };
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      const order = round % 2 === 0 ? (['sdk', 'raw'] as const) : (['raw', 'sdk'] as const);
      for (const side of order) results[side].push(await runPool(side === 'sdk' ? sdk : raw, calls, concurrency));
    }
    const summarise = (runs: Array<Awaited<ReturnType<typeof runPool>>>): Side => ({
      perSecond: median(runs.map((r) => r.perSecond)),
      p50Ms: median(runs.map((r) => percentile(r.latencies, 50))),
      p99Ms: median(runs.map((r) => percentile(r.latencies, 99))),
      rounds: runs.map((r) => r.perSecond),
    });
    const sdkSide = summarise(results.sdk);
    const rawSide = summarise(results.raw);
    return { calls, concurrency, sdk: sdkSide, raw: rawSide, throughputRatio: sdkSide.perSecond / rawSide.perSecond };
  } finally {
    server.stop();
  }
}
