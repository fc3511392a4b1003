/**
 * Generated from openapi/sas.yaml by scripts/generate.ts. Do not edit by hand: change the spec, then
 * run `npm run generate`. One validator per operation, over the request it would send:
 * `{ path, query, header, body }`, with JSON-text parameters in decoded form. The schemas are data
 * (refs resolved, annotations dropped, repeated ones written once), read by src/core/request-validator.ts.
 */
import { validator, type RequestValidator, type SchemaNode } from '../src/core/request-validator.js';

const s0: SchemaNode = { type: "string", const: "2018-12-03" };
const s1: SchemaNode = { enum: [1, 2], "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s2: SchemaNode = { type: "string" };
const s3: SchemaNode = { "x-imagesec-integer": { minimum: "1", maximum: "2147483647", bigint: false } };
const s4: SchemaNode = { type: "string", enum: ["zh", "en"] };
const s5: SchemaNode = { enum: [0, 1, 2], "x-imagesec-integer": { minimum: "-2147483648", maximum: "2147483647", bigint: false } };
const s6: SchemaNode = { "x-imagesec-integer": { minimum: null, maximum: null, bigint: false } };
const s7: SchemaNode = { type: "string", enum: ["OR", "AND"] };
const s8: SchemaNode = { type: "boolean" };
const s9: SchemaNode = { type: "string", pattern: "^[A-Za-z0-9_]+$" };
const s10: SchemaNode = { type: "array", items: { type: "string", enum: ["image", "container"] } };
const s11: SchemaNode = { type: "string", pattern: "^[a-z]+$" };
const s12: SchemaNode = {
  type: "string",
  enum: [
    "CLIENT_PROBLEM_CHECK",
    "CLIENT_DEV_OPS",
    "ASSET_SECURITY_CHECK",
    "ASSETS_COLLECTION",
    "IMAGE_SCAN",
    "AI_SECURITY_CHECK",
    "IDC_PROBE_SCAN",
    "ATTACK_SURFACE_SCAN",
    "ASSET_EXPOSURE_SCAN",
    "VUL_CHECK_TASK",
  ],
};
const s13: SchemaNode = { type: "array", items: { type: "string", enum: ["acr", "harbor", "quay", "CI/CD"] } };
const s14: SchemaNode = {
  type: "object",
  additionalProperties: false,
  properties: {
    RegistryTypes: { type: "string", pattern: "^(acr|harbor|quay)(,(acr|harbor|quay))*$" },
    RegionIds: s2,
    InstanceIds: s2,
    RepoNamespaces: s2,
    RepoIds: s2,
    RepoNames: s2,
    Digests: s2,
    Tags: s2,
    SourceIp: s2,
  },
};

export const validateAddPrivateRegistry: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "AddPrivateRegistry" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: [
        "RegistryType",
        "RegistryVersion",
        "ProtocolType",
        "NetType",
        "RegistryHostIp",
        "DomainName",
        "UserName",
        "Password",
        "RegistryRegionId",
      ],
      additionalProperties: false,
      properties: {
        RegistryType: { type: "string", enum: ["harbor", "quay"] },
        RegistryVersion: { type: "string", enum: ["V1", "V2"] },
        ProtocolType: s1,
        NetType: s1,
        VpcId: s2,
        RegistryHostIp: s2,
        DomainName: s2,
        Port: { "x-imagesec-integer": { minimum: "1", maximum: "65535", bigint: false } },
        UserName: s2,
        Password: s2,
        RegistryRegionId: s2,
        TransPerHour: { "x-imagesec-integer": { minimum: "-2147483648", maximum: "2147483647", bigint: false } },
        ExtraParam: { type: "array", items: { type: "object", properties: { namespace: s2, authToken: s2 } } },
      },
    },
  },
});

export const validateDescribeGroupedMaliciousFiles: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeGroupedMaliciousFiles" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["CurrentPage", "PageSize"],
      additionalProperties: false,
      properties: {
        CurrentPage: s3,
        PageSize: { type: "string", pattern: "^[1-9][0-9]*$" },
        Lang: s4,
        Levels: { type: "string", pattern: "^(serious|suspicious|remind)(,(serious|suspicious|remind))*$" },
        FuzzyMaliciousName: s2,
        MaliciousMd5: s2,
        ImageDigest: s2,
        ImageTag: s2,
        ImageLayer: s2,
        RepoRegionId: s2,
        RepoInstanceId: s2,
        RepoId: s2,
        RepoName: s2,
        RepoNamespace: s2,
        ClusterId: s2,
      },
    },
  },
});

export const validateDescribeImageBaselineItemList: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageBaselineItemList" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["ImageUuid"],
      additionalProperties: false,
      properties: {
        ImageUuid: s2,
        Status: { type: "string", enum: ["0", "1", "2", "3"] },
        BaselineClassKey: s2,
        BaselineNameKey: s2,
        Lang: s4,
        CurrentPage: s3,
        PageSize: s3,
      },
    },
  },
});

export const validateDescribeImageBuildRiskByKey: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageBuildRiskByKey" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: { ImageUuid: s2, RiskKey: s2, Status: s5, Lang: s4, CurrentPage: s3, PageSize: s3 },
    },
  },
});

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
        CurrentPage: s3,
        PageSize: s3,
        Status: { type: "string", enum: ["1", "2", "3"] },
        StartTime: s6,
        EndTime: s6,
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
    query: { type: "object", required: ["Uuids"], additionalProperties: false, properties: { Uuids: s2 } },
  },
});

