// One measured run of a call: `calls` calls, `concurrency` in flight at a time, and what the run cost
// this process: throughput, per-call latencies, client CPU per call (process.cpuUsage over the run:
// the loopback server is another process, so this is the client's own work, its GC included) and
// heap (used heap at the end of the run, and what a full GC leaves of it over what it left before).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { percentile } from './stats.js';

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

// A full GC before and after each run, so every side starts from the same clean heap and what it
// retains can be read. The bench runs without --expose-gc (package.json), so the flag is set when
// first needed and the function taken from a fresh context, which then has it.
let gc: (() => void) | undefined;

/** Heap used after a full garbage collection (twice). */
export function heapAfterGc(): number {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  // Twice, as the memory run does: the first pass's finalizers free more for the second.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface RunSample {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The slowest call: a stall (a lost socket, a long GC pause) shows here first. */
  readonly maxMs: number;
  /** Client CPU (user + system) per call, in ms. */
  readonly cpuMsPerCall: number;
  /** Heap used when the last call settled, before any GC (the whole process's: modules included). */
  readonly heapUsedBytes: number;
  /** That minus the heap used after a full GC before the run: what the run's calls left on the heap. */
  readonly heapGrowthBytes: number;
  /** Heap used after a full GC at the end, minus the same at the start: what the run kept. */
  readonly retainedBytes: number;
}

export async function measureRun(call: () => Promise<unknown>, calls: number, concurrency: number): Promise<RunSample> {
  const heapBefore = heapAfterGc();
  const cpuBefore = process.cpuUsage();
  const { perSecond, latencies } = await runPool(call, calls, concurrency);
  const cpu = process.cpuUsage(cpuBefore);
  const heapUsedBytes = process.memoryUsage().heapUsed;
  return {
    perSecond,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: Math.max(...latencies),
    cpuMsPerCall: (cpu.user + cpu.system) / 1000 / calls,
    heapUsedBytes,
    heapGrowthBytes: heapUsedBytes - heapBefore,
    retainedBytes: heapAfterGc() - heapBefore,
  };
}
