// A form body's repeatList arrays as fields OpenAPI can state, for the per-action documents.
// The RPC API takes a list in a form body as one field per item, `Name.1=a&Name.2=b`; the source
// says so with imagesec's `x-imagesec-style: repeatList` (read by the SDK and the mock), but OpenAPI
// has no style for it: a generic tool sends `Name=a&Name=b`, which the API refuses. A list whose
// length is bounded (`maxItems`, or the number of values its items' enum allows: the filters are
// sets of distinct values) is written here as the fields `Name.1` ... `Name.<n>`, which every tool
// sends as they are. An unbounded one cannot be, and stops generation.
import type { MediaTypeObject, OpenAPI3, OperationObject, ReferenceObject, SchemaObject } from 'openapi-typescript';
import { resolveRef } from './document.js';

const FORM = 'application/x-www-form-urlencoded';

interface EncodingWithStyle {
  'x-imagesec-style'?: string;
}

function boundOf(doc: OpenAPI3, name: string, list: SchemaObject): number {
  if ('maxItems' in list && typeof list.maxItems === 'number') return list.maxItems;
  const items = 'items' in list ? (list.items as SchemaObject | ReferenceObject | undefined) : undefined;
  const values = items === undefined ? undefined : resolveRef<SchemaObject>(doc, items).enum;
  if (values === undefined) throw new Error(`repeatList field ${name} has neither maxItems nor an enum of items`);
  return values.length;
}

function flattenExample(value: unknown, names: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, field]) =>
      names.has(key) && Array.isArray(field)
        ? field.map((item, index) => [`${key}.${index + 1}`, item] as const)
        : [[key, field] as const],
    ),
  );
}

/**
 * Rewrites, in place, the form body of `operation` in `doc` (a per-action document, its own
 * copy): each repeatList array field becomes its numbered fields, in the schema (resolved in `doc`),
 * the body's examples and its encoding.
 */
export function flattenRepeatLists(doc: OpenAPI3, operation: OperationObject): void {
  if (operation.requestBody === undefined) return;
  const media = resolveRef(doc, operation.requestBody).content[FORM] as MediaTypeObject | undefined;
  const encoding = media?.encoding as Record<string, EncodingWithStyle> | undefined;
  if (media?.schema === undefined || encoding === undefined) return;
  const lists = new Set(Object.keys(encoding).filter((name) => encoding[name]?.['x-imagesec-style'] === 'repeatList'));
  if (lists.size === 0) return;
  // A form schema is an object of fields (the codegen refuses any other).
  const form = resolveRef<SchemaObject>(doc, media.schema) as {
    properties: Record<string, SchemaObject | ReferenceObject>;
    required?: string[];
  };
  form.properties = Object.fromEntries(
    Object.entries(form.properties).flatMap(([name, field]): [string, SchemaObject | ReferenceObject][] => {
      if (!lists.has(name)) return [[name, field]];
      const list = resolveRef(doc, field);
      const bound = boundOf(doc, name, list);
      const items = (list as { items: SchemaObject | ReferenceObject }).items;
      return Array.from({ length: bound }, (_, index): [string, SchemaObject | ReferenceObject] => [
        `${name}.${index + 1}`,
        {
          ...items,
          description: `Item ${index + 1} of ${name} (at most ${bound}). ${list.description ?? ''}`.trim(),
        },
      ]);
    }),
  );
  if (form.required !== undefined) form.required = form.required.map((name) => (lists.has(name) ? `${name}.1` : name));
  for (const name of lists) delete encoding[name];
  if (Object.keys(encoding).length === 0) delete media.encoding;
  if (media.example !== undefined) media.example = flattenExample(media.example, lists);
  for (const example of Object.values(media.examples ?? {})) {
    const resolved = resolveRef(doc, example) as { value?: unknown };
    if (resolved.value !== undefined) resolved.value = flattenExample(resolved.value, lists);
  }
}
