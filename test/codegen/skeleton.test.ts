// The skeleton generator: each operation's document has a key for every parameter the command
// takes and the whole body the spec describes (every property at every depth), required first,
// enums listed, secrets empty; and on a small spec, which value each kind of field shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderSkeleton, skeletonTable } from '../../scripts/codegen/skeleton.js';
import type { CommandEntry, SkeletonField } from '../../src/core/command-table.js';
import { allClouds, specFile } from '../helpers/cloud-clients.js';

type Node = Record<string, unknown>;

function resolve(spec: Node, node: unknown): Node {
  let at = (node ?? {}) as Node;
  const beside: Node = {};
  while (typeof at.$ref === 'string') {
    const { $ref, ...rest } = at;
    Object.assign(beside, { ...rest, ...beside });
    at = $ref
      .slice(2)
      .split('/')
      .reduce<Node>((n, k) => n[k] as Node, spec);
  }
  return { ...at, ...beside };
}

/** Every property the schema describes, at every depth, as dotted paths (`[]` for a list's item). */
function specPaths(spec: Node, schemaNode: unknown, prefix: string): string[] {
  const schema = resolve(spec, schemaNode);
  if (schema.type === 'array') {
    const items = resolve(spec, schema.items);
    return items.type === 'object' || items.properties !== undefined ? specPaths(spec, items, `${prefix}[]`) : [];
  }
  return Object.entries((schema.properties ?? {}) as Node).flatMap(([name, property]) => [
    `${prefix}.${name}`,
    ...specPaths(spec, property, `${prefix}.${name}`),
  ]);
}

function skeletonPaths(fields: readonly SkeletonField[], prefix: string): string[] {
  return fields.flatMap((field) => [
    `${prefix}.${field.name}`,
    ...(field.fields === undefined ? [] : skeletonPaths(field.fields, `${prefix}.${field.name}`)),
    ...(field.item === undefined ? [] : skeletonPaths(field.item.fields, `${prefix}.${field.name}[]`)),
  ]);
}

/** Every field at every depth with the spec schema it stands for. */
function* pairs(spec: Node, schemaNode: unknown, fields: readonly SkeletonField[]): Generator<[SkeletonField, Node]> {
  const schema = resolve(spec, schemaNode);
  const properties = (schema.properties ?? {}) as Node;
  for (const field of fields) {
    const property = resolve(spec, properties[field.name]);
    yield [field, property];
    if (field.fields !== undefined) yield* pairs(spec, property, field.fields);
    if (field.item !== undefined) yield* pairs(spec, property.items, field.item.fields);
  }
}

function isRequiredFirst(comments: readonly string[]): boolean {
  const firstOptional = comments.findIndex((c) => c.startsWith('optional'));
  return firstOptional === -1 || comments.slice(firstOptional).every((c) => c.startsWith('optional'));
}

// Every cloud of the registry, the test suite's own among them: its skeletons against its spec.
const CLOUDS = await Promise.all(
  allClouds().map(async (cloud) => {
    const file = specFile(cloud)
      .replace('openapi/', 'generated/')
      .replace(/\.yaml$/, '.skeleton.ts');
    return [file, cloud, await cloud.skeletons()] as const;
  }),
);

