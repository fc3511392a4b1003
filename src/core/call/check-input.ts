// The first step of a call: check what the caller gave before anything is built or sent. The
// call's extra headers, then a copy of the request against the operation's generated validator
// (JSON-text parameters as the value their text holds) and the rules of the wire, all violations
// in one ValidationError. The copy is what every attempt sends.
import type { RequestValidator } from '../request-validator.js';
import { ValidationError, type Violation } from '../errors.js';
import { stringifyJson } from '../json.js';
import { violationOf, type ParameterAliases } from './violations.js';

export type { ParameterAliases } from './violations.js';

/** The request as validated: parameters by section (spec names), a form body's fields, and the JSON body. */
export interface RequestParts {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  /** The fields of a form body (application/x-www-form-urlencoded), by spec name. */
  readonly form?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/** How one operation's request is checked. */
export interface RequestRules {
  /** The operation's generated validator. */
  readonly validate: RequestValidator;
  /** Where violations of parameters the caller names differently are reported. */
  readonly aliases?: ParameterAliases | undefined;
  /**
   * Query parameters that carry JSON text (the spec's contentMediaType application/json): checked
   * as the value the text holds, sent as the caller's text, or as JSON of the value given.
   */
  readonly jsonQuery?: readonly string[] | undefined;
}

// RFC 9110 token.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Visible ASCII, space and tab: CR/LF/NUL could split a request, and bytes above 0x7E are sent as
// Latin-1 but would be hashed as UTF-8 by a signer.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
/** The rule a header value breaks when `isHeaderValue` is false, as a violation message. */
const HEADER_VALUE_RULE = 'must be printable ASCII (no CR, LF, NUL or non-ASCII characters)';
// Set by the runtime from the URL and the body: a user value would be signed but not sent as given.
const RUNTIME_OWNED = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

/** Whether a value can be sent as a header exactly as it is signed. */
export function isHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}

/**
 * A call's extra headers (`options.headers`): a bad one would otherwise surface as a bare TypeError
 * from Headers, or be sent differently from how it was signed. Throws ValidationError listing every
 * bad header; `where` prefixes the violation paths.
 */
export function checkHeaders(headers: Readonly<Record<string, string>> | undefined, where: string): void {
  if (headers === undefined) return;
  const violations: Violation[] = [];
  // A Headers instance (allowed from JavaScript) has no own entries: read it as what it sends.
  const entries = headers instanceof Headers ? [...headers] : Object.entries(headers);
  for (const [name, value] of entries) {
    const path = `${where}.${name}`;
    if (!HEADER_NAME.test(name)) violations.push({ path, message: 'is not a valid header name' });
    else if (RUNTIME_OWNED.has(name.toLowerCase())) {
      violations.push({ path, message: 'is set by the runtime; use `endpoint` to change the host' });
    } else if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      violations.push({ path, message: HEADER_VALUE_RULE });
    }
  }
  if (violations.length > 0) {
    throw ValidationError.listing(where, violations);
  }
}

// A path parameter is put into the URL: refuse what would change the path rather than name a thing
// (a separator, a query or fragment start, an escape, a dot segment the URL parser would resolve).
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const UNSAFE_PATH_VALUE = /[/?#%\\\u0000-\u001f\u007f]|^\.{1,2}$/;

/** Whether a value can stand as one path segment exactly as given. */
export function isSafePathValue(value: string): boolean {
  return !UNSAFE_PATH_VALUE.test(value);
}

// A string with half of a UTF-16 surrogate pair is not well-formed: no UTF-8 for it, so it cannot
// be percent-encoded into a URL.
const LONE_SURROGATE_RULE = 'must be well-formed Unicode (it has half of a surrogate pair, which no URL can carry)';

/**
 * What a schema cannot say but the wire needs: header values of printable ASCII (CR/LF/NUL would
 * split the request; other bytes are signed differently from how they are sent), safe path segments,
 * query and form values that UTF-8 (so percent-encoding) can carry.
 */
function wireViolations(request: RequestParts, aliases: ParameterAliases): Violation[] {
  const violations: Violation[] = [];
  for (const [name, value] of Object.entries(request.header ?? {})) {
    if (typeof value !== 'string') continue;
    const path = aliases[`header.${name}`] ?? name;
    if (!isHeaderValue(value)) {
      violations.push({ path, message: HEADER_VALUE_RULE });
    } else if (/^[ \t]|[ \t]$/.test(value)) {
      // HTTP drops a header value's outer whitespace: the server would see a different value.
      violations.push({ path, message: 'must not start or end with a space or tab' });
    }
  }
  for (const [name, value] of Object.entries(request.path ?? {})) {
    if (typeof value !== 'string') continue;
    const path = aliases[`path.${name}`] ?? name;
    if (!isSafePathValue(value)) {
      violations.push({ path, message: 'must not contain /, ?, #, %, \\ or control characters, nor be . or ..' });
    } else if (!value.isWellFormed()) violations.push({ path, message: LONE_SURROGATE_RULE });
  }
  for (const [name, value] of [...Object.entries(request.query ?? {}), ...Object.entries(request.form ?? {})]) {
    const path = aliases[`query.${name}`] ?? name;
    const items: unknown[] = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (typeof item === 'string' && !item.isWellFormed()) {
        violations.push({ path: Array.isArray(value) ? `${path}[${index}]` : path, message: LONE_SURROGATE_RULE });
      }
    });
  }
  return violations;
}

