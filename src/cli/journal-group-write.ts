// Group commit for the journal of a bulk run: the records asked for while the event loop is busy
// (lines about to be sent, outcomes just known) are written together with one write(2) at the end
// of that turn (core/end-of-turn.ts, with the requests the transport finishes then), not one write
// each: a write costs as much as a few hundred bytes of records, and a bulk run asks for two records
// per line. Each record's promise settles once the write that holds it has returned, so a caller
// that waits for it knows its record is in the file, and survives a kill of this process, before it
// takes its next step (sends the call, prints the result).
import { atEndOfTurn } from '../core/end-of-turn.js';

/** Writes `bytes` from `offset` on, returning how many were written (as fs.writeSync does); throws on failure. */
export type Sink = (bytes: Buffer, offset: number) => number;

/** The records of one write, and the promise they all wait on. */
interface Batch {
  readonly texts: string[];
  readonly written: Promise<void>;
  settle(error?: Error): void;
}

function newBatch(): Batch {
  let settle: (error?: Error) => void = () => {};
  const written = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  // Every caller awaits it; this keeps a batch nobody waits on (written by close) from being an unhandled rejection.
  written.catch(() => {});
  return { texts: [], written, settle };
}

export class GroupWrite {
  readonly #sink: Sink;
  #batch: Batch | undefined;
  /** Writes done and records written, for the tests and the benchmark. */
  writes = 0;
  records = 0;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  /** Queues `text` for the next write; settles once it is written, or rejects with why it could not be. */
  add(text: string): Promise<void> {
    if (this.#batch === undefined) {
      this.#batch = newBatch();
      // What the write throws, its callers have: their promise rejects with it. A batch written
      // earlier by flush() leaves nothing for this pass.
      atEndOfTurn(() => this.flush());
    }
    this.#batch.texts.push(text);
    return this.#batch.written;
  }

  /** Writes what is queued now (at close, or for a header that must be in place first); throws what the write threw. */
  flush(): void {
    const batch = this.#batch;
    if (batch === undefined) return;
    this.#batch = undefined;
    const bytes = Buffer.from(batch.texts.join(''));
    try {
      // A write to a regular file may stop short (a disk filling up): the rest follows, or fails.
      for (let offset = 0; offset < bytes.length;) offset += this.#sink(bytes, offset);
    } catch (error) {
      batch.settle(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    this.writes += 1;
    this.records += batch.texts.length;
    batch.settle();
  }
}
