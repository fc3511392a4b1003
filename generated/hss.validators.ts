/**
 * Generated from openapi/hss.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/schema-check.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from './validator-runtime.js';

const s0: SchemaNode = { type: "string", maxLength: 256, minLength: 1 };
const s1: SchemaNode = { type: "object", required: ["project_id"], additionalProperties: false, properties: { project_id: s0 } };
const s2: SchemaNode = { type: "string", enum: ["local", "registry"] };
const s3: SchemaNode = { type: "string", enum: ["vulnerability"] };
const s4: SchemaNode = {
  type: "object",
  required: ["global_image_type", "type"],
  additionalProperties: false,
  properties: { enterprise_project_id: s0, global_image_type: s2, type: s3 },
};
const s5: SchemaNode = { type: "object", additionalProperties: false, properties: { "X-Project-Id": s0 } };
const s6: SchemaNode = { type: "string", enum: ["linux_vul", "app_vul"] };
const s7: SchemaNode = { type: "string" };
const s8: SchemaNode = { type: "array", items: s7 };
const s9: SchemaNode = { type: "string", maxLength: 64, minLength: 0 };
const s10: SchemaNode = { type: "object", additionalProperties: false, properties: { enterprise_project_id: s0 } };
const s11: SchemaNode = {
  type: "object",
  required: ["region"],
  additionalProperties: false,
  properties: { region: { type: "string", minLength: 1 }, "X-Project-Id": s0 },
};
const s12: SchemaNode = { type: "boolean" };
const s13: SchemaNode = { type: "string", enum: ["other_image", "swr_image"] };
const s14: SchemaNode = { type: "string", enum: ["unscan", "success", "scanning", "failed", "download_failed", "image_oversized"] };
const s15: SchemaNode = { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s16: SchemaNode = { type: "string", enum: ["private_image", "shared_image", "instance_image", "cicd", "harbor"] };
const s17: SchemaNode = { type: "string", maxLength: 128, minLength: 0 };
const s18: SchemaNode = {
  type: "string",
  enum: ["private_image", "shared_image", "local_image", "instance_image", "harbor", "jfrog", "cicd"],
};
const s19: SchemaNode = { type: "string", enum: ["Security", "Low", "Medium", "High"] };
const s20: SchemaNode = { type: "string", enum: ["critical", "high", "medium", "low"] };
const s21: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: "2000000", bigint: false } };
const s22: SchemaNode = { "x-imagesec-integer": { minimum: "10", maximum: "200", bigint: false } };
const s23: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: null, bigint: false } };
const s24: SchemaNode = { type: "string", maxLength: 64, minLength: 1 };
const s25: SchemaNode = { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$" };
const s26: SchemaNode = { type: "string", maxLength: 128, minLength: 1 };
const s27: SchemaNode = {
  type: "object",
  required: ["project_id", "image_id"],
  additionalProperties: false,
  properties: { project_id: s0, image_id: s26 },
};
const s28: SchemaNode = { type: "string", maxLength: 65535, minLength: 0 };
const s29: SchemaNode = { type: "string", enum: ["unhandled", "handled"] };

export const validateAddImageWhiteLists: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s4,
    header: s5,
    body: {
      type: "object",
      required: ["rule_type"],
      additionalProperties: false,
      properties: {
        vul_type: s6,
        vul_ids: s8,
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
              image_id: s9,
              image_name: s0,
              image_type: {
                type: "string",
                enum: ["local_image", "private_image", "shared_image", "instance_image", "harbor", "jfrog"],
              },
            },
          },
        },
        description: s7,
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
    query: s10,
    header: s11,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        operate_all: s12,
        image_info_list: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: { image_id: s7, image_digest: s7, image_name: s7, image_version: s7 },
          },
        },
        image_name: s7,
        image_version: s7,
        local_image_type: s13,
        scan_status: s14,
        image_size: s15,
        start_latest_update_time: s15,
        end_latest_update_time: s15,
        start_latest_scan_time: s15,
        end_latest_scan_time: s15,
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
      properties: { enterprise_project_id: s0, image_type: s16 },
    },
    header: s5,
    body: {
      type: "object",
      required: ["sensitive_info_id"],
      additionalProperties: false,
      properties: { sensitive_info_id: s17, operate_type: { type: "string", enum: ["ignore", "do_not_ignore"] } },
    },
  },
});

export const validateDeleteImageWhiteLists: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s4,
    header: s5,
    body: { type: "object", additionalProperties: false, properties: { ids: s8 } },
  },
});

export const validateExportImageSecurityReportTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s10,
    header: s5,
    body: {
      type: "object",
      required: ["export_size", "security_report_type", "operate_all"],
      additionalProperties: false,
      properties: {
        export_size: { "x-imagesec-integer": { minimum: "-2147483648", maximum: "2147483647", bigint: false } },
        security_report_type: {
          type: "string",
          enum: ["malwares", "apps", "files", "sensitive-info", "non-compliant-app", "build-command-risks"],
        },
        image_id_list: s8,
        operate_all: s12,
        image_type: s18,
        scan_status: s14,
        namespace: s7,
        image_name: s7,
        image_version: s7,
        image_id: s7,
        latest_version: s12,
        image_size: s15,
        start_latest_update_time: s15,
        end_latest_update_time: s15,
        start_latest_scan_time: s15,
        end_latest_scan_time: s15,
        has_malicious_file: s12,
        has_vul: s12,
        has_unsafe_setting: s12,
        risky: s12,
        severity_level: s19,
        instance_name: s7,
        cicd_name: s7,
        build_command_risk_level: s20,
        build_command_risk_name: s7,
        build_command_rule_id_list: s8,
      },
    },
  },
});

export const validateListImageLocal: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s21,
        limit: s22,
        image_name: s0,
        image_version: { type: "string", maxLength: 128, minLength: 1, pattern: "^[A-Za-z0-9._:-]+$" },
        scan_status: { type: "string", enum: ["unscan", "success", "scanning", "failed", "waiting_for_scan"] },
        local_image_type: s13,
        image_size: s23,
        start_latest_update_time: s23,
        end_latest_update_time: s23,
        start_latest_scan_time: s23,
        end_latest_scan_time: s23,
        has_vul: s12,
        host_name: s24,
        host_id: s25,
        host_ip: {
          type: "string",
          pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
        },
        container_id: { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$" },
        container_name: { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9._-]+$" },
        pod_id: s25,
        pod_name: { type: "string", maxLength: 63, minLength: 1, pattern: "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$" },
        app_name: s24,
        has_container: s12,
      },
    },
    header: s5,
  },
});

export const validateListImageSensitive: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s27,
    query: {
      type: "object",
      required: ["image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        limit: s22,
        offset: s21,
        image_type: s16,
        namespace: s28,
        image_name: s28,
        image_version: s28,
        file_path: s28,
        severity: s20,
        handle_status: s29,
      },
    },
    header: { type: "object", additionalProperties: false, properties: { region: s26, "X-Project-Id": s0 } },
  },
});

export const validateListImageVulnerabilities: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s27,
    query: {
      type: "object",
      required: ["image_type", "namespace", "image_name", "tag_name"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s21,
        limit: s22,
        image_type: {
          type: "string",
          enum: ["private_image", "shared_image", "instance_image", "cicd", "harbor", "jfrog"],
        },
        instance_id: s17,
        namespace: s9,
        image_name: s17,
        tag_name: s9,
        repair_necessity: { type: "string", enum: ["immediate_repair", "delay_repair", "not_needed_repair"] },
        vul_id: s17,
        app_name: s9,
        type: s6,
        handle_status: s29,
      },
    },
    header: s5,
  },
});

export const validateListImageWhiteLists: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["global_image_type", "type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s21,
        limit: s22,
        global_image_type: s2,
        type: s3,
        vul_name: { type: "string", maxLength: 256, minLength: 0 },
        vul_type: s6,
      },
    },
    header: s5,
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
    header: s11,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        image_id_list: { type: "array", maxItems: 2147483647, items: s7 },
        operate_all: s12,
        image_type: s18,
        vul_type: s6,
        scan_status: s14,
        namespace: s28,
        image_name: s28,
        image_version: s28,
        image_id: s17,
        latest_version: s12,
        image_size: { "x-imagesec-integer": { minimum: "0", maximum: "2147483547", bigint: false } },
        start_latest_update_time: s23,
        end_latest_update_time: s23,
        start_latest_scan_time: s23,
        end_latest_scan_time: s23,
        has_malicious_file: s12,
        has_vul: s12,
        has_unsafe_setting: s12,
        risky: s12,
        has_container: s12,
        severity_level: s19,
        instance_name: s17,
        instance_id: s17,
        cicd_name: s17,
        build_command_risk_level: s20,
        build_command_risk_name: s26,
        build_command_rule_id_list: { type: "array", items: { type: "string", maxLength: 200, minLength: 1 } },
        vul_id_list: { type: "array", maxItems: 2048, items: s7 },
      },
    },
  },
});

export const validators: Readonly<Record<string, RequestValidator>> = {
  validateAddImageWhiteLists,
  validateBatchScanLocalImage,
  validateChangeSensitiveInfo,
  validateDeleteImageWhiteLists,
  validateExportImageSecurityReportTask,
  validateListImageLocal,
  validateListImageSensitive,
  validateListImageVulnerabilities,
  validateListImageWhiteLists,
  validateShowImageSecurityReportStatistic,
};
