// Builds generated/<spec>.validators.ts: per operation, the schema of the request a call would send
// (path, query, header and form values, and the JSON body), as data that src/core/request-validator.ts checks at run time.
// Data, not compiled code, keeps the validators small in a bundle. The schemas are reduced here to
// the subset the checker implements; anything outside it stops generation rather than be skipped.
import type { OpenAPI3, ParameterObject } from 'openapi-typescript';
import { parse } from 'yaml';
import {
  INTEGER_KEYWORD,
  TYPE_KEYWORDS,
  type IntegerRule,
  type SchemaNode,
  type SchemaType,
} from '../../src/core/request-validator.js';
import { operationParameters, specOperations, resolveRef, type SpecOperation } from '../spec/document.js';
import { shippedLayout, type ModuleLayout } from './layout.js';

/** A schema as the spec writes it, read keyword by keyword. */
type Schema = Record<string, unknown>;

/** An operation's request: as the spec says it, and as the checker reads it. */
export interface RequestSchema {
  readonly operationId: string;
  /** `{ path, query, header, body }` in spec terms (`$ref`s, integers as bigint, annotations). */
  readonly request: Schema;
  /** The same, reduced to the checker's subset: refs resolved, annotations and formats dropped. */
  readonly checked: SchemaNode;
}

// Annotations change nothing a validator checks. contentMediaType/contentSchema of a parameter are
// applied by validating its decoded value (see `parameterSchema`); elsewhere they are annotations too.
const ANNOTATIONS = new Set([
  'description',
  'examples',
  'example',
  'default',
  'title',
  'deprecated',
  'contentMediaType',
  'contentSchema',
  // Who may send or receive a field: the same checks apply to what is sent.
  'readOnly',
  'writeOnly',
]);

// The formats the vendors' API pages use, and what each adds to the checks (its bounds, or a
// pattern where the schema states none); any other format stops generation.
const FORMATS: Record<string, string> = {
  int32: 'an integer from -2^31 to 2^31-1: those bounds narrow the stated ones',
  int64: 'the integer keyword accepts safe integers (or bigints within the stated range), all inside int64',
  float: 'a JSON number; single precision is for the server to round to',
  double: 'a JSON number, as every JavaScript number is',
  'date-time': 'an RFC 3339 date-time, checked by a pattern when the schema states none',
  date: 'an RFC 3339 full-date, checked by a pattern likewise',
  uri: 'an absolute URI (a scheme, then no blanks), checked by a pattern likewise',
  password:
    'a string like any other; the operation table lists it among the secrets masked wherever a request is shown',
};

/** The pattern each string format implies (RFC 3339 section 5.6; RFC 3986 section 3, loosely). */
const FORMAT_PATTERNS: Record<string, string> = {
  'date-time': '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  uri: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$',
};

const INT32 = { minimum: -(2n ** 31n), maximum: 2n ** 31n - 1n };

const TYPES = new Set<string>([...Object.keys(TYPE_KEYWORDS), 'integer']);
const COMPONENT_SCHEMA = '#/components/schemas/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A spec value as an error message shows it (objects as JSON, integers read as bigint exactly). */
function shown(value: unknown): string {
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(undefined);
}

const isRecord = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const ignored = (keyword: string) => ANNOTATIONS.has(keyword) || keyword.startsWith('x-');

/**
 * `type: integer` with its bounds, as the integer keyword: a JavaScript number must be a safe
 * integer (a larger one was already rounded); a bigint is accepted only where the spec's range
 * passes 2^53-1 (HSS `image_info[].id`, up to 2^63-1), and compared exactly.
 */
function integerRule(raw: Schema, at: string): IntegerRule {
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) {
    if (keyword in raw) throw new Error(`${at}: integer schemas with ${keyword} are not supported by the generator`);
  }
  const bigint = typeof raw.maximum === 'bigint' && raw.maximum > BigInt(Number.MAX_SAFE_INTEGER);
  const minimum = integerBound(raw.minimum, `${at}/minimum`);
  const maximum = integerBound(raw.maximum, `${at}/maximum`);
  if (raw.format !== 'int32') return { minimum, maximum, bigint };
  // int32's own range, narrowed further by whatever the schema states.
  const low = minimum === null || BigInt(minimum) < INT32.minimum ? INT32.minimum : BigInt(minimum);
  const high = maximum === null || BigInt(maximum) > INT32.maximum ? INT32.maximum : BigInt(maximum);
  return { minimum: low.toString(), maximum: high.toString(), bigint: false };
}

/** A bound as exact decimal text. The YAML is parsed with integers as bigint (2^63-1 as a number
 * would round up to 2^63); a bound written as a float (`10.0`, `1e3`) must still be whole. */
