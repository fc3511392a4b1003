// The strict mock's request check: a request as it arrived on the wire, read into the parts the
// operation's generated validator checks (path, query, header, form fields, JSON body) and checked there, the
// way the SDK checks what it sends. What that catches and Prism does not: integers checked exactly
// (int64 past 2^53-1 included: the body is read with lossless-json), SAS `Info` decoded and checked
// against its schema, empty values checked like any other, parameter names taken exactly as
// written (no case folding), unknown query parameters refused.
import { cloudOf } from '../clouds.js';
import type { SchemaNode } from '../core/request-validator.js';
import { checkRequest } from '../core/call/check-input.js';
import { FORM_MEDIA_TYPE, readForm } from '../core/call/form.js';
import { ValidationError, type Violation } from '../core/errors.js';
import { exactInteger, parseExactJson } from '../core/exact-json.js';

/** The request as it came: path, the raw query, the headers (lower-case names), the body text. */
export interface WireRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** A query or header text as the value its schema node describes (left as text where it is none). */
function typed(node: SchemaNode | undefined, text: string): unknown {
  if (node?.['x-imagesec-integer'] !== undefined && /^-?\d+$/.test(text)) return exactInteger(text);
  if (node?.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function section(schema: SchemaNode | undefined, name: string): Readonly<Record<string, SchemaNode>> {
  return schema?.properties?.[name]?.properties ?? {};
}

/** The request read into the operation's parts, and what the check refused (empty: it passed). */
export interface CheckedRequest {
  /** Path, query, header and body as the validator saw them (typed, the body's integers exact). */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly violations: readonly Violation[];
}

/**
 * The request read for the operation and checked, violations in the SDK's words and paths; a
 * `body` that is not JSON is one violation.
 */
export function checkWireRequest(cloud: string, operationId: string, request: WireRequest): CheckedRequest {
  const { operations, validators } = cloudOf(cloud);
  const entry = operations[operationId];
  const validate = validators[`validate${operationId}`];
  if (entry === undefined || validate === undefined) return { parameters: {}, violations: [] };
  const schema = validate.schema;
  const parts: Record<string, unknown> = {};

  // Path parameters by the template's names.
  const template = entry.path.split('/');
  const segments = request.path.split('/');
  const path: Record<string, unknown> = {};
  template.forEach((part, i) => {
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name !== undefined) path[name] = decodeURIComponent(segments[i] ?? '');
  });
  if (entry.parameters.path.length > 0) parts.path = path;

  // Every query name as written; a repeated one is an array.
  const queryTypes = section(schema, 'query');
  const query: Record<string, unknown> = {};
  for (const name of new Set(request.query.keys())) {
    const node = queryTypes[name];
    const values = request.query.getAll(name);
    // A JSON-text parameter stays text here: checkRequest decodes it (its schema is the decoded value's).
    if (name in entry.jsonQuery) query[name] = values.at(-1) ?? '';
    else if (node?.type === 'array') query[name] = values.map((v) => typed(node.items, v));
    else query[name] = typed(node, values.at(-1) ?? '');
  }
  // An operation with no query parameters has no query section to check: only a query sent anyway is.
  if (entry.parameters.query.length > 0 || Object.keys(query).length > 0) parts.query = query;

  // The operation's header parameters by their spec names (HTTP header names are case-insensitive).
  const header: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(section(schema, 'header'))) {
    const value = request.headers[name.toLowerCase()];
    if (value !== undefined) header[name] = typed(node, value);
  }
  if (entry.parameters.header.length > 0 || Object.keys(entry.constHeaders).length > 0) parts.header = header;

  // A form body's fields typed as the query's are (`Name.N` gathered into the list it flattens).
  if (entry.parameters.form.length > 0) {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (request.body !== '' && type !== FORM_MEDIA_TYPE) {
      return { parameters: parts, violations: [{ path: 'body', message: `must be ${FORM_MEDIA_TYPE}` }] };
    }
    const formTypes = section(schema, 'form');
    const { fields, violations } = readForm(entry, request.body);
    if (violations.length > 0) return { parameters: parts, violations };
    parts.form = Object.fromEntries(
      Object.entries(fields).map(([name, value]) => {
        const node = formTypes[name];
        return [
          name,
          Array.isArray(value) ? value.map((v: string) => typed(node?.items, v)) : typed(node, value as string),
        ];
      }),
    );
  }
  if (entry.body !== null && request.body !== '') {
    try {
      parts.body = parseExactJson(request.body);
    } catch {
      return { parameters: parts, violations: [{ path: 'body', message: 'is not JSON' }] };
    }
  }
  try {
    return { parameters: checkRequest(parts, { validate, jsonQuery: Object.keys(entry.jsonQuery) }), violations: [] };
  } catch (error) {
    if (error instanceof ValidationError) return { parameters: parts, violations: [...error.violations] };
    throw error;
  }
}
