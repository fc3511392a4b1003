// Builds generated/<spec>.validators.ts: one Ajv standalone validator per operation, checking the
// request a call would send (path, query, header and body values) against the spec's own schemas.
// Compiled here, at build time, so the runtime carries plain functions and no schema compiler.
import { _, Ajv2020, type KeywordCxt } from 'ajv/dist/2020.js';
import { and, or, type Code } from 'ajv/dist/compile/codegen/index.js';
import standalone from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
}

interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly (Parameter | { $ref: string })[];
  readonly requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}

type PathItem = { readonly parameters?: Operation['parameters'] } & Partial<Record<(typeof METHODS)[number], Operation>>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Spec {
  readonly paths: Record<string, PathItem>;
  readonly components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
}

/** The keyword every `type: integer` schema becomes (see `integerSchema`); also in validator-runtime.ts. */
export const INTEGER_KEYWORD = 'x-imagesec-integer';

// Annotations change nothing a validator checks; dropping them keeps the embedded schemas small.
// contentMediaType/contentSchema of a parameter are applied by validating its decoded value (see
// `parameterSchema`).
const ANNOTATIONS = new Set(['description', 'examples', 'example', 'default', 'title', 'deprecated']);

// Formats the specs use, and why dropping each loses no check; any other format stops generation.
const FORMATS: Record<string, string> = {
  int64: 'the integer keyword accepts safe integers (or bigints within the stated range), all inside int64',
  uri: 'used only on response fields, which the SDK does not validate',
};

/**
 * `type: integer` with its bounds, as one keyword the generated code checks itself: a JavaScript
 * number must be a safe integer (a larger one was already rounded); a bigint is accepted only
 * where the spec's range passes 2^53-1 (HSS `image_info[].id`, up to 2^63-1), and compared exactly.
 * Ajv's own `integer` would accept 1e300 and refuse every bigint.
 */
function integerSchema(raw: Schema, cleaned: Schema): Schema {
  const { type: _type, minimum: _minimum, maximum: _maximum, ...rest } = cleaned;
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) {
    if (keyword in raw) throw new Error(`integer schemas with ${keyword} are not supported by the generator`);
  }
  const range = { minimum: integerBound(raw.minimum, 'minimum'), maximum: integerBound(raw.maximum, 'maximum') };
  const bigint = typeof raw.maximum === 'bigint' && raw.maximum > BigInt(Number.MAX_SAFE_INTEGER);
  return { ...rest, [INTEGER_KEYWORD]: { ...range, bigint } };
}

/** A bound as exact decimal text. The YAML is parsed with integers as bigint (2^63-1 as a number
 * would round up to 2^63); a bound written as a float (`10.0`, `1e3`) must still be whole. */
function integerBound(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value).toString();
  throw new Error(`integer ${name} ${String(value)} is not a whole number the generator can compare exactly`);
}

/**
 * The schema as Ajv should compile it: annotations dropped, refs pointed at the components schema,
 * integers (parsed from YAML as bigint, to keep them exact) back to numbers or to the integer keyword.
 */
function clean(schema: unknown): unknown {
  if (typeof schema === 'bigint') return Number(schema);
  if (Array.isArray(schema)) return schema.map(clean);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'contentMediaType' || key === 'contentSchema') continue;
    if (key === 'format') {
      if (typeof value !== 'string' || FORMATS[value] === undefined) throw new Error(`format ${String(value)} has no check`);
      continue;
    }
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', 'components#/$defs/');
      continue;
    }
    // `properties` maps names to schemas: its keys are field names, never keywords.
    out[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, clean(v)]))
        : clean(value);
  }
  if (out.type === 'integer') return integerSchema(schema as Schema, out);
  if (Array.isArray(out.type) && out.type.includes('integer')) throw new Error('type unions with integer are not supported');
  return out;
}

/** A parameter whose value is JSON text (contentMediaType) is checked in its decoded form. */
function parameterSchema(parameter: Parameter): unknown {
  const schema = parameter.schema ?? {};
  if (schema.contentMediaType === 'application/json' && schema.contentSchema !== undefined) {
    return clean(schema.contentSchema);
  }
  return clean(schema);
}

function resolve(parameter: Parameter | { $ref: string }, spec: Spec): Parameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const found = spec.components?.parameters?.[name];
  if (found === undefined) throw new Error(`unresolved parameter ${parameter.$ref}`);
  return found;
}

/**
 * What a call of `operation` sends, as one object schema: { path, query, header, body }. The path
 * item's parameters apply too, unless the operation redefines one (same name and location).
 */