function integerBound(value: unknown, at: string): string | null {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value).toString();
  throw new Error(`${at}: ${shown(value)} is not a whole number the generator can compare exactly`);
}

/** A `const` or `enum` value: the checker compares with ===, so only JSON primitives. */
function primitive(value: unknown, at: string): string | number | boolean | null {
  if (
    typeof value === 'bigint' &&
    value >= -BigInt(Number.MAX_SAFE_INTEGER) &&
    value <= BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return Number(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(
    `${at}: ${shown(value)} is not a value the generator can compare (string, safe number, boolean, null)`,
  );
}

function count(value: unknown, at: string): number {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new Error(`${at}: ${String(value)} is not a count`);
  return n;
}

/**
 * A keyword's value as the checker takes it, or undefined for one that only shapes another (a
 * format, an integer's bounds). Throws on a keyword or value outside the checker's subset.
 */
function keywordValue(
  keyword: string,
  raw: Schema,
  at: string,
  read: (schema: unknown, at: string) => SchemaNode,
): unknown {
  const value = raw[keyword];
  switch (keyword) {
    case 'format': {
      if (typeof value !== 'string' || FORMATS[value] === undefined)
        throw new Error(`${at}: format ${String(value)} has no check`);
      const integerFormat = value === 'int32' || value === 'int64';
      const numberFormat = value === 'float' || value === 'double';
      // password (a secret) is a string format that adds no check.
      const wanted = integerFormat ? 'integer' : numberFormat ? 'number' : 'string';
      if (raw.type !== wanted) throw new Error(`${at}: format ${value} goes with type ${wanted}`);
      return undefined;
    }
    case 'type':
      if (Array.isArray(value)) throw new Error(`${at}: type unions are not supported (${value.join(', ')})`);
      if (typeof value !== 'string' || !TYPES.has(value))
        throw new Error(`${at}: type ${String(value)} is not supported`);
      return value;
    case 'const':
      return primitive(value, at);
    case 'enum':
      if (!Array.isArray(value) || value.length === 0) throw new Error(`${at}: enum must list values`);
      return value.map((v) => primitive(v, at));
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return count(value, at);
    case 'pattern':
      if (typeof value !== 'string') throw new Error(`${at}: pattern must be text`);
      new RegExp(value, 'u'); // throws here rather than in a user's call when the checker cannot compile it
      return value;
    case 'items':
      return read(value, at);
    case 'properties':
      return properties(value, at, read);
    case 'required':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new Error(`${at}: required must list names`);
      return value;
    case 'additionalProperties':
      if (value !== false) throw new Error(`${at}: only additionalProperties: false is supported`);
      return false;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      if (raw.type !== 'integer') throw new Error(`${at}: ${keyword} is supported on integers only`);
      return undefined;
    default:
      throw new Error(`${at}: keyword ${keyword} is not supported by the generator`);
  }
}

function properties(
  value: unknown,
  at: string,
  read: (schema: unknown, at: string) => SchemaNode,
): Record<string, SchemaNode> {
  if (!isRecord(value)) throw new Error(`${at}: properties must map names to schemas`);
  // An object literal would take `__proto__` for its prototype, not for a property.
  if (Object.hasOwn(value, '__proto__')) throw new Error(`${at}: a property named __proto__ is not supported`);
  return Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, read(schema, `${at}/${name}`)]));
}

/**
 * Reads spec schemas into the checker's form. A `$ref` to a component becomes that component's node
 * (read once, the same object wherever it is used); keys come in one fixed order, so equal schemas
 * print the same and can be shared (`SchemaWriter`).
 */
function schemaReader(doc: OpenAPI3): (schema: unknown, at: string) => SchemaNode {
  const components = new Map<string, SchemaNode>();
  const reading = new Set<string>();

  function component(ref: unknown, at: string): SchemaNode {
    const name = typeof ref === 'string' && ref.startsWith(COMPONENT_SCHEMA) ? ref.slice(COMPONENT_SCHEMA.length) : '';
    const schema = doc.components?.schemas?.[name];
    if (schema === undefined) throw new Error(`${at}: unresolved $ref ${String(ref)}`);
    const known = components.get(name);
    if (known !== undefined) return known;
    if (reading.has(name)) throw new Error(`${at}: recursive schema ${name} is not supported by the generator`);
    reading.add(name);
    const node = read(schema, `${COMPONENT_SCHEMA}${name}`);
    reading.delete(name);
    components.set(name, node);
    return node;
  }

  function read(raw: unknown, at: string): SchemaNode {
    if (!isRecord(raw)) throw new Error(`${at}: a schema must be an object`);
    const keywords = Object.keys(raw).filter((keyword) => !ignored(keyword));
    if ('$ref' in raw) {
      if (keywords.length > 1) throw new Error(`${at}: $ref beside ${keywords.join(', ')} is not supported`);
      return component(raw.$ref, at);
    }
    const found: Schema = {};
    for (const keyword of keywords) {
      const value = keywordValue(keyword, raw, `${at}/${keyword}`, read);
      if (value !== undefined) found[keyword] = value;
    }
    // `enum: [v]` beside `const: v` is there for tools that read only `enum`; it adds no check, and
    // kept it would report a wrong value twice.
    if (Array.isArray(found.enum) && found.enum.length === 1 && found.enum[0] === found.const) delete found.enum;
    if (found.type === 'integer') {
      delete found.type;
      found[INTEGER_KEYWORD] = integerRule(raw, at);
    }
    const implied = typeof raw.format === 'string' ? FORMAT_PATTERNS[raw.format] : undefined;
    if (implied !== undefined && found.pattern === undefined) found.pattern = implied;
    // As Ajv's strict mode: a required name the schema does not define is a mistake in the spec.
    for (const name of (found.required ?? []) as string[]) {
      if (!Object.hasOwn(found.properties ?? {}, name))
        throw new Error(`${at}: required ${name} is not among the properties`);
    }
    return ordered(found, at);
  }

  return read;
}

