// The closing account of a bulk run on stderr: one JSON document (--output json) or a sentence,
// plus, when lines were held back as unknown, which ones and what to do about them.
import type { OutputMode } from './arguments.js';
import { outputJson } from './output.js';

export interface BulkSummary {
  /** Every non-blank input line read: the counts below add up to it. */
  readonly lines: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly notRun: number;
  /** With --resume: lines the journal records as succeeded, not sent again. */
  readonly doneEarlier?: number;
  /** Lines whose outcome is unknown and that were not sent (again): operations not safe to repeat. */
  readonly unknown: number;
  readonly unknownLines?: readonly number[];
  readonly unknownOut?: string;
  /** Stopped by SIGINT or SIGTERM. */
  readonly interrupted: boolean;
  readonly inputNotReadToEnd?: boolean;
  readonly lastLineRead?: number;
  /** Stopped because stdout was closed (`| head`). */
  readonly outputClosed?: boolean;
  readonly elapsedMs: number;
  readonly failedOut?: string;
  readonly failedOutLines?: number;
  readonly journal?: string;
}

const LISTED = 20;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function lineList(numbers: readonly number[]): string {
  const shown = numbers.slice(0, LISTED).join(', ');
  return numbers.length > LISTED ? `${shown} and ${numbers.length - LISTED} more` : shown;
}

export function printSummary(
  stream: { write(text: string): unknown },
  mode: OutputMode,
  summary: BulkSummary,
  /** `hss add-image-white-lists`: named when lines were held back as unknown. */
  command: string,
): void {
  if (mode === 'json') {
    stream.write(`${outputJson({ summary })}\n`);
    return;
  }
  const earlier = summary.doneEarlier === undefined ? '' : `, ${summary.doneEarlier} done earlier`;
  const unknown = summary.unknown === 0 ? '' : `, ${summary.unknown} unknown`;
  let stoppedBy = '';
  if (summary.interrupted) {
    stoppedBy =
      summary.inputNotReadToEnd === true
        ? ` (interrupted; input not read past line ${summary.lastLineRead})`
        : ' (interrupted)';
  } else if (summary.outputClosed === true) stoppedBy = ' (stopped: stdout was closed)';
  const written =
    summary.failedOut === undefined
      ? ''
      : `; ${plural(summary.failedOutLines ?? 0, 'line')} to rerun written to ${summary.failedOut}`;
  const lines = [
    `imagesec: ${plural(summary.lines, 'line')}: ${summary.succeeded} succeeded, ${summary.failed} failed, ${summary.notRun} not run` +
      `${earlier}${unknown}${stoppedBy} in ${(summary.elapsedMs / 1000).toFixed(1)} s${written}`,
  ];
  if (summary.unknown > 0) {
    const where = summary.unknownOut === undefined ? '' : ` (written to ${summary.unknownOut})`;
    lines.push(
      `imagesec: ${plural(summary.unknown, 'line')} reached the API or may have, with no outcome recorded, and ` +
        `${command} is not safe to repeat, so they were not sent again: line${summary.unknown === 1 ? '' : 's'} ` +
        `${lineList(summary.unknownLines ?? [])}${where}. Check them (the console, or the operation's list); then ` +
        'send the ones still needed with --each on that file, or all of them with --resume --resend-unknown.',
    );
  }
  stream.write(`${lines.join('\n')}\n`);
}
