// What stdout gets for each --output format, after --query: one answer (a single call, a wait), or a
// stream of values (the items of --all, the result lines of --each). -e/--exit-status turns the
// printed result into the exit status: 5 when it is null, false or empty (jq's convention).
import type { ApiResult } from '../core/call/read.js';
import { valueAt } from '../core/dotted-path.js';
import type { OutputFormat, Settings } from './arguments.js';
import { EXIT } from './exit-codes.js';
import type { CliOperation } from './operations.js';
import { outputJson, resultLines, resultRecord, textLines } from './output.js';
import { compileQuery, passesGate, type Query } from './query.js';
import { renderAnswer, renderTable, type AnswerTable, type TableColumn } from './table.js';
import { terminalSafe } from './terminal-text.js';
import { yamlText } from './yaml-text.js';

/** How a command's results are printed: the format, the query, the gate, and the terminal's room. */
export interface OutputPlan {
  readonly format: OutputFormat;
  readonly query: Query | undefined;
  readonly exitStatus: boolean;
  /** Where the list is in an answer, and the columns the spec declares for it (x-imagesec-table). */
  readonly list: AnswerTable | null;
  /** Columns a table may use: the terminal's, or COLUMNS; undefined (no cutting) for a pipe or file. */
  readonly width: number | undefined;
  /** Bold table headers: on a terminal, unless NO_COLOR is set. */
  readonly color: boolean;
}

/** The terminal's width for tables: COLUMNS when set (as ls and others honour it), else the terminal's. */
function tableWidth(): number | undefined {
  const columns = process.env.COLUMNS;
  if (columns !== undefined && /^\d+$/.test(columns) && Number(columns) > 0) return Number(columns);
  return process.stdout.isTTY === true ? process.stdout.columns : undefined;
}

function colorWanted(): boolean {
  const noColor = process.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return process.stdout.isTTY === true && process.env.TERM !== 'dumb';
}

/** The plan for a command's settings (the query compiled now: a wrong one fails before anything is sent). */
export async function outputPlan(
  settings: Pick<Settings, 'format' | 'query' | 'exitStatus'>,
  operation: Pick<CliOperation, 'table'> | undefined,
): Promise<OutputPlan> {
  return {
    format: settings.format,
    query: settings.query === undefined ? undefined : await compileQuery(settings.query),
    exitStatus: settings.exitStatus,
    list: operation?.table ?? null,
    width: tableWidth(),
    color: colorWanted(),
  };
}

const isScalar = (value: unknown) => value === null || typeof value !== 'object';

/**
 * A query's result as lines for people, terminal-safe: scalars bare, a list of scalars one per line,
 * rows of scalars tab-separated (for `read` and `cut`), anything else as `key: value` lines.
 */
function resultText(value: unknown): string[] {
  const cell = (item: unknown) => terminalSafe(typeof item === 'string' ? item : outputJson(item));
  if (isScalar(value)) return [cell(value)];
  if (Array.isArray(value) && value.every(isScalar)) return value.map(cell);
  if (Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isScalar)))
    return (value as unknown[][]).map((row) => row.map(cell).join('\t'));
  return textLines(value).map(terminalSafe);
}

/**
 * The text of one value in a format, ending in a newline (empty when nothing is to be printed); a
 * table shows the declared list where `list` says the value holds one.
 */
function valueText(plan: OutputPlan, value: unknown, list: AnswerTable | null = null): string {
  switch (plan.format) {
    case 'json':
      return `${outputJson(value)}\n`;
    case 'jsonl':
      return Array.isArray(value) ? value.map((item) => `${outputJson(item)}\n`).join('') : `${outputJson(value)}\n`;
    case 'yaml':
      return yamlText(value);
    case 'table': {
      const text = renderAnswer(value, list, plan);
      return text === '' ? '' : `${text}\n`;
    }
    case 'text': {
      // An empty list prints nothing (a loop over the lines runs no time).
      const lines = resultText(value);
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    }
  }
}

