// --journal and --resume through the real CLI (a subprocess) against the loopback bulk server: what
// the journal records, what a resume sends again and what it holds back, and the journals it refuses.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BULK_ENV,
  DEFAULT_RESPONDER,
  hssError,
  idOf,
  useBulkSuite,
  type BulkServer,
  type BulkSuite,
} from '../helpers/bulk-server.js';
import { expectNoSecrets } from '../helpers/canaries.js';
import { jsonLines, runCli, spawnCli, type CliResult } from '../helpers/cli.js';
import { journalRecords, journalStates } from '../helpers/journal-file.js';

const ENV = BULK_ENV;
const suite = useBulkSuite();
// Wrapped, not destructured: they are the suite object's methods.
const path: BulkSuite['path'] = (name) => suite.path(name);
const linesFile: BulkSuite['linesFile'] = (...args) => suite.linesFile(...args);
let server: BulkServer;
beforeAll(() => {
  server = suite.server;
});

const SENSITIVE = ['hss', 'change-sensitive-info', '--image-type', 'private_image'];
const WHITELIST = [
  'hss',
  'add-image-white-lists',
  '--global-image-type',
  'registry',
  '--type',
  'vulnerability',
  '--rule-type',
  'all_images',
];

async function run(command: readonly string[], ...rest: string[]): Promise<CliResult> {
  const output = rest.includes('--output') ? [] : ['--output', 'json'];
  const result = await runCli([...command, '--endpoint', server.url, '--max-retries', '0', ...output, ...rest], {
    env: ENV,
  });
  expectNoSecrets(result.stdout, result.stderr);
  return result;
}

interface Summary {
  lines: number;
  succeeded: number;
  failed: number;
  notRun: number;
  doneEarlier?: number;
  unknown: number;
  unknownLines?: number[];
  unknownOut?: string;
}

function summaryOf(result: CliResult): Summary {
  return (jsonLines(result.stderr) as { summary: Summary }[]).at(-1)!.summary;
}

