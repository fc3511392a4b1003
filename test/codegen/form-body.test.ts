// The operation table and the validators for a form body (application/x-www-form-urlencoded): its
// fields in schema order, its lists (x-imagesec-style: repeatList), paging over form fields, and
// what the wire form cannot carry as the spec says stops generation rather than be sent otherwise.
import { describe, expect, it } from 'vitest';
import { operationTable } from '../../scripts/codegen/operations.js';
import { requestSchemas } from '../../scripts/codegen/validators.js';
import { validator } from '../../src/core/request-validator.js';

/** A one-operation spec whose form body has `properties` (YAML flow text) and `encoding`. */
function spec(properties: string, encoding = '{}', extra = ''): string {
  return `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /:
    post:
      operationId: ListThings
      x-imagesec-safe-to-repeat: { safe: true, reason: a read }
${extra}      parameters:
        - { name: SourceIp, in: query, schema: { type: string } }
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [Size]
              properties: ${properties}
            encoding: ${encoding}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  Items: { type: array, items: { type: string } }
                  Total: { type: integer }
`;
}

const FIELDS = `{ Page: { type: integer, minimum: 1 }, Size: { type: string }, Kinds: { type: array, items: { type: string, enum: [a, b] } } }`;
const LISTS = `{ Kinds: { x-imagesec-style: repeatList } }`;

describe('a form body in the operation table', () => {
  it('lists the fields in schema order, the repeat lists, and pages over form fields (a text size noted)', () => {
    const paging = '      x-imagesec-paginate: { size: Size, page: Page, items: Items, total: Total }\n';
    const [entry] = operationTable(spec(FIELDS, LISTS, paging));
    expect(entry).toMatchObject({
      parameters: { query: ['SourceIp'], form: ['Page', 'Size', 'Kinds'] },
      repeatList: ['Kinds'],
      body: null,
      secrets: [],
      paginate: { size: 'Size', page: 'Page', asText: ['Size'] },
    });
  });

  it.each([
    [
      'an array without the repeatList style',
      FIELDS,
      '{}',
      /Kinds: an array needs encoding x-imagesec-style: repeatList/,
    ],
    [
      'the style on a scalar',
      FIELDS,
      '{ Page: { x-imagesec-style: repeatList }, Kinds: { x-imagesec-style: repeatList } }',
      /Page: x-imagesec-style applies to arrays only/,
    ],
    ['an object field', '{ Size: { type: object } }', '{}', /Size: an object field is not supported/],
    [
      'a list of lists',
      '{ Size: { type: array, items: { type: array } } }',
      '{ Size: { x-imagesec-style: repeatList } }',
      /only arrays of scalars/,
    ],
    [
      'JSON text',
      '{ Size: { type: string, contentMediaType: application/json } }',
      '{}',
      /JSON text in a form body is not supported/,
    ],
    [
      'an encoding for no field',
      '{ Size: { type: string } }',
      '{ Other: { x-imagesec-style: repeatList } }',
      /encoding for Other, which is not a field/,
    ],
    [
      'a field named like a query parameter',
      '{ Size: { type: string }, SourceIp: { type: string } }',
      '{}',
      /SourceIp is both a parameter and a form field/,
    ],
  ])('stops on %s', (_label, properties, encoding, error) => {
    expect(() => operationTable(spec(properties, encoding))).toThrow(error);
  });

  it('stops when paging names a field that is not an integer or text', () => {
    const fields = `{ Size: { type: boolean }, Page: { type: integer } }`;
    const paging = '      x-imagesec-paginate: { size: Size, page: Page, items: Items }\n';
    expect(() => operationTable(spec(fields, '{}', paging))).toThrow(/Size, which is neither an integer nor text/);
  });
});

describe('a form body in the validators', () => {
  const [schema] = requestSchemas(spec(FIELDS, LISTS));
  const validate = validator(schema!.checked);

  it('checks the fields as a closed section of their own, required ones included', () => {
    expect(validate({ query: {}, form: { Size: '5', Kinds: ['a'] } })).toBe(true);
    expect(validate({ query: {}, form: { Kinds: ['a'] } })).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([['/form', 'required']]);
    expect(validate({ query: {}, form: { Size: '5', Kinds: ['c'], Extra: 1 } })).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/form', 'additionalProperties'],
      ['/form/Kinds/0', 'enum'],
    ]);
  });
});
