// `--output table`: the list in an answer as aligned columns (a header row, two spaces between
// columns, no borders), fitted to the terminal's width; a single object as aligned key/value lines.
// Pure: the caller passes the width (undefined when stdout is not a terminal: nothing is cut) and
// whether to style. Every value is the server's: it is shown terminal-safe, measured after that.
import { valueAt } from '../core/dotted-path.js';
import { bigintJson } from '../core/json.js';
import { displayWidth, ELLIPSIS, fitWidth, padWidth } from './display-width.js';
import { isPlainObject } from './sources.js';
import { terminalSafe } from './terminal-text.js';

/** A column the spec declares (x-imagesec-table): its header, and the item field it shows (a dotted path). */
export interface TableColumn {
  readonly header: string;
  readonly path: string;
}

/** Where an answer's list is (a dotted path of the 200 body) and the columns to show of its items. */
export interface AnswerTable {
  readonly items: string;
  readonly columns: readonly TableColumn[];
}

export interface TableStyle {
  /**
   * The terminal's columns (a whole number, at least 1, is used); undefined when stdout is not a
   * terminal: then nothing is cut.
   */
  readonly width: number | undefined;
  /** Bold header (or keys) with SGR escapes; false: no escape code at all. */
  readonly color: boolean;
}

export interface TableOptions extends TableStyle {
  /** The columns to show; none: every key whose values are scalars, in the order first seen. */
  readonly columns?: readonly TableColumn[] | undefined;
}

const GAP = '  ';
/** A column shrunk to fit keeps this many columns at least (or its own width, when narrower). */
const MIN_COLUMN = 8;
/** A kept column is not cut below this (or its header, or its own width): enough of a name or an id to tell rows apart. */
const COMFORTABLE = 20;
/** Nested objects of a record are shown as dotted keys down to this depth, then as JSON. */
const RECORD_DEPTH = 3;
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

interface Column {
  readonly header: string;
  readonly value: (row: unknown) => unknown;
}

/** A cell: nothing for null, a string as it is, anything else as compact JSON (bigints exact); made safe. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return terminalSafe(typeof value === 'string' ? value : bigintJson(value));
}

/** Every key whose values are all scalars (or null), in the order first seen. */
function scalarColumns(rows: readonly Record<string, unknown>[]): Column[] {
  const keys = new Set<string>();
  const nested = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      keys.add(key);
      if (value !== null && typeof value === 'object') nested.add(key);
    }
  }
  return [...keys]
    .filter((key) => !nested.has(key))
    .map((key) => ({
      header: key,
      value: (row) => (isPlainObject(row) && Object.hasOwn(row, key) ? row[key] : undefined),
    }));
}

