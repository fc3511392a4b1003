// One signed call end to end, every side against the same loopback server (another process): for
// HSS ShowImageSecurityReportStatistic, imagesec's HssClient against the official HcClient; for SAS
// OperateImageVul, imagesec's SasClient against the official callApi; for each, the floors replaying
// imagesec's exact request (bare openapi-fetch over the SDK's transport, raw fetch, raw node:http).
// N calls at a fixed concurrency per run; every side warmed up first, then the rounds, all sides in
// each, the order reversed every other round so none always follows another's garbage; medians.
import { callOfficialAlibaba, officialAlibabaClient } from './official-alibaba.js';
import { callOfficialHuawei, officialHuaweiClient } from './official-huawei.js';
import { measureRun, runPool, type RunSample } from './pool.js';
import { bareOpenapiFetch, captureRequest, rawFetch, rawNodeHttp } from './replay.js';
import { benchClient, callSas, callSdk, sasBenchClient } from './sdk-clients.js';
import { sdkTransport } from './sdk-transport.js';
import { startLoopback } from './loopback.js';
import { median } from './stats.js';

export const SIDES = [
  'hss imagesec HssClient',
  'hss official HcClient',
  'hss bare openapi-fetch',
  'hss raw fetch',
  'hss raw node:http',
  'sas imagesec SasClient',
  'sas official callApi',
  'sas bare openapi-fetch',
  'sas raw fetch',
  'sas raw node:http',
] as const;
export type SideName = (typeof SIDES)[number];

export interface SideResult {
  /** Medians over the rounds. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The slowest call of each round. */
  readonly maxMs: readonly number[];
  readonly cpuMsPerCall: number;
  readonly heapUsedBytes: number;
  readonly heapGrowthBytes: number;
  readonly retainedBytes: number;
  /** Every round's throughput, for the spread. */
  readonly rounds: readonly number[];
}

export interface Versus {
  /** Our throughput over theirs (issue 30: >= 2 for HssClient and >= 1.5 for SasClient against the
   * official stacks, >= 0.5 against raw node:http). */
  readonly throughput: number;
  /** Their client CPU per call over ours (issue 30: the same goals against the official stacks). */
  readonly cpu: number;
}

export interface EndToEndResult {
  readonly calls: number;
  readonly concurrency: number;
  readonly rounds: number;
  /** The fetch under the bare openapi-fetch floor, and what the SDK was seen to use by default. */
  readonly transport: { readonly bare: string; readonly sdkDefault: string };
  readonly sides: Record<SideName, SideResult>;
  readonly ratios: {
    readonly hssVsHcClient: Versus;
    readonly sasVsCallApi: Versus;
    /** Against the floor: the same request over raw node:http. */
    readonly hssVsRawNodeHttp: Versus;
    readonly sasVsRawNodeHttp: Versus;
    /** Against bare openapi-fetch over the SDK's transport (for comparison: no goal since issue 30). */
    readonly hssVsBare: Versus;
    readonly sasVsBare: Versus;
  };
}

export async function benchEndToEnd({
  calls,
  concurrency,
  rounds,
}: {
  calls: number;
  concurrency: number;
  rounds: number;
}): Promise<EndToEndResult> {
  const server = await startLoopback();
  try {
    const transport = await sdkTransport(server.url);
    const hssRequest = await captureRequest((fetch) => callSdk(benchClient(server.url, fetch)));
    const sasRequest = await captureRequest((fetch) => callSas(sasBenchClient(server.url, fetch)));
    const hss = benchClient(server.url);
    const sas = sasBenchClient(server.url);
    const hcClient = officialHuaweiClient(server.url);
    const openApi = officialAlibabaClient(server.url);
    const call: Record<SideName, () => Promise<unknown>> = {
      'hss imagesec HssClient': () => callSdk(hss),
      'hss official HcClient': () => callOfficialHuawei(hcClient),
      'hss bare openapi-fetch': bareOpenapiFetch(hssRequest, transport),
      'hss raw fetch': rawFetch(hssRequest),
      'hss raw node:http': rawNodeHttp(hssRequest),
      'sas imagesec SasClient': () => callSas(sas),
      'sas official callApi': () => callOfficialAlibaba(openApi),
      'sas bare openapi-fetch': bareOpenapiFetch(sasRequest, transport),
      'sas raw fetch': rawFetch(sasRequest),
      'sas raw node:http': rawNodeHttp(sasRequest),
    };

    // Warm-up: JIT, sockets; a side whose calls fail (a wrong request, a parse error) stops the bench here.
    for (const side of SIDES) await runPool(call[side], Math.min(calls, 1_000), concurrency);
    const samples = Object.fromEntries(SIDES.map((side) => [side, [] as RunSample[]])) as Record<SideName, RunSample[]>;
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? SIDES : [...SIDES].reverse();
      for (const side of order) samples[side].push(await measureRun(call[side], calls, concurrency));
    }

    const summarise = (runs: RunSample[]): SideResult => ({
      perSecond: median(runs.map((r) => r.perSecond)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      maxMs: runs.map((r) => r.maxMs),
      cpuMsPerCall: median(runs.map((r) => r.cpuMsPerCall)),
      heapUsedBytes: median(runs.map((r) => r.heapUsedBytes)),
      heapGrowthBytes: median(runs.map((r) => r.heapGrowthBytes)),
      retainedBytes: median(runs.map((r) => r.retainedBytes)),
      rounds: runs.map((r) => r.perSecond),
    });
    const sides = Object.fromEntries(SIDES.map((side) => [side, summarise(samples[side])])) as Record<
      SideName,
      SideResult
    >;
    const versus = (ours: SideName, theirs: SideName): Versus => ({
      throughput: sides[ours].perSecond / sides[theirs].perSecond,
      cpu: sides[theirs].cpuMsPerCall / sides[ours].cpuMsPerCall,
    });
    return {
      calls,
      concurrency,
      rounds,
      transport: { bare: transport.name, sdkDefault: transport.sdkDefault },
      sides,
      ratios: {
        hssVsHcClient: versus('hss imagesec HssClient', 'hss official HcClient'),
        sasVsCallApi: versus('sas imagesec SasClient', 'sas official callApi'),
        hssVsRawNodeHttp: versus('hss imagesec HssClient', 'hss raw node:http'),
        sasVsRawNodeHttp: versus('sas imagesec SasClient', 'sas raw node:http'),
        hssVsBare: versus('hss imagesec HssClient', 'hss bare openapi-fetch'),
        sasVsBare: versus('sas imagesec SasClient', 'sas bare openapi-fetch'),
      },
    };
  } finally {
    server.stop();
  }
}
