// --each: one call per JSON line, N at a time, results as JSONL on stdout, progress and a summary on
// stderr, the lines that failed (or never ran) written back out, and with --journal a record of
// every line that survives a kill, so --resume sends nothing twice that is not safe to repeat.
// Ctrl-C stops starting new lines and lets running calls finish; a second Ctrl-C cancels those too.
import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { constants } from 'node:fs';
import { access, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mayHaveTakenEffect } from '../core/retry.js';
import type { Settings } from './arguments.js';
import { lineInput, openLines, scanInput, type InputScan, type Line, type LineSource } from './bulk-input.js';
import { printSummary, type BulkSummary } from './bulk-summary.js';
import { operationClient, stderrLogger } from './clients.js';
import { EXIT, signalExit } from './exit-codes.js';
import { JournalWriter, lockJournal, matchInput, parametersHash, readJournal, type JournaledLine } from './journal.js';
import { safeToRepeat, type CliOperation } from './operations.js';
import { outputPlan, streamPrinter } from './formats.js';
import { resultRecord } from './output.js';
import { Progress } from './progress.js';
import { fileError, notRegular, replaceFile } from './private-file.js';
import { describeError, isMockEndpoint } from './report.js';
import { fileProblem } from './sources.js';
import { InterruptedError, helpHint, UsageError } from './usage-error.js';

// After an interrupt on stdin, how long to wait for a line the input already delivered.
const DELIVERED_WAIT_MS = 100;

type StopSignal = 'SIGINT' | 'SIGTERM';

/** What a bulk run reads, writes and listens to: the process's own, or a test's. */
export interface BulkIo {
  readonly stdout: {
    write(text: string): unknown;
    on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
    off(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  };
  readonly stderr: { readonly isTTY?: boolean; readonly columns?: number; write(text: string): unknown };
  readonly signals: {
    on(event: StopSignal, listener: (signal: StopSignal) => void): unknown;
    off(event: StopSignal, listener: (signal: StopSignal) => void): unknown;
  };
  readonly scan: (source: string, withHashes: boolean) => Promise<InputScan | undefined>;
  readonly open: (source: string) => LineSource;
}

export function processIo(): BulkIo {
  return { stdout: process.stdout, stderr: process.stderr, signals: process, scan: scanInput, open: openLines };
}

/** What to do with a line, given what the journal says an earlier run did with it. */
type Plan = 'run' | 'skip' | 'hold';

function planOf(previous: JournaledLine | undefined, repeatable: boolean, resendUnknown: boolean): Plan {
  if (previous === undefined || previous.state === 'failed') return 'run';
  if (previous.state === 'succeeded') return 'skip';
  // Sent with no outcome, or failed in a way that may have taken effect.
  return repeatable || resendUnknown ? 'run' : 'hold';
}

/** A failure after which the line may have been carried out (a cancelled call was in flight). */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof InterruptedError || mayHaveTakenEffect(error);
}

/** Checks before the first call that an output file can be written (after the run would be too late). */
async function checkWritable(path: string, flag: string): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
    const existing = await stat(path).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) throw notRegular(existing);
    if (existing !== undefined) await access(path, constants.W_OK);
  } catch (error) {
    throw fileError(error, 'write', path, flag);
  }
}

