// `imagesec <cloud> wait <waiter> [the polling operation's flags] [--max-wait S] [--min-delay S]
// [--max-delay S]`, and `--wait` on an operation that starts work a waiter follows. The waits are
// the SDK's (core/waiter/), polling through the same client methods as the operation commands.
// One line per poll on stderr (what was seen, when the next poll comes), except with --output json
// when stderr is no terminal (as the bulk progress); the last answer on stdout as an operation's;
// a failure state exits 5 (also one read off the start's own answer, before any poll: the error
// then carries that answer's request id, and with --output json the answer itself), a wait that
// ran out of time 6, Ctrl-C 130.
import { parseOperationArgs, type Settings } from './arguments.js';
import { closest } from './suggest.js';
import { operationClient, stderrLogger } from './clients.js';
import { EXIT } from './exit-codes.js';
import { operationHelp, waiterHelp, waitersHelp } from './help.js';
import { interruptible } from './interrupt.js';
import type { CliOperation, Cloud } from './operations.js';
import { printError, resultRecord, textLines } from './output.js';
import { outputPlan, printAnswer } from './formats.js';
import { describeError, isMockEndpoint, type ErrorReport } from './report.js';
import { processStdin } from './sources.js';
import { terminalSafe } from './terminal-text.js';
import { commandLine } from './text.js';
import { helpHint, UsageError } from './usage-error.js';
import { takeWaitFlags, type WaitSettings } from './wait-flags.js';
import { cloudWaiters, findWaiter, waitStartOf, type CliWaiter } from './wait-table.js';
import type { ApiResult } from '../core/call/read.js';
import { WaiterError, WaiterFailureError, WaiterTimeoutError } from '../core/errors.js';
import { duration, waitUntil } from '../core/waiter/loop.js';
import { waitPlan } from '../core/waiter/options.js';
import { startAndWait } from '../core/waiter/start.js';
import type { ItemCall, WaiterOptions, WaiterProgress, WaiterResult } from '../core/waiter/types.js';

/** Progress lines on stderr, unless a program reads it (--output json, stderr not a terminal). */
function progressPrinter(waiter: CliWaiter, settings: Settings): (progress: WaiterProgress) => void {
  const quiet = settings.output === 'json' && process.stderr.isTTY !== true;
  return (progress) => {
    if (quiet) return;
    const what =
      progress.phase === 'find' ? `looking for the started task (${progress.attempt})` : `poll ${progress.attempt}`;
    const next =
      progress.nextDelayMs === undefined
        ? ''
        : `; next ${progress.phase === 'find' ? 'look' : 'poll'} in ${duration(progress.nextDelayMs)}`;
    const line = `imagesec: wait ${waiter.command}: ${what} at ${duration(progress.elapsedMs)}: ${progress.state} (${progress.description})${next}`;
    process.stderr.write(`${terminalSafe(line)}\n`);
  };
}

function waiterOptions(waiter: CliWaiter, settings: Settings, wait: WaitSettings, signal: AbortSignal): WaiterOptions {
  return {
    signal,
    maxWaitMs: wait.maxWaitMs,
    minDelayMs: wait.minDelayMs,
    maxDelayMs: wait.maxDelayMs,
    onProgress: progressPrinter(waiter, settings),
  };
}

/** Waiting sends many requests and prints one answer: the modes that print something else are refused. */
function refuseModes(settings: Settings, what: string): void {
  if (settings.dryRun) throw new UsageError(`--dry-run shows one request; it does not go with ${what}`);
  if (settings.each !== undefined) throw new UsageError(`--each does not go with ${what}`);
  if (settings.all) throw new UsageError(`--all does not go with ${what}`);
  if (settings.skeleton)
    throw new UsageError(`--skeleton prints an input document and sends nothing; it does not go with ${what}`);
}

/** The end of a wait as one record: the waiter, its polls and time, and the answer that ended it. */
function waitRecord(waiter: CliWaiter, wait: WaiterResult<ApiResult<unknown> | undefined>): Record<string, unknown> {
  const head = { waiter: waiter.entry.name, state: 'success', attempts: wait.attempts, elapsedMs: wait.elapsedMs };
  if (wait.result !== undefined) return { ...head, ...resultRecord(waiter.operation, wait.result, wait.elapsedMs) };
  const error = wait.error;
  return { ...head, ok: true, error: { status: error?.status, code: error?.code, requestId: error?.requestId } };
}