const NOT_PLAIN = Symbol('not plain');
// Deeper than any request of the specs: past it, a cycle is the likely cause (structuredClone keeps it).
const MAX_PLAIN_DEPTH = 64;

/** A copy of JSON-like data (plain objects, arrays, primitives, bigint), or NOT_PLAIN for anything else. */
function plainCopy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null)
    return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  if (depth > MAX_PLAIN_DEPTH) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return NOT_PLAIN;
      const item = plainCopy(value[i], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy[i] = item;
    }
    return copy;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Assigning it would set the copy's prototype: structuredClone copies it as a property.
    if (key === '__proto__') return NOT_PLAIN;
    const item = plainCopy((value as Record<string, unknown>)[key], depth + 1);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = item;
  }
  return copy;
}

/**
 * A copy of the request that later changes to the caller's objects cannot reach. JSON-like input
 * (every request the types allow) is copied directly: structuredClone cost about a tenth of a call's
 * client CPU (npm run bench profile). Anything else goes through structuredClone, which keeps
 * cycles, dates and the like for the checks to name, and refuses functions and symbols.
 */
function snapshot<R extends RequestParts>(request: R): R {
  const copy = plainCopy(request, 0);
  if (copy !== NOT_PLAIN) return copy as R;
  try {
    return structuredClone(request);
  } catch (error) {
    // A function, symbol or class with private state somewhere in the input: not JSON data.
    const message = `is not plain data (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    throw new ValidationError(`invalid input: ${message}`, [{ path: '', message }]);
  }
}

/**
 * JSON-text query parameters decoded in place (the copy is the checker's own), with the caller's
 * texts to send and a violation for text that does not parse.
 */
function decodeJsonText(query: Record<string, unknown>, names: readonly string[]) {
  const texts = new Map<string, string>();
  const violations: Violation[] = [];
  for (const name of names) {
    const given = query[name];
    if (typeof given !== 'string') continue;
    try {
      query[name] = JSON.parse(given) as unknown;
      texts.set(name, given);
    } catch {
      delete query[name];
      violations.push({ path: name, message: 'must be JSON text (or pass the value itself)' });
    }
  }
  return { texts, violations };
}

/** Each violation once, in the order found. */
function distinct(violations: readonly Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = `${violation.path}\u0000${violation.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Copies the request, checks the copy against the operation's rules and returns it as it is to be
 * sent: the request sent, on every attempt, is exactly the one checked. Throws one ValidationError
 * listing every violation.
 */
export function checkRequest<R extends RequestParts>(input: R, rules: RequestRules): R {
  const request = snapshot(input);
  const aliases = rules.aliases ?? {};
  const jsonNames = rules.jsonQuery ?? [];
  const query = request.query as Record<string, unknown> | undefined;
  const json = query === undefined ? undefined : decodeJsonText(query, jsonNames);
  const all = [...(json?.violations ?? [])];
  const { validate } = rules;
  if (!validate(request)) all.push(...(validate.errors ?? []).map((issue) => violationOf(issue, request, aliases)));
  all.push(...wireViolations(request, aliases));
  if (all.length > 0) throw ValidationError.listing('invalid input', distinct(all));
  if (query !== undefined) {
    for (const name of jsonNames) {
      const value = query[name];
      if (value !== undefined) query[name] = json?.texts.get(name) ?? stringifyJson(value, name);
    }
  }
  return request;
}
