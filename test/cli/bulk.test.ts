// `--each`: one call per JSON line through the real CLI (a subprocess), against a loopback server
// that picks each answer from the request itself and may take its time, so that concurrency,
// interrupts and reruns can be observed from the server's side.
import { execFileSync, spawn } from 'node:child_process';
import { lstat, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BULK_ENV,
  hssError,
  idOf,
  okReply,
  useBulkSuite,
  type BulkServer,
  type BulkSuite,
  type Responder,
} from '../helpers/bulk-server.js';
import { expectNoSecrets } from '../helpers/canaries.js';
import { CLI, EMPTY_HOME, jsonLines, NODE_SOURCE_ARGS, runCli, spawnCli, type CliResult } from '../helpers/cli.js';

// --- the CLI -----------------------------------------------------------------------------------

const ENV = BULK_ENV;
const suite = useBulkSuite();
// Wrapped, not destructured: they are the suite object's methods.
const path: BulkSuite['path'] = (name) => suite.path(name);
const linesFile: BulkSuite['linesFile'] = (...args) => suite.linesFile(...args);
let server: BulkServer;
let dir: string;
beforeAll(() => {
  server = suite.server;
  dir = suite.dir;
});

/** `imagesec hss change-sensitive-info` against the suite's server, with private_image for every line. */
function args(...rest: string[]): string[] {
  return ['hss', 'change-sensitive-info', '--endpoint', server.url, '--image-type', 'private_image', ...rest];
}

function checked(result: CliResult): CliResult {
  expectNoSecrets(result.stdout, result.stderr);
  return result;
}

