// Which state one poll's outcome puts a waiter in: its acceptors checked in order, the first that
// matches deciding (Smithy). An answer (2xx) is matched by `output` (a JMESPath expression on the
// parsed body), `inputOutput` (on `{input, output}`) or `success: true`; an API error by `errorType`
// (the vendor's code that the ApiError carries: HSS `error_code`, SAS `Code`) or `success: false`.
// Comparators are strict about types: `stringEquals` needs a string, `booleanEquals` a boolean,
// `allStringEquals`/`anyStringEquals` an array of strings (an empty one never matches "all").
import type { JSONValue } from '@jmespath-community/jmespath';
import { ApiError } from '../errors.js';
import { describeError, describeValues } from './describe.js';
import { jsonData, type Searcher } from './jmespath.js';
import type { Acceptor, Comparator, WaiterState } from './types.js';

/** What one poll ended with: an answer (status and parsed body) or an error. */
export type PollOutcome =
  | { readonly ok: true; readonly status: number; readonly data: unknown }
  | { readonly ok: false; readonly error: unknown };

export interface Matched {
  /** The state of the first acceptor that matched, or undefined when none did. */
  readonly state: WaiterState | undefined;
  /** The state seen, bounded (describe.ts). */
  readonly description: string;
}

/** Whether `value` compares to `expected` as `comparator` says. */
export function compare(value: JSONValue | undefined, comparator: Comparator, expected: string): boolean {
  switch (comparator) {
    case 'stringEquals':
      return typeof value === 'string' && value === expected;
    case 'booleanEquals':
      return typeof value === 'boolean' && String(value) === expected;
    case 'allStringEquals':
      return Array.isArray(value) && value.length > 0 && value.every((item) => item === expected);
    case 'anyStringEquals':
      return Array.isArray(value) && value.some((item) => item === expected);
  }
}

/** The acceptors against one poll's outcome; `input` is the waiter's input as given. */
export function matchAcceptors(
  acceptors: readonly Acceptor[],
  input: unknown,
  outcome: PollOutcome,
  engine: Searcher,
): Matched {
  if (!outcome.ok) {
    const { error } = outcome;
    const apiError = error instanceof ApiError ? error : undefined;
    const found = acceptors.find(({ matcher }) =>
      'errorType' in matcher
        ? apiError !== undefined && apiError.code === matcher.errorType
        : 'success' in matcher && matcher.success === false && apiError !== undefined,
    );
    return { state: found?.state, description: describeError(error) };
  }
  const output = jsonData(outcome.data);
  let both: JSONValue | undefined;
  // Every expression the acceptors read, each evaluated once, in order: the description shows them
  // all (an expression on `{input, output}` is told apart from the same text on the output alone).
  const values = new Map<string, { label: string; value: JSONValue | undefined }>();
  const read = (path: string, withInput: boolean) => {
    const key = `${withInput ? 'inputOutput' : 'output'} ${path}`;
    let seen = values.get(key);
    if (seen === undefined) {
      const data = withInput ? (both ??= { input: jsonData(input), output }) : output;
      seen = { label: path, value: engine.search(path, data) };
      values.set(key, seen);
    }
    return seen.value;
  };
  let state: WaiterState | undefined;
  for (const { state: candidate, matcher } of acceptors) {
    let matches = false;
    if ('output' in matcher) {
      const { path, comparator, expected } = matcher.output;
      matches = compare(read(path, false), comparator, expected);
    } else if ('inputOutput' in matcher) {
      const { path, comparator, expected } = matcher.inputOutput;
      matches = compare(read(path, true), comparator, expected);
    } else if ('success' in matcher) matches = matcher.success;
    if (matches && state === undefined) state = candidate;
  }
  return { state, description: describeValues([...values.values()], outcome.status) };
}