export const validateDescribeImageInstances: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageInstances" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        Criteria: { type: "array", items: { type: "object", properties: { name: s2, value: s2, logicalExp: s7 } } },
        LogicalExp: s7,
        Scanned: s8,
        CurrentPage: s3,
        PageSize: s3,
      },
    },
  },
});

export const validateDescribeImageSensitiveFileByKey: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "DescribeImageSensitiveFileByKey" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: { ImageUuid: s2, SensitiveFileKey: s9, ScanRange: s10, Lang: s4, CurrentPage: s3, PageSize: s3 },
    },
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
        Type: s11,
        CurrentPage: s3,
        PageSize: s3,
        Lang: s4,
        Name: s2,
        AliasName: s2,
        Necessity: { type: "string", pattern: "^(asap|later|nntf)(,(asap|later|nntf))*$" },
        StatusList: { type: "string", pattern: "^[147](,[147])*$" },
        Dealed: { type: "string", enum: ["y", "n"] },
        RuleTag: s2,
        RepoRegionId: s2,
        RepoInstanceId: s2,
        RepoId: s2,
        RepoNamespace: s2,
        RepoName: s2,
        Tag: s2,
        Digest: s2,
        Image: s2,
        Namespace: s2,
        ClusterId: s2,
        ClusterName: s2,
        ContainerId: s2,
        Pod: s2,
        Uuids: s2,
        RegionId: s2,
        InstanceId: s2,
        GroupByAsset: s8,
        ResourceDirectoryAccountId: s6,
      },
    },
  },
});

export const validateGetOnceTaskResultInfo: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "GetOnceTaskResultInfo" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["TaskId", "TaskType", "TaskName"],
      additionalProperties: false,
      properties: { TaskId: s2, TaskType: s12, TaskName: s12 },
    },
  },
});

export const validateOperateImageBaselineWhitelist: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "OperateImageBaselineWhitelist" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["BaselineItemKeyList", "Operation"],
      additionalProperties: false,
      properties: {
        BaselineItemKeyList: s2,
        Operation: { type: "string", enum: ["add", "del"] },
        ImageUuid: s2,
        Lang: s4,
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
              namespace: s2,
              repoName: s2,
              regionId: s2,
              instanceId: s2,
              repoId: s2,
              tag: s2,
              digest: s2,
              newTag: s2,
              uuid: s2,
              ids: { type: "array", items: s6 },
            },
          },
        },
        OperateType: { type: "string", pattern: "^vul_[a-z]+(_[a-z]+)*$" },
        Type: s11,
      },
    },
  },
});

export const validatePageImageRegistry: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "PageImageRegistry" }, "x-acs-version": s0 },
    },
    query: { type: "object", additionalProperties: false, properties: { SourceIp: s2 } },
    form: {
      type: "object",
      additionalProperties: false,
      properties: {
        CurrentPage: s3,
        PageSize: s3,
        RegistryNameLike: s2,
        RegistryTypeInList: s13,
        RegistryTypeNotInList: s13,
      },
    },
  },
});

export const validatePublicCreateImageScanTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "PublicCreateImageScanTask" }, "x-acs-version": s0 },
    },
    query: s14,
  },
});

export const validatePublicPreCheckImageScanTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "PublicPreCheckImageScanTask" }, "x-acs-version": s0 },
    },
    query: s14,
  },
});

export const validatePublicSyncAndCreateImageScanTask: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header", "query"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "PublicSyncAndCreateImageScanTask" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      required: ["Images"],
      additionalProperties: false,
      properties: {
        Images: {
          type: "array",
          items: {
            type: "object",
            properties: {
              registryType: { type: "string", enum: ["acr", "harbor", "quay"] },
              repoId: s2,
              instanceId: s2,
              repoNamespace: s2,
              regionId: s2,
              repoName: s2,
              digest: s2,
              tag: s2,
              createTime: s6,
              updateTime: s6,
            },
          },
        },
        SourceIp: s2,
      },
    },
  },
});

export const validateSetImageSensitiveFileStatus: RequestValidator = /* @__PURE__ */ validator({
  type: "object",
  required: ["header"],
  additionalProperties: false,
  properties: {
    header: {
      type: "object",
      required: ["x-acs-action", "x-acs-version"],
      additionalProperties: false,
      properties: { "x-acs-action": { type: "string", const: "SetImageSensitiveFileStatus" }, "x-acs-version": s0 },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: { ImageUuids: s2, SensitiveFileKey: s9, Status: s5, ScanRange: s10 },
    },
  },
});

export const validators: Readonly<Record<string, RequestValidator>> = {
  validateAddPrivateRegistry,
  validateDescribeGroupedMaliciousFiles,
  validateDescribeImageBaselineItemList,
  validateDescribeImageBuildRiskByKey,
  validateDescribeImageFixTask,
  validateDescribeImageInfoList,
  validateDescribeImageInstances,
  validateDescribeImageSensitiveFileByKey,
  validateDescribeImageVulList,
  validateGetOnceTaskResultInfo,
  validateOperateImageBaselineWhitelist,
  validateOperateImageVul,
  validatePageImageRegistry,
  validatePublicCreateImageScanTask,
  validatePublicPreCheckImageScanTask,
  validatePublicSyncAndCreateImageScanTask,
  validateSetImageSensitiveFileStatus,
};
