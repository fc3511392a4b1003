// Builds generated/<spec>.skeleton.ts: for each operation, the complete input document `--skeleton`
// prints and `--input` reads back. Every parameter the command takes by spec name (those the client
// fills, such as HSS project_id, as null: a value there acts as their flag) and the whole request
// body, nested objects and lists included, each with a one-line comment (required or optional, type,
// the values an enum allows, what it is) and a value: the spec's example, else its default, else the
// first enum value, else a placeholder of the type. Required keys come first. A secret
// (format: password) is always an empty string, never its example. Which keys exist is the CLI
// table's (codegen/cli.ts) decision, so the document and the flags cannot disagree.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import type { ClientFilled, CommandOption, SkeletonField, SkeletonValue } from '../../src/core/command-table.js';
import { operationParameters, specOperations, resolveRef } from '../spec/document.js';
import { cliOperations } from './cli.js';
import { shippedLayout } from './layout.js';

type Node = Record<string, unknown>;

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
/** Deeper than any request schema of the specs: past it, a schema that refers to itself is the likely cause. */
const MAX_DEPTH = 12;
/** A comment's description part is cut here: one line in a terminal. */
const ABOUT_LENGTH = 100;

/** The spec's own integers are read as bigint: a number again where one is exact. */
function plain(value: unknown): SkeletonValue {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value as SkeletonValue;
}

/**
 * A schema with its `$ref` followed and the keywords beside the `$ref` kept over the target's (a
 * field's own description and examples say more than the shared schema's).
 */
function schemaOf(doc: OpenAPI3, node: unknown): Node {
  const given = (node ?? {}) as Node;
  const { $ref, ...beside } = given;
  if (typeof $ref !== 'string') return given;
  return { ...schemaOf(doc, resolveRef<Node>(doc, { $ref })), ...beside };
}

/** An example a holder gives: `example`, the first of `examples` (a list, or OpenAPI's named map). */
function exampleOf(doc: OpenAPI3, holder: Node): unknown {
  if (holder.example !== undefined) return holder.example;
  const { examples } = holder;
  if (Array.isArray(examples)) return examples[0];
  if (examples !== null && typeof examples === 'object') {
    const first = Object.values(examples as Node)[0] as Node | undefined;
    return first === undefined ? undefined : resolveRef<Node>(doc, first).value;
  }
  return undefined;
}

/**
 * The first sentence of a description, on one line: up to a full stop that ends a sentence (not
 * the one of `e.g.`), or to the colon that opens a list of values (the comment lists them already).
 */
