// The workers of a bulk run: N at a time, each takes the next line of the shared input and runs
// it, until the input ends or the run stops; then the lines never started are kept for the rerun.
import { setTimeout as delay } from 'node:timers/promises';
import type { Line } from './bulk-input.js';
import type { LineRunner } from './bulk-line.js';
import type { BulkStop } from './bulk-stop.js';

// After an interrupt on stdin, how long to wait for a line the input already delivered.
const DELIVERED_WAIT_MS = 100;

/** The input, read by one worker at a time. */
export class SharedLines {
  /** The number of the last line read, for the summary. */
  lastLineRead = 0;
  /** Reads a worker gave up on at an interrupt: their lines still belong to the rerun. */
  readonly abandoned: Promise<IteratorResult<Line>>[] = [];
  readonly #lines: AsyncIterator<Line>;
  #reading: Promise<unknown> = Promise.resolve();

  constructor(lines: AsyncIterator<Line>) {
    this.#lines = lines;
  }

  next(): Promise<IteratorResult<Line>> {
    const result = this.#reading.then(() => this.#lines.next());
    // A failed read fails this call only; the reads queued after it still run.
    this.#reading = result.catch(() => {});
    void result.then(
      (item) => {
        if (item.done !== true) this.lastLineRead = item.value.number;
      },
      () => {},
    );
    return result;
  }
}

/** How reading the input ended. */
export interface InputOutcome {
  /** Why the input could not be read, if it could not. */
  readError: unknown;
  /** stdin or a pipe was left with lines it may still deliver (after an interrupt). */
  unread: boolean;
}

/**
 * Runs `concurrency` workers over the input, then keeps the lines never started. A regular file
 * (`regular`) is read to its end even after an interrupt (its unstarted lines go to --failed-out);
 * stdin or a pipe may never end, so an interrupt stops reading it at once.
 */
export async function runLines(
  input: SharedLines,
  concurrency: number,
  regular: boolean,
  stop: BulkStop,
  runner: LineRunner,
): Promise<InputOutcome> {
  const outcome: InputOutcome = { readError: undefined, unread: false };
  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker(input, regular, stop, runner, outcome)));
    if (outcome.readError === undefined) outcome.unread = await keepUnstarted(input, !stop.stopping || regular, runner);
  } catch (error) {
    outcome.readError ??= error;
  }
  return outcome;
}

async function worker(
  input: SharedLines,
  regular: boolean,
  stop: BulkStop,
  runner: LineRunner,
  outcome: InputOutcome,
): Promise<void> {
  // Kept over p-map@7.1.1/p-limit@7.3.3: their abort closes the input and settles before running calls end.
  while (!stop.stopping) {
    const read = input.next();
    let item: IteratorResult<Line> | 'stopped';
    try {
      item = regular ? await read : await Promise.race([read, stop.stopped]);
    } catch (error) {
      outcome.readError ??= error;
      stop.stop();
      return;
    }
    if (item === 'stopped') {
      input.abandoned.push(read);
      return;
    }
    if (item.done === true) return;
    const line = item.value;
    // Stopped while this line was being read: it is kept, as the unread ones are.
    if (runner.runs(line)) await runner.run(line);
    else runner.keep(line);
  }
}

/**
 * Lines never started (after an interrupt) are kept for the rerun too: to the input's end
 * (`toEnd`), or, for stdin or a pipe that may never end, only the lines it already delivered.
 * Returns whether lines were left unread.
 */
async function keepUnstarted(input: SharedLines, toEnd: boolean, runner: LineRunner): Promise<boolean> {
  if (toEnd) {
    for (let item = await input.next(); item.done !== true; item = await input.next()) runner.keep(item.value);
    return false;
  }
  for (;;) {
    const item = await Promise.race([
      input.abandoned.shift() ?? input.next(),
      delay(DELIVERED_WAIT_MS, 'idle' as const),
    ]);
    if (item === 'idle') return true;
    if (item.done === true) return false;
    runner.keep(item.value);
  }
}
