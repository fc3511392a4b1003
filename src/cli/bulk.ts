// --each: one call per JSON line, N at a time, results as JSONL on stdout, progress and a summary on
// stderr, the lines that failed (or never ran) written back out, and with --journal a record of
// every line that survives a kill, so --resume sends nothing twice that is not safe to repeat.
// Ctrl-C stops starting new lines and lets running calls finish; a second Ctrl-C cancels those too.
// Here the run is put together; bulk-line.ts runs a line, bulk-workers.ts shares the input among
// the workers, bulk-stop.ts stops the run, bulk-files.ts writes the lines kept.
import type { Settings } from './arguments.js';
import { openLines, scanInput, type InputScan, type Line, type LineSource } from './bulk-input.js';
import { checkOutFiles, writeOutFiles } from './bulk-files.js';
import { LineRunner, planOf } from './bulk-line.js';
import { BulkStop, type OutputStream, type SignalSource } from './bulk-stop.js';
import { printSummary, type BulkSummary } from './bulk-summary.js';
import { runLines, SharedLines, type InputOutcome } from './bulk-workers.js';
import { operationClient, stderrLogger } from './clients.js';
import { EXIT, signalExit } from './exit-codes.js';
import {
  JournalWriter,
  lockJournal,
  matchInput,
  parametersHash,
  readJournal,
  type JournaledLine,
  type RunIdentity,
} from './journal.js';
import { safeToRepeat, type CliOperation } from './operations.js';
import { outputPlan, streamPrinter } from './formats.js';
import { Progress } from './progress.js';
import { isMockEndpoint } from './report.js';
import { fileProblem } from './sources.js';
import { helpHint, UsageError } from './usage-error.js';

/** What a bulk run reads, writes and listens to: the process's own, or a test's. */
export interface BulkIo {
  readonly stdout: OutputStream & { write(text: string): unknown };
  readonly stderr: { readonly isTTY?: boolean; readonly columns?: number; write(text: string): unknown };
  readonly signals: SignalSource;
  readonly scan: (source: string, withHashes: boolean) => Promise<InputScan | undefined>;
  readonly open: (source: string) => LineSource;
}

export function processIo(): BulkIo {
  return { stdout: process.stdout, stderr: process.stderr, signals: process, scan: scanInput, open: openLines };
}

export async function runBulk(
  operation: CliOperation,
  settings: Settings,
  base: Record<string, unknown>,
  io: BulkIo = processIo(),
): Promise<number> {
  if (settings.dryRun)
    throw new UsageError('--dry-run and --each do not go together: dry-run one line at a time', helpHint(operation));
  // Held from before the journal is read until the run's last record.
  const unlock = settings.journal === undefined ? () => {} : lockJournal(settings.journal);
  try {
    return await run(operation, settings, base, io);
  } finally {
    unlock();
  }
}

async function run(
  operation: CliOperation,
  settings: Settings,
  base: Record<string, unknown>,
  io: BulkIo,
): Promise<number> {
  const source = settings.each!;
  await checkOutFiles(settings);
  const repeatable = safeToRepeat(operation);
  const identity = { command: `${operation.cloud} ${operation.command}`, parameters: parametersHash(base) };
  const { previous, scan } = await earlierRun(settings, identity, io);
  const plan = (line: Line) => planOf(previous.get(line.number), repeatable, settings.resendUnknown);
  const notToRun = [...previous.values()].filter(
    (line) => planOf(line, repeatable, settings.resendUnknown) !== 'run',
  ).length;

  const stop = new BulkStop(settings.concurrency);
  // A wrong --query is refused before the journal is opened or a line is sent.
  const printer = streamPrinter(
    await outputPlan(settings, undefined),
    (text) => {
      if (!stop.outputClosed) io.stdout.write(text);
    },
    undefined,
  );
  // One client for every line: credentials are resolved once and connections reused.
  const { invoke } = operationClient(operation, settings, { logger: stderrLogger });
  const journal =
    settings.journal === undefined ? undefined : JournalWriter.open(settings.journal, identity, !settings.resume);
  const report = { pathsAsFlags: false, mock: isMockEndpoint(settings.endpoint) };
  const progress = new Progress(io.stderr, scan === undefined ? undefined : scan.count - notToRun, settings.output);
  const runner = new LineRunner({
    operation,
    base,
    invoke,
    journal,
    printer,
    progress,
    stop,
    plan,
    repeatable,
    report,
  });

  const stopListening = stop.listen(io.signals, io.stdout, (text) => progress.note(text));
  const started = performance.now();
  const { lines, close } = io.open(source);
  const input = new SharedLines(lines);
  let outcome: InputOutcome;
  try {
    outcome = await runLines(input, settings.concurrency, scan !== undefined, stop, runner);
  } finally {
    close();
    stopListening();
    progress.end();
    await runner.record((j) => j.close());
  }

  const gated = printer.end();
  const unknownOut = await writeOutFiles(settings, runner.tally);
  const end: RunEnd = { runner, stop, outcome, lastLineRead: input.lastLineRead };
  const summary = summaryOf(settings, end, unknownOut, Math.round(performance.now() - started));
  printSummary(io.stderr, settings.output, summary, identity.command);
  return exitStatus(end, gated, source);
}

