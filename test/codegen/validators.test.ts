// The validator generator on small specs: what it compiles must check what the spec says, and
// what it cannot compile exactly must stop generation rather than produce a laxer validator.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { RequestValidator } from '../../generated/validator-runtime.js';
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

/** Generates, transpiles and loads the validators of a spec (as the runtime would run them). */
async function load(yaml: string): Promise<Record<string, RequestValidator>> {
  const source = renderValidators('test.yaml', yaml);
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, RequestValidator>;
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

  it.each([
    ['a format it has no check for', `                when: { type: string, format: date-time }`, /format date-time has no check/],
    ['an integer in a type union', `                n: { type: [integer, 'null'] }`, /type unions with integer/],
    ['an exclusive bound on an integer', `                n: { type: integer, exclusiveMaximum: 5 }`, /exclusiveMaximum/],
    ['a fractional integer bound', `                n: { type: integer, minimum: 0.5 }`, /not a whole number/],
  ])('stops on %s', (_label, property, message) => {
    expect(() => renderValidators('test.yaml', spec(`${POST_WITH_COUNT}\n${property}`))).toThrow(message);
  });
});
