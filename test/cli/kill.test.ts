// The kill suite: a 2,000-line bulk run (--each, 16 at once, --journal) against a loopback server
// that counts what it receives per line, stopped at seeded random moments (SIGKILL, SIGINT, SIGTERM,
// a closed stdout) and resumed from its journal, again and again, until it completes. After every
// run: no line whose success was recorded is sent again, lines are re-sent only when their outcome
// was unknown and only for operations safe to repeat, and lines sent with no outcome never exceed
// the concurrency; at the end no line is lost and the summary adds up to the input.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BULK_ENV,
  hssError,
  idOf,
  useBulkSuite,
  type BulkServer,
  type Reply,
  type Seen,
} from '../helpers/bulk-server.js';
import { jsonLines, spawnCli } from '../helpers/cli.js';
import { journalStates } from '../helpers/journal-file.js';
import { seeded } from '../helpers/seeded.js';

const LINES = 2_000;
const CONCURRENCY = 16;

interface Operation {
  readonly name: string;
  readonly command: readonly string[];
  readonly repeatable: boolean;
  readonly line: (n: number) => string;
}

const SENSITIVE: Operation = {
  name: 'change-sensitive-info (safe to repeat)',
  command: ['hss', 'change-sensitive-info', '--image-type', 'private_image'],
  repeatable: true,
  line: (n) => `{"sensitive_info_id":"k-${n}"}`,
};
const WHITELIST: Operation = {
  name: 'add-image-white-lists (not safe to repeat)',
  command: [
    'hss',
    'add-image-white-lists',
    '--global-image-type',
    'registry',
    '--type',
    'vulnerability',
    '--rule-type',
    'all_images',
  ],
  repeatable: false,
  line: (n) => `{"vul_ids":["k-${n}"]}`,
};

/** Every 97th line is refused (400: failed, run again), every 331st gets a 502 (outcome unknown). */
function answer(request: Seen): Reply {
  const n = Number(idOf(request).slice(2));
  if (n % 331 === 0) return hssError(502, 'APIGW.0201', 'bad gateway', `rid-${n}`);
  if (n % 97 === 0) return hssError(400, 'HSS.1042', 'refused', `rid-${n}`);
  return { status: 200, headers: { 'x-request-id': `rid-${n}` }, body: {}, delayMs: n % 4 };
}

type Stop = 'SIGKILL' | 'SIGINT' | 'SIGTERM' | 'closed stdout';

interface RunReport {
  readonly stop: Stop | 'none';
  /** Requests this run made before the stop was delivered. */
  readonly stoppedAfter: number | undefined;
  readonly exit: number | null;
  /** Lines this run sent again after an earlier run's refusal (failed: run again by design). */
  readonly resentFailed: number;
  /** Lines this run sent again whose outcome had been unknown (only for operations safe to repeat). */
  readonly resentUnknown: number;
  /** Lines this run left sent with no outcome recorded. */
  readonly unknown: number;
}

const suite = useBulkSuite();
let server: BulkServer;
beforeAll(() => {
  server = suite.server;
});
const table: { scenario: string; runs: RunReport[]; lost: number }[] = [];

afterAll(async () => {
  await mkdir('reports', { recursive: true });
  await writeFile('reports/kill-suite.json', `${JSON.stringify(table, null, 2)}\n`);
  for (const row of table) {
    const runs = row.runs.map(
      (r) =>
        `${r.stop}@${r.stoppedAfter ?? '-'}: exit ${r.exit}, re-sent ${r.resentFailed} failed + ${r.resentUnknown} unknown, left unknown ${r.unknown}`,
    );
    console.log(`${row.scenario}: lost ${row.lost}; ${runs.join('; ')}`);
  }
});

/**
 * Runs `operation` over the input until it completes, stopping run i after `stops[i].after`
 * requests with `stops[i].how`, and checks every run against the journal as it was before it.
 */