/**
 * What the journal of an earlier run says of each line (with --resume), and a first pass over a
 * regular file (undefined for stdin and pipes), matched against each other.
 */
async function earlierRun(
  settings: Settings,
  identity: RunIdentity,
  io: BulkIo,
): Promise<{ previous: Map<number, JournaledLine>; scan: InputScan | undefined }> {
  const source = settings.each!;
  const previous = settings.resume ? readJournal(settings.journal!, identity) : new Map<number, JournaledLine>();
  const scan = await io.scan(source, previous.size > 0);
  if (settings.resume && scan === undefined) {
    throw new UsageError(
      '--resume needs --each FILE: stdin and pipes cannot be read again to match the journal',
      'save the lines to a file',
    );
  }
  if (scan !== undefined && previous.size > 0) matchInput(settings.journal!, previous, scan.hashes, source);
  return { previous, scan };
}

/** How a run ended, for its summary and exit status. */
interface RunEnd {
  readonly runner: LineRunner;
  readonly stop: BulkStop;
  readonly outcome: InputOutcome;
  readonly lastLineRead: number;
}

function summaryOf(settings: Settings, end: RunEnd, unknownOut: string | undefined, elapsedMs: number): BulkSummary {
  const { tally } = end.runner;
  return {
    lines: tally.succeeded + tally.failed + tally.notRun + tally.skipped + tally.unknown.length,
    succeeded: tally.succeeded,
    failed: tally.failed,
    notRun: tally.notRun,
    ...(settings.resume ? { doneEarlier: tally.skipped } : {}),
    unknown: tally.unknown.length,
    ...(tally.unknown.length > 0
      ? {
          unknownLines: tally.unknown.map((l) => l.number).sort((a, b) => a - b),
          ...(unknownOut === undefined ? {} : { unknownOut }),
        }
      : {}),
    interrupted: end.stop.signalled !== undefined && end.outcome.readError === undefined,
    ...(end.outcome.unread ? { inputNotReadToEnd: true, lastLineRead: end.lastLineRead } : {}),
    ...(end.stop.outputClosed ? { outputClosed: true } : {}),
    elapsedMs,
    ...(settings.failedOut === undefined ? {} : { failedOut: settings.failedOut, failedOutLines: tally.retry.length }),
    ...(settings.journal === undefined ? {} : { journal: settings.journal }),
  };
}

/**
 * The run's exit status (`gated`: what -e makes of the results printed); throws what stopped the
 * run, if something did: the journal, the --query or the input.
 */
function exitStatus(end: RunEnd, gated: number, source: string): number {
  const { runner, stop, outcome } = end;
  if (runner.journalError !== undefined) throw runner.journalError;
  if (runner.queryError !== undefined) throw runner.queryError;
  if (outcome.readError !== undefined) {
    const reason = fileProblem(outcome.readError, 'read', source, '--each').message;
    throw new Error(`${reason}; stopped after line ${end.lastLineRead}`);
  }
  if (stop.signalled !== undefined) return signalExit(stop.signalled);
  if (stop.outputClosed) return EXIT.outputClosed;
  const { tally } = runner;
  if (tally.unknown.length > 0) return EXIT.unknownOutcome;
  // Every line succeeded: -e judges what was printed.
  if (tally.exitCodes.size === 0) return gated;
  // The failures' common status, or 1 when they differ.
  return tally.exitCodes.size === 1 ? [...tally.exitCodes][0]! : EXIT.api;
}
