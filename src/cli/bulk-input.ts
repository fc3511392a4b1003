// The input of a bulk run: lines of a file or stdin, read once and as needed, and what each line
// stands for (the command line's values with the line's own over them).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { scalarValue } from './arguments.js';
import type { CliOperation, CliOption } from './operations.js';
import { fileProblem, isPlainObject, parseJson, STDIN_NAMES } from './sources.js';
import { UsageError } from './usage-error.js';

export interface Line {
  /** 1-based line number in the input. */
  readonly number: number;
  readonly text: string;
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

/** Lines of a file or stdin, skipping blank ones, read as they are needed; close() stops reading. */
export function openLines(source: string): { lines: AsyncGenerator<Line>; close: () => void } {
  const input = STDIN_NAMES.has(source) ? process.stdin : createReadStream(source, 'utf8');
  async function* read(): AsyncGenerator<Line> {
    const reader = createInterface({ input, crlfDelay: Infinity });
    let number = 0;
    for await (const raw of reader) {
      number += 1;
      // A byte-order mark (Windows editors) is not part of the first JSON value.
      const text = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() !== '') yield { number, text };
    }
  }
  // An open stdin would keep the process alive after an interrupted run.
  return { lines: read(), close: () => input.destroy() };
}

/**
 * Non-blank lines of a regular file (for the progress total, read as a stream); undefined for stdin,
 * pipes and FIFOs, which can be read only once.
 */
export async function countLines(source: string): Promise<number | undefined> {
  if (STDIN_NAMES.has(source)) return undefined;
  let count = 0;
  try {
    const kind = await stat(source);
    if (kind.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (!kind.isFile()) return undefined;
    for await (const text of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
      if (text.trim() !== '') count += 1;
    }
  } catch (error) {
    throw fileProblem(error, 'read', source, '--each');
  }
  return count;
}