/** The node with its keywords in one order, each allowed only beside its type. */
function ordered(found: Schema, at: string): SchemaNode {
  const type = found.type as SchemaType | undefined;
  const typed = type === undefined ? [] : TYPE_KEYWORDS[type];
  const order = ['type', 'const', 'enum', INTEGER_KEYWORD, ...typed];
  for (const keyword of Object.keys(found)) {
    if (!order.includes(keyword))
      throw new Error(`${at}: ${keyword} needs the type it applies to (${type ?? 'no type'} given)`);
  }
  return Object.fromEntries(order.filter((keyword) => keyword in found).map((keyword) => [keyword, found[keyword]]));
}

/** A parameter whose value is JSON text (contentMediaType) is checked in its decoded form. */
function parameterSchema(parameter: ParameterObject): unknown {
  const schema = (parameter.schema ?? {}) as Schema;
  return schema.contentMediaType === 'application/json' && schema.contentSchema !== undefined
    ? schema.contentSchema
    : schema;
}

/** An object schema that takes exactly `properties`, requiring `required`. */
function closedObject(properties: Record<string, unknown>, required: readonly string[]): Schema {
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

/**
 * What a call of `operation` sends, as one object schema: { path, query, header, form, body }. The
 * path item's parameters apply too, unless the operation redefines one (same name and location). A
 * form body's fields are checked as parameters are (`form`, a closed object); a JSON body as its
 * schema says (`body`).
 */
function requestSchema(doc: OpenAPI3, found: SpecOperation): Schema {
  const { operation } = found;
  const sections: Record<string, { properties: Record<string, unknown>; required: string[] }> = {};
  for (const parameter of operationParameters(doc, found)) {
    const section = (sections[parameter.in] ??= { properties: {}, required: [] });
    section.properties[parameter.name] = parameterSchema(parameter);
    if (parameter.required === true) section.required.push(parameter.name);
  }
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, section] of Object.entries(sections)) {
    properties[name] = closedObject(section.properties, section.required);
    if (section.required.length > 0) required.push(name);
  }
  const requestBody = operation.requestBody === undefined ? undefined : resolveRef(doc, operation.requestBody);
  /** The schema of the body in `mediaType`, a local reference followed (a form body's is an object). */
  const bodySchema = (mediaType: string): Schema | undefined => {
    const media = requestBody?.content?.[mediaType];
    const schema = media === undefined ? undefined : resolveRef(doc, media).schema;
    return schema === undefined ? undefined : (schema as Schema);
  };
  const form = bodySchema('application/x-www-form-urlencoded');
  if (form !== undefined) {
    const fields = resolveRef<Schema>(doc, form);
    const needed = (fields.required ?? []) as string[];
    properties.form = closedObject((fields.properties ?? {}) as Record<string, unknown>, needed);
    if (needed.length > 0) required.push('form');
  }
  const body = bodySchema('application/json');
  if (body !== undefined) {
    properties.body = body;
    if (requestBody?.required === true) required.push('body');
  }
  return closedObject(properties, required);
}

/** Every operation's request schema, in both forms, by operationId. */
export function requestSchemas(yamlText: string): RequestSchema[] {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  const read = schemaReader(doc);
  const schemas: RequestSchema[] = [];
  for (const found of specOperations(doc)) {
    const { operationId } = found;
    if (!IDENTIFIER.test(operationId)) throw new Error(`operationId ${operationId} cannot name a validator`);
    const request = requestSchema(doc, found);
    schemas.push({ operationId, request, checked: read(request, operationId) });
  }
  return schemas.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}

