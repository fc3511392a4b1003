/**
 * Generated from openapi/sas.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/schema-check.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from './validator-runtime.js';

const s0: SchemaNode = { type: "string" };

export const validateOperateImageVul: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: {
        "x-acs-action": { type: "string", const: "OperateImageVul" },
        "x-acs-version": { type: "string", const: "2018-12-03" },
      },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        Info: {
          type: "array",
          items: {
            type: "object",
            properties: {
              namespace: s0,
              repoName: s0,
              regionId: s0,
              instanceId: s0,
              repoId: s0,
              tag: s0,
              digest: s0,
              newTag: s0,
              uuid: s0,
              ids: {
                type: "array",
                items: { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } },
              },
            },
          },
        },
        OperateType: { type: "string", pattern: "^vul_[a-z]+(_[a-z]+)*$" },
        Type: { type: "string", pattern: "^[a-z]+$" },
      },
    },
  },
});
