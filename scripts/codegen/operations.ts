// Builds generated/<spec>.operations.ts: what the SDK needs to know about each operation of a spec,
// as data: method and path, which parameters go where (a form body's fields among them, with the
// arrays it flattens as `Name.1`), the constant headers, the query parameters that carry JSON text,
// where secrets sit (`format: password`), whether a success has a JSON body, whether a request with
// an unknown outcome may be sent again (x-imagesec-safe-to-repeat; its reason in a record of its
// own), the result fields to lift (x-imagesec-lift) and how a list pages (x-imagesec-paginate). The
// clients, the retry policy, the mock and the CLI read this one table.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import type { OperationEntry as CoreEntry, Pagination, SecretPath } from '../../src/core/operation-types.js';
import { operationParameters, specOperations, resolveRef, wirePath } from '../spec/document.js';
import { shippedLayout } from './layout.js';

type Node = Record<string, unknown>;

/** An entry as read from the spec: what the SDK reads (src/core/operation-types.ts), plus the reason (written apart). */
export interface OperationEntry extends CoreEntry {
  readonly safeToRepeatReason: string;
}

function resolve(doc: OpenAPI3, node: unknown): Node {
  return resolveRef(doc, (node ?? {}) as Node);
}

function repeatSafety(operationId: string, value: unknown): { safe: boolean; reason: string } {
  const node = value as { safe?: unknown; reason?: unknown } | undefined;
  if (typeof node?.safe !== 'boolean' || typeof node.reason !== 'string' || node.reason.trim() === '') {
    throw new Error(`${operationId}: x-imagesec-safe-to-repeat needs safe (true/false) and a reason`);
  }
  return { safe: node.safe, reason: node.reason.trim().replace(/\s+/g, ' ') };
}

function lift(operationId: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null)
    throw new Error(`${operationId}: x-imagesec-lift maps result names to body fields`);
  const entries = Object.entries(value as Node);
  for (const [name, field] of entries) {
    if (typeof field !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name))
      throw new Error(`${operationId}: x-imagesec-lift ${name} is not a name → field`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The schema at a dotted path of properties below `schema` (refs followed), or undefined. */
function schemaAt(doc: OpenAPI3, schema: Node, path: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const name of path.split('.')) {
    const properties = node?.properties as Node | undefined;
    node = properties?.[name] === undefined ? undefined : resolve(doc, properties[name]);
  }
  return node;
}

/**
 * x-imagesec-paginate, checked against the operation: its size and offset (or page) are query
 * parameters or form fields, its items an array and its total an integer of the 200 response body.
 */
function pagination(
  doc: OpenAPI3,
  operationId: string,
  value: unknown,
  inputs: Readonly<Record<string, Node>>,
  success: Node | undefined,
): Pagination | null {
  if (value === undefined) return null;
  const node = (value ?? {}) as Node;
  const name = (key: string) => {
    const v = node[key];
    if (v === undefined) return null;
    if (typeof v !== 'string' || v === '') throw new Error(`${operationId}: x-imagesec-paginate ${key} must be a name`);
    return v;
  };
  const size = name('size');
  const offset = name('offset');
  const page = name('page');
  const items = name('items');
  const total = name('total');
  const fail = (why: string) => new Error(`${operationId}: x-imagesec-paginate ${why}`);
  if (size === null || items === null) throw fail('needs size and items');
  if ((offset === null) === (page === null)) throw fail('needs exactly one of offset and page');
  const asText: string[] = [];
  for (const parameter of [size, offset, page]) {
    if (parameter === null) continue;
    const schema = inputs[parameter];
    if (schema === undefined) throw fail(`names ${parameter}, which is neither a query parameter nor a form field`);
    // A count is an integer, or (as one vendor types a page size) decimal text.
    if (schema.type === 'string') asText.push(parameter);
    else if (schema.type !== 'integer') throw fail(`names ${parameter}, which is neither an integer nor text`);
  }
  const unknown = Object.keys(node).filter((key) => !['size', 'offset', 'page', 'items', 'total'].includes(key));
  if (unknown.length > 0) throw fail(`has unknown keys ${unknown.join(', ')}`);
  if (success === undefined) throw fail('needs a JSON 200 response');
  if (schemaAt(doc, success, items)?.type !== 'array') throw fail(`items ${items} is not an array of the 200 body`);
  if (total !== null && schemaAt(doc, success, total)?.type !== 'integer') {
    throw fail(`total ${total} is not an integer of the 200 body`);
  }
  return { method: `paginate${operationId}`, size, offset, page, items, total, asText };
}

