// One line of a bulk run, start to end: its input, its journal records, the call, its result line
// and its progress; and the tally of how the lines ended, for the summary and the exit status.
import { mayHaveTakenEffect } from '../core/retry.js';
import { lineInput, type Line } from './bulk-input.js';
import type { BulkStop } from './bulk-stop.js';
import type { StreamPrinter } from './formats.js';
import type { JournaledLine, JournalWriter } from './journal.js';
import type { CliOperation, Invoke } from './operations.js';
import { resultRecord } from './output.js';
import type { Progress } from './progress.js';
import { describeError, type ReportContext } from './report.js';
import { InterruptedError } from './usage-error.js';

/** What to do with a line, given what the journal says an earlier run did with it. */
export type Plan = 'run' | 'skip' | 'hold';

export function planOf(previous: JournaledLine | undefined, repeatable: boolean, resendUnknown: boolean): Plan {
  if (previous === undefined || previous.state === 'failed') return 'run';
  if (previous.state === 'succeeded') return 'skip';
  // Sent with no outcome, or failed in a way that may have taken effect.
  return repeatable || resendUnknown ? 'run' : 'hold';
}

/** A failure after which the line may have been carried out (a cancelled call was in flight). */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof InterruptedError || mayHaveTakenEffect(error);
}

/** How the lines of a run ended. */
export interface Tally {
  succeeded: number;
  failed: number;
  notRun: number;
  skipped: number;
  readonly exitCodes: Set<number>;
  /** Failed and unstarted lines, for --failed-out. */
  readonly retry: Line[];
  /** Lines whose outcome is unknown and that are not sent again (operations not safe to repeat). */
  readonly unknown: Line[];
}

/** What running a line needs. */
export interface LineContext {
  readonly operation: CliOperation;
  /** The command line's values, under each line's own. */
  readonly base: Record<string, unknown>;
  readonly invoke: Invoke;
  readonly journal: JournalWriter | undefined;
  readonly printer: StreamPrinter;
  readonly progress: Progress;
  readonly stop: BulkStop;
  /** What the journal of an earlier run says to do with a line. */
  readonly plan: (line: Line) => Plan;
  /** Whether the operation is safe to send again when its outcome is unknown. */
  readonly repeatable: boolean;
  readonly report: ReportContext;
}

export class LineRunner {
  readonly tally: Tally = {
    succeeded: 0,
    failed: 0,
    notRun: 0,
    skipped: 0,
    exitCodes: new Set<number>(),
    retry: [],
    unknown: [],
  };
  /** A --query that failed on a result: the run stops. */
  queryError: Error | undefined;
  /** A journal that cannot be written (a full disk) stops the run: no line is sent unrecorded. */
  journalError: Error | undefined;
  readonly #context: LineContext;

  constructor(context: LineContext) {
    this.#context = context;
  }

  /** A line not run now: done earlier, held back as unknown, or kept for the rerun. */
  keep(line: Line): void {
    const planned = this.#context.plan(line);
    if (planned === 'skip') this.tally.skipped += 1;
    else if (planned === 'hold') this.tally.unknown.push(line);
    else {
      this.tally.notRun += 1;
      this.tally.retry.push(line);
    }
  }

  /** Whether the line is to be sent (else it is kept: see `keep`). */
  runs(line: Line): boolean {
    return !this.#context.stop.stopping && this.#context.plan(line) === 'run';
  }

  /**
   * Writes to the journal, if there is one, and waits until it is written; false (and the run
   * stopped) when it cannot.
   */
  async record(write: (journal: JournalWriter) => void | Promise<void>): Promise<boolean> {
    const { journal, stop } = this.#context;
    if (journal === undefined) return true;
    try {
      await write(journal);
      return true;
    } catch (error) {
      this.journalError ??= error instanceof Error ? error : new Error(String(error));
      stop.stop();
      return false;
    }
  }

  async run(line: Line): Promise<void> {
    const { operation, base, invoke, progress, stop } = this.#context;
    let input: Record<string, unknown>;
    try {
      input = lineInput(operation, base, line);
    } catch (error) {
      progress.start();
      await this.#fail(line, error, false);
      return;
    }
    // Sent only once its record is written: a kill never leaves a call the journal does not know of.
    if (!(await this.record((j) => j.sent(line)))) {
      this.keep(line);
      return;
    }
    progress.start();
    const lineStarted = performance.now();
    try {
      const result = await invoke(input, { signal: stop.cancel.signal });
      // Printed only once its outcome is written: a result seen is a result a resume knows of.
      await this.record((j) =>
        j.done(line, { state: 'succeeded', status: result.status, requestId: result.requestId }),
      );
      this.tally.succeeded += 1;
      this.#write({ line: line.number, ...resultRecord(operation, result, performance.now() - lineStarted) });
      progress.finish(true);
    } catch (error) {
      await this.#fail(line, error, true);
    }
  }

  async #fail(line: Line, error: unknown, sent: boolean): Promise<void> {
    const { operation, report: context, repeatable, progress } = this.#context;
    const report = describeError(error, operation, context);
    const unknown = sent && outcomeUnknown(error);
    const { type, status, code, requestId } = report;
    await this.record((j) => j.done(line, { state: unknown ? 'unknown' : 'failed', type, status, code, requestId }));
    if (unknown && !repeatable) this.tally.unknown.push(line);
    else {
      this.tally.failed += 1;
      this.tally.exitCodes.add(report.exitCode);
      this.tally.retry.push(line);
    }
    this.#write({ line: line.number, ok: false, ...(unknown ? { unknownOutcome: true } : {}), error: report });
    progress.finish(false);
  }

  /** --query is applied to each result line; a table is printed once the last line is done. */
  #write(result: Record<string, unknown>): void {
    try {
      this.#context.printer.item(result);
    } catch (error) {
      this.queryError ??= error instanceof Error ? error : new Error(String(error));
      this.#context.stop.stop();
    }
  }
}
