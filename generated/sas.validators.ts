/**
 * Generated from openapi/sas.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/schema-check.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from './validator-runtime.js';

const s0: SchemaNode = { type: "string", const: "2018-12-03" };
const s1: SchemaNode = { "x-imagesec-integer": { minimum: "1", maximum: "2147483647", bigint: false } };
const s2: SchemaNode = { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s3: SchemaNode = { type: "string" };
const s4: SchemaNode = { type: "string", pattern: "^[a-z]+$" };

export const validateDescribeImageFixTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageFixTask" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["CurrentPage", "PageSize"],
      additionalProperties: false,
      properties: {
        CurrentPage: s1,
        PageSize: s1,
        Status: { type: "string", enum: ["1", "2", "3"] },
        StartTime: s2,
        EndTime: s2,
      },
    },
  },
});

export const validateDescribeImageInfoList: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageInfoList" }, "x-acs-version": s0 },
    },
    query: { type: "object", required: ["Uuids"], additionalProperties: false, properties: { Uuids: s3 } },
  },
});

export const validateDescribeImageVulList: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageVulList" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["Type"],
      additionalProperties: false,
      properties: {
        Type: s4,
        CurrentPage: s1,
        PageSize: s1,
        Lang: { type: "string", enum: ["zh", "en"] },
        Name: s3,
        AliasName: s3,
        Necessity: { type: "string", pattern: "^(asap|later|nntf)(,(asap|later|nntf))*$" },
        StatusList: { type: "string", pattern: "^[147](,[147])*$" },
        Dealed: { type: "string", enum: ["y", "n"] },
        RuleTag: s3,
        RepoRegionId: s3,
        RepoInstanceId: s3,
        RepoId: s3,
        RepoNamespace: s3,
        RepoName: s3,
        Tag: s3,
        Digest: s3,
        Image: s3,
        Namespace: s3,
        ClusterId: s3,
        ClusterName: s3,
        ContainerId: s3,
        Pod: s3,
        Uuids: s3,
        RegionId: s3,
        InstanceId: s3,
        GroupByAsset: { type: "boolean" },
        ResourceDirectoryAccountId: s2,
      },
    },
  },
});

export const validateOperateImageVul: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "OperateImageVul" }, "x-acs-version": s0 },
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
              namespace: s3,
              repoName: s3,
              regionId: s3,
              instanceId: s3,
              repoId: s3,
              tag: s3,
              digest: s3,
              newTag: s3,
              uuid: s3,
              ids: { type: "array", items: s2 },
            },
          },
        },
        OperateType: { type: "string", pattern: "^vul_[a-z]+(_[a-z]+)*$" },
        Type: s4,
      },
    },
  },
});

export const validators: Readonly<Record<string, RequestValidator>> = {
  validateDescribeImageFixTask,
  validateDescribeImageInfoList,
  validateDescribeImageVulList,
  validateOperateImageVul,
};
