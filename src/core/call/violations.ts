// Words the generated validator's findings (JSON-pointer locations, keywords) as violations in the
// caller's terms: a path into the input the caller gave (`image_type`, `body.image_info[0].id`) and
// a sentence; the generated schemas carry no messages of their own.
import { INTEGER_KEYWORD, type ValidationIssue } from '../request-validator.js';
import type { Violation } from '../errors.js';

/**
 * Input paths for parameters the caller does not pass by their spec name, keyed `section.name`
 * (e.g. `path.project_id` → `projectId`, a client option).
 */
export type ParameterAliases = Readonly<Record<string, string>>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

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
export function violationOf(issue: ValidationIssue, input: unknown, aliases: ParameterAliases): Violation {
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
