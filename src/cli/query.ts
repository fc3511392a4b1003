// --query: a JMESPath expression over what a command answers, with the engine the waiters use
// (@jmespath-community/jmespath, loaded only when a command has --query). The engine says what is
// wrong with an expression but not where; the column is found from its own tokens, so the usage
// error points at the character to fix.
import type { JSONValue } from '@jmespath-community/jmespath';
import { jsonData } from '../core/waiter/jmespath.js';
import { UsageError } from './usage-error.js';

type Engine = typeof import('@jmespath-community/jmespath');

export interface Query {
  readonly expression: string;
  /**
   * The expression's result over a value. Integers past 2^53-1 (HSS ids) are seen as their decimal
   * text: a JMESPath number is a double, which would change their last digits.
   */
  apply(value: unknown): JSONValue;
}

const HINT = 'JMESPath, as in the AWS CLI: https://jmespath.site/main/#spec';

/** Whether the engine failed only because the text ended (the expression is unfinished). */
function endedEarly(error: unknown): boolean {
  return error instanceof Error && /\(EOF\)|got: EOF|unexpected end/i.test(error.message);
}

function fails(engine: Engine, text: string): unknown {
  try {
    engine.compile(text);
    return undefined;
  } catch (error) {
    return error ?? new Error('failed');
  }
}

/**
 * Where an expression the engine refused goes wrong: the 0-based offset of the first token that
 * cannot continue it (the expression's length when it only ends too early), and that token's text.
 */
function errorAt(engine: Engine, expression: string): { offset: number; token: string | undefined } {
  let tokens: readonly { readonly start: number }[];
  try {
    tokens = engine.tokenize(expression);
  } catch {
    // A lexer error: the longest prefix that still reads as tokens ends where the bad one starts.
    let good = 0;
    for (let end = 1; end <= expression.length; end += 1) {
      try {
        engine.tokenize(expression.slice(0, end));
        good = end;
      } catch {
        // keep looking: a later prefix may close a quote
      }
    }
    return { offset: good, token: expression.slice(good, good + 1) || undefined };
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const end = i + 1 < tokens.length ? tokens[i + 1]!.start : expression.length;
    const error = fails(engine, expression.slice(0, end));
    if (error !== undefined && !endedEarly(error)) {
      return { offset: tokens[i]!.start, token: expression.slice(tokens[i]!.start, end).trimEnd() };
    }
  }
  return { offset: expression.length, token: undefined };
}

/** The names of the functions an expression calls (its syntax tree's Function nodes). */
function functionNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) functionNames(child, names);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Function' && typeof record.name === 'string') names.push(record.name);
    for (const value of Object.values(record)) functionNames(value, names);
  }
  return names;
}

/** One line that shows the expression with a marker before the column (the text is the user's own). */
function pointed(expression: string, offset: number): string {
  return `${expression.slice(0, offset)}>>>${expression.slice(offset)}`;
}

/** Compiles --query; a wrong expression is a UsageError (exit 2) naming its column. */
export async function compileQuery(expression: string): Promise<Query> {
  const engine: Engine = await import('@jmespath-community/jmespath');
  if (expression.trim() === '') throw new UsageError('--query is empty', HINT);
  let compiled: ReturnType<Engine['compile']>;
  try {
    compiled = engine.compile(expression);
  } catch (error) {
    const { offset, token } = errorAt(engine, expression);
    const what =
      token === undefined
        ? 'the expression ends too early'
        : `${error instanceof Error && error.name === 'LexerError' ? 'cannot read' : 'unexpected'} '${token}'`;
    throw new UsageError(`--query: ${what} at column ${offset + 1}: ${pointed(expression, offset)}`, HINT);
  }
  const unknown = functionNames(compiled).find((name) => !engine.isRegistered(name));
  if (unknown !== undefined) {
    const offset = Math.max(0, expression.search(new RegExp(`\\b${unknown}\\s*\\(`)));
    throw new UsageError(
      `--query: no function ${unknown}() at column ${offset + 1}: ${pointed(expression, offset)}`,
      HINT,
    );
  }
  const interpreter = engine.TreeInterpreter;
  return {
    expression,
    apply(value) {
      try {
        return interpreter.search(compiled, jsonData(value));
      } catch (error) {
        // A function given a value of the wrong type by this answer: the user's expression, not the API.
        const reason = error instanceof Error ? error.message : String(error);
        throw new UsageError(`--query could not be applied to the answer: ${reason}`, HINT);
      }
    },
  };
}

/** jq's -e: a result that is null, false or empty (`""`, `[]`, `{}`) fails the gate. */
export function passesGate(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
