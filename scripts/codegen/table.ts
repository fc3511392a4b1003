// x-imagesec-table: the columns `--output table` shows first for an operation's list, declared in
// the spec so that a new list operation needs no code. Checked here against the operation: the
// items are an array of the 200 body and every column a property of their schema, so a column
// cannot name a field the answer does not have (or a secret: a format: password field).
import type { OpenAPI3 } from 'openapi-typescript';
import type { CommandEntry } from '../../src/core/command-table.js';
import { resolveRef } from '../spec/document.js';

type Node = Record<string, unknown>;

/** A declared table as the CLI reads it (src/core/command-table.ts `table`). */
export type TableDeclaration = NonNullable<CommandEntry['table']>;
type TableColumn = TableDeclaration['columns'][number];

function resolve(doc: OpenAPI3, node: unknown): Node {
  return resolveRef(doc, (node ?? {}) as Node);
}

/** The schema of the 200 JSON body, or undefined when the operation documents none. */
function successSchema(doc: OpenAPI3, operation: Node): Node | undefined {
  const ok = (operation.responses as Node | undefined)?.['200'];
  if (ok === undefined) return undefined;
  const media = (resolve(doc, ok).content as Node | undefined)?.['application/json'] as Node | undefined;
  return media?.schema === undefined ? undefined : resolve(doc, media.schema);
}

/** The schema at a dotted path of properties below `schema` (refs followed), or undefined. */
function schemaAt(doc: OpenAPI3, schema: Node, path: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const name of path.split('.')) {
    const properties = node?.properties as Node | undefined;
    node = properties === undefined || !Object.hasOwn(properties, name) ? undefined : resolve(doc, properties[name]);
  }
  return node;
}

function column(operationId: string, value: unknown): TableColumn {
  const fail = (why: string) => new Error(`${operationId}: x-imagesec-table column ${why}`);
  if (typeof value === 'string') return { header: value, path: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail('must be a field name or { path, header }');
  const node = value as Node;
  const unknown = Object.keys(node).filter((key) => key !== 'path' && key !== 'header');
  if (unknown.length > 0) throw fail(`has unknown keys ${unknown.join(', ')}`);
  if (typeof node.path !== 'string') throw fail('needs a path');
  const header = node.header ?? node.path;
  // A header is printed as it is: plain text of one line.
  if (typeof header !== 'string' || header === '' || /[\p{Cc}]/u.test(header))
    throw fail(`${node.path}: header must be one line of text`);
  return { header, path: node.path };
}

/**
 * The operation's x-imagesec-table, checked: `items` (default: x-imagesec-paginate's items) an
 * array of the 200 body, `columns` field names or `{ path, header }` (dotted paths), each a
 * property of the items' schema and no secret. Null when the operation declares none.
 */
export function tableOf(doc: OpenAPI3, operationId: string, operation: Node): TableDeclaration | null {
  const value = operation['x-imagesec-table'];
  if (value === undefined) return null;
  const fail = (why: string) => new Error(`${operationId}: x-imagesec-table ${why}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('must be { items?, columns }');
  const node = value as Node;
  const unknown = Object.keys(node).filter((key) => key !== 'items' && key !== 'columns');
  if (unknown.length > 0) throw fail(`has unknown keys ${unknown.join(', ')}`);
  const paged = (operation['x-imagesec-paginate'] as Node | undefined)?.items;
  const items = node.items ?? paged;
  if (typeof items !== 'string' || items === '')
    throw fail('needs items (a dotted path of the 200 body), having no x-imagesec-paginate to take them from');
  const success = successSchema(doc, operation);
  const list = success === undefined ? undefined : schemaAt(doc, success, items);
  if (list?.type !== 'array') throw fail(`items ${items} is not an array of the 200 body`);
  const item = resolve(doc, list.items);
  if (!Array.isArray(node.columns) || node.columns.length === 0) throw fail('needs a list of columns');
  const columns = node.columns.map((entry) => column(operationId, entry));
  const seen = new Set<string>();
  for (const { path } of columns) {
    const field = schemaAt(doc, item, path);
    if (field === undefined) throw fail(`column ${path} is not a property of the ${items} items`);
    if (field.format === 'password') throw fail(`column ${path} is a secret (format: password)`);
    if (seen.has(path)) throw fail(`column ${path} is listed twice`);
    seen.add(path);
  }
  return { items, columns };
}