const FORM = 'application/x-www-form-urlencoded';
// imagesec's word for an array in a form body sent as `Name.1=a&Name.2=b` (the flattening the
// vendor's RPC runtime applies, which it calls repeatList); OpenAPI's styles cannot say it.
const STYLE = 'x-imagesec-style';

/**
 * A form body: its fields in the order the schema lists them (the order they are sent in) and its
 * arrays, each of scalars and sent as a repeat list. Anything the wire form cannot carry as the
 * spec says (an object field, an array without the style, JSON text) stops generation.
 */
function formBody(doc: OpenAPI3, operationId: string, media: Node): { fields: string[]; repeatList: string[] } {
  const schema = resolve(doc, media.schema);
  const fail = (why: string) => new Error(`${operationId}: form body ${why}`);
  if (schema.type !== 'object' || typeof schema.properties !== 'object' || schema.properties === null)
    throw fail('needs an object schema with properties');
  const encoding = (media.encoding ?? {}) as Record<string, Node>;
  const fields = Object.keys(schema.properties);
  const repeatList: string[] = [];
  for (const name of Object.keys(encoding)) {
    if (!fields.includes(name)) throw fail(`has an encoding for ${name}, which is not a field`);
  }
  for (const name of fields) {
    const field = resolve(doc, (schema.properties as Node)[name]);
    const style = encoding[name]?.[STYLE];
    if (field.contentMediaType !== undefined) throw fail(`field ${name}: JSON text in a form body is not supported`);
    if (field.type === 'object') throw fail(`field ${name}: an object field is not supported`);
    if (field.type === 'array') {
      if (style !== 'repeatList') throw fail(`field ${name}: an array needs encoding ${STYLE}: repeatList`);
      const item = resolve(doc, field.items);
      if (item.type === 'object' || item.type === 'array') throw fail(`field ${name}: only arrays of scalars`);
      repeatList.push(name);
    } else if (style !== undefined) throw fail(`field ${name}: ${STYLE} applies to arrays only`);
  }
  return { fields, repeatList };
}

/**
 * Where `format: password` values sit below `schema`: a path of names, `*` for array items
 * (references followed; a component met again on the way is not entered twice).
 */
function secretPaths(
  doc: OpenAPI3,
  node: unknown,
  path: readonly string[],
  seen: ReadonlySet<string> = new Set(),
): SecretPath[] {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref === 'string' && seen.has(ref)) return [];
  const inner = typeof ref === 'string' ? new Set([...seen, ref]) : seen;
  const schema = resolve(doc, node);
  if (schema.format === 'password') return [path];
  if (schema.contentMediaType === 'application/json' && schema.contentSchema !== undefined)
    return secretPaths(doc, schema.contentSchema, path, inner);
  const found: SecretPath[] = [];
  if (schema.items !== undefined) found.push(...secretPaths(doc, schema.items, [...path, '*'], inner));
  for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    found.push(...secretPaths(doc, property, [...path, name], inner));
  }
  return found;
}

/** Whether the JSON body's schema requires no field (then `{}` is a whole body). */
function emptyDefault(doc: OpenAPI3, requestBody: Node): boolean {
  const media = (requestBody.content as Node | undefined)?.['application/json'] as Node | undefined;
  const schema = resolve(doc, media?.schema);
  return schema.type === 'object' && ((schema.required as unknown[] | undefined) ?? []).length === 0;
}

