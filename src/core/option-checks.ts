// The checks of the options that tune a call or a wait (milliseconds, retries, byte limits,
// callbacks): a bad value is a ValidationError naming the option, before anything is sent.
import { ValidationError } from './errors.js';
import type { CallMiddleware } from './middleware.js';

const MAX_RETRIES = 20;
/** setTimeout's limit: a longer delay fires at once (Node warns and uses 1 ms). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A whole number of milliseconds from `min` to 2^31-1, or undefined; ValidationError otherwise. */
export function checkMilliseconds(value: unknown, where: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TIMEOUT_MS) {
    throw new ValidationError(`${where} must be a whole number of milliseconds from ${min} to ${MAX_TIMEOUT_MS}`, [
      { path: where, message: `must be an integer from ${min} to ${MAX_TIMEOUT_MS}` },
    ]);
  }
  return value;
}

// A body limit larger than this buys nothing: Node cannot make one string of it.
export const MAX_BYTE_COUNT = 512 * 1024 * 1024;

/** A size limit in bytes: a whole number from 1 byte to 512 MiB. */
export function checkByteCount(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_BYTE_COUNT) {
    throw new ValidationError(`${where} must be a whole number of bytes from 1 to ${MAX_BYTE_COUNT}`, [
      { path: where, message: `must be an integer from 1 to ${MAX_BYTE_COUNT}` },
    ]);
  }
  return value;
}

export function checkRetries(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
    throw new ValidationError(`${where} must be a whole number from 0 to ${MAX_RETRIES}`, [
      { path: where, message: `must be an integer from 0 to ${MAX_RETRIES}` },
    ]);
  }
  return value;
}

export function checkFunction<F>(value: F | undefined, where: string): F | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new ValidationError(`${where} must be a function`, [{ path: where, message: 'must be a function' }]);
  }
  return value;
}

const HOOKS = ['onRequest', 'onResponse', 'onError'] as const;

/** A list of middleware: objects whose hooks, where given, are functions (and at least one is). */
export function checkMiddleware(value: unknown, where: string): readonly CallMiddleware[] {
  if (value === undefined) return [];
  const fail = (path: string, message: string) => {
    throw new ValidationError(`${path} ${message}`, [{ path, message }]);
  };
  if (!Array.isArray(value)) return fail(where, 'must be an array of middleware');
  value.forEach((item: unknown, index) => {
    const path = `${where}[${index}]`;
    if (typeof item !== 'object' || item === null)
      return fail(path, 'must be an object with onRequest, onResponse or onError');
    const hooks = item as Record<string, unknown>;
    if (!HOOKS.some((hook) => hooks[hook] !== undefined)) fail(path, 'has none of onRequest, onResponse, onError');
    for (const hook of HOOKS) {
      if (hooks[hook] !== undefined && typeof hooks[hook] !== 'function') fail(`${path}.${hook}`, 'must be a function');
    }
  });
  // A copy: the list a client was built with cannot be changed under it.
  return [...(value as CallMiddleware[])];
}
