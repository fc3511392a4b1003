// The state a waiter saw, in a few words for progress lines and errors: the values its acceptors'
// expressions read from the answer (the spec chooses them: status fields, counts), or the API
// error's code and status. Bounded in length whatever the answer holds, and built only from those
// values, the spec's own expressions and error codes: never headers, request text or credentials.
import type { JSONValue } from '@jmespath-community/jmespath';
import { ApiError } from '../errors.js';

const MAX_TEXT = 60;
const MAX_ITEMS = 3;
const MAX_EXPRESSION = 80;
/** The longest description. */
export const MAX_DESCRIPTION = 240;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value read by an expression, shortened: long strings cut, a few items of an array, an object's key count. */
export function shortValue(value: JSONValue | undefined, depth = 0): string {
  if (value === undefined) return '(no value)';
  if (typeof value === 'string') return JSON.stringify(cut(value, MAX_TEXT));
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (depth > 0) return `[${value.length} items]`;
    const shown = value.slice(0, MAX_ITEMS).map((item) => shortValue(item, depth + 1));
    const more = value.length > MAX_ITEMS ? `, … ${value.length - MAX_ITEMS} more` : '';
    return `[${shown.join(', ')}${more}]`;
  }
  const keys = Object.keys(value).length;
  return `{${keys} ${keys === 1 ? 'key' : 'keys'}}`;
}

/** `expression = value; ...` for the values read, within MAX_DESCRIPTION characters. */
export function describeValues(
  values: readonly { readonly label: string; readonly value: JSONValue | undefined }[],
  status: number,
): string {
  if (values.length === 0) return `HTTP ${status}`;
  const parts = values.map(({ label, value }) => `${cut(label, MAX_EXPRESSION)} = ${shortValue(value)}`);
  return cut(parts.join('; '), MAX_DESCRIPTION);
}

/** An error a poll ended with: its vendor code and HTTP status, or its kind. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    return cut(`error ${error.code === undefined ? '' : `${error.code} `}(HTTP ${error.status})`, MAX_DESCRIPTION);
  }
  return error instanceof Error ? cut(`error ${error.name}`, MAX_DESCRIPTION) : 'error';
}