/** The exit status a printed result earns: 5 with -e when it fails the gate. */
function gate(plan: OutputPlan, result: unknown): number {
  return plan.exitStatus && !passesGate(result) ? EXIT.failureState : EXIT.ok;
}

/** One answer as each format shows it. */
export interface Answer {
  /** What json and yaml print without --query (the command's stable record). */
  readonly record: unknown;
  /** What text prints without --query: lines for people (made terminal-safe when printed). */
  readonly lines: () => readonly string[];
  /** The API's answer: what --query reads, what table and jsonl show, what -e judges. */
  readonly data: unknown;
}

/** A call's answer: the record json has always printed (status, request id, time, data). */
export function callAnswer(operation: CliOperation, result: ApiResult<unknown>, elapsedMs: number): Answer {
  return {
    record: resultRecord(operation, result, elapsedMs),
    lines: () => resultLines(operation, result, elapsedMs),
    data: result.data ?? null,
  };
}

/**
 * Prints one answer and returns the exit status it earns (5 with -e when it fails the gate). With
 * --query, its result alone, in the format; without, json, yaml and text print the record, table
 * and jsonl the list in the answer (x-imagesec-table), else the answer itself.
 */
export function printAnswer(plan: OutputPlan, answer: Answer): number {
  const { data } = answer;
  if (plan.query !== undefined) {
    const queried = plan.query.apply(data);
    process.stdout.write(valueText(plan, queried));
    return gate(plan, queried);
  }
  if (plan.format === 'json') process.stdout.write(`${outputJson(answer.record)}\n`);
  else if (plan.format === 'yaml') process.stdout.write(yamlText(answer.record));
  else if (plan.format === 'text') process.stdout.write(`${answer.lines().map(terminalSafe).join('\n')}\n`);
  else if (plan.format === 'table') process.stdout.write(valueText(plan, data, plan.list));
  else {
    const list = plan.list === null ? undefined : valueAt(data, plan.list.items);
    process.stdout.write(valueText(plan, Array.isArray(list) ? list : data));
  }
  return gate(plan, data);
}

/**
 * One queried item of a stream as one line for the shell (`while read`): a string bare, a list of
 * scalars tab-separated, anything else as JSON; terminal-safe.
 */
function streamLine(value: unknown): string {
  if (Array.isArray(value) && value.every(isScalar)) return value.map((item) => resultText(item)[0]!).join('\t');
  if (isScalar(value)) return resultText(value)[0]!;
  return outputJson(value);
}

/** Prints a stream of values (--all items, --each result lines) as they come; a table waits for the last. */
export interface StreamPrinter {
  /** One value: queried, then printed (a value the query maps to null is left out: a filter). */
  item(value: unknown): void;
  /** The end of the stream: prints a table, and returns the exit status the results earn with -e. */
  end(): number;
}

export function streamPrinter(
  plan: OutputPlan,
  write: (text: string) => void,
  columns: readonly TableColumn[] | undefined,
): StreamPrinter {
  const rows: unknown[] = [];
  let passed = false;
  return {
    item(value) {
      const shown = plan.query === undefined ? value : plan.query.apply(value);
      if (plan.query !== undefined && shown === null) return;
      passed ||= passesGate(shown);
      if (plan.format === 'table') rows.push(shown);
      else if (plan.format === 'yaml') write(`---\n${yamlText(shown)}`);
      else if (plan.format === 'text' && plan.query !== undefined) write(`${streamLine(shown)}\n`);
      // json, jsonl and text without --query: one JSON value per line (as --all has always printed).
      else write(`${outputJson(shown)}\n`);
    },
    end() {
      if (plan.format === 'table' && rows.length > 0) {
        const shown = plan.query === undefined ? columns : undefined;
        write(`${renderTable(rows, { ...plan, ...(shown === undefined ? {} : { columns: shown }) })}\n`);
      }
      return plan.exitStatus && !passed ? EXIT.failureState : EXIT.ok;
    },
  };
}
