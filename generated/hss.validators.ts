/**
 * Generated from openapi/hss.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/request-validator.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from '../src/core/request-validator.js';

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
const s9: SchemaNode = { type: "string", enum: ["private_image", "shared_image", "instance_image", "harbor", "jfrog"] };
const s10: SchemaNode = { type: "string", maxLength: 64, minLength: 0 };
const s11: SchemaNode = { type: "object", additionalProperties: false, properties: { enterprise_project_id: s0 } };
const s12: SchemaNode = { type: "string", maxLength: 128, minLength: 1 };
const s13: SchemaNode = { type: "string", maxLength: 64, minLength: 1 };
const s14: SchemaNode = {
  type: "object",
  required: ["region"],
  additionalProperties: false,
  properties: { region: { type: "string", minLength: 1 }, "X-Project-Id": s0 },
};
const s15: SchemaNode = { type: "boolean" };
const s16: SchemaNode = { type: "string", enum: ["other_image", "swr_image"] };
const s17: SchemaNode = { type: "string", enum: ["unscan", "success", "scanning", "failed", "download_failed", "image_oversized"] };
const s18: SchemaNode = { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s19: SchemaNode = { type: "string", enum: ["private_image", "shared_image", "instance_image", "cicd", "harbor"] };
const s20: SchemaNode = { type: "string", maxLength: 128, minLength: 0 };
const s21: SchemaNode = { type: "object", additionalProperties: false, properties: { region: s12, "X-Project-Id": s0 } };
const s22: SchemaNode = { type: "string", enum: ["SwrPrivate", "SwrShared", "SwrEnterprise", "Harbor", "Jfrog", "Other"] };
const s23: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: "2147483647", bigint: false } };
const s24: SchemaNode = { type: "string", maxLength: 512, minLength: 0 };
const s25: SchemaNode = { type: "string", maxLength: 256, minLength: 0 };
const s26: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: null, bigint: false } };
const s27: SchemaNode = {
  type: "string",
  enum: ["private_image", "shared_image", "local_image", "instance_image", "harbor", "jfrog", "cicd"],
};
const s28: SchemaNode = { type: "string", enum: ["Security", "Low", "Medium", "High"] };
const s29: SchemaNode = { type: "string", enum: ["critical", "high", "medium", "low"] };
const s30: SchemaNode = { type: "string", enum: ["unhandled", "handled"] };
const s31: SchemaNode = {
  type: "string",
  pattern: "^(SwrPrivate|SwrShared|SwrEnterprise|Harbor|Jfrog|Other)(,(SwrPrivate|SwrShared|SwrEnterprise|Harbor|Jfrog|Other))*$",
};
const s32: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: "2000000", bigint: false } };
const s33: SchemaNode = { "x-imagesec-integer": { minimum: "10", maximum: "200", bigint: false } };
const s34: SchemaNode = { type: "string", enum: ["registry", "cicd"] };
const s35: SchemaNode = { type: "string", maxLength: 65535, minLength: 0 };
const s36: SchemaNode = { type: "string", enum: ["unscan", "success", "scanning", "failed", "waiting_for_scan"] };
const s37: SchemaNode = { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$" };
const s38: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: "4070880000000", bigint: false } };
const s39: SchemaNode = {
  type: "object",
  required: ["project_id", "image_id"],
  additionalProperties: false,
  properties: { project_id: s0, image_id: s12 },
};
const s40: SchemaNode = { "x-imagesec-integer": { minimum: "0", maximum: "2147483547", bigint: false } };

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
        query_info: { type: "object", additionalProperties: false, properties: { image_type: s9 } },
        image_info: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              id: { "x-imagesec-integer": { minimum: "1", maximum: "9223372036854775807", bigint: true } },
              image_id: s10,
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

export const validateAddRegistry: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s11,
    header: s5,
    body: {
      type: "object",
      required: [
        "registry_name",
        "registry_type",
        "api_version",
        "protocol",
        "registry_addr",
        "registry_username",
        "registry_password",
        "connect_cluster_id",
        "get_scan_image_channel",
      ],
      additionalProperties: false,
      properties: {
        registry_name: s12,
        registry_type: { type: "string", enum: ["Harbor", "Jfrog"] },
        api_version: { type: "string", enum: ["V1", "V2"] },
        protocol: { type: "string", enum: ["http", "https"] },
        registry_addr: s0,
        registry_username: s12,
        registry_password: s12,
        namespace: s12,
        connect_cluster_id: s13,
        get_scan_image_channel: { type: "string", enum: ["Swr", "Other"] },
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
    query: s11,
    header: s14,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        operate_all: s15,
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
        local_image_type: s16,
        scan_status: s17,
        image_size: s18,
        start_latest_update_time: s18,
        end_latest_update_time: s18,
        start_latest_scan_time: s18,
        end_latest_scan_time: s18,
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
      properties: { enterprise_project_id: s0, image_type: s19 },
    },
    header: s5,
    body: {
      type: "object",
      required: ["sensitive_info_id"],
      additionalProperties: false,
      properties: { sensitive_info_id: s20, operate_type: { type: "string", enum: ["ignore", "do_not_ignore"] } },
    },
  },
});

export const validateCreateImageSynchronizeTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s11,
    header: s21,
    body: {
      type: "object",
      required: ["sync_all_registries"],
      additionalProperties: false,
      properties: {
        sync_all_registries: s15,
        registry_info: {
          type: "array",
          items: { type: "object", additionalProperties: false, properties: { registry_id: s7, registry_type: s22 } },
        },
      },
    },
  },
});

export const validateCreateManualImageScanTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      additionalProperties: false,
      properties: { enterprise_project_id: s0, global_image_type: s2 },
    },
    header: s21,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        scan_scope: s23,
        rate_limit: { "x-imagesec-integer": { minimum: "0", maximum: "1000", bigint: false } },
        is_all: s15,
        query_info: {
          type: "object",
          additionalProperties: false,
          properties: {
            local_image_type: s16,
            host_id: s20,
            host_name: s20,
            public_ip: s20,
            private_ip: s20,
            cluster_id: s20,
            container_id: s20,
            container_name: s20,
            pod_id: s10,
            pod_name: s24,
            app_name: s25,
            has_vul: s15,
            namespace: s25,
            image_name: s25,
            image_version: s25,
            image_type: s9,
            scan_status: s17,
            image_size: s26,
            start_latest_update_time: s26,
            end_latest_update_time: s26,
            start_latest_scan_time: s26,
            end_latest_scan_time: s26,
          },
        },
        image_info: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              id: { "x-imagesec-integer": { minimum: "0", maximum: "9223372036854775807", bigint: true } },
              image_id: s7,
              image_digest: s7,
              registry_id: s7,
              registry_name: s7,
              image_name: s7,
              image_version: s7,
              namespace: s7,
              instance_id: s7,
              instance_url: s7,
              registry_type: s22,
            },
          },
        },
      },
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
    query: s11,
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
        operate_all: s15,
        image_type: s27,
        scan_status: s17,
        namespace: s7,
        image_name: s7,
        image_version: s7,
        image_id: s7,
        latest_version: s15,
        image_size: s18,
        start_latest_update_time: s18,
        end_latest_update_time: s18,
        start_latest_scan_time: s18,
        end_latest_scan_time: s18,
        has_malicious_file: s15,
        has_vul: s15,
        has_unsafe_setting: s15,
        risky: s15,
        severity_level: s28,
        instance_name: s7,
        cicd_name: s7,
        build_command_risk_level: s29,
        build_command_risk_name: s7,
        build_command_rule_id_list: s8,
      },
    },
  },
});

export const validateHandleImageVulnerability: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "body"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: s11,
    header: s5,
    body: {
      type: "object",
      required: ["image_type", "type", "operate_type", "select_type"],
      additionalProperties: false,
      properties: {
        image_type: { type: "string", enum: ["local", "registry", "cicd"] },
        type: s6,
        operate_type: { type: "string", enum: ["ignore", "not_ignore", "manual_repair", "add_to_whitelist"] },
        handle_status: s30,
        select_type: {
          type: "string",
          enum: ["all_vul", "specific_image_all_vul", "specific_vul_all_image", "vul_view", "image_view"],
        },
        image_id_list: s8,
        vul_id_list: s8,
        vul_data_list: {
          type: "array",
          items: { type: "object", additionalProperties: false, properties: { vul_id: s20, image_id_list: s8 } },
        },
        image_data_list: {
          type: "array",
          items: { type: "object", additionalProperties: false, properties: { image_id: s24, vul_id_list: s8 } },
        },
        remark: s24,
      },
    },
  },
});

export const validateListAssociateRegistries: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path"],
  additionalProperties: false,
  properties: {
    path: {
      type: "object",
      required: ["project_id", "task_id"],
      additionalProperties: false,
      properties: { project_id: s0, task_id: s13 },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        registry_name: s12,
        registry_type: s31,
        offset: s32,
        limit: s33,
        sync_status: { type: "string", enum: ["finished", "running", "failed"] },
      },
    },
    header: s5,
  },
});

export const validateListCheckRulesInfo: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["type", "image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s32,
        limit: s33,
        type: { type: "string", enum: ["image"] },
        image_type: s34,
        namespace: s35,
        image_name: s35,
        image_version: s35,
        instance_id: s20,
        image_id: s20,
        scan_result: { type: "string", enum: ["pass", "failed"] },
      },
    },
    header: s5,
  },
});

export const validateListGeneralImageVulOperations: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["vul_id", "image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s32,
        limit: s33,
        vul_id: s0,
        image_id: s0,
        image_type: s2,
        image_name: s25,
        status: { type: "string", enum: ["vul_status_unfix", "vul_status_ignored"] },
        user_name: s25,
        handle_type: { type: "string", enum: ["ignore", "not_ignore", "add_to_whitelist"] },
        app_name: s25,
        app_version: s25,
        remark: s25,
      },
    },
    header: s5,
  },
});

export const validateListImageBuildCommandRisks: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        limit: s33,
        offset: s32,
        image_type: s34,
        image_id: s20,
        risk_name: { type: "string", maxLength: 512, minLength: 1 },
        risk_level: s29,
      },
    },
    header: s21,
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
        offset: s32,
        limit: s33,
        image_name: s0,
        image_version: { type: "string", maxLength: 128, minLength: 1, pattern: "^[A-Za-z0-9._:-]+$" },
        scan_status: s36,
        local_image_type: s16,
        image_size: s26,
        start_latest_update_time: s26,
        end_latest_update_time: s26,
        start_latest_scan_time: s26,
        end_latest_scan_time: s26,
        has_vul: s15,
        host_name: s13,
        host_id: s37,
        host_ip: {
          type: "string",
          pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
        },
        container_id: { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$" },
        container_name: { type: "string", maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9._-]+$" },
        pod_id: s37,
        pod_name: { type: "string", maxLength: 63, minLength: 1, pattern: "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$" },
        app_name: s13,
        has_container: s15,
      },
    },
    header: s5,
  },
});

export const validateListImageMalware: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: {
      type: "object",
      required: ["project_id", "image_id"],
      additionalProperties: false,
      properties: { project_id: s0, image_id: { type: "string", maxLength: 65535, minLength: 1 } },
    },
    query: {
      type: "object",
      required: ["image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        limit: s33,
        offset: s32,
        image_type: s19,
        file_name: s35,
        namespace: s35,
        image_name: s35,
        tag_name: s35,
      },
    },
    header: s21,
  },
});

export const validateListImageScanTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s1,
    query: {
      type: "object",
      required: ["type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        global_image_type: s2,
        offset: s32,
        limit: s33,
        type: { type: "string", enum: ["image_sync", "image_scan"] },
        task_type: { type: "string", enum: ["cycle", "manual", "autoSync", "manualSync"] },
        task_name: s0,
        task_id: s0,
        create_time: s38,
        end_time: s38,
        task_status: { type: "string", enum: ["scanning", "finished"] },
        scan_scope: s23,
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
    path: s39,
    query: {
      type: "object",
      required: ["image_type"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        limit: s33,
        offset: s32,
        image_type: s19,
        namespace: s35,
        image_name: s35,
        image_version: s35,
        file_path: s35,
        severity: s29,
        handle_status: s30,
      },
    },
    header: s21,
  },
});

export const validateListImageVulnerabilities: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["path", "query"],
  additionalProperties: false,
  properties: {
    path: s39,
    query: {
      type: "object",
      required: ["image_type", "namespace", "image_name", "tag_name"],
      additionalProperties: false,
      properties: {
        enterprise_project_id: s0,
        offset: s32,
        limit: s33,
        image_type: {
          type: "string",
          enum: ["private_image", "shared_image", "instance_image", "cicd", "harbor", "jfrog"],
        },
        instance_id: s20,
        namespace: s10,
        image_name: s20,
        tag_name: s10,
        repair_necessity: { type: "string", enum: ["immediate_repair", "delay_repair", "not_needed_repair"] },
        vul_id: s20,
        app_name: s10,
        type: s6,
        handle_status: s30,
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
        offset: s32,
        limit: s33,
        global_image_type: s2,
        type: s3,
        vul_name: s25,
        vul_type: s6,
      },
    },
    header: s5,
  },
});

export const validateListRegistry: RequestValidator = /* @__PURE__ */ validator({
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
        offset: s32,
        limit: s33,
        registry_name: s12,
        registry_id: s13,
        registry_type: s31,
        registry_addr: s0,
        status: { type: "string", enum: ["success", "fail", "accessing"] },
      },
    },
    header: s5,
  },
});

