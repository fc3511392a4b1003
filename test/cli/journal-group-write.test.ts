// The journal's group commit, in-process: records asked for in one turn of the event loop share one
// write, each caller's promise settles only once its record is written, a short write goes on and a
// failed one fails every record it held; and in a bulk run against the loopback bulk server, no call
// arrives before its record is in the file, and no result is printed before its outcome is.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseOperationArgs } from '../../src/cli/arguments.js';
import { processIo, runBulk, type BulkIo } from '../../src/cli/bulk.js';
import { LineRunner } from '../../src/cli/bulk-line.js';
import { BulkStop } from '../../src/cli/bulk-stop.js';
import { GroupWrite } from '../../src/cli/journal-group-write.js';
import { JournalWriter, readJournal } from '../../src/cli/journal.js';
import { findOperation } from '../../src/cli/operations.js';
import { Progress } from '../../src/cli/progress.js';
import { processStdin } from '../../src/cli/sources.js';
import { idOf, okReply, useBulkSuite } from '../helpers/bulk-server.js';
import { CANARY } from '../helpers/canaries.js';

const suite = useBulkSuite();
const identity = { command: 'hss change-sensitive-info', parameters: 'p' };
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A sink that keeps what it is given, `step` bytes at most per call (a short write), or throws `failure`. */
function recordingSink(step = Infinity) {
  const calls: string[] = [];
  let failure: Error | undefined;
  const sink = (bytes: Buffer, offset: number) => {
    if (failure !== undefined) throw failure;
    const end = Math.min(bytes.length, offset + step);
    calls.push(bytes.subarray(offset, end).toString());
    return end - offset;
  };
  return { sink, calls, fail: (error: Error | undefined) => (failure = error) };
}

describe('GroupWrite', () => {
  it('writes the records of one turn with one write, in order, and settles them only after it', async () => {
    const { sink, calls } = recordingSink();
    const group = new GroupWrite(sink);
    const settled: string[] = [];
    const waits = ['a\n', 'b\n', 'c\n'].map((text) =>
      group.add(text).then(() => settled.push(`${text} after ${calls.length} writes`)),
    );
    expect(calls).toEqual([]);
    await Promise.all(waits);
    expect(calls).toEqual(['a\nb\nc\n']);
    expect(settled).toEqual(['a\n after 1 writes', 'b\n after 1 writes', 'c\n after 1 writes']);
    // Asked for after that write: the next one.
    await group.add('d\n');
    expect(calls).toEqual(['a\nb\nc\n', 'd\n']);
    expect({ writes: group.writes, records: group.records }).toEqual({ writes: 2, records: 4 });
  });

  it('goes on after a short write until every byte is written', async () => {
    const { sink, calls } = recordingSink(3);
    const group = new GroupWrite(sink);
    await Promise.all([group.add('{"line":1}\n'), group.add('{"line":2}\n')]);
    expect(calls.join('')).toBe('{"line":1}\n{"line":2}\n');
    expect(calls.length).toBeGreaterThan(1);
    expect(group.writes).toBe(1);
  });

  it('a failed write rejects every record it held; the next turn writes again', async () => {
    const { sink, calls, fail } = recordingSink();
    const group = new GroupWrite(sink);
    const full = new Error('no space left on the device');
    fail(full);
    const results = await Promise.allSettled([group.add('a\n'), group.add('b\n')]);
    expect(results).toEqual([
      { status: 'rejected', reason: full },
      { status: 'rejected', reason: full },
    ]);
    fail(undefined);
    await group.add('c\n');
    expect(calls).toEqual(['c\n']);
  });

  it('flush() writes what is queued at once, and the turn then has nothing left to write', async () => {
    const { sink, calls } = recordingSink();
    const group = new GroupWrite(sink);
    const written = group.add('a\n');
    group.flush();
    expect(calls).toEqual(['a\n']);
    await written;
    await turn();
    expect(calls).toEqual(['a\n']);
    expect(() => group.flush()).not.toThrow();
  });
});

describe('JournalWriter', () => {
  const lines = [1, 2, 3].map((number) => ({ number, text: `{"sensitive_info_id":"w-${number}"}` }));

  it('a record is in the file when its promise settles, and the records of one turn took one write', async () => {
    const path = suite.path('run.journal');
    const journal = JournalWriter.open(path, identity, true);
    try {
      const sent = lines.map((line) => journal.sent(line));
      // Only the header so far: nothing of these lines is written before the turn ends.
      expect(readJournal(path, identity).size).toBe(0);
      await Promise.all(sent);
      expect([...readJournal(path, identity).values()].map((l) => l.state)).toEqual(['sent', 'sent', 'sent']);
      expect(journal.written).toEqual({ records: 4, writes: 2 });
      await Promise.all(lines.map((line) => journal.done(line, { state: 'succeeded', status: 200 })));
      expect([...readJournal(path, identity).values()].map((l) => l.state)).toEqual([
        'succeeded',
        'succeeded',
        'succeeded',
      ]);
      expect(journal.written).toEqual({ records: 7, writes: 3 });
    } finally {
      journal.close();
    }
  });

  it('close() writes the records still queued', async () => {
    const path = suite.path('run.journal');
    const journal = JournalWriter.open(path, identity, true);
    await journal.sent(lines[0]!);
    const done = journal.done(lines[0]!, { state: 'failed', status: 400, code: 'HSS.1042' });
    journal.close();
    await done;
    expect(readJournal(path, identity).get(1)?.state).toBe('failed');
  });
});

