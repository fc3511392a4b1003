// The CLI metadata generator: every flag stands for a parameter or body field of the spec, every
// parameter a user can set has its flag, and what would make two flags collide stops generation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliOperations, kebab } from '../../scripts/codegen/cli.js';
import { GLOBAL_FLAG_NAMES } from '../../src/cli/global-flags.js';
import { allClouds, specFile } from '../helpers/cloud-clients.js';

// The parts of a parsed spec these checks read; a node may instead be a $ref to one.
interface Node {
  $ref?: string;
}
interface Schema extends Node {
  type?: string;
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
}
interface Parameter extends Node {
  in: string;
  name: string;
  required?: boolean;
  schema: Schema;
}
interface RequestBody extends Node {
  content: Record<string, { schema: Schema }>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: RequestBody;
}
interface PathItem {
  [method: string]: unknown;
  parameters?: Parameter[];
}
interface Spec {
  paths: Record<string, PathItem>;
}

function resolve<T extends Node>(spec: Spec, node: T): T {
  if (typeof node.$ref !== 'string') return node;
  return resolve(
    spec,
    node.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], spec) as T,
  );
}

// The client fills these from global flags (--project-id, --region); constants are the client's too.
const CLIENT_FILLED = new Set(['path project_id', 'header X-Project-Id', 'header region']);

// Every cloud of the registry, the test suite's own among them: its command table against its spec.
const CLOUDS = allClouds().map((cloud) => {
  const spec = specFile(cloud);
  return [spec.replace('openapi/', 'generated/').replace(/\.yaml$/, '.cli.ts'), spec, cloud] as const;
});

describe.each(CLOUDS)('%s against %s', (_table, _spec, cloud) => {
  const spec = parse(readFileSync(cloud.spec, 'utf8')) as Spec;
  const commands = cloud.commands;
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
      .map(([method, operation]) => ({
        method,
        operation: operation as Operation,
        shared: item.parameters ?? [],
      })),
  );

  it('has one entry per spec operation, named after it', () => {
    const sorted = (ids: string[]) => [...ids].sort();
    expect(sorted(commands.map((o) => o.operationId))).toEqual(sorted(operations.map((o) => o.operation.operationId)));
    for (const o of commands) expect(o.command).toBe(kebab(o.operationId));
  });

  it.each(operations.map((o) => [o.operation.operationId, o] as const))(
    '%s: a flag for every settable parameter and nothing else',
    (_, { operation, shared }) => {
      const generated = commands.find((o) => o.operationId === operation.operationId)!;
      const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => resolve(spec, p));
      const settable = parameters.filter(
        (p) => !CLIENT_FILLED.has(`${p.in} ${p.name}`) && resolve(spec, p.schema).const === undefined,
      );
      const options = generated.options as readonly { flag: string; name: string; in: string; required: boolean }[];
      expect(
        options.filter((o) => o.in !== 'body' && o.in !== 'form').map((o) => [o.in, o.name, o.flag, o.required]),
      ).toEqual(settable.map((p) => [p.in, p.name, kebab(p.name), p.required === true]));
      // A form body's fields are each a flag (all scalars or lists of them: the table allows nothing else).
      const formMedia =
        operation.requestBody && resolve(spec, operation.requestBody).content['application/x-www-form-urlencoded'];
      const form = formMedia ? resolve(spec, formMedia.schema) : undefined;
      const formRequired = new Set((form as { required?: string[] } | undefined)?.required ?? []);
      expect(options.filter((o) => o.in === 'form').map((o) => [o.name, o.flag, o.required])).toEqual(
        Object.keys(form?.properties ?? {}).map((field) => [field, kebab(field), formRequired.has(field)]),
      );
      const media = operation.requestBody && resolve(spec, operation.requestBody).content['application/json'];
      const properties: Record<string, Schema> = media ? (resolve(spec, media.schema).properties ?? {}) : {};
      for (const option of options.filter((o) => o.in === 'body')) {
        expect(properties, `body flag --${option.flag}`).toHaveProperty(option.name);
        expect(option.flag).toBe(kebab(option.name));
      }
      // And the other way: every scalar (or array-of-scalars) body field has its flag.
      const scalar = (schema: Schema) => ['string', 'integer', 'number', 'boolean'].includes(schema.type ?? '');
      for (const [field, raw] of Object.entries(properties)) {
        const schema = resolve(spec, raw);
        const flagged = scalar(schema) || (schema.type === 'array' && scalar(resolve(spec, schema.items!)));
        expect(
          options.some((o) => o.in === 'body' && o.name === field),
          `body field ${field}`,
        ).toBe(flagged);
      }
      for (const option of options) expect(GLOBAL_FLAG_NAMES).not.toContain(option.flag);
    },
  );
});

