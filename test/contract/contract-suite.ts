// Registers the contract tests of one spec: each operation's seed request is accepted by the mock
// with a response of the documented shape; each listed variant is accepted too; each listed
// violation is refused by the mock's request validation at exactly the expected place.
import { beforeAll, describe, expect, it } from 'vitest';
import { send, type PlainRequest, type PlainResponse } from '../helpers/requests.js';
import type { SpecName } from '../../src/mock/specs.js';
import { usePrism } from '../helpers/prism.js';
import { specValidator, type SpecValidator } from '../helpers/spec-schemas.js';

/** A JSON object as a variant edits it: any field may be set to any value, valid or not, or deleted. */
export type Fields = Record<string, unknown>;

/** A copy of a seed request, whose body a variant edits as a JSON object. */
export interface EditableRequest extends PlainRequest {
  body: Fields;
}

export interface Variant {
  name: string;
  /** Changes a copy of the seed request; one that removes the body or makes it text takes a PlainRequest. */
  change: (request: EditableRequest) => void;
}

export interface Violation extends Variant {
  /** Where Prism reports it: `query.image_type`, `body.image_info.0.id`, `header`, ... */
  at: string;
  /** Prism's (Ajv's) violation code: `required`, `enum`, `maxLength`, ... */
  code: string;
}

export interface OperationCases {
  seed: PlainRequest;
  accepts: Variant[];
  rejects: Violation[];
}

interface PrismViolation {
  location: string[];
  code: string | number;
  message: string;
}

/** Prism lists the violations of a refused request in its `sl-violations` header. */
export function violations(response: PlainResponse): PrismViolation[] {
  return JSON.parse(response.headers.get('sl-violations') ?? '[]') as PrismViolation[];
}

export function variantOf(seed: PlainRequest, change: Variant['change']): PlainRequest {
  // Only the variants of seeds with a JSON object body edit the body as one.
  const request = structuredClone(seed) as EditableRequest;
  change(request);
  return request;
}

export function contractSuite(spec: SpecName, cases: Record<string, OperationCases>): void {
  const prism = usePrism(spec);
  let schemas: SpecValidator;
  beforeAll(async () => {
    schemas = await specValidator(spec);
  });

  for (const [operationId, { seed, accepts, rejects }] of Object.entries(cases)) {
    describe(operationId, () => {
      it('accepts the seed example request, with a response of the documented shape', async () => {
        const response = await send(prism.url, seed);
        expect(violations(response)).toEqual([]);
        expect(response.status).toBe(200);
        expect(schemas.responseErrors(operationId, 200, response.body)).toEqual([]);
      });

      it.each(accepts)('accepts $name', async ({ change }) => {
        const response = await send(prism.url, variantOf(seed, change));
        expect(violations(response)).toEqual([]);
        expect(response.status).toBe(200);
      });

      it.each(rejects)('rejects $name', async ({ change, at, code }) => {
        const response = await send(prism.url, variantOf(seed, change));
        // The vendors answer invalid parameters with 400 (HSS.0001, InvalidParameter); so does the
        // mock, because the specs document 400 (Prism uses 422 only when no 400 is documented).
        expect(response.status).toBe(400);
        expect(schemas.responseErrors(operationId, 400, response.body)).toEqual([]);
        const found = violations(response).map((v) => ({
          at: v.location.slice(1).join('.').toLowerCase(),
          code: v.code,
        }));
        expect(found).toContainEqual({ at: at.toLowerCase(), code });
      });
    });
  }
}
