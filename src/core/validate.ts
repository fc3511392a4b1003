// Runs an operation's generated validator (generated/<spec>.validators.ts) over a copy of the request
// a call will send, and turns its findings into one ValidationError that lists every violation,
// each located by a path into the caller's input (`image_type`, `body.image_info[0].id`).
import { INTEGER_KEYWORD, type RequestValidator, type ValidationIssue } from '../../generated/validator-runtime.js';
import { ValidationError, type Violation } from './errors.js';
import { HEADER_VALUE_RULE, isHeaderValue } from './headers.js';

/** The request as validated: parameters by section (spec names), and the JSON body. */
export interface RequestParts {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/**
 * Input paths for parameters the caller does not pass by their spec name, keyed `section.name`
 * (e.g. `path.project_id` → `projectId`, a client option).
 */
export type ParameterAliases = Readonly<Record<string, string>>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// A path parameter is put into the URL: refuse what would change the path rather than name a thing
// (a separator, a query or fragment start, an escape, a dot segment the URL parser would resolve).
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const UNSAFE_PATH_VALUE = /[/?#%\\\u0000-\u001f\u007f]|^\.{1,2}$/;

/** Whether a value can stand as one path segment exactly as given. */
export function isSafePathValue(value: string): boolean {
  return !UNSAFE_PATH_VALUE.test(value);
}

// Half of a UTF-16 surrogate pair: no UTF-8 for it, so it cannot be percent-encoded into a URL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_RULE = 'must be well-formed Unicode (it has half of a surrogate pair, which no URL can carry)';

/**
 * What a schema cannot say but the wire needs: header values of printable ASCII (CR/LF/NUL would
 * split the request; other bytes are signed differently from how they are sent), safe path segments.
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
    } else if (LONE_SURROGATE.test(value)) violations.push({ path, message: LONE_SURROGATE_RULE });
  }
  for (const [name, value] of Object.entries(request.query ?? {})) {
    const path = aliases[`query.${name}`] ?? name;
    const items: unknown[] = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (typeof item === 'string' && LONE_SURROGATE.test(item)) {
        violations.push({ path: Array.isArray(value) ? `${path}[${index}]` : path, message: LONE_SURROGATE_RULE });
      }
    });
  }
  return violations;
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/body/image_info/0/id` → `body.image_info[0].id`; `/query/image_type` → `image_type`. */
function inputPath(parts: readonly string[], aliases: ParameterAliases): string {
  const [section, name, ...rest] = parts;
  if (section === undefined) return '';
  let path: string;
  if (section === 'body') {
    path = 'body';
    if (name !== undefined) rest.unshift(name);
  } else {
    if (name === undefined) return section;
    path = aliases[`${section}.${name}`] ?? name;
  }
  for (const token of rest) {
    if (/^\d+$/.test(token)) path += `[${token}]`;
    else path += IDENTIFIER.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`;
  }
  return path;
}

function valueAt(input: unknown, parts: readonly string[]): unknown {
  let value = input;
  for (const token of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : '');

function integerMessage(params: Readonly<Record<string, unknown>>, value: unknown): string {
  const { minimum, maximum, bigint } = params as { minimum: string | null; maximum: string | null; bigint: boolean };
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return bigint
      ? 'is an integer beyond 2^53-1 that a number cannot hold exactly; pass a bigint'
      : 'is an integer beyond 2^53-1 that a number cannot hold exactly';
  }
  const kind = bigint ? 'an integer (number or bigint)' : 'an integer';
  if (minimum !== null && maximum !== null) return `must be ${kind} from ${minimum} to ${maximum}`;
  if (minimum !== null) return `must be ${kind} of at least ${minimum}`;
  if (maximum !== null) return `must be ${kind} of at most ${maximum}`;
  return `must be ${kind}`;
}

/** One finding as a violation; messages are written here (the generated schemas carry none). */
function violationOf(issue: ValidationIssue, input: unknown, aliases: ParameterAliases): Violation {
  const parts = tokens(issue.instancePath);
  const { params } = issue;
  const at = (extra: unknown) => inputPath([...parts, String(extra)], aliases);
  switch (issue.keyword) {
    case 'required':
      return { path: at(params.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return { path: at(params.additionalProperty), message: 'is not defined by the API (check the name)' };
    case 'enum':
      return { path: inputPath(parts, aliases), message: `must be one of ${list(params.allowedValues)}` };
    case 'const':
      return { path: inputPath(parts, aliases), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type': {
      const type = String(params.type);
      const article = /^[aeiou]/.test(type) ? 'an' : 'a';
      return { path: inputPath(parts, aliases), message: `must be ${article} ${type}` };
    }
    case 'minLength':
    case 'maxLength': {
      const bound = issue.keyword === 'minLength' ? 'at least' : 'at most';
      return { path: inputPath(parts, aliases), message: `must be ${bound} ${String(params.limit)} characters long` };
    }
    case 'minItems':
    case 'maxItems': {
      const bound = issue.keyword === 'minItems' ? 'at least' : 'at most';
      return { path: inputPath(parts, aliases), message: `must have ${bound} ${String(params.limit)} items` };
    }
    case 'pattern':
      return { path: inputPath(parts, aliases), message: `must match ${String(params.pattern)}` };
    case INTEGER_KEYWORD:
      return { path: inputPath(parts, aliases), message: integerMessage(params, valueAt(input, parts)) };
    default:
      return { path: inputPath(parts, aliases), message: `fails the API's ${issue.keyword} rule` };
  }
}

/** A copy of the request that later changes to the caller's objects cannot reach (bigint and cycles kept). */
function snapshot<R extends RequestParts>(request: R): R {
  try {
    return structuredClone(request);
  } catch (error) {
    // A function, symbol or class with private state somewhere in the input: not JSON data.
    const message = `is not plain data (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    throw new ValidationError(`invalid input: ${message}`, [{ path: '', message }]);
  }
}

/**
 * Copies the request, checks the copy against the operation's schema and returns it: the request
 * sent, on every attempt, is exactly the one checked. Throws one ValidationError listing every
 * violation, those found earlier by the client (`found`) included.
 */
export function checkRequest<R extends RequestParts>(
  validate: RequestValidator,
  input: R,
  aliases: ParameterAliases = {},
  found: readonly Violation[] = [],
): R {
  const request = snapshot(input);
  const all = [...found];
  if (!validate(request)) all.push(...(validate.errors ?? []).map((issue) => violationOf(issue, request, aliases)));
  all.push(...wireViolations(request, aliases));
  if (all.length === 0) return request;
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const violation of all) {
    const key = `${violation.path}\u0000${violation.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      violations.push(violation);
    }
  }
  throw ValidationError.listing('invalid input', violations);
}