function sentIds(): string[] {
  return server.requests.map(idOf).sort();
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('--journal', () => {
  it('records each line as sent, then its outcome (status, request id, class and code; no message, no secret)', async () => {
    const file = await linesFile(['{"sensitive_info_id":"ok-1"}', '', '{"sensitive_info_id":"fail-3"}', 'not json']);
    const journal = path('run.journal');
    const result = await run(SENSITIVE, '--each', file, '--journal', journal);
    // A failed call (1) and an unparsable line (2): failures of different kinds exit 1.
    expect(result.code).toBe(1);
    const text = await readFile(journal, 'utf8');
    expectNoSecrets(text);
    expect(text).not.toContain('is not valid');
    const records = await journalRecords(journal);
    expect(records[0]).toMatchObject({ journal: 'imagesec-journal', command: 'hss change-sensitive-info' });
    const byLine = (line: number) => records.filter((r) => r.line === line).map((r) => r.state);
    expect(byLine(1)).toEqual(['sent', 'succeeded']);
    expect(byLine(3)).toEqual(['sent', 'failed']);
    // A line that never became a request is recorded as failed, never as sent.
    expect(byLine(4)).toEqual(['failed']);
    expect(records.find((r) => r.line === 1 && r.state === 'succeeded')).toMatchObject({
      status: 200,
      requestId: 'rid-ok-1',
    });
    expect(records.find((r) => r.line === 3 && r.state === 'failed')).toMatchObject({
      type: 'BadRequestError',
      status: 400,
      code: 'HSS.1042',
    });
  });

  it("--resume skips what succeeded and runs what failed or never ran; results keep the input's line numbers", async () => {
    const broken = new Set(['id-2', 'id-4']);
    server.respond((request) =>
      broken.has(idOf(request)) ? hssError(400, 'HSS.1042', 'no', 'rid') : DEFAULT_RESPONDER(request, 0),
    );
    const file = await linesFile(Array.from({ length: 5 }, (_, i) => `{"sensitive_info_id":"id-${i + 1}"}`));
    const journal = path('run.journal');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(1);

    broken.delete('id-4');
    server.requests.length = 0;
    const second = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(second.code).toBe(1);
    expect(sentIds()).toEqual(['id-2', 'id-4']);
    expect((jsonLines(second.stdout) as { line: number }[]).map((r) => r.line).sort()).toEqual([2, 4]);
    expect(summaryOf(second)).toMatchObject({ lines: 5, doneEarlier: 3, succeeded: 1, failed: 1, unknown: 0 });

    broken.clear();
    server.requests.length = 0;
    const third = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(third.code).toBe(0);
    expect(sentIds()).toEqual(['id-2']);
    expect(summaryOf(third)).toMatchObject({ lines: 5, doneEarlier: 4, succeeded: 1, failed: 0 });
    // Nothing left to do: a resume sends nothing.
    server.requests.length = 0;
    const fourth = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(fourth.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(summaryOf(fourth)).toMatchObject({ lines: 5, doneEarlier: 5, succeeded: 0 });
  });

  it('a line with spaces around it is recorded by the hash of the line as it is, so a resume matches it', async () => {
    const lines = ['  {"sensitive_info_id":"sp-1"}\t ', ' {"sensitive_info_id":"fail-sp-2"}  '];
    const file = await linesFile(lines);
    const journal = path('run.journal');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(1);
    // Every record of a line (sent and done) carries the hash of its exact text.
    const exact = lines.map((line) => createHash('sha256').update(line).digest('hex').slice(0, 16));
    for (const record of (await journalRecords(journal)).filter((r) => r.line !== undefined))
      expect(record.hash, `line ${record.line} ${record.state}`).toBe(exact[record.line! - 1]);

    server.requests.length = 0;
    const resumed = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(resumed.stderr).not.toMatch(/does not match/);
    expect(resumed.code).toBe(1);
    expect(sentIds()).toEqual(['fail-sp-2']);
    expect(summaryOf(resumed)).toMatchObject({ lines: 2, doneEarlier: 1, failed: 1 });
  });

  it('--resume with no journal yet is a first run', async () => {
    const file = await linesFile(['{"sensitive_info_id":"a"}']);
    const result = await run(SENSITIVE, '--each', file, '--journal', path('new.journal'), '--resume');
    expect(result.code).toBe(0);
    expect(sentIds()).toEqual(['a']);
  });

  it('refuses, before sending anything, a journal that does not describe this run', async () => {
    const lines = ['{"sensitive_info_id":"r-1"}', '{"sensitive_info_id":"r-2"}'];
    const file = await linesFile(lines);
    const journal = path('run.journal');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(0);
    server.requests.length = 0;

    const cases: [string[], RegExp][] = [
      [[...SENSITIVE, '--each', file, '--journal', journal], /already holds a run.*--resume/],
      [
        [...WHITELIST, '--each', file, '--journal', journal, '--resume'],
        /belongs to a run of 'hss change-sensitive-info'/,
      ],
      [
        ['hss', 'change-sensitive-info', '--image-type', 'cicd', '--each', file, '--journal', journal, '--resume'],
        /other values on the command line/,
      ],
    ];
    for (const [command, message] of cases) {
      const result = await run(command);
      expect(result.code, command.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    await writeFile(file, `${lines[0]}\n{"sensitive_info_id":"r-2-edited"}\n`);
    const edited = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/does not match .*line 2 changed/);
    await writeFile(file, `${lines[0]}\n`);
    const shorter = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(shorter.stderr).toMatch(/records line 2, which .* does not have/);
    const fromStdin = await run(SENSITIVE, '--each', '-', '--journal', journal, '--resume');
    expect(fromStdin.stderr).toMatch(/--resume needs --each FILE/);
    expect(server.requests).toHaveLength(0);
  });

  it('not safe to repeat: an unknown outcome (502) is held on --resume, listed and written to its own file (exit 4); --resend-unknown sends it', async () => {
    let gateway = true;
    server.respond((request) =>
      idOf(request) === 'CVE-2' && gateway
        ? hssError(502, 'APIGW.0201', 'bad gateway', 'rid-gw')
        : { status: 200, body: {} },
    );
    const lines = ['{"vul_ids":["CVE-1"]}', '{"vul_ids":["CVE-2"]}', '{"vul_ids":["CVE-3"]}'];
    const file = await linesFile(lines);
    const journal = path('run.journal');
    const first = await run(WHITELIST, '--each', file, '--journal', journal, '--failed-out', path('failed.jsonl'));
    expect(first.code).toBe(4);
    const failure = (jsonLines(first.stdout) as { line: number; unknownOutcome?: boolean }[]).find((r) => r.line === 2);
    expect(failure?.unknownOutcome).toBe(true);
    expect(summaryOf(first)).toMatchObject({
      succeeded: 2,
      failed: 0,
      unknown: 1,
      unknownLines: [2],
      failedOutLines: 0,
    });
    expect((await journalStates(journal)).get(2)).toBe('unknown');

    gateway = false;
    server.requests.length = 0;
    const second = await run(WHITELIST, '--each', file, '--journal', journal, '--resume');
    expect(second.code).toBe(4);
    expect(server.requests).toHaveLength(0);
    expect(summaryOf(second)).toMatchObject({
      lines: 3,
      doneEarlier: 2,
      unknown: 1,
      unknownLines: [2],
      unknownOut: `${journal}.unknown.jsonl`,
    });
    expect(await readFile(`${journal}.unknown.jsonl`, 'utf8')).toBe(`${lines[1]}\n`);
    const text = await run(WHITELIST, '--each', file, '--journal', journal, '--resume', '--output', 'text');
    expect(text.stderr).toMatch(
      /1 line reached the API or may have.*not safe to repeat.*line 2 \(written to .*unknown\.jsonl\)/,
    );

    server.requests.length = 0;
    const third = await run(WHITELIST, '--each', file, '--journal', journal, '--resume', '--resend-unknown');
    expect(third.code).toBe(0);
    expect(sentIds()).toEqual(['CVE-2']);
    // Resolved: the default file of unknown lines is gone.
    await expect(readFile(`${journal}.unknown.jsonl`)).rejects.toThrow(/ENOENT/);
  });

  it('safe to repeat: an unknown outcome is sent again on --resume', async () => {
    let gateway = true;
    server.respond((request) =>
      idOf(request) === 's-2' && gateway
        ? hssError(502, 'APIGW.0201', 'bad gateway', 'rid')
        : DEFAULT_RESPONDER(request, 0),
    );
    const file = await linesFile(['{"sensitive_info_id":"s-1"}', '{"sensitive_info_id":"s-2"}']);
    const journal = path('run.journal');
    const first = await run(SENSITIVE, '--each', file, '--journal', journal);
    expect(first.code).toBe(1);
    expect(summaryOf(first)).toMatchObject({ failed: 1, unknown: 0 });
    gateway = false;
    server.requests.length = 0;
    expect((await run(SENSITIVE, '--each', file, '--journal', journal, '--resume')).code).toBe(0);
    expect(sentIds()).toEqual(['s-2']);
  });

  it('a journal that cannot be written (a full disk) stops the run before anything is sent unrecorded (exit 2)', async () => {
    const file = await linesFile(['{"sensitive_info_id":"f-1"}']);
    const journal = path('full.journal');
    await symlink('/dev/full', journal);
    const result = await run(SENSITIVE, '--each', file, '--journal', journal);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write --journal file '.*full\.journal': no space left on the device/);
    expect(server.requests).toHaveLength(0);
    // A folder in its place: named in the same words as any other unusable file.
    const folder = path('folder.journal');
    await mkdir(folder);
    const resumed = await run(SENSITIVE, '--each', file, '--journal', folder, '--resume');
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(/cannot read --journal file '.*folder\.journal': it is a directory/);
    expect(server.requests).toHaveLength(0);
  });

  it("one run at a time per journal: a live holder of <journal>.lock is refused, a dead one's lock is taken over", async () => {
    const file = await linesFile(['{"sensitive_info_id":"l-1"}']);
    const journal = path('run.journal');
    await writeFile(`${journal}.lock`, `${process.pid}\n`);
    const refused = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`in use by another imagesec run \\(pid ${process.pid}\\)`));
    expect(server.requests).toHaveLength(0);
    // A pid no process has (past the kernel's pid_max): the lock of a run that was killed.
    await writeFile(`${journal}.lock`, '99999999\n');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal, '--resume')).code).toBe(0);
    await expect(readFile(`${journal}.lock`)).rejects.toThrow(/ENOENT/);
  });

  it('the journal and its lock are written for their owner only (0600): they hold the input lines', async () => {
    server.respond((request) => ({ ...DEFAULT_RESPONDER(request, 0), delayMs: 500 }));
    const file = await linesFile(['{"sensitive_info_id":"m-1"}']);
    const journal = path('run.journal');
    const cli = spawnCli([...SENSITIVE, '--each', file, '--journal', journal, '--endpoint', server.url], { env: ENV });
    await waitFor(() => server.requests.length === 1, 'the request');
    const lockMode = (await stat(`${journal}.lock`)).mode & 0o777;
    const result = await cli.result;
    expectNoSecrets(result.stdout, result.stderr);
    expect(result.code, result.stderr).toBe(0);
    expect(lockMode.toString(8), 'the lock').toBe('600');
    expect(((await stat(journal)).mode & 0o777).toString(8), 'the journal').toBe('600');
  });

  it("a journal path that is a link to nothing is refused (exit 2), and the link's target is not created", async () => {
    const file = await linesFile(['{"sensitive_info_id":"d-1"}']);
    const journal = path('dangling.journal');
    const target = path('target-of-the-link');
    await symlink(target, journal);
    for (const resume of [[], ['--resume']]) {
      const result = await run(SENSITIVE, '--each', file, '--journal', journal, ...resume);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `cannot write --journal file '${journal}': it is a symbolic link to a file that does not exist`,
      );
      await expect(lstat(target), 'the target was created').rejects.toMatchObject({ code: 'ENOENT' });
    }
    expect(server.requests).toHaveLength(0);
    // A link to a file that exists is the user's choice, and followed.
    await writeFile(target, '');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(0);
    expect((await journalStates(target)).get(1)).toBe('succeeded');
  });

  it('a FIFO as the lock, as a link to the lock, or as the journal is refused at once (exit 2), not waited on', async () => {
    const file = await linesFile(['{"sensitive_info_id":"p-1"}']);
    const fifo = (name: string) => {
      const at = path(name);
      execFileSync('mkfifo', [at]);
      return at;
    };
    const fifoLock = path('fifo-lock.journal');
    execFileSync('mkfifo', [`${fifoLock}.lock`]);
    const linkedLock = path('linked-lock.journal');
    await symlink(fifo('elsewhere'), `${linkedLock}.lock`);
    const fifoJournal = fifo('fifo.journal');
    const fifoResumed = fifo('fifo-resumed.journal');
    // Side by side: a run that hangs is killed after 8 s, each on its own.
    const attempt = (journal: string, ...rest: string[]) =>
      runCli(
        [...SENSITIVE, '--each', file, '--journal', journal, '--endpoint', server.url, '--output', 'json', ...rest],
        {
          env: ENV,
          timeoutMs: 8_000,
        },
      );
    const [lock, linked, fresh, resumed] = await Promise.all([
      attempt(fifoLock),
      attempt(linkedLock),
      attempt(fifoJournal),
      attempt(fifoResumed, '--resume'),
    ]);
    const messageOf = (result: CliResult) => {
      expect(result.code, `exit status (null: killed while it hung)\n${result.stderr}`).toBe(2);
      return (JSON.parse(result.stderr) as { error: { message: string; hint?: string } }).error;
    };
    expect(messageOf(lock)).toMatchObject({
      message: `--journal ${fifoLock} cannot be locked: ${fifoLock}.lock is not imagesec's lock: it is a FIFO (named pipe), not a regular file`,
      hint: `remove ${fifoLock}.lock if no imagesec run is using the journal`,
    });
    expect(messageOf(linked).message).toMatch(
      /\.lock is not imagesec's lock: it is a symbolic link, not a regular file$/,
    );
    expect(messageOf(fresh).message).toBe(
      `cannot write --journal file '${fifoJournal}': it is a FIFO (named pipe), not a regular file`,
    );
    expect(messageOf(resumed).message).toBe(
      `cannot read --journal file '${fifoResumed}': it is a FIFO (named pipe), not a regular file`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a journal with an unreadable record before its last (not a crash mid-write: something else wrote it)', async () => {
    const file = await linesFile(['{"sensitive_info_id":"g-1"}', '{"sensitive_info_id":"g-2"}']);
    const journal = path('run.journal');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(0);
    const rows = (await readFile(journal, 'utf8')).split('\n');
    rows.splice(2, 0, 'garbage');
    await writeFile(journal, rows.join('\n'));
    server.requests.length = 0;
    const result = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a journal \(line 3 is not a JSON record\)/);
    expect(server.requests).toHaveLength(0);
  });

  it('reads a journal whose last record was cut short (a crash mid-write), and continues it on a line of its own', async () => {
    const file = await linesFile(['{"sensitive_info_id":"c-1"}', '{"sensitive_info_id":"c-2"}']);
    const journal = path('run.journal');
    expect((await run(SENSITIVE, '--each', file, '--journal', journal)).code).toBe(0);
    const text = await readFile(journal, 'utf8');
    // Drop the last record's end: line 2 now reads as sent, with a torn record after it.
    const cut = text.slice(0, text.lastIndexOf('"state":"succeeded"'));
    await writeFile(journal, cut);
    server.requests.length = 0;
    const resumed = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(resumed.code).toBe(0);
    const rows = (await readFile(journal, 'utf8')).split('\n').filter((row) => row !== '');
    expect(rows.at(-1)).toMatch(/"state":"succeeded"/);
    expect(summaryOf(resumed).doneEarlier).toBeGreaterThanOrEqual(1);
    // The torn record now sits between two runs; later resumes read past it too.
    const again = await run(SENSITIVE, '--each', file, '--journal', journal, '--resume');
    expect(again.code, again.stderr).toBe(0);
    expect(summaryOf(again)).toMatchObject({ doneEarlier: 2, succeeded: 0 });
  });
});
