// The input of a bulk run: lines of a file or stdin, read once and as needed, and what each line
// stands for (the command line's values with the line's own over them).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { scalarValue } from './flag-value.js';
import type { CliOperation, CliOption } from './operations.js';
import { fileProblem, isPlainObject, parseJson, STDIN_NAMES } from './sources.js';
import { UsageError } from './usage-error.js';

export interface Line {
  /** 1-based line number in the input. */
  readonly number: number;
  readonly text: string;
}

/** The identity of a line's content (for the journal): 16 hex digits of its SHA-256. */
export function lineHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The input a line stands for: the command line's values, then the line's own over them. */
export function lineInput(operation: CliOperation, base: Record<string, unknown>, line: Line): Record<string, unknown> {
  const value = parseJson(line.text, `line ${line.number}`);
  if (!isPlainObject(value)) throw new UsageError(`line ${line.number} must be a JSON object ({...})`);
  const input: Record<string, unknown> = { ...base };
  let body = isPlainObject(base.body) ? { ...base.body } : undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'body') {
      if (operation.body === undefined) throw new UsageError(`line ${line.number}: ${operation.command} takes no body`);
      if (!isPlainObject(item)) throw new UsageError(`line ${line.number}: "body" must be a JSON object`);
      body = { ...body, ...item };
      continue;
    }
    const option = findOption(operation, key);
    if (option === undefined) {
      const names = operation.options.map((o) => o.name);
      throw new UsageError(
        `line ${line.number}: unknown key "${key}"`,
        `keys are "body" and the parameters by spec or flag name: ${names.join(', ')}`,
      );
    }
    const converted = lineValue(option, item, `line ${line.number} "${key}"`);
    if (option.in === 'body') body = { ...body, [option.name]: converted };
    else input[option.name] = converted;
  }
  if (body !== undefined) input.body = body;
  return input;
}

function findOption(operation: CliOperation, key: string): CliOption | undefined {
  return operation.options.find((o) => o.name === key || o.flag === key);
}

function lineValue(option: CliOption, item: unknown, where: string): unknown {
  if (option.repeatable && Array.isArray(item)) return item.map((v) => scalarValue(option, v, where));
  // A JSON-text parameter (SAS Info) may be given as the JSON itself; the SDK serialises it.
  if (option.json) return item;
  return scalarValue(option, item, where);
}

/** Where a bulk run's lines come from: read once, as needed; close() stops reading. */
export interface LineSource {
  readonly lines: AsyncIterator<Line>;
  readonly close: () => void;
}

/** What a first pass over a regular file found: its non-blank lines, and their hashes when asked. */
export interface InputScan {
  readonly count: number;
  /** Line number → lineHash of its text (only when asked for). */
  readonly hashes: ReadonlyMap<number, string>;
}

/** The non-blank lines of a stream, numbered as in the input (blank lines count). */
async function* numbered(input: NodeJS.ReadableStream): AsyncGenerator<Line> {
  let number = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    // A byte-order mark (Windows editors) is not part of the first JSON value.
    const text = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() !== '') yield { number, text };
  }
}

/** Lines of a file or stdin, skipping blank ones, read as they are needed. */
export function openLines(source: string): LineSource {
  const input = STDIN_NAMES.has(source) ? process.stdin : createReadStream(source, 'utf8');
  // An open stdin would keep the process alive after an interrupted run.
  return { lines: numbered(input), close: () => input.destroy() };
}

/**
 * A first pass over a regular file (for the progress total and to match a journal), read as a
 * stream; undefined for stdin, pipes and FIFOs, which can be read only once.
 */
export async function scanInput(source: string, withHashes: boolean): Promise<InputScan | undefined> {
  if (STDIN_NAMES.has(source)) return undefined;
  let count = 0;
  const hashes = new Map<number, string>();
  try {
    const kind = await stat(source);
    if (kind.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (!kind.isFile()) return undefined;
    for await (const line of numbered(createReadStream(source, 'utf8'))) {
      count += 1;
      if (withHashes) hashes.set(line.number, lineHash(line.text));
    }
  } catch (error) {
    throw fileProblem(error, 'read', source, '--each');
  }
  return { count, hashes };
}
