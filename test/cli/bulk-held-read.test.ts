// A bulk run stopped while a worker waits for its next line of a regular file: the line that read
// delivers after the stop is kept for the rerun (in --failed-out), never dropped, for Ctrl-C and for
// a closed stdout. The runner is driven in-process with a line source this test holds back, and
// the calls go to the loopback bulk server.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseOperationArgs } from '../../src/cli/arguments.js';
import { lineHash, type Line, type LineSource } from '../../src/cli/bulk-input.js';
import { runBulk, type BulkIo } from '../../src/cli/bulk.js';
import { findOperation } from '../../src/cli/operations.js';
import { processStdin } from '../../src/cli/sources.js';
import { idOf, useBulkSuite, type BulkServer } from '../helpers/bulk-server.js';
import { CANARY } from '../helpers/canaries.js';
import { journalStates } from '../helpers/journal-file.js';

const LINES: readonly Line[] = [1, 2, 3, 4].map((number) => ({
  number,
  text: `{"sensitive_info_id":"held-${number}"}`,
}));

const suite = useBulkSuite();
let server: BulkServer;

beforeAll(() => {
  server = suite.server;
  vi.stubEnv('HUAWEICLOUD_SDK_AK', CANARY.ak);
  vi.stubEnv('HUAWEICLOUD_SDK_SK', CANARY.sk);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

/**
 * Lines 1 and 2 come at once; the read of line 3 waits until `release()`, and `reading` settles
 * when a worker has started waiting for it. It reports itself a regular file of 4 lines.
 */
function heldSource(): { io: Pick<BulkIo, 'scan' | 'open'>; reading: Promise<void>; release: () => void } {
  let markReading: () => void = () => {};
  const reading = new Promise<void>((resolve) => (markReading = resolve));
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let index = 0;
  const lines: AsyncIterator<Line> = {
    async next() {
      const line = LINES[index];
      index += 1;
      if (line === undefined) return { done: true, value: undefined };
      if (line.number === 3) {
        markReading();
        await released;
      }
      return { done: false, value: line };
    },
  };
  const source: LineSource = { lines, close: () => {} };
  return {
    io: {
      scan: () =>
        Promise.resolve({ count: LINES.length, hashes: new Map(LINES.map((l) => [l.number, lineHash(l.text)])) }),
      open: () => source,
    },
    reading,
    release,
  };
}

function fakeIo(held: Pick<BulkIo, 'scan' | 'open'>) {
  const stdout = Object.assign(new EventEmitter(), {
    text: '',
    write(text: string) {
      stdout.text += text;
      return true;
    },
  });
  const stderr = {
    text: '',
    write(text: string) {
      stderr.text += text;
      return true;
    },
  };
  const signals = new EventEmitter();
  const io: BulkIo = {
    ...held,
    stdout: stdout,
    stderr,
    signals: signals,
  };
  return { io, stdout, stderr, signals };
}

async function start(held: Pick<BulkIo, 'scan' | 'open'>) {
  const failedOut = suite.path('failed.jsonl');
  const journal = `${failedOut}.journal`;
  const operation = findOperation('hss', 'change-sensitive-info')!;
  const { settings, input } = await parseOperationArgs(
    operation,
    [
      '--endpoint',
      server.url,
      '--project-id',
      'p1',
      '--image-type',
      'private_image',
      '--each',
      'held.jsonl',
      '--concurrency',
      '1',
      '--failed-out',
      failedOut,
      '--journal',
      journal,
      '--output',
      'json',
    ],
    processStdin(),
  );
  const fake = fakeIo(held);
  return { ...fake, failedOut, journal, run: runBulk(operation, settings, input, fake.io) };
}

describe('a bulk run stopped while a read of a regular file is pending', () => {
  it('Ctrl-C: the line the read then delivers goes to --failed-out with the unread one; exit 130', async () => {
    const held = heldSource();
    const { signals, failedOut, journal, run, stderr } = await start(held.io);
    await held.reading;
    signals.emit('SIGINT', 'SIGINT');
    held.release();
    expect(await run).toBe(130);
    expect(server.requests.map(idOf)).toEqual(['held-1', 'held-2']);
    expect(await readFile(failedOut, 'utf8')).toBe(`${LINES[2]!.text}\n${LINES[3]!.text}\n`);
    expect(JSON.parse(stderr.text.trim().split('\n').at(-1)!)).toMatchObject({
      summary: { lines: 4, succeeded: 2, notRun: 2, interrupted: true },
    });
    // Never sent, so never journaled: a resume runs them.
    expect([...(await journalStates(journal)).keys()]).toEqual([1, 2]);
  });

  it('a closed stdout: the same, and it is not called an interrupt; exit 141', async () => {
    const held = heldSource();
    const { stdout, failedOut, run, stderr } = await start(held.io);
    await held.reading;
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    held.release();
    expect(await run).toBe(141);
    expect(server.requests.map(idOf)).toEqual(['held-1', 'held-2']);
    expect(await readFile(failedOut, 'utf8')).toBe(`${LINES[2]!.text}\n${LINES[3]!.text}\n`);
    expect(JSON.parse(stderr.text.trim().split('\n').at(-1)!)).toMatchObject({
      summary: { lines: 4, notRun: 2, interrupted: false, outputClosed: true },
    });
  });
});