describe('LineRunner with a journal', () => {
  it('calls a line only once its record is in the file, and prints its result only once its outcome is', async () => {
    const operation = findOperation('hss', 'change-sensitive-info')!;
    const path = suite.path('run.journal');
    const journal = JournalWriter.open(path, identity, true);
    const stateOf = (line: number) => readJournal(path, identity).get(line)?.state;
    const problems: string[] = [];
    const runner = new LineRunner({
      operation,
      base: { image_type: 'private_image' },
      invoke: async (input) => {
        const line = Number(/"r-(\d+)"/.exec(JSON.stringify(input))?.[1]);
        if (stateOf(line) !== 'sent') problems.push(`line ${line} called with its journal saying ${stateOf(line)}`);
        await turn();
        return { status: 200, requestId: `rid-${line}`, data: {}, headers: new Headers() };
      },
      journal,
      printer: {
        item(value) {
          const { line } = value as { line: number };
          if (stateOf(line) !== 'succeeded')
            problems.push(`line ${line} printed with its journal saying ${stateOf(line)}`);
        },
        end: () => 0,
      },
      progress: new Progress({ write: () => true }, undefined, 'json'),
      stop: new BulkStop(8),
      plan: () => 'run',
      repeatable: true,
      report: {},
    });
    const lines = Array.from({ length: 8 }, (_, i) => ({ number: i + 1, text: `{"sensitive_info_id":"r-${i + 1}"}` }));
    await Promise.all(lines.map((line) => runner.run(line)));
    journal.close();
    expect(problems).toEqual([]);
    expect(runner.tally.succeeded).toBe(8);
    // Eight lines started together: their sent records shared a write, and so did their outcomes.
    expect(journal.written).toEqual({ records: 17, writes: 3 });
  });
});

describe('a journaled bulk run (in-process, 60 lines, 8 at once)', () => {
  beforeAll(() => {
    vi.stubEnv('HUAWEICLOUD_SDK_AK', CANARY.ak);
    vi.stubEnv('HUAWEICLOUD_SDK_SK', CANARY.sk);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('no call reaches the server before its record, and no result is printed before its outcome', async () => {
    const operation = findOperation('hss', 'change-sensitive-info')!;
    const file = await suite.linesFile(Array.from({ length: 60 }, (_, i) => `{"sensitive_info_id":"g-${i + 1}"}`));
    const journal = suite.path('run.journal');
    const { settings, input } = await parseOperationArgs(
      operation,
      [
        ...['--endpoint', suite.server.url, '--project-id', 'p1', '--image-type', 'private_image'],
        ...['--each', file, '--concurrency', '8', '--journal', journal, '--output', 'json'],
      ],
      processStdin(),
    );
    // The journal as it is on disk at this instant: line → its last state.
    const states = () => {
      const rows = readFileSync(journal, 'utf8')
        .split('\n')
        .filter((row) => row !== '');
      const byLine = new Map<number, string>();
      for (const row of rows) {
        const record = JSON.parse(row) as { line?: number; state?: string };
        if (record.line !== undefined) byLine.set(record.line, String(record.state));
      }
      return byLine;
    };
    const problems: string[] = [];
    suite.server.respond((request) => {
      const line = Number(idOf(request).slice(2));
      const state = states().get(line);
      if (state !== 'sent') problems.push(`line ${line} arrived with its journal saying ${state}`);
      return okReply(request, line % 3);
    });
    let printed = 0;
    const stdout = Object.assign(new EventEmitter(), {
      write(text: string) {
        for (const row of text.split('\n').filter((r) => r !== '')) {
          const { line } = JSON.parse(row) as { line: number };
          const state = states().get(line);
          if (state !== 'succeeded') problems.push(`line ${line} printed with its journal saying ${state}`);
          printed += 1;
        }
        return true;
      },
    });
    const io: BulkIo = { ...processIo(), stdout, stderr: { write: () => true }, signals: new EventEmitter() };
    expect(await runBulk(operation, settings, input, io)).toBe(0);
    expect(problems).toEqual([]);
    expect(printed).toBe(60);
    expect(suite.server.requests).toHaveLength(60);
    expect(suite.server.maxInFlight).toBeGreaterThan(1);
  });
});