function waitText(waiter: CliWaiter, wait: WaiterResult<ApiResult<unknown> | undefined>): string[] {
  const polls = `${wait.attempts} ${wait.attempts === 1 ? 'poll' : 'polls'}`;
  const head = `${waiter.cloud} wait ${waiter.command}: success after ${polls} in ${duration(wait.elapsedMs)}`;
  const { result, error } = wait;
  if (result === undefined) {
    return [`${head} (${error?.code ?? 'error'}, HTTP ${error?.status ?? '?'})`];
  }
  const id = result.requestId === undefined ? 'no request id' : `request id ${result.requestId}`;
  const lines = [`${head}: ${waiter.operation.command} ${result.status} OK, ${id}`];
  if (result.data !== undefined) lines.push(...textLines(result.data, '  '));
  return lines;
}

/**
 * The command that waits again for the same work (the waiter's input as flags), when every member
 * of the input has a flag; undefined otherwise.
 */
function waitAgain(waiter: CliWaiter, input: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (input === undefined) return undefined;
  const words = ['imagesec', waiter.cloud, 'wait', waiter.command];
  for (const [name, value] of Object.entries(input)) {
    const option = waiter.operation.options.find((o) => o.name === name && o.in !== 'body');
    if (option === undefined || (typeof value === 'object' && value !== null)) return undefined;
    words.push(`--${option.flag}`, String(value));
  }
  return `${commandLine(words, '', Number.POSITIVE_INFINITY)} (with the same --region or --endpoint)`;
}

/** The start's answer a failure state was read off before any poll (x-imagesec-wait acceptors), if so. */
function startAnswer(error: WaiterError): ApiResult<unknown> | undefined {
  if (!(error instanceof WaiterFailureError) || error.attempts !== 0) return undefined;
  const result = error.result as Partial<ApiResult<unknown>> | undefined;
  return typeof result?.status === 'number' ? (result as ApiResult<unknown>) : undefined;
}

/**
 * An error report with what a waiter adds: its name, the last state, the time, and a hint; for a
 * failure read off the start's answer (`--wait`), that answer's request id and, in JSON, the answer.
 */
function waitErrorReport(error: unknown, operation: CliOperation, waiter: CliWaiter, settings: Settings): ErrorReport {
  const report = describeError(error, operation, { mock: isMockEndpoint(settings.endpoint) });
  if (!(error instanceof WaiterError)) return report;
  const again = waitAgain(waiter, error.waiterInput);
  const started = startAnswer(error);
  let hint = report.hint;
  if (error instanceof WaiterTimeoutError) {
    hint = `the work may still end: raise --max-wait (seconds), or wait again later${again === undefined ? '' : `: ${again}`}`;
  } else if (started !== undefined) {
    hint =
      `${operation.cloud} ${operation.command} was sent and answered ${started.status}; its answer (the values above) ` +
      'leaves nothing to wait for';
  } else if (error instanceof WaiterFailureError) {
    hint = `imagesec ${waiter.cloud} ${waiter.operation.command} shows the state in full`;
  }
  const extra = {
    waiter: error.waiter,
    lastState: error.lastState,
    elapsedMs: error.elapsedMs,
    ...(error.waiterInput === undefined ? {} : { waiterInput: error.waiterInput }),
    ...(started === undefined
      ? {}
      : {
          ...(started.requestId === undefined ? {} : { requestId: started.requestId }),
          start: { status: started.status, ...(started.data === undefined ? {} : { data: started.data }) },
        }),
  };
  return { ...report, ...extra, ...(hint === undefined ? {} : { hint }) };
}