/** Writes lines in input order, replacing the file at once (it may be the input), readable by its owner only. */
async function writeLines(path: string, flag: string, lines: readonly Line[]): Promise<void> {
  const sorted = [...lines].sort((a, b) => a.number - b.number);
  try {
    await replaceFile(path, sorted.map((l) => `${l.text}\n`).join(''));
  } catch (error) {
    throw fileError(error, 'write', path, flag);
  }
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
  if (settings.failedOut !== undefined) await checkWritable(settings.failedOut, '--failed-out');
  if (settings.unknownOut !== undefined) await checkWritable(settings.unknownOut, '--unknown-out');
  const repeatable = safeToRepeat(operation);
  const identity = { command: `${operation.cloud} ${operation.command}`, parameters: parametersHash(base) };
  const previous = settings.resume ? readJournal(settings.journal!, identity) : new Map<number, JournaledLine>();
  const scan = await io.scan(source, previous.size > 0);
  if (settings.resume && scan === undefined) {
    throw new UsageError(
      '--resume needs --each FILE: stdin and pipes cannot be read again to match the journal',
      'save the lines to a file',
    );
  }
  if (scan !== undefined && previous.size > 0) matchInput(settings.journal!, previous, scan.hashes, source);
  const plan = (line: Line) => planOf(previous.get(line.number), repeatable, settings.resendUnknown);
  const notToRun = [...previous.values()].filter(
    (line) => planOf(line, repeatable, settings.resendUnknown) !== 'run',
  ).length;

  // A wrong --query is refused before the journal is opened or a line is sent.
  const printer = streamPrinter(
    await outputPlan(settings, undefined),
    (text) => {
      if (!outputClosed) io.stdout.write(text);
    },
    undefined,
  );
  // One client for every line: credentials are resolved once and connections reused.
  const { invoke } = operationClient(operation, settings, { logger: stderrLogger });
  const journal =
    settings.journal === undefined ? undefined : JournalWriter.open(settings.journal, identity, !settings.resume);
  const context = { pathsAsFlags: false, mock: isMockEndpoint(settings.endpoint) };
  const progress = new Progress(io.stderr, scan === undefined ? undefined : scan.count - notToRun, settings.output);
  const cancel = new AbortController();
  // Each call in flight listens on the shared signal (and removes its listener when done): more
  // than Node's default of 10 is expected here, not a leak.
  setMaxListeners(settings.concurrency + 1, cancel.signal);

  const tally = {
    succeeded: 0,
    failed: 0,
    notRun: 0,
    skipped: 0,
    exitCodes: new Set<number>(),
    /** Failed and unstarted lines, for --failed-out. */
    retry: [] as Line[],
    /** Lines whose outcome is unknown and that are not sent again (operations not safe to repeat). */
    unknown: [] as Line[],
  };
  let stopping = false;
  let signalled: StopSignal | undefined;
  let outputClosed = false;
  let stopped: () => void = () => {};
  const stoppedSignal = new Promise<'stopped'>((resolve) => {
    stopped = () => resolve('stopped');
  });
  const stop = () => {
    stopping = true;
    stopped();
  };
  const onSignal = (signal: StopSignal) => {
    if (!stopping || signalled === undefined) {
      signalled = signal;
      stop();
      progress.note('interrupted: no new lines start; running calls finish (Ctrl-C again cancels them)');
    } else
      cancel.abort(
        new InterruptedError('cancelled by a second interrupt; the request may have reached the API', signal),
      );
  };
  // A reader that went away (`| head`): no new lines start; not an interrupt.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    outputClosed = true;
    stop();
  };
  io.signals.on('SIGINT', onSignal);
  io.signals.on('SIGTERM', onSignal);
  io.stdout.on('error', onOutputError);
  const started = performance.now();
  let unread = false;
  let lastLineRead = 0;
  let readError: unknown;
  // Reads a worker gave up on at an interrupt: their lines still belong to the rerun.
  const abandoned: Promise<IteratorResult<Line>>[] = [];

  const { lines, close } = io.open(source);
  // One reader at a time: the source is shared by the workers.
  let reading: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<Line>> => {
    const result = reading.then(() => lines.next());
    // A failed read fails this call only; the reads queued after it still run.
    reading = result.catch(() => {});
    void result.then(
      (item) => {
        if (item.done !== true) lastLineRead = item.value.number;
      },
      () => {},
    );
    return result;
  };
  /** A line not run now: done earlier, held back as unknown, or kept for the rerun. */
  const keep = (line: Line) => {
    const planned = plan(line);
    if (planned === 'skip') tally.skipped += 1;
    else if (planned === 'hold') tally.unknown.push(line);
    else {
      tally.notRun += 1;
      tally.retry.push(line);
    }
  };
  // --query is applied to each result line; a table is printed once the last line is done.
  let queryError: Error | undefined;
  const writeResult = (result: Record<string, unknown>) => {
    try {
      printer.item(result);
    } catch (error) {
      queryError ??= error instanceof Error ? error : new Error(String(error));
      stop();
    }
  };

  // A journal that cannot be written (a full disk) stops the run: no line is sent unrecorded.
  let journalError: Error | undefined;
  const record = (write: (journal: JournalWriter) => void): boolean => {
    if (journal === undefined) return true;
    try {
      write(journal);
      return true;
    } catch (error) {
      journalError ??= error instanceof Error ? error : new Error(String(error));
      stop();
      return false;
    }
  };
  const failLine = (line: Line, error: unknown, sent: boolean) => {
    const report = describeError(error, operation, context);
    const unknown = sent && outcomeUnknown(error);
    const { type, status, code, requestId } = report;
    record((j) => j.done(line, { state: unknown ? 'unknown' : 'failed', type, status, code, requestId }));
    if (unknown && !repeatable) tally.unknown.push(line);
    else {
      tally.failed += 1;
      tally.exitCodes.add(report.exitCode);
      tally.retry.push(line);
    }
    writeResult({ line: line.number, ok: false, ...(unknown ? { unknownOutcome: true } : {}), error: report });
    progress.finish(false);
  };
  const runLine = async (line: Line) => {
    let input: Record<string, unknown>;
    try {
      input = lineInput(operation, base, line);
    } catch (error) {
      progress.start();
      failLine(line, error, false);
      return;
    }
    if (!record((j) => j.sent(line))) {
      keep(line);
      return;
    }
    progress.start();
    const lineStarted = performance.now();
    try {
      const result = await invoke(input, { signal: cancel.signal });
      record((j) => j.done(line, { state: 'succeeded', status: result.status, requestId: result.requestId }));
      tally.succeeded += 1;
      writeResult({ line: line.number, ...resultRecord(operation, result, performance.now() - lineStarted) });
      progress.finish(true);
    } catch (error) {
      failLine(line, error, true);
    }
  };

  // A regular file is read to its end even after an interrupt (its unstarted lines go to
  // --failed-out); stdin or a pipe may never end, so an interrupt stops reading it at once.
  const regular = scan !== undefined;
  const worker = async () => {
    // Kept over p-map@7.1.1/p-limit@7.3.3: their abort closes the input and settles before running calls end.
    while (!stopping) {
      const read = next();
      let item: IteratorResult<Line> | 'stopped';
      try {
        item = regular ? await read : await Promise.race([read, stoppedSignal]);
      } catch (error) {
        readError ??= error;
        stop();
        return;
      }
      if (item === 'stopped') {
        abandoned.push(read);
        return;
      }
      if (item.done === true) return;
      const line = item.value;
      // Stopped while this line was being read: it is kept, as the unread ones are.
      if (stopping || plan(line) !== 'run') keep(line);
      else await runLine(line);
    }
  };

  try {
    await Promise.all(Array.from({ length: settings.concurrency }, worker));
    // Lines never started (after an interrupt) are kept for the rerun too. A regular file is read
    // to its end; stdin or a pipe may never end, so only the lines it already delivered are kept.
    if (readError === undefined && (!stopping || regular)) {
      for (let item = await next(); item.done !== true; item = await next()) keep(item.value);
    } else if (readError === undefined) {
      for (;;) {
        const item = await Promise.race([abandoned.shift() ?? next(), delay(DELIVERED_WAIT_MS, 'idle' as const)]);
        if (item === 'idle') {
          unread = true;
          break;
        }
        if (item.done === true) break;
        keep(item.value);
      }
    }
  } catch (error) {
    readError ??= error;
  } finally {
    close();
    io.signals.off('SIGINT', onSignal);
    io.signals.off('SIGTERM', onSignal);
    io.stdout.off('error', onOutputError);
    progress.end();
    record((j) => j.close());
  }

  const gated = printer.end();
  if (settings.failedOut !== undefined) await writeLines(settings.failedOut, '--failed-out', tally.retry);
  // The default file next to the journal exists only while there are such lines.
  const unknownOut =
    settings.unknownOut ?? (settings.journal === undefined ? undefined : `${settings.journal}.unknown.jsonl`);
  if (unknownOut !== undefined) {
    if (settings.unknownOut !== undefined || tally.unknown.length > 0)
      await writeLines(unknownOut, '--unknown-out', tally.unknown);
    else await rm(unknownOut, { force: true });
  }
  const summary: BulkSummary = {
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
    interrupted: signalled !== undefined && readError === undefined,
    ...(unread ? { inputNotReadToEnd: true, lastLineRead } : {}),
    ...(outputClosed ? { outputClosed: true } : {}),
    elapsedMs: Math.round(performance.now() - started),
    ...(settings.failedOut === undefined ? {} : { failedOut: settings.failedOut, failedOutLines: tally.retry.length }),
    ...(settings.journal === undefined ? {} : { journal: settings.journal }),
  };
  printSummary(io.stderr, settings.output, summary, identity.command);
  if (journalError !== undefined) throw journalError;
  if (queryError !== undefined) throw queryError;
  if (readError !== undefined) {
    const reason = fileProblem(readError, 'read', source, '--each').message;
    throw new Error(`${reason}; stopped after line ${lastLineRead}`);
  }
  if (signalled !== undefined) return signalExit(signalled);
  if (outputClosed) return EXIT.outputClosed;
  if (tally.unknown.length > 0) return EXIT.unknownOutcome;
  // Every line succeeded: -e judges what was printed.
  if (tally.exitCodes.size === 0) return gated;
  // The failures' common status, or 1 when they differ.
  return tally.exitCodes.size === 1 ? [...tally.exitCodes][0]! : EXIT.api;
}