describe.each(CLOUDS)('%s against its spec', (_file, cloud, generated) => {
  const spec = parse(readFileSync(cloud.spec, 'utf8')) as Node;
  const operations = cloud.commands;
  const specOperations = new Map(
    Object.values(spec.paths as Node).flatMap((item) =>
      Object.values(item as Node)
        .filter((o): o is Node => typeof (o as Node | undefined)?.operationId === 'string')
        .map((o) => [o.operationId as string, o] as const),
    ),
  );
  const bodySchema = (operation: CommandEntry) => {
    const requestBody = resolve(spec, specOperations.get(operation.operationId)!.requestBody);
    return ((requestBody.content as Node)['application/json'] as Node).schema;
  };

  it('has a document for every operation and no other', () => {
    expect(Object.keys(generated).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it.each(operations.map((o) => [o.command, o] as const))(
    '%s: every parameter by spec name, the body, the client-filled ones last as null',
    (_command, operation) => {
      const fields = generated[operation.operationId]!;
      const parameters = operation.options.filter((o) => o.in !== 'body');
      // One key per flag the client fills from, named by its first parameter (project_id, not X-Project-Id).
      const filledByFlag = operation.clientFilled
        .filter((f, i, all) => all.findIndex((g) => g.flag === f.flag) === i)
        .map((f) => f.name);
      const names = fields.map((f) => f.name);
      expect(new Set(names)).toEqual(
        new Set([...parameters.map((o) => o.name), ...(operation.body === undefined ? [] : ['body']), ...filledByFlag]),
      );
      expect(names).toHaveLength(new Set(names).size);
      const filled = fields.slice(fields.length - filledByFlag.length);
      expect(filled.map((f) => f.name)).toEqual(filledByFlag);
      for (const field of filled) expect(field).toMatchObject({ value: null, comment: /null: the client fills it/ });
      expect(isRequiredFirst(fields.slice(0, fields.length - filledByFlag.length).map((f) => f.comment))).toBe(true);
      for (const option of parameters) {
        const field = fields.find((f) => f.name === option.name)!;
        expect(field.comment.startsWith(option.required ? 'required' : 'optional')).toBe(true);
        if (option.enum !== undefined) expect(field.comment).toContain(`one of: ${option.enum.join(', ')}`);
        if (option.secret === true && !option.json) expect(field.value).toBe('');
      }
    },
  );

  const withBody = operations.filter((o) => o.body !== undefined);
  it.each(withBody.map((o) => [o.command, o] as const))(
    '%s: the whole body, every property at every depth, required first, enums listed, secrets empty',
    (_command, operation) => {
      const body = generated[operation.operationId]!.find((f) => f.name === 'body')!;
      expect(skeletonPaths(body.fields!, 'body').sort()).toEqual(specPaths(spec, bodySchema(operation), 'body').sort());
      for (const [field, schema] of pairs(spec, bodySchema(operation), body.fields!)) {
        if (Array.isArray(schema.enum)) expect(field.comment).toContain(`one of: ${schema.enum.join(', ')}`);
        if (schema.format === 'password') expect(field.value).toBe('');
        else if (Array.isArray(schema.examples) && field.value !== undefined && schema.type !== 'array')
          expect(field.value).toEqual(schema.examples[0]);
      }
      const levels = [
        body.fields!,
        ...[...pairs(spec, bodySchema(operation), body.fields!)].map(([f]) => f.fields ?? f.item?.fields ?? []),
      ];
      for (const level of levels) expect(isRequiredFirst(level.map((f) => f.comment))).toBe(true);
    },
  );
});

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /x:
    post:
      operationId: DoThing
      summary: s
      description: d
      x-imagesec-safe-to-repeat: { safe: true, reason: a test operation }
      parameters:
        - name: Filter
          in: query
          description: A filter, e.g. by name. Sent as JSON text.
          schema:
            type: string
            contentMediaType: application/json
            contentSchema: { $ref: '#/components/schemas/Filter' }
        - name: Size
          in: query
          required: true
          schema: { type: integer, minimum: 10 }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [mode, secret]
              properties:
                note: { type: string, description: 'What to note: - \`a\`: this - \`b\`: that' }
                mode: { type: string, enum: [a, b], default: b, description: The mode. }
                secret: { type: string, format: password, examples: [do-not-show] }
                flag: { type: boolean }
                id: { type: integer, format: int64, examples: [9223372036854775807] }
                tags: { type: array, items: { type: string, examples: [t1] }, examples: [[x, y]] }
                kind: { $ref: '#/components/schemas/Kind', description: Its own words. }
                items:
                  type: array
                  items: { type: object, required: [name], properties: { size: { type: number }, name: { type: string } } }
                anything: {}
components:
  schemas:
    Kind: { type: string, enum: [k1, k2], description: Shared words. }
    Filter:
      type: array
      items: { type: object, properties: { name: { type: string, examples: [n1] } } }
`;

describe('skeletonTable on a small spec', () => {
  const [size, body, filter] = skeletonTable('sas.yaml', SPEC).DoThing!;

  it('puts required keys first, the body where its required-ness puts it', () => {
    expect([size!.name, body!.name, filter!.name]).toEqual(['Size', 'body', 'Filter']);
    expect(body!.fields!.map((f) => f.name)).toEqual([
      'mode',
      'secret',
      'note',
      'flag',
      'id',
      'tags',
      'kind',
      'items',
      'anything',
    ]);
  });

  it('shows the example, else the default, else the first enum value, else a placeholder of the type', () => {
    const value = (name: string) => body!.fields!.find((f) => f.name === name)!.value;
    expect(size!.value).toBe(10);
    expect(value('mode')).toBe('b');
    expect(value('kind')).toBe('k1');
    expect(value('note')).toBe('');
    expect(value('flag')).toBe(false);
    expect(value('id')).toBe(9223372036854775807n);
    expect(value('tags')).toEqual(['x', 'y']);
    expect(value('anything')).toBeNull();
    expect(body!.fields!.find((f) => f.name === 'items')!.item!.fields).toEqual([
      { name: 'name', comment: 'required; string', value: '' },
      { name: 'size', comment: 'optional; number', value: 0 },
    ]);
  });

  it('never shows a secret: its value is empty', () => {
    expect(body!.fields!.find((f) => f.name === 'secret')).toEqual({
      name: 'secret',
      comment: 'required; string; secret: fill it in',
      value: '',
    });
    expect(renderSkeleton('sas.yaml', SPEC)).not.toContain('do-not-show');
  });

  it('comments say required or optional, the type, the enum, the default and the first sentence', () => {
    const comment = (name: string) => body!.fields!.find((f) => f.name === name)!.comment;
    expect(comment('mode')).toBe('required; string; one of: a, b; default b; The mode.');
    expect(comment('kind')).toBe('optional; string; one of: k1, k2; Its own words.');
    expect(comment('note')).toBe('optional; string; What to note.');
    expect(comment('id')).toBe('optional; integer (int64)');
    expect(filter!.comment).toBe(
      'optional; JSON text, given here as the list of object it holds; A filter, e.g. by name.',
    );
  });

  it('gives a JSON-text parameter the shape its content schema describes', () => {
    expect(filter!.item!.fields).toEqual([{ name: 'name', comment: 'optional; string', value: 'n1' }]);
  });

  it('writes a big integer as a bigint literal', () => {
    expect(renderSkeleton('sas.yaml', SPEC)).toContain('"value": 9223372036854775807n');
  });
});
