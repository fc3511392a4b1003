// The journal of a bulk run (--journal): one JSON record when a line's call is about to be sent
// and one when its outcome is known, each appended by a write that has returned before the step it
// records is taken (the call sent, the result printed), so a SIGKILL at any instant leaves every
// line either unrecorded, sent with no outcome, or done. The records of lines that reach that point
// together share one write (journal-group-write.ts). Flushed to disk at least once a second and when
// closed. Read back by --resume.
import { closeSync, fdatasync, fdatasyncSync, fstatSync, readSync, rmSync, writeSync } from 'node:fs';
import { lineHash, type Line } from './bulk-input.js';
import { GroupWrite } from './journal-group-write.js';
import { createExclusive, fileError, openAppend, readRegular, UnusableFile } from './private-file.js';
import { UsageError } from './usage-error.js';

const FORMAT = 'imagesec-journal';
const VERSION = 1;
const FLUSH_EVERY_MS = 1_000;

/** What a run is: records of one run are refused by a run of another operation or other values. */
export interface RunIdentity {
  /** The cloud and the command: `<cloud> <command>`. */
  readonly command: string;
  /** A hash of the values given on the command line (the part every line shares). */
  readonly parameters: string;
}

/** Where a line stands after the records so far. `sent`: sent with no outcome recorded. */
export type LineState = 'sent' | 'succeeded' | 'failed' | 'unknown';

export interface JournaledLine {
  readonly hash: string;
  readonly state: LineState;
}

/** An outcome as recorded: never a secret (messages are not kept, only class, status and code). */
export interface Outcome {
  readonly state: 'succeeded' | 'failed' | 'unknown';
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
  readonly type?: string | undefined;
  readonly code?: string | undefined;
}

/** A hash of the command line's values, key order aside (bigints kept exact). */
export function parametersHash(values: Record<string, unknown>): string {
  const canonical = (value: unknown): unknown => {
    if (typeof value === 'bigint') return `${value}n`;
    if (Array.isArray(value)) return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return lineHash(JSON.stringify(canonical(values)));
}

function refuse(path: string, why: string, hint?: string): UsageError {
  return new UsageError(`--journal ${path} ${why}`, hint);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the journal for this process (`<journal>.lock`, holding the pid) until the returned
 * function is called: two runs on one journal would both send the lines it says are left. A lock
 * whose process is gone (a killed run) is taken over; anything but a regular file in its place
 * (a FIFO, a link) is not imagesec's lock, and is refused.
 */
export function lockJournal(path: string): () => void {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      createExclusive(lock, `${process.pid}\n`);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw refuse(path, `cannot be locked: ${lock} cannot be created (${code ?? 'error'})`);
    }
    let text: string;
    try {
      text = readRegular(lock, false);
    } catch (error) {
      // Gone in between: its run ended.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const why =
        error instanceof UnusableFile
          ? error.reason
          : `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      throw refuse(
        path,
        `cannot be locked: ${lock} is not imagesec's lock: ${why}`,
        `remove ${lock} if no imagesec run is using the journal`,
      );
    }
    const holder = Number(text.trim());
    if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw refuse(
        path,
        `is in use by another imagesec run (pid ${holder})`,
        'wait for it to end: two runs on one journal would send the same lines',
      );
    }
    rmSync(lock, { force: true });
  }
  throw refuse(path, `cannot be locked (${lock} keeps coming back)`);
}

/**
 * The lines a journal has records for, by line number, each in its last state. A record cut short
 * by a crash mid-write is ignored; anything else unreadable is refused.
 */
export function readJournal(path: string, identity: RunIdentity): Map<number, JournaledLine> {
  let text: string;
  try {
    text = readRegular(path, true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw fileError(error, 'read', path, '--journal');
  }
  const lines = new Map<number, JournaledLine>();
  const rows = text.split('\n');
  const last = rows.length - 1;
  let headerSeen = false;
  rows.forEach((row, index) => {
    if (row === '') return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(row) as Record<string, unknown>;
    } catch {
      // Cut short by a crash: the file's last row, or the last of a run that a resume then
      // continued (the writer ends it with a newline and starts with its header).
      if (index === last || rows[index + 1]?.startsWith(`{"journal":"${FORMAT}"`) === true) return;
      throw refuse(path, `is not a journal (line ${index + 1} is not a JSON record)`);
    }
    if (record.journal === FORMAT) {
      if (record.version !== VERSION)
        throw refuse(path, `has version ${String(record.version)}; this imagesec writes ${VERSION}`);
      if (record.command !== identity.command) {
        throw refuse(
          path,
          `belongs to a run of '${String(record.command)}', not '${identity.command}'`,
          'use a journal of its own for each operation',
        );
      }
      if (record.parameters !== identity.parameters) {
        throw refuse(
          path,
          'belongs to a run with other values on the command line',
          'resume with the same flags as the run that wrote it',
        );
      }
      headerSeen = true;
      return;
    }
    if (!headerSeen) throw refuse(path, 'is not a journal (it does not start with a journal header)');
    const { line, hash, state } = record;
    if (
      typeof line !== 'number' ||
      typeof hash !== 'string' ||
      !['sent', 'succeeded', 'failed', 'unknown'].includes(String(state))
    ) {
      throw refuse(path, `is not a journal (line ${index + 1} is not a journal record)`);
    }
    lines.set(line, { hash, state: state as LineState });
  });
  return lines;
}

