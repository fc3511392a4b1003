// JSON text with bigint written as a bare JSON number (for int64 fields past 2^53-1). For request
// bodies, a number too large to be exact, or a value JSON cannot hold (a cycle), is refused instead
// of sent wrong; for showing values (the CLI's output) nothing is refused.
import { ValidationError, type Violation } from './errors.js';

const MARK = '\u0000imagesec-bigint:';
// JSON.stringify escapes the NUL of the mark as \u0000, so user text can only collide with it by
// containing a real NUL followed by the mark, which the unquoted form below cannot produce.
const MARKED = /"\\u0000imagesec-bigint:(-?\d+)"/g;

function marked(item: unknown): unknown {
  return typeof item === 'bigint' ? `${MARK}${item.toString()}` : item;
}

/** JSON.stringify with bigints as exact JSON numbers, refusing nothing: for output, not requests. */
export function bigintJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, item: unknown) => marked(item), indent).replace(MARKED, '$1');
}

function pathOf(holder: unknown, key: string, parents: Map<unknown, string>): string {
  const parent = parents.get(holder) ?? '';
  if (key === '') return parent;
  return Array.isArray(holder) ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;
}

/** Joins a value's path inside the JSON to where the JSON sits in the caller's input. */
function under(root: string, path: string): string {
  if (root === '' || path === '') return root + path;
  return path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
}

// Deeper than any request of the specs: past it, the careful path below finds what is wrong.
const MAX_PLAIN_DEPTH = 64;

/**
 * Whether JSON.stringify alone writes `value` as stringifyJson would: plain objects and arrays of
 * strings, booleans, null and safe numbers, nothing else. The replacer below costs about a tenth of a
 * small call's client CPU; this walk, a fraction of that.
 */
function plainJson(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'number'
      ? !Number.isInteger(value) || Number.isSafeInteger(value)
      : typeof value !== 'bigint';
  }
  if (depth > MAX_PLAIN_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!plainJson(item, depth + 1)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (!plainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/**
 * JSON.stringify for request bodies and JSON-text parameters; throws ValidationError listing every
 * unsafe integer, with paths under `root` (the value's own path in the caller's input).
 */
export function stringifyJson(value: unknown, root = ''): string {
  if (plainJson(value, 0)) return JSON.stringify(value);
  const violations: Violation[] = [];
  const parents = new Map<unknown, string>();
  let sawBigint = false;
  const replacer = function (this: unknown, key: string, item: unknown) {
    const path = pathOf(this, key, parents);
    if (item !== null && typeof item === 'object') parents.set(item, path);
    if (typeof item === 'bigint') {
      sawBigint = true;
      return marked(item);
    }
    if (typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item)) {
      violations.push({
        path: under(root, path),
        message: 'is an integer beyond 2^53-1 that a number cannot hold exactly',
      });
    }
    return item;
  };
  let text: string;
  try {
    text = JSON.stringify(value, replacer);
  } catch (error) {
    // A cycle, or a toJSON that throws: the value is not JSON data.
    const message = `is not JSON data (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    throw new ValidationError(`${root || 'request body'} ${message}`, [{ path: root, message }]);
  }
  if (violations.length > 0) {
    throw ValidationError.listing('invalid input', violations);
  }
  return sawBigint ? text.replace(MARKED, '$1') : text;
}