function columnsFor(rows: readonly unknown[], declared: readonly TableColumn[] | undefined): Column[] {
  if (declared !== undefined && declared.length > 0) {
    const columns = declared.map(({ header, path }): Column => ({ header, value: (row) => valueAt(row, path) }));
    // A declared field no row has (the service left it out) would only take room from the others.
    const filled = columns.filter((column) => rows.some((row) => !isEmpty(column.value(row))));
    return rows.length === 0 || filled.length === 0 ? columns : filled;
  }
  if (rows.length > 0 && rows.every(isPlainObject)) {
    const found = scalarColumns(rows);
    if (found.length > 0) return found;
  }
  return [{ header: 'value', value: (row) => row }];
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** The width to fit within: a whole number of columns, at least one; undefined for no limit. */
function limitOf(width: number | undefined): number | undefined {
  return width === undefined || !Number.isFinite(width) ? undefined : Math.max(1, Math.floor(width));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The largest of the numbers, 0 for none (a loop: a list may be longer than a call's arguments). */
function widest(values: readonly number[]): number {
  return values.reduce((most, value) => Math.max(most, value), 0);
}

/** The mark in place of the columns left out: how many there are. */
function droppedMark(count: number): string {
  return `${ELLIPSIS}+${count}`;
}

/**
 * The widths to show columns of these natural widths at within `width`: all as they are when they
 * fit; otherwise the columns on the right are left out (`dropped`, with room kept for the mark
 * that says so) until the rest fit at a width that still reads (COMFORTABLE, or their header or
 * own width), and the widest of those give first. One column is always shown, cut to the width
 * if need be.
 */
export function layout(
  natural: readonly number[],
  minimum: readonly number[],
  width: number | undefined,
): { widths: number[]; dropped: number } {
  const total = (widths: readonly number[]) => sum(widths) + GAP.length * Math.max(0, widths.length - 1);
  if (width === undefined || total(natural) <= width) return { widths: [...natural], dropped: 0 };
  // The room for `kept` columns' own text: the width less their gaps and the mark for the rest.
  const room = (kept: number) =>
    width -
    GAP.length * (kept - 1) -
    (kept < natural.length ? GAP.length + displayWidth(droppedMark(natural.length - kept)) : 0);
  // Columns come in the order they are wanted (the spec lists the first wanted first): the ones on
  // the right are left out before a column kept is cut below what still reads (COMFORTABLE).
  const least = natural.map((w, i) => Math.min(w, Math.max(minimum[i]!, COMFORTABLE)));
  let kept = natural.length;
  while (kept > 1 && sum(least.slice(0, kept)) > room(kept)) kept -= 1;
  let budget = room(kept);
  let dropped = natural.length - kept;
  // One column that cannot have the mark beside it: the column alone, as wide as there is room.
  if (kept === 1 && dropped > 0 && budget < 1) {
    budget = width;
    dropped = 0;
  }
  budget = Math.max(1, budget);
  const shown = natural.slice(0, kept);
  const floor = least.slice(0, kept).map((w) => Math.min(w, budget));
  // The highest cap on column widths whose total fits, then the columns at the cap take what is
  // left a column each, from the left.
  const capped = (cap: number) => shown.map((w, i) => Math.max(floor[i]!, Math.min(w, cap)));
  let low = 0;
  let high = widest(shown);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (sum(capped(middle)) <= budget) low = middle;
    else high = middle - 1;
  }
  const widths = capped(low);
  let left = budget - sum(widths);
  for (let i = 0; i < widths.length && left > 0; i += 1) {
    if (shown[i]! > widths[i]!) {
      widths[i]! += 1;
      left -= 1;
    }
  }
  return { widths, dropped };
}

/** Cells laid out as lines: each cut to its column's width and padded, no spaces at a line's end. */
function lines(cells: readonly (readonly string[])[], widths: readonly number[]): string[] {
  return cells.map((row) =>
    widths
      .map((width, i) => {
        const text = fitWidth(row[i] ?? '', width);
        return i === widths.length - 1 ? text : padWidth(text, width);
      })
      .join(GAP)
      .trimEnd(),
  );
}

function bold(text: string, color: boolean): string {
  return color && text !== '' ? `${BOLD}${text}${RESET}` : text;
}

/**
 * The rows as a table: objects a row each, with the given columns (dotted paths) or, when none
 * are given, their scalar keys; anything else (scalars, a mix) one `value` column. Nested values
 * show as compact JSON. Lines are joined with `\n`, with none after the last; no rows and no
 * columns given: nothing.
 */
export function renderTable(rows: readonly unknown[], options: TableOptions): string {
  if (rows.length === 0 && (options.columns === undefined || options.columns.length === 0)) return '';
  const columns = columnsFor(rows, options.columns);
  const header = columns.map((c) => terminalSafe(c.header));
  const body = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  const natural = columns.map((_, i) =>
    Math.max(displayWidth(header[i]!), widest(body.map((cells) => displayWidth(cells[i]!)))),
  );
  // A column shrinks no narrower than its header (so every shown header reads whole) or MIN_COLUMN.
  const minimum = header.map((text) => Math.max(MIN_COLUMN, displayWidth(text)));
  const { widths, dropped } = layout(natural, minimum, limitOf(options.width));
  let cells = [header, ...body];
  if (dropped > 0) {
    // The columns left out give way to one that names how many there are (its cells empty).
    const kept = widths.length;
    widths.push(displayWidth(droppedMark(dropped)));
    cells = [[...header.slice(0, kept), droppedMark(dropped)], ...body.map((row) => row.slice(0, kept))];
  }
  const [head = '', ...rest] = lines(cells, widths);
  return [bold(head, options.color), ...rest].join('\n');
}

/** A record's entries as key/value pairs, nested objects as dotted keys (down to a depth). */
function entries(value: Record<string, unknown>, prefix: string, depth: number): [string, unknown][] {
  return Object.entries(value).flatMap(([key, item]): [string, unknown][] =>
    isPlainObject(item) && Object.keys(item).length > 0 && depth < RECORD_DEPTH
      ? entries(item, `${prefix}${key}.`, depth + 1)
      : [[`${prefix}${key}`, item]],
  );
}

/**
 * A single value for people: an object as `key  value` lines with the keys aligned (nested
 * objects as dotted keys, lists as compact JSON), anything else as one line. The value is cut to
 * the width; the keys are cut only when even they do not fit.
 */
export function renderRecord(value: unknown, style: TableStyle): string {
  const width = limitOf(style.width);
  if (!isPlainObject(value)) return fitWidth(cellText(value), width ?? Number.POSITIVE_INFINITY);
  const pairs = entries(value, '', 0).map(([key, item]) => [terminalSafe(key), cellText(item)] as const);
  if (pairs.length === 0) return '{}';
  const keyWidth = widest(pairs.map(([key]) => displayWidth(key)));
  const valueWidth = widest(pairs.map(([, item]) => displayWidth(item)));
  const [keys, values]: [number, number] =
    width === undefined ? [keyWidth, valueWidth] : recordWidths(keyWidth, valueWidth, width);
  return pairs
    .map(([key, item]) => {
      const shownKey = fitWidth(key, keys);
      const shownValue = fitWidth(item, values).trimEnd();
      if (shownValue === '') return bold(shownKey, style.color);
      return `${bold(shownKey, style.color)}${' '.repeat(keys - displayWidth(shownKey))}${GAP}${shownValue}`;
    })
    .join('\n');
}

/** The key and value widths of a record within `width`: the value gives first, down to a minimum. */
function recordWidths(keyWidth: number, valueWidth: number, width: number): [number, number] {
  const room = width - GAP.length;
  if (keyWidth + valueWidth <= room) return [keyWidth, valueWidth];
  const values = Math.max(Math.min(valueWidth, MIN_COLUMN), room - keyWidth);
  const keys = Math.max(1, Math.min(keyWidth, room - values));
  return [keys, Math.max(0, room - keys)];
}

/**
 * An answer for `--output table`: the declared list (the operation's x-imagesec-table) as a table
 * with its columns when the answer holds it; a list answer as a table; anything else as a record.
 */
export function renderAnswer(data: unknown, table: AnswerTable | null, style: TableStyle): string {
  if (table !== null) {
    const items = valueAt(data, table.items);
    if (Array.isArray(items)) return renderTable(items, { ...style, columns: table.columns });
  }
  if (Array.isArray(data)) return renderTable(data, style);
  return renderRecord(data, style);
}