async function bulk(rest: readonly string[], options: { stdin?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return checked(await runCli(args(...rest), { env: ENV, ...options }));
}

interface OkRecord {
  line: number;
  ok: true;
  operation: string;
  status: number;
  requestId: string | null;
  elapsedMs: number;
  data?: unknown;
}
interface FailRecord {
  line: number;
  ok: false;
  error: {
    type: string;
    exitCode: number;
    message: string;
    status?: number;
    code?: string;
    requestId?: string;
    hint?: string;
  };
}
type LineRecord = OkRecord | FailRecord;

function records(stdout: string): LineRecord[] {
  return jsonLines(stdout) as LineRecord[];
}

function byLine(stdout: string): Map<number, LineRecord> {
  const map = new Map<number, LineRecord>();
  for (const record of records(stdout)) {
    expect(map.has(record.line), `line ${record.line} reported twice`).toBe(false);
    map.set(record.line, record);
  }
  return map;
}

interface Summary {
  lines: number;
  succeeded: number;
  failed: number;
  notRun: number;
  interrupted: boolean;
  elapsedMs: number;
  failedOut?: string;
  failedOutLines?: number;
  inputNotReadToEnd?: boolean;
  lastLineRead?: number;
}

/** The one JSON line of stderr in --output json mode. */
function jsonSummary(stderr: string): Summary {
  const lines = jsonLines(stderr) as { summary?: Summary }[];
  expect(lines).toHaveLength(1);
  expect(lines[0]!.summary).toBeDefined();
  return lines[0]!.summary!;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// --- tests -------------------------------------------------------------------------------------

describe('imagesec --each: lines, results, summary, exit status', () => {
  it('accounts for every non-blank line once: good lines, API failures, invalid values, bad JSON, unknown keys', async () => {
    const input = [
      /* 1 */ '{"sensitive_info_id":"ok-1"}',
      /* 2 */ '{"sensitive-info-id":"ok-2","operate-type":"ignore"}',
      /* 3 */ '',
      /* 4 */ '{"body":{"sensitive_info_id":"fail-4"}}',
      /* 5 */ '{"sensitive_info_id":"ok-5","image_type":"nope"}',
      /* 6 */ 'not json',
      /* 7 */ '{"sensitive_info_id":"ok-7","frob":1}',
      /* 8 */ '{"sensitive_info_id":"ok-8","image-type":"cicd","enterprise_project_id":"ep-8","body":{"operate_type":"ignore"}}',
      /* 9 */ '   ',
      /* 10 */ '[1,2]',
      /* 11 */ '{"operate_type":"ignore","body":{"sensitive_info_id":"ok-11"}}',
      /* 12 */ '{"sensitive_info_id":"ok-12","operate_type":"sometimes"}',
    ];
    const file = await linesFile(input);
    const failedOut = path('failed.jsonl');
    const result = await bulk([
      '--enterprise-project-id',
      'ep-base',
      '--body',
      '{"operate_type":"do_not_ignore"}',
      '--each',
      file,
      '--failed-out',
      failedOut,
    ]);

    // Exit 1: the failures are API (1) and usage/validation (2) ones, which differ.
    expect(result.code).toBe(1);
    const lines = byLine(result.stdout);
    expect([...lines.keys()].sort((a, b) => a - b)).toEqual([1, 2, 4, 5, 6, 7, 8, 10, 11, 12]);
    for (const line of [1, 2, 8, 11]) {
      const record = lines.get(line)!;
      expect(record, `line ${line}`).toMatchObject({
        ok: true,
        operation: 'ChangeSensitiveInfo',
        status: 200,
        data: {},
      });
      expect((record as OkRecord).elapsedMs).toEqual(expect.any(Number));
    }
    expect(lines.get(1)).toMatchObject({ requestId: 'rid-ok-1' });
    expect(lines.get(8)).toMatchObject({ requestId: 'rid-ok-8' });

    expect(lines.get(4)).toMatchObject({
      ok: false,
      error: { type: 'BadRequestError', exitCode: 1, status: 400, code: 'HSS.1042', requestId: 'rid-fail-4' },
    });
    expect((lines.get(4) as FailRecord).error.message).toContain('finding fail-4 is not valid');
    expect(lines.get(5)).toMatchObject({ ok: false, error: { type: 'ValidationError', exitCode: 2 } });
    // A line's keys are spec names as often as flags: its violations keep the spec's names.
    expect((lines.get(5) as FailRecord).error.message).toMatch(/invalid input: image_type must be one of/);
    expect(lines.get(6)).toMatchObject({ ok: false, error: { type: 'UsageError', exitCode: 2 } });
    expect((lines.get(6) as FailRecord).error.message).toMatch(/^line 6 is not valid JSON/);
    expect(lines.get(7)).toMatchObject({
      ok: false,
      error: { type: 'UsageError', exitCode: 2, message: 'line 7: unknown key "frob"' },
    });
    expect((lines.get(7) as FailRecord).error.hint).toContain('sensitive_info_id');
    expect(lines.get(10)).toMatchObject({ ok: false, error: { type: 'UsageError', exitCode: 2 } });
    expect((lines.get(10) as FailRecord).error.message).toContain('line 10 must be a JSON object');
    expect(lines.get(12)).toMatchObject({ ok: false, error: { type: 'ValidationError', exitCode: 2 } });

    // Only the valid lines reached the server, each once, with the command line's values under
    // the line's own: the query parameters, and the body merged field by field over --body.
    const sent = new Map(server.requests.map((r) => [idOf(r), r]));
    expect(server.requests).toHaveLength(5);
    expect([...sent.keys()].sort()).toEqual(['fail-4', 'ok-1', 'ok-11', 'ok-2', 'ok-8']);
    for (const request of server.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v5/p1/image/sensitive/operate');
    }
    const query = (id: string) => Object.fromEntries(sent.get(id)!.query);
    expect(query('ok-1')).toEqual({ image_type: 'private_image', enterprise_project_id: 'ep-base' });
    expect(sent.get('ok-1')!.body).toEqual({ operate_type: 'do_not_ignore', sensitive_info_id: 'ok-1' });
    expect(query('ok-2')).toEqual({ image_type: 'private_image', enterprise_project_id: 'ep-base' });
    expect(sent.get('ok-2')!.body).toEqual({ operate_type: 'ignore', sensitive_info_id: 'ok-2' });
    expect(sent.get('fail-4')!.body).toEqual({ operate_type: 'do_not_ignore', sensitive_info_id: 'fail-4' });
    expect(query('ok-8')).toEqual({ image_type: 'cicd', enterprise_project_id: 'ep-8' });
    expect(sent.get('ok-8')!.body).toEqual({ operate_type: 'ignore', sensitive_info_id: 'ok-8' });
    expect(sent.get('ok-11')!.body).toEqual({ operate_type: 'ignore', sensitive_info_id: 'ok-11' });

    // The failed lines, verbatim and in input order.
    expect(await readFile(failedOut, 'utf8')).toBe([4, 5, 6, 7, 10, 12].map((n) => `${input[n - 1]}\n`).join(''));
    expect(result.stderr).toMatch(
      new RegExp(
        `^imagesec: 10 lines: 4 succeeded, 6 failed, 0 not run in \\d+\\.\\d s; 6 lines to rerun written to ${failedOut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        'm',
      ),
    );
    expect(result.stderr).not.toContain('interrupted');
  });

  it("exits 0 when every line succeeds, and the failures' shared status otherwise (2, 1, 3)", async () => {
    const good = await linesFile(['{"sensitive_info_id":"ok-a"}', '', '{"sensitive_info_id":"ok-b"}']);
    const usage = await linesFile(['{"sensitive_info_id":"ok-a","image_type":"nope"}', 'nope', '{"x":1}']);
    const api = await linesFile(['{"sensitive_info_id":"fail-a"}', '{"sensitive_info_id":"fail-b"}']);
    const network = await linesFile(['{"sensitive_info_id":"ok-a"}', '{"sensitive_info_id":"ok-b"}']);
    // A port nothing listens on: connection refused, not retried with --max-retries 0.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const [ok, usageResult, apiResult, networkResult] = await Promise.all([
      bulk(['--each', good]),
      bulk(['--each', usage]),
      bulk(['--each', api]),
      runCli(
        [
          'hss',
          'change-sensitive-info',
          '--endpoint',
          `http://127.0.0.1:${closedPort}`,
          '--image-type',
          'private_image',
          '--max-retries',
          '0',
          '--each',
          network,
        ],
        { env: ENV },
      ).then(checked),
    ]);
    expect(ok.code).toBe(0);
    expect(records(ok.stdout).map((r) => [r.line, r.ok])).toEqual(
      expect.arrayContaining([
        [1, true],
        [3, true],
      ]),
    );
    expect(records(ok.stdout)).toHaveLength(2);
    expect(ok.stderr).toMatch(/^imagesec: 2 lines: 2 succeeded, 0 failed, 0 not run in \d+\.\d s$/m);

    expect(usageResult.code).toBe(2);
    expect(records(usageResult.stdout).every((r) => !r.ok && r.error.exitCode === 2)).toBe(true);
    expect(records(usageResult.stdout)).toHaveLength(3);

    expect(apiResult.code).toBe(1);
    expect(records(apiResult.stdout).every((r) => !r.ok && r.error.exitCode === 1 && r.error.status === 400)).toBe(
      true,
    );

    expect(networkResult.code).toBe(3);
    const networkRecords = records(networkResult.stdout);
    expect(networkRecords).toHaveLength(2);
    expect(networkRecords.every((r) => !r.ok && r.error.exitCode === 3 && r.error.type === 'ConnectionError')).toBe(
      true,
    );
  });

  it('--failed-out holds exactly the failed lines; a rerun into the same file after the fix succeeds and empties it', async () => {
    const input = Array.from({ length: 8 }, (_, i) => `{"sensitive_info_id":"id-${i + 1}"}`);
    input.splice(4, 0, ''); // a blank line is skipped, and not written back
    const file = await linesFile(input);
    const failedOut = path('failed.jsonl');
    // The server refuses ids 2, 5 and 7 for now.
    const broken = new Set(['id-2', 'id-5', 'id-7']);
    server.respond((request) =>
      broken.has(idOf(request)) ? hssError(400, 'HSS.1042', 'not now', `rid-${idOf(request)}`) : okReply(request),
    );

    const first = await bulk(['--each', file, '--failed-out', failedOut, '--output', 'json']);
    expect(first.code).toBe(1);
    expect(await readFile(failedOut, 'utf8')).toBe(
      '{"sensitive_info_id":"id-2"}\n{"sensitive_info_id":"id-5"}\n{"sensitive_info_id":"id-7"}\n',
    );
    expect(jsonSummary(first.stderr)).toEqual({
      lines: 8,
      succeeded: 5,
      failed: 3,
      notRun: 0,
      unknown: 0,
      interrupted: false,
      elapsedMs: expect.any(Number) as unknown,
      failedOut,
      failedOutLines: 3,
    });
    // Line numbers count the blank line.
    const failedLines = records(first.stdout)
      .filter((r) => !r.ok)
      .map((r) => r.line)
      .sort((a, b) => a - b);
    expect(failedLines).toEqual([2, 6, 8]);

    // Half fixed: the rerun reads and rewrites the same file; line numbers are the new file's.
    broken.delete('id-5');
    server.requests.length = 0;
    const second = await bulk(['--each', failedOut, '--failed-out', failedOut, '--output', 'json']);
    expect(second.code).toBe(1);
    expect(server.requests.map(idOf).sort()).toEqual(['id-2', 'id-5', 'id-7']);
    expect(
      records(second.stdout)
        .filter((r) => !r.ok)
        .map((r) => r.line)
        .sort(),
    ).toEqual([1, 3]);
    expect(await readFile(failedOut, 'utf8')).toBe('{"sensitive_info_id":"id-2"}\n{"sensitive_info_id":"id-7"}\n');
    expect(jsonSummary(second.stderr)).toMatchObject({
      lines: 3,
      succeeded: 1,
      failed: 2,
      notRun: 0,
      failedOutLines: 2,
    });

    // Fixed: everything succeeds and the file is left empty (not removed).
    broken.clear();
    server.requests.length = 0;
    const third = await bulk(['--each', failedOut, '--failed-out', failedOut, '--output', 'json']);
    expect(third.code).toBe(0);
    expect(server.requests.map(idOf).sort()).toEqual(['id-2', 'id-7']);
    expect(records(third.stdout).every((r) => r.ok)).toBe(true);
    expect(await readFile(failedOut, 'utf8')).toBe('');
    expect(jsonSummary(third.stderr)).toMatchObject({
      lines: 2,
      succeeded: 2,
      failed: 0,
      notRun: 0,
      failedOutLines: 0,
    });
    // No temporary file is left next to it.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // A rerun of the empty file is a run of no lines.
    const fourth = await bulk(['--each', failedOut, '--failed-out', failedOut, '--output', 'json']);
    expect(fourth.code).toBe(0);
    expect(fourth.stdout).toBe('');
    expect(jsonSummary(fourth.stderr)).toMatchObject({
      lines: 0,
      succeeded: 0,
      failed: 0,
      notRun: 0,
      failedOutLines: 0,
    });
  });

  it('--output json: stdout carries only the result lines and stderr only the JSON summary', async () => {
    const file = await linesFile(['{"sensitive_info_id":"ok-1"}', '{"sensitive_info_id":"fail-2"}', 'oops']);
    const result = await bulk(['--each', file, '--output', 'json']);
    expect(result.code).toBe(1);
    for (const line of result.stdout.split('\n').filter((l) => l !== '')) {
      const record = JSON.parse(line) as LineRecord;
      expect(Object.keys(record).slice(0, 2)).toEqual(['line', 'ok']);
    }
    expect(records(result.stdout)).toHaveLength(3);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(jsonSummary(result.stderr)).toEqual({
      lines: 3,
      succeeded: 1,
      failed: 2,
      notRun: 0,
      unknown: 0,
      interrupted: false,
      elapsedMs: expect.any(Number) as unknown,
    });
    expect(result.stderr).not.toContain('imagesec:');
  });

  it('reads the lines from stdin with --each -', async () => {
    const stdin = '{"sensitive_info_id":"ok-1"}\n\n{"sensitive_info_id":"fail-3"}\n{"sensitive_info_id":"ok-4"}';
    const failedOut = path('failed.jsonl');
    const result = await bulk(['--each', '-', '--failed-out', failedOut], { stdin });
    expect(result.code).toBe(1);
    const lines = byLine(result.stdout);
    expect([...lines.keys()].sort()).toEqual([1, 3, 4]);
    expect(lines.get(1)).toMatchObject({ ok: true });
    expect(lines.get(3)).toMatchObject({ ok: false, error: { status: 400 } });
    // The last line had no newline: still a line.
    expect(lines.get(4)).toMatchObject({ ok: true, requestId: 'rid-ok-4' });
    expect(server.requests.map(idOf).sort()).toEqual(['fail-3', 'ok-1', 'ok-4']);
    expect(await readFile(failedOut, 'utf8')).toBe('{"sensitive_info_id":"fail-3"}\n');
    expect(result.stderr).toMatch(/^imagesec: 3 lines: 2 succeeded, 1 failed, 0 not run/m);
  });

  it('--each /dev/stdin (a pipe, as with <(...) process substitution) runs every line of it', async () => {
    // The lines can be read only once: a file that is a pipe must not be read twice.
    const stdin = '{"sensitive_info_id":"ok-1"}\n{"sensitive_info_id":"ok-2"}\n';
    const result = await bulk(['--each', '/dev/stdin', '--output', 'json'], { stdin, timeoutMs: 10_000 });
    expect(server.requests.map(idOf).sort(), 'the lines of the pipe were never sent').toEqual(['ok-1', 'ok-2']);
    expect(result.code).toBe(0);
    expect(records(result.stdout).map((r) => [r.line, r.ok])).toEqual(
      expect.arrayContaining([
        [1, true],
        [2, true],
      ]),
    );
    expect(jsonSummary(result.stderr)).toMatchObject({ lines: 2, succeeded: 2 });
  });

  it('an --each file that cannot be read is a usage error (exit 2) and nothing is sent', async () => {
    const missing = path('missing.jsonl');
    const failedOut = path('failed.jsonl');
    const [absent, directory] = await Promise.all([
      bulk(['--each', missing, '--failed-out', failedOut]),
      bulk(['--each', dir, '--output', 'json']),
    ]);
    expect(absent.code).toBe(2);
    expect(absent.stdout).toBe('');
    expect(absent.stderr).toContain(`cannot read --each file '${missing}'`);
    expect(directory.code).toBe(2);
    expect(directory.stdout).toBe('');
    expect(jsonLines(directory.stderr)).toEqual([
      {
        ok: false,
        error: expect.objectContaining({
          type: 'UsageError',
          exitCode: 2,
          message: expect.stringContaining('--each') as unknown,
        }) as unknown,
      },
    ]);
    expect(server.requests).toHaveLength(0);
    await expect(stat(failedOut)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a --failed-out file that cannot be written is a usage error named after the flag, found before any call', async () => {
    const file = await linesFile(['{"sensitive_info_id":"ok-1"}', '{"sensitive_info_id":"ok-2"}']);
    const failedOut = join(dir, 'no-such-directory', 'failed.jsonl');
    const result = await bulk(['--each', file, '--failed-out', failedOut]);
    // Exit 2 means "nothing was sent"; the path is known to be unusable before the first line.
    expect.soft(server.requests, 'the lines ran although --failed-out could never be written').toHaveLength(0);
    expect.soft(result.code, 'exit status').toBe(2);
    expect.soft(result.stderr).toContain('--failed-out');
    expect.soft(result.stderr).toContain(failedOut);
    expect.soft(result.stderr, 'the error names an internal temporary file').not.toContain('.tmp');
  });

  it('--failed-out and --unknown-out are written for their owner only (0600), never through a link planted at a temporary name', async () => {
    // A line that fails after a while: time to plant links where the files' replacements were
    // once written (`.<name>.<pid>.tmp`, a name anyone could predict).
    server.respond((request) => ({ ...hssError(400, 'HSS.1042', 'no', `rid-${idOf(request)}`), delayMs: 1_000 }));
    const line = '{"sensitive_info_id":"fail-planted"}';
    const file = await linesFile([line]);
    const failedOut = path('failed.jsonl');
    const unknownOut = path('unknown.jsonl');
    const victims = [path('victim-1.txt'), path('victim-2.txt')];
    for (const victim of victims) await writeFile(victim, 'precious\n');
    const cli = spawnCli(args('--each', file, '--failed-out', failedOut, '--unknown-out', unknownOut), { env: ENV });
    await waitFor(() => server.requests.length === 1, 'the request');
    const planted = [failedOut, unknownOut].map((out) => join(dir, `.${basename(out)}.${cli.child.pid}.tmp`));
    for (const [i, link] of planted.entries()) await symlink(victims[i]!, link);
    const result = checked(await cli.result);
    expect(result.code, result.stderr).toBe(1);

    for (const victim of victims) expect(await readFile(victim, 'utf8'), 'a link was followed').toBe('precious\n');
    for (const [out, text] of [
      [failedOut, `${line}\n`],
      [unknownOut, ''],
    ] as const) {
      const written = await lstat(out);
      expect(written.isFile(), `${out} is a regular file, not a link`).toBe(true);
      expect((written.mode & 0o777).toString(8), `${out}'s mode`).toBe('600');
      expect(await readFile(out, 'utf8')).toBe(text);
    }
    // The planted links are left as they were, and no temporary file of the run remains.
    for (const link of planted) expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const temporary = (await readdir(dir)).filter((name) => name.endsWith('.tmp')).map((name) => join(dir, name));
    expect(temporary.sort()).toEqual([...planted].sort());
    for (const link of planted) await rm(link);
  });

  it('a --failed-out that is a FIFO is refused before any call, in words (not "a directory")', async () => {
    const file = await linesFile(['{"sensitive_info_id":"ok-1"}']);
    const fifo = path('failed.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = await bulk(['--each', file, '--failed-out', fifo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `cannot write --failed-out file '${fifo}': it is a FIFO (named pipe), not a regular file`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("retries a line whose first attempt gets a 503 (the SDK's retries apply per line)", async () => {
    const attempts = new Map<string, number>();
    server.respond((request) => {
      const id = idOf(request);
      const n = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, n);
      return n === 1
        ? {
            ...hssError(503, 'APIGW.0201', 'busy', `rid-${id}-1`),
            headers: { 'x-request-id': `rid-${id}-1`, 'retry-after': '0' },
          }
        : okReply(request);
    });
    const file = await linesFile([
      '{"sensitive_info_id":"r-1"}',
      '{"sensitive_info_id":"r-2"}',
      '{"sensitive_info_id":"r-3"}',
    ]);
    const result = await bulk(['--each', file, '--output', 'json']);
    expect(result.code).toBe(0);
    expect(records(result.stdout).map((r) => r.ok)).toEqual([true, true, true]);
    expect(
      records(result.stdout)
        .map((r) => (r as OkRecord).requestId)
        .sort(),
    ).toEqual(['rid-r-1', 'rid-r-2', 'rid-r-3']);
    expect(Object.fromEntries(attempts)).toEqual({ 'r-1': 2, 'r-2': 2, 'r-3': 2 });
    expect(jsonSummary(result.stderr)).toMatchObject({ lines: 3, succeeded: 3, failed: 0 });
  });
});

