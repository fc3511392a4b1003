// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/operations.ts). Do not
// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.

export const operationTable = {
  "OperateImageVul": {
    "operationId": "OperateImageVul",
    "method": "operateImageVul",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "Info",
        "OperateType",
        "Type"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "OperateImageVul",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "Info": "OperateImageVulInfo"
    },
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "DescribeImageVulList": {
    "operationId": "DescribeImageVulList",
    "method": "describeImageVulList",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "Type",
        "CurrentPage",
        "PageSize",
        "Lang",
        "Name",
        "AliasName",
        "Necessity",
        "StatusList",
        "Dealed",
        "RuleTag",
        "RepoRegionId",
        "RepoInstanceId",
        "RepoId",
        "RepoNamespace",
        "RepoName",
        "Tag",
        "Digest",
        "Image",
        "Namespace",
        "ClusterId",
        "ClusterName",
        "ContainerId",
        "Pod",
        "Uuids",
        "RegionId",
        "InstanceId",
        "GroupByAsset",
        "ResourceDirectoryAccountId"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageVulList",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageVulList",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "VulRecords",
      "total": "TotalCount",
      "asText": []
    }
  },
  "DescribeImageInfoList": {
    "operationId": "DescribeImageInfoList",
    "method": "describeImageInfoList",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "Uuids"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageInfoList",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": null
  },
  "DescribeImageFixTask": {
    "operationId": "DescribeImageFixTask",
    "method": "describeImageFixTask",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "CurrentPage",
        "PageSize",
        "Status",
        "StartTime",
        "EndTime"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageFixTask",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageFixTask",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "BuildTasks",
      "total": "PageInfo.TotalCount",
      "asText": []
    }
  },
  "AddPrivateRegistry": {
    "operationId": "AddPrivateRegistry",
    "method": "addPrivateRegistry",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "RegistryType",
        "RegistryVersion",
        "ProtocolType",
        "NetType",
        "VpcId",
        "RegistryHostIp",
        "DomainName",
        "Port",
        "UserName",
        "Password",
        "RegistryRegionId",
        "TransPerHour",
        "ExtraParam"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "AddPrivateRegistry",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "ExtraParam": "PrivateRegistryExtraParam"
    },
    "body": null,
    "secrets": [
      [
        "query",
        "Password"
      ],
      [
        "query",
        "ExtraParam"
      ]
    ],
    "responseBody": true,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "DescribeImageInstances": {
    "operationId": "DescribeImageInstances",
    "method": "describeImageInstances",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "Criteria",
        "LogicalExp",
        "Scanned",
        "CurrentPage",
        "PageSize"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageInstances",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "Criteria": "ImageSearchCriteria"
    },
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageInstances",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "ImageInstanceList",
      "total": "PageInfo.TotalCount",
      "asText": []
    }
  },
  "PublicPreCheckImageScanTask": {
    "operationId": "PublicPreCheckImageScanTask",
    "method": "publicPreCheckImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "RegistryTypes",
        "RegionIds",
        "InstanceIds",
        "RepoNamespaces",
        "RepoIds",
        "RepoNames",
        "Digests",
        "Tags",
        "SourceIp"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "PublicPreCheckImageScanTask",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": null
  },
  "PublicCreateImageScanTask": {
    "operationId": "PublicCreateImageScanTask",
    "method": "publicCreateImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "RegistryTypes",
        "RegionIds",
        "InstanceIds",
        "RepoNamespaces",
        "RepoIds",
        "RepoNames",
        "Digests",
        "Tags",
        "SourceIp"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "PublicCreateImageScanTask",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "PublicSyncAndCreateImageScanTask": {
    "operationId": "PublicSyncAndCreateImageScanTask",
    "method": "publicSyncAndCreateImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "Images",
        "SourceIp"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "PublicSyncAndCreateImageScanTask",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "Images": "ImageScanTargets"
    },
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "GetOnceTaskResultInfo": {
    "operationId": "GetOnceTaskResultInfo",
    "method": "getOnceTaskResultInfo",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "TaskId",
        "TaskType",
        "TaskName"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "GetOnceTaskResultInfo",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": null
  },
  "DescribeGroupedMaliciousFiles": {
    "operationId": "DescribeGroupedMaliciousFiles",
    "method": "describeGroupedMaliciousFiles",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "CurrentPage",
        "PageSize",
        "Lang",
        "Levels",
        "FuzzyMaliciousName",
        "MaliciousMd5",
        "ImageDigest",
        "ImageTag",
        "ImageLayer",
        "RepoRegionId",
        "RepoInstanceId",
        "RepoId",
        "RepoName",
        "RepoNamespace",
        "ClusterId"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeGroupedMaliciousFiles",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeGroupedMaliciousFiles",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "GroupedMaliciousFileResponse",
      "total": "PageInfo.TotalCount",
      "asText": [
        "PageSize"
      ]
    }
  },
  "DescribeImageSensitiveFileByKey": {
    "operationId": "DescribeImageSensitiveFileByKey",
    "method": "describeImageSensitiveFileByKey",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "ImageUuid",
        "SensitiveFileKey",
        "ScanRange",
        "Lang",
        "CurrentPage",
        "PageSize"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageSensitiveFileByKey",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "ScanRange": "ImageScanRange"
    },
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageSensitiveFileByKey",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "SensitiveFileList",
      "total": "PageInfo.TotalCount",
      "asText": []
    }
  },
  "DescribeImageBaselineItemList": {
    "operationId": "DescribeImageBaselineItemList",
    "method": "describeImageBaselineItemList",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "ImageUuid",
        "Status",
        "BaselineClassKey",
        "BaselineNameKey",
        "Lang",
        "CurrentPage",
        "PageSize"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageBaselineItemList",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageBaselineItemList",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "BaselineItemInfos",
      "total": "PageInfo.TotalCount",
      "asText": []
    }
  },
  "DescribeImageBuildRiskByKey": {
    "operationId": "DescribeImageBuildRiskByKey",
    "method": "describeImageBuildRiskByKey",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "ImageUuid",
        "RiskKey",
        "Status",
        "Lang",
        "CurrentPage",
        "PageSize"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "DescribeImageBuildRiskByKey",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateDescribeImageBuildRiskByKey",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "Data.List",
      "total": "Data.PageInfo.TotalCount",
      "asText": []
    }
  },
  "SetImageSensitiveFileStatus": {
    "operationId": "SetImageSensitiveFileStatus",
    "method": "setImageSensitiveFileStatus",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "ImageUuids",
        "SensitiveFileKey",
        "Status",
        "ScanRange"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "SetImageSensitiveFileStatus",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {
      "ScanRange": "ImageScanRange"
    },
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "OperateImageBaselineWhitelist": {
    "operationId": "OperateImageBaselineWhitelist",
    "method": "operateImageBaselineWhitelist",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "BaselineItemKeyList",
        "Operation",
        "ImageUuid",
        "Lang"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {
      "x-acs-action": "OperateImageBaselineWhitelist",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "PageImageRegistry": {
    "operationId": "PageImageRegistry",
    "method": "pageImageRegistry",
    "httpMethod": "POST",
    "path": "/",
    "parameters": {
      "path": [],
      "query": [
        "SourceIp"
      ],
      "header": [],
      "form": [
        "CurrentPage",
        "PageSize",
        "RegistryNameLike",
        "RegistryTypeInList",
        "RegistryTypeNotInList"
      ]
    },
    "constHeaders": {
      "x-acs-action": "PageImageRegistry",
      "x-acs-version": "2018-12-03"
    },
    "repeatList": [
      "RegistryTypeInList",
      "RegistryTypeNotInList"
    ],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginatePageImageRegistry",
      "size": "PageSize",
      "offset": null,
      "page": "CurrentPage",
      "items": "List",
      "total": "PageInfo.TotalCount",
      "asText": []
    }
  }
} as const;

// Why each operation is (or is not) safe to send again (x-imagesec-safe-to-repeat's reason): for
// readers; no code reads it, so no bundle carries it.
export const safeToRepeatReasons = {
  "OperateImageVul": "`vul_fix` rebuilds the image and pushes it under a new tag; no idempotency is documented, so a repeat could start a second rebuild. Other OperateType values are undocumented: treated alike.",
  "DescribeImageVulList": "Read-only: it lists vulnerability records and changes nothing (a POST only because every RPC action is one).",
  "DescribeImageInfoList": "Read-only: it lists images and changes nothing (a POST only because every RPC action is one).",
  "DescribeImageFixTask": "Read-only: it lists fix tasks and changes nothing (a POST only because every RPC action is one).",
  "AddPrivateRegistry": "It creates a registry connection and returns its new id; no idempotency is documented, so a repeat could add the same registry twice.",
  "DescribeImageInstances": "Read-only: it lists images and changes nothing (a POST only because every RPC action is one).",
  "PublicPreCheckImageScanTask": "A dry run: it counts the images a scan would cover and the quota it would use, and starts nothing.",
  "PublicCreateImageScanTask": "It starts a scan task, which consumes scan quota and counts against the limit of 10 tasks at a time; no idempotency is documented, so a repeat could start a second task.",
  "PublicSyncAndCreateImageScanTask": "It adds images and starts a scan task, which consumes scan quota and counts against the limit of 10 tasks at a time; no idempotency is documented, so a repeat could start a second task.",
  "GetOnceTaskResultInfo": "Read-only: it reports a task's state and changes nothing (a POST only because every RPC action is one).",
  "DescribeGroupedMaliciousFiles": "Read-only: it lists malicious samples and changes nothing (a POST only because every RPC action is one).",
  "DescribeImageSensitiveFileByKey": "Read-only: it lists sensitive files and changes nothing (a POST only because every RPC action is one).",
  "DescribeImageBaselineItemList": "Read-only: it lists baseline check items and changes nothing (a POST only because every RPC action is one).",
  "DescribeImageBuildRiskByKey": "Read-only: it lists build risks and changes nothing (a POST only because every RPC action is one).",
  "SetImageSensitiveFileStatus": "It sets an absolute status (unhandled, whitelisted, false positive): sending the same request again leaves the same state.",
  "OperateImageBaselineWhitelist": "Adding keys that are already whitelisted, or removing keys that are not, leaves the same whitelist: a repeat changes nothing more (it may be answered with an error).",
  "PageImageRegistry": "Read-only: it lists registries and changes nothing (a POST only because every RPC action is one)."
} as const;
