// Memory: heap in use (after a full GC) at checkpoints over many SDK calls, in a child process of
// its own (started with --expose-gc) so nothing else in the benchmark shares its heap.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface MemoryResult {
  readonly calls: number;
  /** Heap used after GC, in bytes, after 0, 1/5, 2/5 ... of the calls. */
  readonly checkpoints: Array<{ calls: number; heapUsedBytes: number }>;
  /** Last checkpoint minus the first one. */
  readonly growthBytes: number;
  /** Growth over the second half of the run: near zero when nothing accumulates per call. */
  readonly secondHalfGrowthBytes: number;
}

export async function benchMemory({ calls }: { calls: number }): Promise<MemoryResult> {
  const script = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(calls)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`memory benchmark child exited ${String(code)}`);
  const checkpoints = JSON.parse(output) as MemoryResult['checkpoints'];
  const first = checkpoints[0]!.heapUsedBytes;
  const last = checkpoints.at(-1)!.heapUsedBytes;
  const middle = checkpoints[Math.floor(checkpoints.length / 2)]!.heapUsedBytes;
  return { calls, checkpoints, growthBytes: last - first, secondHalfGrowthBytes: last - middle };
}
