// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/operations.ts). Do not
// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.

export const operations = {
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
    "safeToRepeatReason": "`vul_fix` rebuilds the image and pushes it under a new tag; no idempotency is documented, so a repeat could start a second rebuild. Other OperateType values are undocumented: treated alike.",
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
    "safeToRepeatReason": "Read-only: it lists vulnerability records and changes nothing (a POST only because every RPC action is one).",
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
    "safeToRepeatReason": "Read-only: it lists images and changes nothing (a POST only because every RPC action is one).",
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
    "safeToRepeatReason": "Read-only: it lists fix tasks and changes nothing (a POST only because every RPC action is one).",
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
  }
} as const;