export function operationTable(yamlText: string): OperationEntry[] {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  return specOperations(doc).map(({ path, method, operationId, operation: raw, pathItem }) => {
    const operation = raw as Node;
    const parameters = { path: [] as string[], query: [] as string[], header: [] as string[], form: [] as string[] };
    // The schemas of the query parameters and form fields, by name (what x-imagesec-paginate may name).
    const inputs: Record<string, Node> = {};
    const constHeaders: Record<string, string> = {};
    const jsonQuery: Record<string, string | null> = {};
    const secrets: SecretPath[] = [];
    for (const parameter of operationParameters(doc, { operation: raw, pathItem })) {
      const name = String(parameter.name);
      const where = String(parameter.in) as 'path' | 'query' | 'header';
      if (!(['path', 'query', 'header'] as const).includes(where))
        throw new Error(`${operationId}: ${where} parameters are not supported`);
      const schema = resolve(doc, parameter.schema);
      if (where === 'query') inputs[name] = schema;
      secrets.push(...secretPaths(doc, parameter.schema, [where, name]));
      if (where === 'header' && typeof schema.const === 'string') constHeaders[name] = schema.const;
      else parameters[where].push(name);
      if (where === 'query' && schema.contentMediaType === 'application/json') {
        const ref = (schema.contentSchema as { $ref?: unknown } | undefined)?.$ref;
        jsonQuery[name] =
          typeof ref === 'string' && ref.startsWith('#/components/schemas/')
            ? ref.slice('#/components/schemas/'.length)
            : null;
      }
    }
    const requestBody = operation.requestBody === undefined ? undefined : resolve(doc, operation.requestBody);
    const content = (requestBody?.content ?? {}) as Node;
    const media = Object.keys(content);
    if (media.some((type) => type !== 'application/json' && type !== FORM) || media.length > 1)
      throw new Error(`${operationId}: a request body is application/json or ${FORM}, one of them`);
    const jsonBody = content['application/json'] as Node | undefined;
    const form = content[FORM] === undefined ? undefined : formBody(doc, operationId, content[FORM] as Node);
    parameters.form = form?.fields ?? [];
    const clash = parameters.form.find((name) => parameters.query.includes(name) || parameters.header.includes(name));
    if (clash !== undefined) throw new Error(`${operationId}: ${clash} is both a parameter and a form field`);
    if (jsonBody !== undefined) secrets.push(...secretPaths(doc, jsonBody.schema, ['body']));
    if (form !== undefined) {
      const fields = (resolve(doc, (content[FORM] as Node).schema).properties ?? {}) as Node;
      for (const name of form.fields) inputs[name] = resolve(doc, fields[name]);
      secrets.push(...secretPaths(doc, (content[FORM] as Node).schema, ['form']));
    }
    const responses = Object.entries((operation.responses as Node | undefined) ?? {});
    const responseBody = responses.some(([status, response]) => {
      if (!/^2\d\d$/.test(status)) return false;
      const content = resolve(doc, response).content as Node | undefined;
      return content?.['application/json'] !== undefined;
    });
    const safety = repeatSafety(operationId, operation['x-imagesec-safe-to-repeat']);
    const ok = responses.find(([status]) => status === '200')?.[1];
    const okMedia = ((ok === undefined ? {} : resolve(doc, ok)).content as Node | undefined)?.['application/json'] as
      Node | undefined;
    const success = okMedia?.schema === undefined ? undefined : resolve(doc, okMedia.schema);
    return {
      operationId,
      method: operationId.charAt(0).toLowerCase() + operationId.slice(1),
      httpMethod: method.toUpperCase(),
      path: wirePath(path),
      parameters,
      constHeaders,
      repeatList: form?.repeatList ?? [],
      jsonQuery,
      body:
        requestBody === undefined || jsonBody === undefined
          ? null
          : { required: requestBody.required === true, emptyDefault: emptyDefault(doc, requestBody) },
      secrets,
      responseBody,
      safeToRepeat: safety.safe,
      safeToRepeatReason: safety.reason,
      readOnly: method === 'get' || method === 'head' || operation['x-imagesec-read-only'] === true,
      lift: lift(operationId, operation['x-imagesec-lift']),
      paginate: pagination(doc, operationId, operation['x-imagesec-paginate'], inputs, success),
    };
  });
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderOperations(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const entries = operationTable(yamlText);
  // The reasons are for people (the spec's and this module's readers); no code reads them. Apart
  // from the table, a bundle leaves them out: as table fields they were a tenth of each operation's
  // bytes in a client's bundle (npm run bench, bundles).
  const table = Object.fromEntries(
    entries.map(({ safeToRepeatReason: _reason, ...entry }) => [entry.operationId, entry]),
  );
  const reasons = Object.fromEntries(entries.map((entry) => [entry.operationId, entry.safeToRepeatReason]));
  return [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/operations.ts). Do not`,
    '// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.',
    '',
    `export const operationTable = ${JSON.stringify(table, null, 2)} as const;`,
    '',
    "// Why each operation is (or is not) safe to send again (x-imagesec-safe-to-repeat's reason): for",
    '// readers; no code reads it, so no bundle carries it.',
    `export const safeToRepeatReasons = ${JSON.stringify(reasons, null, 2)} as const;`,
    '',
  ].join('\n');
}
