/**
 * Generated from openapi/hss.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/schema-check.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from './validator-runtime.js';

const s0: SchemaNode = { type: "string", maxLength: 256, minLength: 1 };
const s1: SchemaNode = { type: "object", required: ["project_id"], additionalProperties: false, properties: { project_id: s0 } };
const s2: SchemaNode = { type: "object", additionalProperties: false, properties: { "X-Project-Id": s0 } };
const s3: SchemaNode = { type: "string", enum: ["linux_vul", "app_vul"] };
const s4: SchemaNode = { type: "string" };
const s5: SchemaNode = {
  type: "object",
  required: ["region"],
  additionalProperties: false,
  properties: { region: { type: "string", minLength: 1 }, "X-Project-Id": s0 },
};
const s6: SchemaNode = { type: "boolean" };
const s7: SchemaNode = { type: "string", enum: ["unscan", "success", "scanning", "failed", "download_failed", "image_oversized"] };
const s8: SchemaNode = { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s9: SchemaNode = { type: "string", maxLength: 128, minLength: 0 };
const s10: SchemaNode = { type: "string", maxLength: 65535, minLength: 0 };
const s11: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: null, bigint: false } };

export const validateAddImageWhiteLists: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["global_image_type", "type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        global_image_type: { type: "string", enum: ["local", "registry"] },
        type: { type: "string", enum: ["vulnerability"] },
      },
    },
    header: s2,
    body: {
      type: "object",
      required: ["rule_type"],
      additionalProperties: false,
      properties: {
        vul_type: s3,
        vul_ids: { type: "array", items: s4 },
        rule_type: { type: "string", enum: ["all_images", "specific_image_types", "specific_images"] },
        query_info: {
          type: "object",
          additionalProperties: false,
          properties: {
            image_type: { type: "string", enum: ["private_image", "shared_image", "instance_image", "harbor", "jfrog"] },
          },
        },
        image_info: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              id: { "x-imagesec-integer": { minimum: "1", maximum: "9223372036854775807", bigint: true } },
              image_id: { type: "string", maxLength: 64, minLength: 0 },
              image_name: s0,
              image_type: {
                type: "string",
                enum: ["local_image", "private_image", "shared_image", "instance_image", "harbor", "jfrog"],
              },
            },
          },
        },
        description: s4,
      },
    },
  },
});

export const validateBatchScanLocalImage: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "header", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: { type: "object", additionalProperties: false, properties: { enterprise_project_id: s0 } },
    header: s5,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        operate_all: s6,
        image_info_list: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: { image_id: s4, image_digest: s4, image_name: s4, image_version: s4 },
          },
        },
        image_name: s4,
        image_version: s4,
        local_image_type: { type: "string", enum: ["other_image", "swr_image"] },
        scan_status: s7,
        image_size: s8,
        start_latest_update_time: s8,
        end_latest_update_time: s8,
        start_latest_scan_time: s8,
        end_latest_scan_time: s8,
      },
    },
  },
});

export const validateChangeSensitiveInfo: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        image_type: { type: "string", enum: ["private_image", "shared_image", "instance_image", "cicd", "harbor"] },
      },
    },
    header: s2,
    body: {
      type: "object",
      required: ["sensitive_info_id"],
      additionalProperties: false,
      properties: { sensitive_info_id: s9, operate_type: { type: "string", enum: ["ignore", "do_not_ignore"] } },
    },
  },
});

export const validateShowImageSecurityReportStatistic: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query", "header", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["security_report_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        security_report_type: {
          type: "string",
          enum: [
            "vulnerability",
            "risk-config",
            "malwares",
            "apps",
            "files",
            "sensitive-info",
            "non-compliant-app",
            "build-command-risks",
          ],
        },
      },
    },
    header: s5,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        image_id_list: { type: "array", maxItems: 2147483647, items: s4 },
        operate_all: s6,
        image_type: {
          type: "string",
          enum: ["private_image", "shared_image", "local_image", "instance_image", "harbor", "jfrog", "cicd"],
        },
        vul_type: s3,
        scan_status: s7,
        namespace: s10,
        image_name: s10,
        image_version: s10,
        image_id: s9,
        latest_version: s6,
        image_size: { "x-imagesec-integer": { minimum: "0", maximum: "2147483547", bigint: false } },
        start_latest_update_time: s11,
        end_latest_update_time: s11,
        start_latest_scan_time: s11,
        end_latest_scan_time: s11,
        has_malicious_file: s6,
        has_vul: s6,
        has_unsafe_setting: s6,
        risky: s6,
        has_container: s6,
        severity_level: { type: "string", enum: ["Security", "Low", "Medium", "High"] },
        instance_name: s9,
        instance_id: s9,
        cicd_name: s9,
        build_command_risk_level: { type: "string", enum: ["critical", "high", "medium", "low"] },
        build_command_risk_name: { type: "string", maxLength: 128, minLength: 1 },
        build_command_rule_id_list: { type: "array", items: { type: "string", maxLength: 200, minLength: 1 } },
        vul_id_list: { type: "array", maxItems: 2048, items: s4 },
      },
    },
  },
});
