// The validator generator on small specs: what it emits must check what the spec says, and what
// the checker (src/core/request-validator.ts) cannot check exactly must stop generation rather than
// produce a laxer validator. That the checker agrees with Ajv is validators-oracle.test.ts's job.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RequestValidator } from '../../src/core/request-validator.js';
import { renderValidators } from '../../scripts/codegen/validators.js';

function spec(operation: string, extra = ''): string {
  return `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /things/{id}:
    summary: Things
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: mode, in: query, required: true, schema: { type: string, enum: [a, b] } }
${operation}
${extra}`;
}

const CHECKER = fileURLToPath(new URL('../../src/core/request-validator.js', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'imagesec-validators-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let loaded = 0;

/** Generates the validators of a spec and loads them as the SDK does: the module as written. */
async function load(yaml: string): Promise<Record<string, RequestValidator>> {
  const source = renderValidators('test.yaml', yaml).replace(
    "'../src/core/request-validator.js'",
    JSON.stringify(CHECKER),
  );
  const file = join(dir, `test${loaded++}.validators.ts`);
  await writeFile(file, source);
  return (await import(/* @vite-ignore */ file)) as Record<string, RequestValidator>;
}

const POST_WITH_COUNT = `    post:
      operationId: Count
      parameters:
        - { name: mode, in: query, required: false, schema: { type: string, enum: [c] } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              properties:
                count: { type: integer, format: int64, minimum: 1, maximum: 10.0 }
                big: { type: integer, minimum: 0, maximum: 9223372036854775807 }`;

const COMPONENTS = `components:
  schemas:
    Name: { type: string, description: a name, maxLength: 3 }
    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } } }`;

describe('renderValidators', () => {
  it('compiles bounds written as floats exactly, bigint ranges exactly, and path-level parameters', async () => {
    const { validateCount } = await load(spec(POST_WITH_COUNT));
    const ok = (body: unknown, query: unknown = { mode: 'c' }) =>
      validateCount?.({ path: { id: 'x' }, query, body }) ?? false;
    expect(ok({ count: 10 })).toBe(true);
    expect(ok({ count: 11 })).toBe(false);
    expect(ok({ count: 0 })).toBe(false);
    expect(ok({ count: 2 ** 60 })).toBe(false);
    expect(ok({ big: 2n ** 63n - 1n })).toBe(true);
    expect(ok({ big: 2n ** 63n })).toBe(false);
    // The operation's own `mode` replaces the path item's; the path item's `id` still applies.
    expect(ok({}, { mode: 'a' })).toBe(false);
    expect(validateCount?.({ query: { mode: 'c' }, body: {} })).toBe(false);
  });

  it('int32 brings its own range, narrowed by stated bounds; date-time, date and uri bring a pattern', async () => {
    const formats = `                small: { type: integer, format: int32 }
                page: { type: integer, format: int32, minimum: 1, maximum: 99999999999 }
                at: { type: string, format: date-time }
                day: { type: string, format: date }
                link: { type: string, format: uri }
                stamp: { type: string, format: date-time, pattern: '^2026' }`;
    const { validateCount } = await load(spec(`${POST_WITH_COUNT}\n${formats}`));
    const ok = (body: unknown) => validateCount?.({ path: { id: 'x' }, query: { mode: 'c' }, body }) ?? false;
    expect(ok({ small: -(2 ** 31) })).toBe(true);
    expect(ok({ small: 2 ** 31 - 1 })).toBe(true);
    expect(ok({ small: 2 ** 31 })).toBe(false);
    expect(ok({ small: -(2 ** 31) - 1 })).toBe(false);
    expect(ok({ small: 1n })).toBe(false);
    expect(ok({ page: 0 })).toBe(false);
    expect(ok({ page: 2 ** 31 - 1 })).toBe(true);
    expect(ok({ page: 2 ** 31 })).toBe(false);
    expect(ok({ at: '2026-12-04T18:30:00Z' })).toBe(true);
    expect(ok({ at: '2026-12-04T18:30:00.123+08:00' })).toBe(true);
    expect(ok({ at: '2026-12-04 18:30' })).toBe(false);
    expect(ok({ day: '2026-12-04' })).toBe(true);
    expect(ok({ day: '04/12/2026' })).toBe(false);
    expect(ok({ link: 'https://example.com/x' })).toBe(true);
    expect(ok({ link: 'not a uri' })).toBe(false);
    // A stated pattern is the schema's own word and is kept.
    expect(ok({ stamp: '2026 anything' })).toBe(true);
  });

  it('reports every failed check with its place, keyword and params', async () => {
    const { validateCount } = await load(spec(POST_WITH_COUNT));
    expect(validateCount?.({ path: { id: 1 }, query: { mode: 'x', more: true }, body: { count: 1.5 } })).toBe(false);
    expect(validateCount?.errors).toEqual([
      { instancePath: '/path/id', keyword: 'type', params: { type: 'string' } },
      { instancePath: '/query', keyword: 'additionalProperties', params: { additionalProperty: 'more' } },
      { instancePath: '/query/mode', keyword: 'enum', params: { allowedValues: ['c'] } },
      {
        instancePath: '/body/count',
        keyword: 'x-imagesec-integer',
        params: { minimum: '1', maximum: '10', bigint: false },
      },
    ]);
    expect(validateCount?.({ path: { id: 'x' }, query: { mode: 'c' }, body: {} })).toBe(true);
    expect(validateCount?.errors).toBeNull();
  });

  it('takes an `enum` that only repeats the `const` (kept for tools that read only `enum`) as the `const`', async () => {
    const property = `                tag: { type: string, const: v, enum: [v] }`;
    const yaml = spec(`${POST_WITH_COUNT}\n${property}`);
    expect(renderValidators('test.yaml', yaml)).toContain('tag: { type: "string", const: "v" }');
    const { validateCount } = await load(yaml);
    const input = (tag: string) => ({ path: { id: 'x' }, query: {}, body: { tag } });
    expect(validateCount?.(input('v'))).toBe(true);
    expect(validateCount?.(input('w'))).toBe(false);
    expect(validateCount?.errors).toEqual([
      { instancePath: '/body/tag', keyword: 'const', params: { allowedValue: 'v' } },
    ]);
  });

  it('writes a component used in several places once, annotations dropped', () => {
    const property = `                first: { $ref: '#/components/schemas/Name' }
                second: { $ref: '#/components/schemas/Name' }`;
    const source = renderValidators('test.yaml', spec(`${POST_WITH_COUNT}\n${property}`, COMPONENTS));
    expect(source).toContain('const s0: SchemaNode = { type: "string", maxLength: 3 };');
    expect(source).toMatch(/first: s0,\s+second: s0/);
    expect(source).not.toContain('a name');
  });

  it.each([
    [
      'a format it has no check for',
      `                when: { type: string, format: email }`,
      /format email has no check/,
    ],
    [
      'a format on the wrong type',
      `                when: { type: string, format: int32 }`,
      /format int32 goes with type integer/,
    ],
    ['a type union', `                n: { type: [integer, 'null'] }`, /type unions are not supported/],
    ['a type it has no check for', `                n: { type: number }`, /type number is not supported/],
    [
      'an exclusive bound on an integer',
      `                n: { type: integer, exclusiveMaximum: 5 }`,
      /exclusiveMaximum/,
    ],
    ['a fractional integer bound', `                n: { type: integer, minimum: 0.5 }`, /not a whole number/],
    ['a bound on a string', `                n: { type: string, minimum: 1 }`, /minimum is supported on integers only/],
    [
      'a keyword it has no check for',
      `                n: { type: array, uniqueItems: true }`,
      /keyword uniqueItems is not supported/,
    ],
    [
      'a keyword beside another type',
      `                n: { type: string, maxItems: 2 }`,
      /maxItems needs the type it applies to/,
    ],
    [
      'a schema for additional properties',
      `                n: { type: object, additionalProperties: { type: string } }`,
      /only additionalProperties: false/,
    ],
    [
      'a required name the schema does not define',
      `                n: { type: object, required: [m], properties: {} }`,
      /required m is not among the properties/,
    ],
    [
      'an enum of objects',
      `                n: { type: object, enum: [{ a: 1 }] }`,
      /not a value the generator can compare/,
    ],
    [
      'a pattern the u flag refuses',
      `                n: { type: string, pattern: '\\-' }`,
      /Invalid regular expression/,
    ],
    [
      'a property named __proto__',
      `                n: { type: object, properties: { __proto__: { type: string } } }`,
      /__proto__/,
    ],
    [
      'a $ref beside a keyword',
      `                n: { $ref: '#/components/schemas/Name', minLength: 1 }`,
      /\$ref beside/,
    ],
    ['a recursive schema', `                n: { $ref: '#/components/schemas/Node' }`, /recursive schema Node/],
  ])('stops on %s', (_label, property, message) => {
    expect(() => renderValidators('test.yaml', spec(`${POST_WITH_COUNT}\n${property}`, COMPONENTS))).toThrow(message);
  });
});