describe('imagesec --each: concurrency', () => {
  const slow: Responder = (request) => okReply(request, 200);

  it('--concurrency 3 keeps at most 3 requests in flight (measured on the server)', async () => {
    server.respond(slow);
    const file = await linesFile(Array.from({ length: 10 }, (_, i) => `{"sensitive_info_id":"c-${i + 1}"}`));
    const result = await bulk(['--each', file, '--concurrency', '3']);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(3);
    expect(records(result.stdout).filter((r) => r.ok)).toHaveLength(10);
  });

  it('runs 4 at a time by default', async () => {
    server.respond(slow);
    const file = await linesFile(Array.from({ length: 10 }, (_, i) => `{"sensitive_info_id":"d-${i + 1}"}`));
    const result = await bulk(['--each', file]);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(4);
  });

  it('--concurrency 16 runs 16 at once without a listener-leak warning from the shared cancel signal', async () => {
    server.respond(slow);
    const file = await linesFile(Array.from({ length: 32 }, (_, i) => `{"sensitive_info_id":"w-${i + 1}"}`));
    const result = await bulk(['--each', file, '--concurrency', '16']);
    expect(result.code).toBe(0);
    expect(server.maxInFlight).toBe(16);
    expect(result.stderr).not.toMatch(/MaxListenersExceeded|Warning/);
  });

  it('--concurrency 1 sends the lines one after the other, in input order', async () => {
    server.respond((request) => okReply(request, 20));
    const file = await linesFile(Array.from({ length: 5 }, (_, i) => `{"sensitive_info_id":"s-${i + 1}"}`));
    const result = await bulk(['--each', file, '--concurrency', '1']);
    expect(result.code).toBe(0);
    expect(server.maxInFlight).toBe(1);
    expect(server.requests.map(idOf)).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5']);
    expect(records(result.stdout).map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('imagesec --each: interrupts', () => {
  const input = Array.from({ length: 30 }, (_, i) => `{"sensitive_info_id":"int-${i + 1}"}`);

  it('first SIGINT: running calls finish, nothing new starts, exit 130, unstarted lines in --failed-out', async () => {
    server.respond((request) => okReply(request, 300));
    const file = await linesFile(input);
    const failedOut = path('failed.jsonl');
    const cli = spawnCli(args('--each', file, '--concurrency', '2', '--failed-out', failedOut, '--output', 'json'), {
      env: ENV,
    });
    await waitFor(() => server.requests.length >= 3, '3 requests');
    const atSignal = server.requests.length;
    cli.child.kill('SIGINT');
    const result = checked(await cli.result);
    // Nothing arrives after the process is gone, either.
    await sleep(200);

    expect(result.code).toBe(130);
    // The calls that were running when the signal came finished (at most one more could have been
    // on its way as the signal arrived); no line started after them.
    expect(server.requests.length).toBeGreaterThanOrEqual(atSignal);
    expect(server.requests.length).toBeLessThanOrEqual(atSignal + 2);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(server.requests.every((r) => r.answeredAt !== undefined)).toBe(true);

    const results = records(result.stdout);
    expect(results).toHaveLength(server.requests.length);
    expect(results.every((r) => r.ok)).toBe(true);
    const ran = new Set(results.map((r) => r.line));
    expect(new Set(server.requests.map((r) => Number(idOf(r).slice(4))))).toEqual(ran);

    const summary = jsonSummary(result.stderr);
    expect(summary).toMatchObject({
      lines: 30,
      succeeded: ran.size,
      failed: 0,
      notRun: 30 - ran.size,
      interrupted: true,
      failedOut,
      failedOutLines: 30 - ran.size,
    });
    expect(summary.notRun).toBeGreaterThan(0);
    // Every line is either a result or in --failed-out, never both, and failed-out is in input order.
    const unstarted = input.filter((_, i) => !ran.has(i + 1));
    expect(await readFile(failedOut, 'utf8')).toBe(unstarted.map((l) => `${l}\n`).join(''));
  });

  it('first SIGTERM works the same (exit 143); text mode notes the interrupt and says so in the summary', async () => {
    server.respond((request) => okReply(request, 300));
    const file = await linesFile(input);
    const failedOut = path('failed.jsonl');
    const cli = spawnCli(args('--each', file, '--concurrency', '2', '--failed-out', failedOut), { env: ENV });
    await waitFor(() => server.requests.length >= 2, '2 requests');
    cli.child.kill('SIGTERM');
    const result = checked(await cli.result);
    expect(result.code).toBe(143);
    expect(result.stderr).toContain('imagesec: interrupted: no new lines start; running calls finish');
    const ran = records(result.stdout);
    expect(ran.every((r) => r.ok)).toBe(true);
    const notRun = 30 - ran.length;
    expect(notRun).toBeGreaterThan(0);
    expect(result.stderr).toMatch(
      new RegExp(
        `^imagesec: 30 lines: ${ran.length} succeeded, 0 failed, ${notRun} not run \\(interrupted\\) in \\d+\\.\\d s; ${notRun} lines to rerun`,
        'm',
      ),
    );
    expect((await readFile(failedOut, 'utf8')).split('\n').filter((l) => l !== '')).toHaveLength(notRun);
  });

  it('a second SIGINT cancels the running calls: their lines go to --failed-out with the unstarted ones, exit 130', async () => {
    server.respond(() => ({ hang: true }));
    const lines = input.slice(0, 10);
    const file = await linesFile(lines);
    const failedOut = path('failed.jsonl');
    const cli = spawnCli(args('--each', file, '--concurrency', '2', '--failed-out', failedOut, '--output', 'json'), {
      env: ENV,
      timeoutMs: 20_000,
    });
    await waitFor(() => server.requests.length >= 2, '2 hanging requests');
    cli.child.kill('SIGINT');
    await sleep(300);
    // Still waiting for the hanging calls.
    expect(cli.child.exitCode).toBeNull();
    cli.child.kill('SIGINT');
    const started = Date.now();
    const result = checked(await cli.result);
    expect(Date.now() - started).toBeLessThan(5_000);

    expect(result.code).toBe(130);
    expect(server.requests).toHaveLength(2);
    const results = records(result.stdout);
    expect(results).toHaveLength(2);
    expect(results.map((r) => r.line).sort()).toEqual([1, 2]);
    for (const record of results) {
      expect(record.ok).toBe(false);
      // Not a usage error: the request was sent and may have been carried out.
      expect((record as FailRecord).error).toMatchObject({ type: 'InterruptedError', exitCode: 130 });
      expect((record as FailRecord).error.message).toMatch(/cancelled .* may have reached the API/);
    }
    expect(jsonSummary(result.stderr)).toMatchObject({
      lines: 10,
      succeeded: 0,
      failed: 2,
      notRun: 8,
      interrupted: true,
      failedOutLines: 10,
    });
    expect(await readFile(failedOut, 'utf8')).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('SIGINT on --each - keeps the lines stdin already delivered in --failed-out, and names the last line read', async () => {
    server.respond((request) => okReply(request, 300));
    const failedOut = path('failed.jsonl');
    const lines = Array.from({ length: 10 }, (_, i) => `{"sensitive_info_id":"q-${i + 1}"}`);
    const cli = spawnCli(args('--each', '-', '--concurrency', '2', '--failed-out', failedOut, '--output', 'json'), {
      env: ENV,
      // stdin stays open after the ten lines, as a slow producer's would.
      stdin: lines.map((l) => `${l}\n`).join(''),
      keepStdinOpen: true,
      timeoutMs: 20_000,
    });
    await waitFor(() => server.requests.length >= 2, 'two requests');
    cli.child.kill('SIGINT');
    const result = checked(await cli.result);
    cli.child.stdin!.destroy();
    expect(result.code).toBe(130);
    const sent = new Set(server.requests.map(idOf));
    const rerun = (await readFile(failedOut, 'utf8')).split('\n').filter((l) => l !== '');
    // Every line is either answered or kept for the rerun; none is lost.
    expect(rerun).toEqual(
      lines.filter((l) => !sent.has((JSON.parse(l) as { sensitive_info_id: string }).sensitive_info_id)),
    );
    expect(rerun.length).toBeGreaterThan(0);
    expect(jsonSummary(result.stderr)).toMatchObject({ lines: 10, interrupted: true, lastLineRead: 10 });
  });

  it('a reader that goes away (| head -1) stops the run, not as an interrupt: exit 141, failed-out and the summary written', async () => {
    server.respond((request) => okReply(request, 20));
    const lines = Array.from({ length: 60 }, (_, i) => `{"sensitive_info_id":"h-${i + 1}"}`);
    const file = await linesFile(lines);
    const failedOut = path('failed.jsonl');
    const quoted = [
      process.execPath,
      ...NODE_SOURCE_ARGS,
      CLI,
      ...args('--each', file, '--concurrency', '2', '--failed-out', failedOut),
    ]
      .map((w) => `'${w.replaceAll("'", "'\\''")}'`)
      .join(' ');
    const result = checked(
      await new Promise<CliResult>((resolve) => {
        const child = spawn('bash', ['-c', `${quoted} | head -1 >/dev/null; echo "cli-exit=\${PIPESTATUS[0]}" >&2`], {
          env: { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME, ...ENV },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
      }),
    );
    expect(result.stderr).not.toMatch(/EPIPE|at .*\.ts:/);
    expect(result.stderr).toMatch(/cli-exit=141/);
    expect(result.stderr).not.toMatch(/interrupted/);
    expect(result.stderr).toMatch(
      /imagesec: 60 lines: \d+ succeeded, 0 failed, \d+ not run \(stopped: stdout was closed\)/,
    );
    const rerun = (await readFile(failedOut, 'utf8')).split('\n').filter((l) => l !== '');
    const sent = new Set(server.requests.map(idOf));
    expect(rerun).toEqual(
      lines.filter((l) => !sent.has((JSON.parse(l) as { sensitive_info_id: string }).sensitive_info_id)),
    );
  });

  it('--each - with --body - is refused: one stdin cannot feed both (exit 2, nothing sent)', async () => {
    const result = await bulk(['--each', '-', '--body', '-'], { stdin: '{"sensitive_info_id":"x"}\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--body and --each cannot both read stdin/);
    expect(server.requests).toHaveLength(0);
  });

  it('SIGINT while --each - waits on a stdin that stays open: the run still ends with exit 130 and a summary', async () => {
    // A producer that is slow (or stuck) keeps the pipe open; the interrupt must not wait for it.
    const child = spawn(process.execPath, [...NODE_SOURCE_ARGS, CLI, ...args('--each', '-', '--output', 'json')], {
      env: { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME, ...ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      child.stdin.write('{"sensitive_info_id":"p-1"}\n{"sensitive_info_id":"p-2"}\n');
      await waitFor(() => stdout.split('\n').filter((l) => l !== '').length >= 2, 'two results');
      child.kill('SIGINT');
      const code = await Promise.race([closed, sleep(5_000).then(() => 'still running' as const)]);
      expectNoSecrets(stdout, stderr);
      expect(code, 'the CLI did not end within 5 s of SIGINT while stdin stayed open').toBe(130);
      expect(jsonSummary(stderr)).toMatchObject({ succeeded: 2, failed: 0, interrupted: true });
    } finally {
      child.kill('SIGKILL');
      child.stdin.destroy();
      await closed;
    }
  });
});
