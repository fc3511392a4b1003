// x-imagesec-table: the columns `--output table` shows are declared in the spec, and the generator
// refuses a declaration the answer cannot fill (a column that is not a field of the items, items
// that are not a list, a secret as a column). Every list operation of every cloud declares one.
import { describe, expect, it } from 'vitest';
import { cliOperations } from '../../scripts/codegen/cli.js';
import { allClouds } from '../helpers/cloud-clients.js';

/** A one-operation spec whose 200 body has `Data.List` (items with Id, Name, Owner.Name, Secret) and a Total. */
function spec(extensions: string): string {
  return `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /x:
    get:
      operationId: ListThings
      summary: s
      description: d
      x-imagesec-safe-to-repeat: { safe: true, reason: a test operation }
${extensions
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
      parameters:
        - { name: Page, in: query, schema: { type: integer } }
        - { name: Size, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  Total: { type: integer }
                  Data:
                    type: object
                    properties:
                      List:
                        type: array
                        items: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
    Thing:
      type: object
      properties:
        Id: { type: string }
        Name: { type: string }
        Owner: { type: object, properties: { Name: { type: string } } }
        Secret: { type: string, format: password }
`;
}

const PAGINATE = 'x-imagesec-paginate: { size: Size, page: Page, items: Data.List, total: Total }';

function tableOf(extensions: string): unknown {
  const [operation] = cliOperations('sas.yaml', spec(extensions)) as { table: unknown }[];
  return operation!.table;
}

describe('x-imagesec-table in the generator', () => {
  it('takes the items from x-imagesec-paginate, a field name as its own header, and dotted paths', () => {
    const table = tableOf(`${PAGINATE}
x-imagesec-table:
  columns: [Id, { path: Owner.Name, header: OWNER }]`);
    expect(table).toEqual({
      items: 'Data.List',
      columns: [
        { header: 'Id', path: 'Id' },
        { header: 'OWNER', path: 'Owner.Name' },
      ],
    });
  });

  it('is null for an operation that declares none', () => {
    expect(tableOf(PAGINATE)).toBeNull();
  });

  it('refuses a column that is not a property of the items, naming the operation and the column', () => {
    expect(() => tableOf(`${PAGINATE}\nx-imagesec-table: { columns: [Id, Owner.Email] }`)).toThrow(
      'ListThings: x-imagesec-table column Owner.Email is not a property of the Data.List items',
    );
    expect(() => tableOf(`${PAGINATE}\nx-imagesec-table: { columns: [Id, Total] }`)).toThrow(/column Total is not/);
  });

  it('refuses items that are not an array of the 200 body, and none to take', () => {
    expect(() => tableOf(`x-imagesec-table: { items: Data, columns: [Id] }`)).toThrow(
      'ListThings: x-imagesec-table items Data is not an array of the 200 body',
    );
    expect(() => tableOf(`x-imagesec-table: { items: Data.Missing, columns: [Id] }`)).toThrow(/items Data.Missing/);
    expect(() => tableOf(`x-imagesec-table: { columns: [Id] }`)).toThrow(/ListThings: x-imagesec-table needs items/);
    expect(tableOf(`x-imagesec-table: { items: Data.List, columns: [Name] }`)).toEqual({
      items: 'Data.List',
      columns: [{ header: 'Name', path: 'Name' }],
    });
  });

  it('refuses a secret as a column, no columns, a column twice and unknown keys', () => {
    const refused = {
      '{ columns: [Secret] }': /column Secret is a secret/,
      '{ columns: [] }': /needs a list of columns/,
      '{ columns: [Id, Id] }': /column Id is listed twice/,
      '{ columns: [Id], sort: Id }': /unknown keys sort/,
      '{ columns: [{ path: Id, width: 3 }] }': /column has unknown keys width/,
      '{ columns: [{ header: X }] }': /column needs a path/,
    };
    for (const [declaration, message] of Object.entries(refused)) {
      expect(() => tableOf(`${PAGINATE}\nx-imagesec-table: ${declaration}`), declaration).toThrow(message);
    }
  });
});

// Every cloud of the registry, the test suite's own among them.
const CLOUDS = allClouds().map((cloud) => [cloud.id, cloud.commands, cloud.operations] as const);

describe.each(CLOUDS)('the %s spec', (_, cli, table) => {
  it('declares the columns of every list operation, over the list it pages', () => {
    for (const operation of cli) {
      const paginate = (table as Record<string, { paginate: { items: string } | null }>)[operation.operationId]!
        .paginate;
      if (paginate === null) continue;
      expect(operation.table, operation.operationId).not.toBeNull();
      expect(operation.table!.items, operation.operationId).toBe(paginate.items);
    }
  });
});
