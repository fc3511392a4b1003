/**
 * Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/request-validator.ts.
 */
import { validator, type RequestValidator } from '../../../src/core/request-validator.js';



export const validateIgnoreFinding: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: {
      type: "object",
      required: ["finding_id"],
      additionalProperties: false,
      properties: { finding_id: { type: "string", pattern: "^fnd-[0-9a-f]{8}$" } },
    },
    body: {
      type: "object",
      required: ["Reason"],
      properties: {
        Reason: { type: "string", maxLength: 256, minLength: 1 },
        Until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" },
      },
    },
  },
});

export const validateListImages: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  additionalProperties: false,
  properties: {
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        limit: { "x-imagesec-integer": { minimum: "1", maximum: "100", bigint: false } },
        offset: { "x-imagesec-integer": { minimum: "0", maximum: "2147483647", bigint: false } },
        repository: { type: "string", maxLength: 128, minLength: 1 },
      },
    },
  },
});

export const validators: Readonly<Record<string, RequestValidator>> = {
  validateIgnoreFinding,
  validateListImages,
};