function children(node: SchemaNode): SchemaNode[] {
  return [...(node.items === undefined ? [] : [node.items]), ...Object.values(node.properties ?? {})];
}

/** The nodes (by printed form) met more than once; below a repeated node, only its first meeting counts. */
function repeated(roots: readonly SchemaNode[]): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  const visit = (node: SchemaNode): void => {
    const key = JSON.stringify(node);
    if (seen.has(key)) {
      again.add(key);
      return;
    }
    seen.add(key);
    children(node).forEach(visit);
  };
  roots.forEach(visit);
  return again;
}

const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

const WIDTH = 110;

/** Members between brackets: on one line when it fits, else one a line. */
function block(open: string, members: readonly string[], close: string, indent: string): string {
  const pad = open === '{' ? ' ' : '';
  const line = `${open}${pad}${members.join(', ')}${pad}${close}`;
  if (indent.length + line.length <= WIDTH && !line.includes('\n')) return line;
  return `${open}\n${members.map((member) => `${indent}  ${member},`).join('\n')}\n${indent}${close}`;
}

/** A JSON value as a TypeScript literal. */
function plain(value: unknown, indent: string): string {
  if (Array.isArray(value))
    return block(
      '[',
      value.map((v) => plain(v, `${indent}  `)),
      ']',
      indent,
    );
  if (!isRecord(value)) return JSON.stringify(value);
  return block(
    '{',
    Object.entries(value).map(([name, v]) => `${key(name)}: ${plain(v, `${indent}  `)}`),
    '}',
    indent,
  );
}

/** Prints nodes as TypeScript literals; a node met more than once is printed once, as a const. */
class SchemaWriter {
  /** The consts, each after those it uses. */
  readonly consts: string[] = [];
  readonly #shared: ReadonlySet<string>;
  readonly #names = new Map<string, string>();

  constructor(roots: readonly SchemaNode[]) {
    this.#shared = repeated(roots);
  }

  /** The node's const name if it is shared (defined on first use), else the node printed. */
  literal(node: SchemaNode, indent = ''): string {
    const printed = JSON.stringify(node);
    if (!this.#shared.has(printed)) return this.#object(node, indent);
    let name = this.#names.get(printed);
    if (name === undefined) {
      const text = this.#object(node, '');
      name = `s${this.#names.size}`;
      this.#names.set(printed, name);
      this.consts.push(`const ${name}: SchemaNode = ${text};`);
    }
    return name;
  }

  #object(node: SchemaNode, indent: string): string {
    const inner = `${indent}  `;
    const members = Object.entries(node).map(([keyword, value]: [string, unknown]) => {
      if (keyword === 'items') return `items: ${this.literal(value as SchemaNode, inner)}`;
      if (keyword !== 'properties') return `${key(keyword)}: ${plain(value, inner)}`;
      const schemas = Object.entries(value as Record<string, SchemaNode>);
      const named = schemas.map(([name, schema]) => `${key(name)}: ${this.literal(schema, `${inner}  `)}`);
      return `properties: ${block('{', named, '}', inner)}`;
    });
    return block('{', members, '}', indent);
  }
}

/** The module's head; `SchemaNode` is imported only for the shared schema consts, when there are any. */
function header(layout: ModuleLayout, sharesSchemas: boolean): string {
  const imported = ['validator', 'type RequestValidator', ...(sharesSchemas ? ['type SchemaNode'] : [])].join(', ');
  return [
    '/**',
    ` * Generated from ${layout.source} by scripts/generate.ts. Do not edit by hand: change the spec, then`,
    ' * run `npm run generate`. One validator per operation, over the request it would send:',
    ' * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data',
    ' * (refs resolved, annotations dropped, repeated ones written once), read by src/core/request-validator.ts.',
    ' */',
    `import { ${imported} } from '${layout.root}src/core/request-validator.js';`,
    '',
  ].join('\n');
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderValidators(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const schemas = requestSchemas(yamlText);
  const writer = new SchemaWriter(schemas.map(({ checked }) => checked));
  // Pure: a bundle keeps only the validators its code calls.
  const validators = schemas.map(
    ({ operationId, checked }) =>
      `export const validate${operationId}: RequestValidator = /* @__PURE__ */ validator(${writer.literal(checked)});`,
  );
  // One record of them all, for the client's table: an object literal a bundler drops with the
  // client, where a namespace import (`import * as`) becomes a helper call it must keep.
  const record = `export const validators: Readonly<Record<string, RequestValidator>> = {\n${schemas
    .map(({ operationId }) => `  validate${operationId},\n`)
    .join('')}};`;
  return `${header(layout, writer.consts.length > 0)}\n${writer.consts.join('\n')}\n\n${validators.join('\n\n')}\n\n${record}\n`;
}