/** `imagesec <cloud> wait ...`. */
export async function runWait(cloud: Cloud, args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    process[name === undefined ? 'stderr' : 'stdout'].write(`${waitersHelp(cloud)}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const waiter = findWaiter(cloud, name);
  if (waiter === undefined) {
    const commands = cloudWaiters(cloud).map((w) => w.command);
    const guess = closest(name, commands);
    throw new UsageError(
      `unknown ${cloud} waiter '${name}'`,
      guess !== undefined
        ? `did you mean ${guess}?`
        : commands.length === 0
          ? `${cloud} declares no waiters`
          : `one of: ${commands.join(', ')}`,
    );
  }
  const { settings: wait, rest: operationArgs } = takeWaitFlags(rest);
  if (wait.wait) throw new UsageError('--wait is for operations that start work; wait waits already');
  const { settings, input } = await parseOperationArgs(waiter.operation, operationArgs, processStdin());
  if (settings.help) {
    process.stdout.write(`${waiterHelp(waiter)}\n`);
    return EXIT.ok;
  }
  refuseModes(settings, 'wait');
  try {
    const printing = await outputPlan(settings, waiter.operation);
    return await interruptible('before the wait ended', async (signal) => {
      const options = waiterOptions(waiter, settings, wait, signal);
      const plan = waitPlan(waiter.entry, options);
      const client = operationClient(waiter.operation, settings, { logger: stderrLogger });
      const done = await waitUntil<ApiResult<unknown> | undefined>(waiter.entry, client.invoke, input, plan);
      // --query and -e read the answer that ended the wait.
      return printAnswer(printing, {
        record: waitRecord(waiter, done),
        lines: () => waitText(waiter, done),
        data: done.result?.data ?? null,
      });
    });
  } catch (error) {
    const report = waitErrorReport(error, waiter.operation, waiter, settings);
    printError(settings.output, report);
    return report.exitCode;
  }
}

/** `imagesec <cloud> <operation> --wait ...`, or undefined when the command line has no waiting flag. */
export async function runWithWait(operation: CliOperation, args: readonly string[]): Promise<number | undefined> {
  const { settings: wait, rest } = takeWaitFlags(args);
  const given = wait.wait || [wait.maxWaitMs, wait.minDelayMs, wait.maxDelayMs].some((v) => v !== undefined);
  if (!given) return undefined;
  const start = waitStartOf(operation);
  if (start === undefined) {
    throw new UsageError(
      `${operation.cloud} ${operation.command} starts no work imagesec can wait for`,
      `waiters: imagesec ${operation.cloud} wait --help`,
    );
  }
  if (!wait.wait) throw new UsageError('--max-wait, --min-delay and --max-delay go with --wait', helpHint(operation));
  const { settings, input } = await parseOperationArgs(operation, rest, processStdin());
  if (settings.help) {
    process.stdout.write(`${operationHelp(operation)}\n`);
    return EXIT.ok;
  }
  refuseModes(settings, '--wait');
  const { waiter } = start;
  try {
    const printing = await outputPlan(settings, waiter.operation);
    return await interruptible('before the wait ended', async (signal) => {
      const hooks = { logger: stderrLogger };
      const starting = operationClient(operation, settings, hooks);
      const polling = operationClient(waiter.operation, settings, hooks);
      const listing = start.find === undefined ? undefined : operationClient(start.find, settings, hooks);
      const options = waiterOptions(waiter, settings, wait, signal);
      const done = await startAndWait<ApiResult<unknown>, ApiResult<unknown> | undefined>(
        start.entry,
        waiter.entry,
        { start: starting.invoke, poll: polling.invoke, list: listing?.iterate as ItemCall | undefined },
        input,
        options,
      );
      const started = resultRecord(operation, done.start, 0);
      const { elapsedMs: _elapsed, ...startRecord } = started;
      const record = {
        ...startRecord,
        ...(done.found === undefined ? {} : { found: done.found }),
        waiterInput: done.waiterInput,
        wait: waitRecord(waiter, done.wait),
      };
      const lines = () => {
        const id = done.start.requestId === undefined ? 'no request id' : `request id ${done.start.requestId}`;
        const text = [`${operation.cloud} ${operation.command}: ${done.start.status} OK, ${id}`];
        if (done.start.data !== undefined) text.push(...textLines(done.start.data, '  '));
        if (done.found !== undefined) text.push('found:', ...textLines(done.found, '  '));
        return [...text, ...waitText(waiter, done.wait)];
      };
      // --query, table, jsonl and -e read the answer that ended the wait (the start's is in the record).
      return printAnswer(printing, { record, lines, data: done.wait.result?.data ?? null });
    });
  } catch (error) {
    const report = waitErrorReport(error, operation, waiter, settings);
    printError(settings.output, report);
    return report.exitCode;
  }
}