function inputSchema(operation: Operation, shared: Operation['parameters'], spec: Spec): Schema {
  const sections: Record<string, { properties: Record<string, unknown>; required: string[] }> = {};
  const own = (operation.parameters ?? []).map((p) => resolve(p, spec));
  const inherited = (shared ?? []).map((p) => resolve(p, spec)).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  for (const parameter of [...inherited, ...own]) {
    const section = (sections[parameter.in] ??= { properties: {}, required: [] });
    section.properties[parameter.name] = parameterSchema(parameter);
    if (parameter.required === true) section.required.push(parameter.name);
  }
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, { properties: props, required: req }] of Object.entries(sections)) {
    properties[name] = { type: 'object', properties: props, required: req, additionalProperties: false };
    if (req.length > 0) required.push(name);
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (body !== undefined) {
    properties.body = clean(body);
    if (operation.requestBody?.required === true) required.push('body');
  }
  return { $id: operation.operationId, type: 'object', properties, required, additionalProperties: false };
}

/** Generated code for the integer keyword: bounds compared as bigint for bigints, as numbers otherwise. */
function integerCode(cxt: KeywordCxt): void {
  const { data } = cxt;
  const rule = cxt.schema as { minimum?: string; maximum?: string; bigint: boolean };
  const numberChecks: Code[] = [_`typeof ${data} == "number"`, _`Number.isSafeInteger(${data})`];
  const bigintChecks: Code[] = [_`typeof ${data} == "bigint"`];
  if (rule.minimum !== undefined) {
    numberChecks.push(_`${data} >= ${Number(rule.minimum)}`);
    bigintChecks.push(_`${data} >= BigInt(${rule.minimum})`);
  }
  if (rule.maximum !== undefined) {
    numberChecks.push(_`${data} <= ${Number(rule.maximum)}`);
    bigintChecks.push(_`${data} <= BigInt(${rule.maximum})`);
  }
  const valid = rule.bigint ? or(and(...numberChecks), and(...bigintChecks)) : and(...numberChecks);
  cxt.fail(_`!(${valid})`);
}


function header(spec: string): string {
  return [
    '// @ts-nocheck -- Ajv standalone output; the typed exports are at the end.',
    '/**',
    ` * Generated from openapi/${spec} by scripts/generate.ts (Ajv standalone code). Do not edit by hand:`,
    ' * change the spec, then run `npm run generate`. One validator per operation, over the request it',
    ' * would send: `{ path, query, header, body }`, with JSON-text parameters in decoded form.',
    ' */',
    '',
  ].join('\n');
}

/** What every generated validators module shares (generated/validator-runtime.ts): types and one helper. */
export const VALIDATOR_RUNTIME = `/**
 * Generated by scripts/generate.ts: what the request validators in generated/*.validators.ts share.
 */

/** The keyword the validators report for integers (safe-integer numbers, bigint where the range needs it). */
export const INTEGER_KEYWORD = '${INTEGER_KEYWORD}';

/** One failed check: where (JSON pointer into the request), which keyword, and its parameters. */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Checks an operation's request; on false, \`errors\` lists every failed check. */
export type RequestValidator = ((input: unknown) => boolean) & { errors?: ValidationIssue[] | null };

/** String length in code points, as Prism and Ajv count it (an emoji is one character, not two). */
export function ucs2length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}
`;

export function renderValidators(specFile: string, yamlText: string): string {
  const spec = parse(yamlText, { intAsBigInt: true }) as Spec;
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true, optimize: true },
    allErrors: true,
    // Messages are written by the SDK from keyword + params (src/core/validate.ts): smaller code.
    messages: false,
    strict: true,
    // A JSON pointer string per failed check is all the SDK reads.
    verbose: false,
  });
  ajv.addKeyword({
    keyword: INTEGER_KEYWORD,
    schemaType: 'object',
    code: integerCode,
    error: {
      message: 'must be an integer in range',
      params: ({ schema }: { schema: unknown }) => {
        const rule = schema as { minimum?: string; maximum?: string; bigint: boolean };
        return _`{minimum: ${rule.minimum ?? null}, maximum: ${rule.maximum ?? null}, bigint: ${rule.bigint}}`;
      },
    },
  });
  ajv.addSchema({ $id: 'components', $defs: clean(spec.components?.schemas ?? {}) as Schema });

  const exports: Record<string, string> = {};
  for (const item of Object.values(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      ajv.addSchema(inputSchema(operation, item.parameters, spec));
      exports[`__${operation.operationId}`] = operation.operationId;
    }
  }
  let code = standalone.default(ajv, exports);
  const runtime = 'require("ajv/dist/runtime/ucs2length").default';
  code = code.split(runtime).join('ucs2length');
  if (code.includes('require(')) throw new Error(`${specFile}: the validators need an Ajv runtime module we do not inline`);

  const typed: string[] = [];
  for (const name of Object.values(exports).sort()) {
    const internal = `export const __${name} = `;
    if (!code.includes(internal)) throw new Error(`${specFile}: no validator exported for ${name}`);
    code = code.replace(internal, `const __${name} = `);
    typed.push(`export const validate${name}: RequestValidator = __${name};`);
  }
  const imports = "import { ucs2length, type RequestValidator } from './validator-runtime.js';\n";
  return `${header(specFile)}${imports}${code.replace(/^"use strict";/, '')}\n\n${typed.join('\n')}\n`;
}
