// --each: one call per JSON line, N at a time, results as JSONL on stdout, progress and a summary on
// stderr, and the lines that failed (or never ran) written back out so a rerun resumes. Ctrl-C stops
// starting new lines and lets running calls finish; a second Ctrl-C cancels those too.
import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { constants } from 'node:fs';
import { access, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { helpHint, type Settings } from './arguments.js';
import { countLines, lineInput, openLines, type Line } from './bulk-input.js';
import { operationClient, stderrLogger } from './clients.js';
import { EXIT } from './exit-codes.js';
import type { CliOperation } from './operations.js';
import { outputJson, resultRecord } from './output.js';
import { Progress } from './progress.js';
import { describeError, type ErrorReport } from './report.js';
import { fileProblem } from './sources.js';
import { InterruptedError, UsageError } from './usage-error.js';

// After an interrupt on stdin, how long to wait for a line the input already delivered.
const DELIVERED_WAIT_MS = 100;

interface Tally {
  succeeded: number;
  failed: number;
  notRun: number;
  readonly exitCodes: Set<number>;
  /** Failed and unstarted lines, for --failed-out. */
  readonly retry: Line[];
}

/** Checks before the first call that --failed-out can be written (after the run would be too late). */
async function checkWritable(path: string): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
    const existing = await stat(path).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (existing !== undefined) await access(path, constants.W_OK);
  } catch (error) {
    throw fileProblem(error, 'write', path, '--failed-out');
  }
}

/** Writes the lines to rerun, in input order, replacing the file at once (it may be the input). */
async function writeRetryFile(path: string, lines: readonly Line[]): Promise<void> {
  const sorted = [...lines].sort((a, b) => a.number - b.number);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, sorted.map((l) => `${l.text}\n`).join(''));
  await rename(temporary, path);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


export async function runBulk(operation: CliOperation, settings: Settings, base: Record<string, unknown>): Promise<number> {
  const source = settings.each!;
  if (settings.dryRun) throw new UsageError('--dry-run and --each do not go together: dry-run one line at a time', helpHint(operation));
  if (settings.failedOut !== undefined) await checkWritable(settings.failedOut);
  const total = await countLines(source);
  // One client for every line: credentials are resolved once and connections reused.
  const invoke = operationClient(operation, settings, { logger: stderrLogger });
  const tally: Tally = { succeeded: 0, failed: 0, notRun: 0, exitCodes: new Set(), retry: [] };
  const progress = new Progress(process.stderr, total, settings.output);
  const cancel = new AbortController();
  // Each call in flight listens on the shared signal (and removes its listener when done): more
  // than Node's default of 10 is expected here, not a leak.
  setMaxListeners(settings.concurrency + 1, cancel.signal);
  let stopping = false;
  let stopped: () => void = () => {};
  const stoppedSignal = new Promise<'stopped'>((resolve) => {
    stopped = () => resolve('stopped');
  });
  const stop = () => {
    stopping = true;
    stopped();
  };
  const onSignal = () => {
    if (!stopping) {
      stop();
      progress.note('interrupted: no new lines start; running calls finish (Ctrl-C again cancels them)');
    } else cancel.abort(new InterruptedError('cancelled by a second interrupt; the request may have reached the API'));
  };
  // A reader that went away (`| head`): stop as on Ctrl-C, still write --failed-out and the summary.
  let outputClosed = false;
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    outputClosed = true;
    if (!stopping) stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.stdout.on('error', onOutputError);
  const started = performance.now();
  let unread = false;
  let lastLineRead = 0;
  let readError: unknown;
  // Reads a worker gave up on at an interrupt: their lines still belong to the rerun.
  const abandoned: Promise<IteratorResult<Line>>[] = [];

  const { lines, close } = openLines(source);
  // One reader at a time: the generator is shared by the workers.
  let reading: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<Line>> => {
    const result = reading.then(() => lines.next());
    // A failed read fails this call only; the reads queued after it still run.
    reading = result.catch(() => {});
    void result.then((item) => {
      if (item.done !== true) lastLineRead = item.value.number;
    }, () => {});
    return result;
  };
  const keep = (line: Line) => {
    tally.notRun += 1;
    tally.retry.push(line);
  };

  const writeResult = (record: Record<string, unknown>) => {
    if (!outputClosed) process.stdout.write(`${outputJson(record)}\n`);
  };
  const fail = (line: Line, report: ErrorReport) => {
    tally.failed += 1;
    tally.exitCodes.add(report.exitCode);
    tally.retry.push(line);
    writeResult({ line: line.number, ok: false, error: report });
  };

  // A regular file is read to its end even after an interrupt (its unstarted lines go to
  // --failed-out); stdin or a pipe may never end, so an interrupt stops reading it at once.
  const regular = total !== undefined;
  const worker = async () => {
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
      if (stopping) {
        keep(line);
        return;
      }
      progress.start();
      const lineStarted = performance.now();
      try {
        const result = await invoke(lineInput(operation, base, line), { signal: cancel.signal });
        const record = { line: line.number, ...resultRecord(operation, result, performance.now() - lineStarted) };
        tally.succeeded += 1;
        writeResult(record);
        progress.finish(true);
      } catch (error) {
        fail(line, describeError(error, operation, false));
        progress.finish(false);
      }
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
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.stdout.off('error', onOutputError);
    progress.end();
  }

  if (settings.failedOut !== undefined) await writeRetryFile(settings.failedOut, tally.retry);
  const summary = {
    lines: tally.succeeded + tally.failed + tally.notRun,
    succeeded: tally.succeeded,
    failed: tally.failed,
    notRun: tally.notRun,
    interrupted: stopping && readError === undefined,
    ...(unread ? { inputNotReadToEnd: true, lastLineRead } : {}),
    ...(outputClosed ? { outputClosed: true } : {}),
    elapsedMs: Math.round(performance.now() - started),
    ...(settings.failedOut === undefined ? {} : { failedOut: settings.failedOut, failedOutLines: tally.retry.length }),
  };
  if (settings.output === 'json') process.stderr.write(`${outputJson({ summary })}\n`);
  else {
    const written =
      settings.failedOut === undefined ? '' : `; ${plural(tally.retry.length, 'line')} to rerun written to ${settings.failedOut}`;
    const interrupted =
      stopping && readError === undefined ? (unread ? ` (interrupted; input not read past line ${lastLineRead})` : ' (interrupted)') : '';
    process.stderr.write(
      `imagesec: ${plural(summary.lines, 'line')}: ${summary.succeeded} succeeded, ${summary.failed} failed, ${summary.notRun} not run` +
        `${interrupted} in ${(summary.elapsedMs / 1000).toFixed(1)} s${written}\n`,
    );
  }
  if (readError !== undefined) {
    const reason = fileProblem(readError, 'read', source, '--each').message;
    throw new Error(`${reason}; stopped after line ${lastLineRead}`);
  }
  if (stopping) return EXIT.interrupted;
  if (tally.exitCodes.size === 0) return EXIT.ok;
  // The failures' common status, or 1 when they differ.
  return tally.exitCodes.size === 1 ? [...tally.exitCodes][0]! : EXIT.api;
}