export const validateListRegistryImages: RequestValidator = /* @__PURE__ */ validator({
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
        namespace: s12,
        image_name: s12,
        image_version: s13,
        registry_name: s12,
        offset: s32,
        image_type: s9,
        sort_key: { type: "string", enum: ["latest_scan_time"] },
        sort_dir: { type: "string", enum: ["asc", "desc"] },
        limit: { "x-imagesec-integer": { minimum: "1", maximum: "200", bigint: false } },
        latest_version: s15,
        image_size: s40,
        scan_status: s36,
        start_latest_update_time: s26,
        end_latest_update_time: s26,
        start_latest_scan_time: s26,
        end_latest_scan_time: s26,
        start_latest_sync_time: s26,
        end_latest_sync_time: s26,
        has_malicious_file: s15,
        has_unsafe_setting: s15,
        has_vul: s15,
        risky: s15,
        instance_id: s20,
        instance_name: s20,
        is_multarch: s15,
        severity_level: s28,
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
    header: s14,
    body: {
      type: "object",
      additionalProperties: false,
      properties: {
        image_id_list: { type: "array", maxItems: 2147483647, items: s7 },
        operate_all: s15,
        image_type: s27,
        vul_type: s6,
        scan_status: s17,
        namespace: s35,
        image_name: s35,
        image_version: s35,
        image_id: s20,
        latest_version: s15,
        image_size: s40,
        start_latest_update_time: s26,
        end_latest_update_time: s26,
        start_latest_scan_time: s26,
        end_latest_scan_time: s26,
        has_malicious_file: s15,
        has_vul: s15,
        has_unsafe_setting: s15,
        risky: s15,
        has_container: s15,
        severity_level: s28,
        instance_name: s20,
        instance_id: s20,
        cicd_name: s20,
        build_command_risk_level: s29,
        build_command_risk_name: s12,
        build_command_rule_id_list: { type: "array", items: { type: "string", maxLength: 200, minLength: 1 } },
        vul_id_list: { type: "array", maxItems: 2048, items: s7 },
      },
    },
  },
});

export const validators: Readonly<Record<string, RequestValidator>> = {
  validateAddImageWhiteLists,
  validateAddRegistry,
  validateBatchScanLocalImage,
  validateChangeSensitiveInfo,
  validateCreateImageSynchronizeTask,
  validateCreateManualImageScanTask,
  validateDeleteImageWhiteLists,
  validateExportImageSecurityReportTask,
  validateHandleImageVulnerability,
  validateListAssociateRegistries,
  validateListCheckRulesInfo,
  validateListGeneralImageVulOperations,
  validateListImageBuildCommandRisks,
  validateListImageLocal,
  validateListImageMalware,
  validateListImageScanTask,
  validateListImageSensitive,
  validateListImageVulnerabilities,
  validateListImageWhiteLists,
  validateListRegistry,
  validateListRegistryImages,
  validateShowImageSecurityReportStatistic,
};
