// The journal's cost: the compiled CLI's --each over the same 10,000 lines against the loopback
// stand-in, with and without --journal, alternating run by run; throughput from each run's own
// summary (lines / elapsedMs, so process start-up is left out). Runs on this 2-core machine vary
// by up to 30% from one to the next, so the cost is the median of each round's paired ratio.
// Beside it: each run's CPU time per line (the child's own resource usage, start-up included), and
// the journal writer's own work per line measured in-process, lines started `concurrency` at a time
// (their records grouped into one write per turn of the event loop, as in a bulk run), which the
// machine's noise hardly reaches. A journaled run sends the calls of lines started in one turn
// together, after their records' write, and that alone can make it faster than a plain run, whose
// calls go out one by one; the writer's figure is then the journal's own cost.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JournalWriter } from '../../src/cli/journal.js';
import { startLoopback } from './loopback.js';
import { median } from './stats.js';

const BIN = fileURLToPath(new URL('../../bin/imagesec.js', import.meta.url));
/** Loaded into each run: its CPU time, written to fd 3 as it exits. */
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify(u.userCPUTime + u.systemCPUTime)); });",
)}`;

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
  /** Median CPU time per line (µs, the whole process) without and with --journal. */
  readonly plainCpuPerLineUs: number;
  readonly journaledCpuPerLineUs: number;
  /** Median over rounds of journaled / plain CPU per line - 1. */
  readonly cpuCost: number;
  /** The journal writer's own CPU per line (µs: its two records, hashing, grouping and writes), in-process. */
  readonly writerCpuPerLineUs: number;
  /** writerCpuPerLineUs over the plain run's CPU per line: its share of a line's work. */
  readonly writerShare: number;
  /** Records per write(2) in that measurement (`concurrency` lines started at once). */
  readonly writerRecordsPerWrite: number;
}

interface Run {
  readonly perSecond: number;
  readonly cpuPerLineUs: number;
}

function bulkRun(url: string, input: string, journal: string | undefined, concurrency: number): Run {
  const args = [
    '--import',
    CPU_REPORT,
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
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bulk run failed (${run.status}): ${run.stderr.toString().slice(-500)}`);
  const { summary } = JSON.parse(run.stderr.toString().trim().split('\n').at(-1)!) as {
    summary: { lines: number; elapsedMs: number };
  };
  const cpuUs = Number((run.output[3] as Buffer).toString());
  return { perSecond: summary.lines / (summary.elapsedMs / 1000), cpuPerLineUs: cpuUs / summary.lines };
}

/** The writer alone: `lines` lines, `concurrency` at a time, each sent then done, as a bulk run records them. */
async function writerCost(
  dir: string,
  lines: number,
  concurrency: number,
): Promise<{ cpuPerLineUs: number; recordsPerWrite: number }> {
  const identity = { command: 'hss show-image-security-report-statistic', parameters: 'bench' };
  const measure = async (path: string) => {
    const writer = JournalWriter.open(path, identity, true);
    const started = process.cpuUsage();
    for (let first = 1; first <= lines; first += concurrency) {
      const group = Array.from({ length: Math.min(concurrency, lines - first + 1) }, (_, i) => ({
        number: first + i,
        text: `{"security_report_type":"vulnerability","enterprise_project_id":"ep-${first + i}"}`,
      }));
      await Promise.all(group.map((line) => writer.sent(line)));
      await Promise.all(
        group.map((line) =>
          writer.done(line, { state: 'succeeded', status: 200, requestId: `${line.number}`.repeat(4) }),
        ),
      );
    }
    const cpu = process.cpuUsage(started);
    writer.close();
    return {
      cpuPerLineUs: (cpu.user + cpu.system) / lines,
      recordsPerWrite: writer.written.records / writer.written.writes,
    };
  };
  await measure(join(dir, 'writer-warm-up.journal'));
  const rounds = [];
  for (let round = 0; round < 5; round += 1) rounds.push(await measure(join(dir, `writer-${round}.journal`)));
  return {
    cpuPerLineUs: median(rounds.map((r) => r.cpuPerLineUs)),
    recordsPerWrite: median(rounds.map((r) => r.recordsPerWrite)),
  };
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
    const plain: Run[] = [];
    const journaled: Run[] = [];
    bulkRun(server.url, input, undefined, concurrency); // warm-up: page cache, connection set-up
    for (let round = 0; round < rounds; round += 1) {
      // Which goes first alternates, so a machine slowing down or speeding up weighs on both alike.
      const runs = [
        () => plain.push(bulkRun(server.url, input, undefined, concurrency)),
        () => journaled.push(bulkRun(server.url, input, join(dir, `run-${round}.journal`), concurrency)),
      ];
      for (const run of round % 2 === 0 ? runs : runs.reverse()) run();
    }
    const costs = plain.map((run, i) => 1 - journaled[i]!.perSecond / run.perSecond);
    const plainCpuPerLineUs = median(plain.map((run) => run.cpuPerLineUs));
    const writer = await writerCost(dir, lines, concurrency);
    return {
      lines,
      concurrency,
      rounds,
      plainPerSecond: median(plain.map((run) => run.perSecond)),
      journaledPerSecond: median(journaled.map((run) => run.perSecond)),
      cost: median(costs),
      costs,
      plainCpuPerLineUs,
      journaledCpuPerLineUs: median(journaled.map((run) => run.cpuPerLineUs)),
      cpuCost: median(plain.map((run, i) => journaled[i]!.cpuPerLineUs / run.cpuPerLineUs - 1)),
      writerCpuPerLineUs: writer.cpuPerLineUs,
      writerShare: writer.cpuPerLineUs / plainCpuPerLineUs,
      writerRecordsPerWrite: writer.recordsPerWrite,
    };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