const BASE = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /x:
    post:
      operationId: DoThing
      summary: s
      description: d
      x-imagesec-safe-to-repeat: { safe: true, reason: a test operation }
`;

describe('cliOperations', () => {
  it('makes kebab-case flags from every naming style', () => {
    expect(['image_type', 'OperateType', 'X-Project-Id', 'vul_ids', 'Info'].map(kebab)).toEqual([
      'image-type',
      'operate-type',
      'x-project-id',
      'vul-ids',
      'info',
    ]);
  });

  it('stops on a parameter whose flag would be a global flag', () => {
    const yaml = `${BASE}      parameters:\n        - { name: output, in: query, schema: { type: string } }\n`;
    expect(() => cliOperations('sas.yaml', yaml)).toThrow(/--output .* collides with a global flag/);
  });

  it('stops on two fields that would share a flag', () => {
    const yaml = `${BASE}      parameters:
        - { name: image_type, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { imageType: { type: string } } }
`;
    expect(() => cliOperations('sas.yaml', yaml)).toThrow(/both be --image-type/);
  });

  it('gives a parameter the client fills (x-imagesec-client-setting) no flag; the example sets its global flag once', () => {
    const yaml = `${BASE}      parameters:
        - { name: project_id, in: path, required: true, x-imagesec-client-setting: projectId, schema: { type: string }, example: p1 }
        - { name: X-Project-Id, in: header, required: true, x-imagesec-client-setting: projectId, schema: { type: string }, example: p1 }
        - { name: region, in: header, x-imagesec-client-setting: region, schema: { type: string }, example: r1 }
`;
    const [operation] = cliOperations('x.yaml', yaml);
    expect(operation!.options).toEqual([]);
    expect(operation!.clientFilled).toEqual([
      { flag: 'project-id', in: 'path', name: 'project_id', required: true },
      { flag: 'project-id', in: 'header', name: 'X-Project-Id', required: true },
      { flag: 'region', in: 'header', name: 'region', required: false },
    ]);
    expect(operation!.example).toEqual(['--project-id', 'p1']);
  });

  it('stops on a client setting that has no global flag', () => {
    const yaml = `${BASE}      parameters:
        - { name: tenant, in: header, x-imagesec-client-setting: tenantId, schema: { type: string } }
`;
    expect(() => cliOperations('x.yaml', yaml)).toThrow(
      /x-imagesec-client-setting of header tenant names no client setting/,
    );
  });

  it('stops when the client fills a parameter in one operation and the caller gives it in another', () => {
    const yaml = `${BASE}      parameters:
        - { name: region, in: header, x-imagesec-client-setting: region, schema: { type: string } }
  /y:
    post:
      operationId: DoOther
      summary: s
      description: d
      x-imagesec-safe-to-repeat: { safe: true, reason: a test operation }
      parameters:
        - { name: region, in: header, schema: { type: string } }
`;
    expect(() => cliOperations('x.yaml', yaml)).toThrow(/header region is filled by different client settings/);
  });

  it('gives object body fields no flag, arrays of scalars a repeatable one, and keeps enums and defaults', () => {
    const yaml = `${BASE}      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [mode]
              properties:
                mode: { type: string, enum: [a, b], default: a, description: The mode. }
                ids: { type: array, items: { type: integer } }
                nested: { type: object }
            example: { mode: b }
`;
    const [operation] = cliOperations('sas.yaml', yaml) as { options: unknown; example: unknown }[];
    expect(operation!.options).toEqual([
      {
        flag: 'mode',
        name: 'mode',
        in: 'body',
        required: true,
        type: 'string',
        repeatable: false,
        json: false,
        enum: ['a', 'b'],
        default: 'a',
        description: 'The mode.',
      },
      {
        flag: 'ids',
        name: 'ids',
        in: 'body',
        required: false,
        type: 'integer',
        repeatable: true,
        json: false,
        description: '',
      },
    ]);
    expect(operation!.example).toEqual(['--body', '{"mode":"b"}']);
  });
});