function about(description: unknown): string {
  if (typeof description !== 'string') return '';
  const line = description.replace(/\s+/g, ' ').trim();
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s+[A-Z`(]|$)|:\s+-\s/.exec(line);
  const sentence = end === null ? line : `${line.slice(0, end.index)}.`;
  return sentence.length <= ABOUT_LENGTH ? sentence : `${sentence.slice(0, ABOUT_LENGTH - 3).trimEnd()}...`;
}

/** The type in words: `string`, `integer (int64)`, `list of string`, `object`. */
function typeWords(doc: OpenAPI3, schema: Node): string {
  if (schema.type === 'array') return `list of ${typeWords(doc, schemaOf(doc, schema.items))}`;
  const type = typeof schema.type === 'string' ? schema.type : 'any';
  return typeof schema.format === 'string' && schema.format !== 'password' ? `${type} (${schema.format})` : type;
}

function comment(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('; ');
}

/** A spec value in a comment: text as it is, anything else as JSON. */
function shown(value: SkeletonValue): string {
  if (typeof value === 'string') return value;
  return typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
}

function enumWords(schema: Node): string | undefined {
  return Array.isArray(schema.enum) ? `one of: ${schema.enum.map((v) => shown(plain(v))).join(', ')}` : undefined;
}

/** What a scalar of this type shows when the spec gives no example, default or enum. */
function placeholder(schema: Node): SkeletonValue {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return plain(schema.minimum ?? 0);
    case 'boolean':
      return false;
    default:
      return '';
  }
}

function isSecret(schema: Node): boolean {
  return schema.format === 'password';
}

/** A scalar's value: example, default, first enum value, placeholder; a secret's is always empty. */
function scalarValue(doc: OpenAPI3, schema: Node, holders: readonly Node[]): SkeletonValue {
  if (isSecret(schema)) return '';
  for (const holder of holders) {
    const example = exampleOf(doc, holder);
    if (example !== undefined) return plain(example);
  }
  if (schema.default !== undefined) return plain(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return plain(schema.enum[0]);
  return placeholder(schema);
}

interface Described {
  readonly name: string;
  readonly required: boolean;
  /** The parameter or property node as written (its own description and examples). */
  readonly holder: Node;
  readonly schema: Node;
}

/** One key of the document: a scalar, a list, an object (its fields recursed), or JSON text (its content's shape). */
function field(doc: OpenAPI3, given: Described, where: string, depth: number): SkeletonField {
  if (depth > MAX_DEPTH) throw new Error(`${where}: the schema nests deeper than ${MAX_DEPTH} levels`);
  const { name, required, holder, schema } = given;
  const head = required ? 'required' : 'optional';
  const description = about(holder.description ?? schema.description);
  if (schema.contentMediaType === 'application/json' && schema.contentSchema !== undefined) {
    // A JSON-text parameter (SAS Info): the document holds the value itself; the SDK sends its text.
    const content = schemaOf(doc, schema.contentSchema);
    const inner = field(doc, { name, required, holder: {}, schema: content }, where, depth + 1);
    return {
      ...inner,
      comment: comment([head, `JSON text, given here as the ${typeWords(doc, content)} it holds`, description]),
    };
  }
  if (schema.type === 'object' || schema.properties !== undefined) {
    return {
      name,
      comment: comment([head, 'object', description]),
      fields: objectFields(doc, schema, `${where}.${name}`, depth + 1),
    };
  }
  if (schema.type === 'array') {
    const items = schemaOf(doc, schema.items);
    const words = comment([
      head,
      typeWords(doc, schema),
      enumWords(items),
      isSecret(items) ? 'secret' : '',
      description,
    ]);
    if (items.type === 'object' || items.properties !== undefined) {
      return { name, comment: words, item: { fields: objectFields(doc, items, `${where}.${name}[]`, depth + 1) } };
    }
    if (typeof items.type !== 'string' || !SCALARS.has(items.type))
      throw new Error(`${where}.${name}: a list of ${JSON.stringify(items.type)} has no skeleton`);
    const own = isSecret(items) ? undefined : [holder, schema].map((h) => exampleOf(doc, h)).find(Array.isArray);
    return { name, comment: words, value: own === undefined ? [scalarValue(doc, items, [items])] : plain(own) };
  }
  // A schema without a type takes any value: null shows it (and, given back, sends nothing).
  if (schema.type === undefined) return { name, comment: comment([head, 'any', description]), value: null };
  if (typeof schema.type !== 'string' || !SCALARS.has(schema.type))
    throw new Error(`${where}.${name}: a ${JSON.stringify(schema.type)} has no skeleton`);
  const fallback = schema.default === undefined ? undefined : `default ${shown(plain(schema.default))}`;
  return {
    name,
    comment: comment([
      head,
      typeWords(doc, schema),
      enumWords(schema),
      fallback,
      isSecret(schema) ? 'secret: fill it in' : '',
      description,
    ]),
    value: scalarValue(doc, schema, [holder, schema]),
  };
}

/** Required first, each group in the spec's order. */
function requiredFirst<T extends { required: boolean }>(list: readonly T[]): T[] {
  return [...list.filter((f) => f.required), ...list.filter((f) => !f.required)];
}

function objectFields(doc: OpenAPI3, schema: Node, where: string, depth: number): SkeletonField[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = Object.entries((schema.properties as Node | undefined) ?? {}).map(([name, property]) => ({
    name,
    required: required.has(name),
    holder: property as Node,
    schema: schemaOf(doc, property),
  }));
  return requiredFirst(properties).map((p) => field(doc, p, where, depth));
}

/** A spec operation's parameters by `in name`, the path item's shared ones included. */
function parameterNodes(doc: OpenAPI3, found: ReturnType<typeof specOperations>[number]): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const parameter of operationParameters(doc, found)) {
    nodes.set(`${parameter.in} ${parameter.name}`, parameter as unknown as Node);
  }
  return nodes;
}

interface CliTableOperation {
  readonly operationId: string;
  readonly options: readonly CommandOption[];
  readonly clientFilled: readonly ClientFilled[];
  readonly body?: { readonly required: boolean; readonly description: string };
}

/** Every operation's document, by operation id. */
export function skeletonTable(specFile: string, yamlText: string): Record<string, SkeletonField[]> {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  const cli = new Map(
    (cliOperations(specFile, yamlText) as CliTableOperation[]).map((operation) => [operation.operationId, operation]),
  );
  const table: Record<string, SkeletonField[]> = {};
  for (const found of specOperations(doc)) {
    const { operationId } = found;
    const operation = cli.get(operationId);
    if (operation === undefined) throw new Error(`${operationId} is missing from the CLI table`);
    const parameters = parameterNodes(doc, found);
    const requestBody =
      found.operation.requestBody === undefined
        ? undefined
        : resolveRef<Node>(doc, found.operation.requestBody as unknown as Node);
    const content = (requestBody?.content ?? {}) as Node;
    const form = schemaOf(doc, (content['application/x-www-form-urlencoded'] as Node | undefined)?.schema);
    const formProperties = (form.properties ?? {}) as Node;

    const keys: { required: boolean; field: SkeletonField }[] = [];
    for (const option of operation.options.filter((o) => o.in !== 'body')) {
      const holder =
        option.in === 'form' ? (formProperties[option.name] as Node) : parameters.get(`${option.in} ${option.name}`);
      if (holder === undefined) throw new Error(`${operationId}: no spec node for ${option.in} ${option.name}`);
      const schema = schemaOf(doc, option.in === 'form' ? holder : holder.schema);
      const given = { name: option.name, required: option.required, holder, schema };
      keys.push({ required: option.required, field: field(doc, given, operationId, 0) });
    }
    if (operation.body !== undefined) {
      const media = content['application/json'] as Node;
      const schema = schemaOf(doc, media.schema);
      const description = about(operation.body.description);
      const required = operation.body.required;
      keys.push({
        required,
        field: {
          name: 'body',
          comment: comment([required ? 'required' : 'optional', 'object: the request body', description]),
          fields: objectFields(doc, schema, `${operationId}.body`, 1),
        },
      });
    }
    const document = requiredFirst(keys).map((key) => key.field);
    // One key per flag the client fills from (HSS project_id and X-Project-Id are both --project-id).
    const byFlag = new Map<string, (typeof operation.clientFilled)[number]>();
    for (const filled of operation.clientFilled) if (!byFlag.has(filled.flag)) byFlag.set(filled.flag, filled);
    for (const filled of byFlag.values()) {
      const holder = parameters.get(`${filled.in} ${filled.name}`) ?? {};
      document.push({
        name: filled.name,
        comment: comment([
          'optional',
          'string',
          `null: the client fills it (--${filled.flag}, its environment variable or profile); a value acts as --${filled.flag}`,
          about(holder.description),
        ]),
        value: null,
      });
    }
    table[operationId] = document;
  }
  return table;
}

/** TypeScript source of a value: bigint as a bigint literal, the rest as JSON. */
function source(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `__BIGINT__${item}` : item), 2)
    .replace(/"__BIGINT__(-?\d+)"/g, '$1n')
    .trimEnd();
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderSkeleton(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const table = skeletonTable(specFile, yamlText);
  return [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/skeleton.ts). Do not edit`,
    '// by hand: change the spec, then run `npm run generate`. Per operation, every key of the input document',
    '// --skeleton prints and --input reads: value and one-line comment; loaded only by --skeleton.',
    '',
    `import type { SkeletonField } from '${layout.root}src/core/command-table.js';`,
    '',
    `export const skeletons: Readonly<Record<string, readonly SkeletonField[]>> = ${source(table)};`,
    '',
  ].join('\n');
}