/**
 * Refuses a journal that does not describe this input: a recorded line whose text changed, or a
 * line past the input's end.
 */
export function matchInput(
  path: string,
  journaled: ReadonlyMap<number, JournaledLine>,
  input: ReadonlyMap<number, string>,
  source: string,
): void {
  for (const [number, { hash }] of journaled) {
    const actual = input.get(number);
    if (actual === undefined)
      throw refuse(
        path,
        `records line ${number}, which ${source} does not have (the file changed)`,
        'resume with the input the journal was written for',
      );
    if (actual !== hash)
      throw refuse(
        path,
        `does not match ${source}: line ${number} changed since it was recorded`,
        'resume with the input the journal was written for',
      );
  }
}

/**
 * An open journal. Records are whole lines of JSON; those asked for in one turn of the event loop
 * go out in one write(2), and each caller waits for the write that holds its record.
 */
export class JournalWriter {
  readonly #fd: number;
  readonly #path: string;
  readonly #group: GroupWrite;
  #dirty = false;
  #syncing = false;
  readonly #timer: NodeJS.Timeout;
  /** Hashes of the lines in flight, computed once when sent. */
  readonly #hashes = new Map<number, string>();

  private constructor(fd: number, path: string) {
    this.#fd = fd;
    this.#path = path;
    this.#group = new GroupWrite((bytes, offset) => this.#write(bytes, offset));
    this.#timer = setInterval(() => this.#sync(), FLUSH_EVERY_MS);
    this.#timer.unref();
  }

  /** Opens (appending) and writes the header of this run; `fresh`: the file must be empty or absent. */
  static open(path: string, identity: RunIdentity, fresh: boolean): JournalWriter {
    let fd: number;
    let size: number;
    try {
      fd = openAppend(path);
      size = fstatSync(fd).size;
    } catch (error) {
      throw fileError(error, 'write', path, '--journal');
    }
    if (fresh && size > 0) {
      closeSync(fd);
      throw refuse(path, 'already holds a run', 'add --resume to continue it, or name a new journal');
    }
    const writer = new JournalWriter(fd, path);
    // A record cut short by a crash is closed off, so the next one starts on a line of its own.
    try {
      const lastByte = Buffer.alloc(1);
      const torn = size > 0 && readSync(fd, lastByte, 0, 1, size - 1) === 1 && lastByte[0] !== 0x0a;
      void writer.#group.add(`${torn ? '\n' : ''}${JSON.stringify(header(identity))}\n`);
      writer.#group.flush();
    } catch (error) {
      clearInterval(writer.#timer);
      closeSync(fd);
      throw error;
    }
    return writer;
  }

  /** The line's call is about to be sent: settles once the record is written (send it then, not before). */
  sent(line: Line): Promise<void> {
    const hash = lineHash(line.text);
    this.#hashes.set(line.number, hash);
    return this.#group.add(`${JSON.stringify({ line: line.number, hash, state: 'sent' })}\n`);
  }

  /** The line's outcome (`unknown`: it failed in a way that may have taken effect): settles once written. */
  done(line: Line, outcome: Outcome): Promise<void> {
    const hash = this.#hashes.get(line.number) ?? lineHash(line.text);
    this.#hashes.delete(line.number);
    return this.#group.add(`${JSON.stringify({ line: line.number, hash, ...outcome })}\n`);
  }

  /** Writes: records, and the write(2) calls they took (one per batch). */
  get written(): { readonly records: number; readonly writes: number } {
    return { records: this.#group.records, writes: this.#group.writes };
  }

  /** Writes what is queued, flushes to disk and closes. */
  close(): void {
    clearInterval(this.#timer);
    try {
      this.#group.flush();
      fdatasyncSync(this.#fd);
    } catch (error) {
      throw error instanceof UsageError ? error : fileError(error, 'write', this.#path, '--journal');
    } finally {
      closeSync(this.#fd);
    }
  }

  /** One write(2); a failure (a full disk) is a UsageError naming the journal. */
  #write(bytes: Buffer, offset: number): number {
    let written: number;
    try {
      written = writeSync(this.#fd, bytes, offset);
    } catch (error) {
      throw fileError(error, 'write', this.#path, '--journal');
    }
    // Not expected of a regular file; without it the rest would be tried forever.
    if (written <= 0)
      throw fileError(Object.assign(new Error('EIO'), { code: 'EIO' }), 'write', this.#path, '--journal');
    this.#dirty = true;
    return written;
  }

  /** Asks the disk to keep what was written since the last time (fdatasync, in the background). */
  #sync(): void {
    if (!this.#dirty || this.#syncing) return;
    this.#dirty = false;
    this.#syncing = true;
    // A failure here resurfaces at close(), whose flush is synchronous and reported.
    fdatasync(this.#fd, () => {
      this.#syncing = false;
    });
  }
}

function header(identity: RunIdentity): Record<string, unknown> {
  return { journal: FORMAT, version: VERSION, ...identity, started: new Date().toISOString() };
}