async function scenario(
  operation: Operation,
  stops: readonly { how: Stop; after: number }[],
  label: string,
): Promise<void> {
  const work = await mkdtemp(join(suite.dir, 'run-'));
  server.respond(answer);
  const input = join(work, 'lines.jsonl');
  const journal = join(work, 'run.journal');
  const failedOut = join(work, 'failed.jsonl');
  await writeFile(input, Array.from({ length: LINES }, (_, i) => `${operation.line(i + 1)}\n`).join(''));
  server.requests.length = 0;
  const received = new Map<number, number>();
  const runs: RunReport[] = [];

  for (let run = 0; run <= stops.length; run += 1) {
    const where = `${label}, run ${run + 1}`;
    const stop = stops[run];
    const before = await journalStates(journal);
    const failedOutBefore = await readFile(failedOut, 'utf8').catch(() => undefined);
    const first = server.requests.length;
    const cli = spawnCli(
      [
        ...operation.command,
        '--endpoint',
        server.url,
        '--max-retries',
        '0',
        '--output',
        'json',
        '--concurrency',
        String(CONCURRENCY),
        '--each',
        input,
        '--journal',
        journal,
        '--resume',
        '--failed-out',
        failedOut,
      ],
      { env: BULK_ENV, timeoutMs: 90_000 },
    );
    let stoppedAfter: number | undefined;
    if (stop !== undefined) {
      const exited = cli.result.then(() => true);
      while (
        server.requests.length - first < stop.after &&
        !(await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 2))]))
      ) {
        // wait for the moment
      }
      stoppedAfter = server.requests.length - first;
      if (stop.how === 'closed stdout') cli.child.stdout!.destroy();
      else cli.child.kill(stop.how);
    }
    const result = await cli.result;

    // What this run sent, judged by what the journal said before it.
    let resentFailed = 0;
    let resentUnknown = 0;
    for (const request of server.requests.slice(first)) {
      const n = Number(idOf(request).slice(2));
      const earlier = before.get(n);
      received.set(n, (received.get(n) ?? 0) + 1);
      expect(earlier, `${where}: line ${n} was sent again after its success was recorded`).not.toBe('succeeded');
      if (earlier === 'failed') resentFailed += 1;
      if (earlier === 'sent' || earlier === 'unknown') {
        expect(
          operation.repeatable,
          `${where}: line ${n} had an unknown outcome and is not safe to repeat, but was re-sent`,
        ).toBe(true);
        resentUnknown += 1;
      }
    }
    const sentThisRun = server.requests.slice(first).map(idOf);
    expect(new Set(sentThisRun).size, `${where}: a line was sent twice in one run`).toBe(sentThisRun.length);

    const after = await journalStates(journal);
    // Left sent with no outcome by this run (lines held back from earlier runs stay as they were).
    const unknown = [...after].filter(([n, state]) => state === 'sent' && before.get(n) !== 'sent').length;
    if (stop?.how === 'SIGKILL') {
      expect(result.signal, where).toBe('SIGKILL');
      // Killed: whatever was in flight is unknown, never more than the calls allowed at once.
      expect(unknown, `${where}: lines sent with no outcome`).toBeLessThanOrEqual(CONCURRENCY);
      // --failed-out is replaced whole at the end of a run, so a kill leaves the previous one.
      expect(await readFile(failedOut, 'utf8').catch(() => undefined), `${where}: --failed-out after a kill`).toBe(
        failedOutBefore,
      );
    } else {
      // Stopped politely: running calls finished and were recorded.
      expect(unknown, `${where}: lines left without an outcome`).toBe(0);
      const expected = { none: undefined, SIGINT: 130, SIGTERM: 143, 'closed stdout': 141 }[stop?.how ?? 'none'];
      if (expected !== undefined) expect(result.code, `${where}: exit status`).toBe(expected);
    }
    runs.push({
      stop: stop?.how ?? 'none',
      stoppedAfter,
      exit: result.code ?? null,
      resentFailed,
      resentUnknown,
      unknown,
    });

    if (stop === undefined) {
      // The run that completed: every line accounted for, once.
      const summary = (jsonLines(result.stderr) as { summary?: Record<string, number | number[]> }[]).find(
        (l) => l.summary,
      )!.summary!;
      expect(summary.notRun, where).toBe(0);
      expect(summary.lines, where).toBe(LINES);
      expect(
        (summary.doneEarlier as number) +
          (summary.succeeded as number) +
          (summary.failed as number) +
          (summary.unknown as number),
        where,
      ).toBe(LINES);
      const lost = Array.from({ length: LINES }, (_, i) => i + 1).filter((n) => {
        const state = after.get(n);
        // Never recorded, or recorded as succeeded without the server having had it.
        return state === undefined || (state === 'succeeded' && !received.has(n));
      });
      expect(lost, `${where}: lost lines`).toEqual([]);
      const stillUnknown = [...after]
        .filter(([, state]) => state === 'sent' || state === 'unknown')
        .map(([n]) => n)
        .sort((a, b) => a - b);
      if (operation.repeatable) {
        // Re-sent until they had an outcome: only the 502 lines stay unknown, reported as failures.
        expect(
          stillUnknown.every((n) => n % 331 === 0),
          where,
        ).toBe(true);
        expect(result.code, where).toBe(1);
      } else {
        expect(summary.unknownLines, where).toEqual(stillUnknown);
        expect(result.code, where).toBe(4);
      }
      // --failed-out holds exactly the lines that failed in the end (the refused ones).
      const failed = (await readFile(failedOut, 'utf8')).split('\n').filter((l) => l !== '');
      const expectedFailed = Array.from({ length: LINES }, (_, i) => i + 1)
        .filter((n) => after.get(n) === 'failed' || (operation.repeatable && after.get(n) === 'unknown'))
        .map((n) => operation.line(n));
      expect(failed, where).toEqual(expectedFailed);
      table.push({ scenario: label, runs, lost: lost.length });
    }
  }
}

/** Kill moments for a seed: the first within the first run, the later ones within what is left. */
function kills(seed: number, count: number): { how: Stop; after: number }[] {
  const next = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    how: 'SIGKILL' as const,
    after: 20 + Math.floor(next() * (i === 0 ? 1_500 : 400)),
  }));
}

describe('bulk runs stopped at random moments and resumed from the journal', { timeout: 240_000 }, () => {
  for (const operation of [SENSITIVE, WHITELIST]) {
    for (const seed of [20261204, 7]) {
      it(`${operation.name}: SIGKILL three times (seed ${seed}), then a resume that completes`, async () => {
        await scenario(operation, kills(seed, 3), `${operation.name}, SIGKILL x3, seed ${seed}`);
      });
    }
  }
  for (const how of ['SIGINT', 'SIGTERM', 'closed stdout'] as const) {
    it(`${WHITELIST.name}: ${how} (seed 3), then a resume that completes`, async () => {
      const after = 20 + Math.floor(seeded(3)() * 1_500);
      await scenario(WHITELIST, [{ how, after }], `${WHITELIST.name}, ${how}, seed 3`);
    });
  }
});
