// The journal's cost: the compiled CLI's --each over the same 10,000 lines against the loopback
// stand-in, with and without --journal, alternating run by run; throughput from each run's own
// summary (lines / elapsedMs, so process start-up is left out). Runs on this 2-core machine vary
// by up to 30% from one to the next, so the cost is the median of each round's paired ratio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoopback } from './loopback.js';
import { median } from './stats.js';

const BIN = fileURLToPath(new URL('../../bin/imagesec.js', import.meta.url));

export interface JournalCost {
  readonly lines: number;
  readonly concurrency: number;
  readonly rounds: number;
  /** Median lines per second without and with --journal. */
  readonly plainPerSecond: number;
  readonly journaledPerSecond: number;
  /** Median over rounds of 1 - journaled / plain: the share of throughput the journal costs (goal <= 5%). */
  readonly cost: number;
  /** Each round's cost, for the spread. */
  readonly costs: readonly number[];
}

function linesPerSecond(url: string, input: string, journal: string | undefined, concurrency: number): number {
  const args = [
    BIN,
    'hss',
    'show-image-security-report-statistic',
    '--endpoint',
    url,
    '--region',
    'cn-north-4',
    '--project-id',
    'p1',
    '--each',
    input,
    '--concurrency',
    String(concurrency),
    '--output',
    'json',
    ...(journal === undefined ? [] : ['--journal', journal]),
  ];
  const run = spawnSync(process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HUAWEICLOUD_SDK_AK: 'BENCHAK0000000000000',
      HUAWEICLOUD_SDK_SK: 'bench-sk-000000000000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bulk run failed (${run.status}): ${run.stderr.toString().slice(-500)}`);
  const { summary } = JSON.parse(run.stderr.toString().trim().split('\n').at(-1)!) as {
    summary: { lines: number; elapsedMs: number };
  };
  return summary.lines / (summary.elapsedMs / 1000);
}

export async function benchJournal({
  lines,
  rounds,
  concurrency = 16,
}: {
  lines: number;
  rounds: number;
  concurrency?: number;
}): Promise<JournalCost> {
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-bench-journal-'));
  const server = await startLoopback();
  try {
    const input = join(dir, 'lines.jsonl');
    writeFileSync(
      input,
      Array.from(
        { length: lines },
        (_, i) => `{"security_report_type":"vulnerability","enterprise_project_id":"ep-${i}"}\n`,
      ).join(''),
    );
    const plain: number[] = [];
    const journaled: number[] = [];
    linesPerSecond(server.url, input, undefined, concurrency); // warm-up: page cache, connection set-up
    for (let round = 0; round < rounds; round += 1) {
      plain.push(linesPerSecond(server.url, input, undefined, concurrency));
      journaled.push(linesPerSecond(server.url, input, join(dir, `run-${round}.journal`), concurrency));
    }
    const costs = plain.map((rate, i) => 1 - journaled[i]! / rate);
    return {
      lines,
      concurrency,
      rounds,
      plainPerSecond: median(plain),
      journaledPerSecond: median(journaled),
      cost: median(costs),
      costs,
    };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
