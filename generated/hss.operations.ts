// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/operations.ts). Do not
// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.

export const operations = {
  "ChangeSensitiveInfo": {
    "operationId": "ChangeSensitiveInfo",
    "method": "changeSensitiveInfo",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/sensitive/operate",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "image_type"
      ],
      "header": [
        "X-Project-Id"
      ]
    },
    "constHeaders": {},
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": false
    },
    "responseBody": false,
    "safeToRepeat": true,
    "safeToRepeatReason": "Sets one finding's state to a value given in full (ignored / not ignored): twice is once.",
    "readOnly": false,
    "lift": {}
  },
  "AddImageWhiteLists": {
    "operationId": "AddImageWhiteLists",
    "method": "addImageWhiteLists",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/whitelists",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "global_image_type",
        "type"
      ],
      "header": [
        "X-Project-Id"
      ]
    },
    "constHeaders": {},
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": false
    },
    "responseBody": false,
    "safeToRepeat": false,
    "safeToRepeatReason": "Creates a whitelist entry; HSS documents no key that makes a repeat a no-op, so a second request may add a second entry (or fail as a duplicate).",
    "readOnly": false,
    "lift": {}
  },
  "BatchScanLocalImage": {
    "operationId": "BatchScanLocalImage",
    "method": "batchScanLocalImage",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/local/batch-scan",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ]
    },
    "constHeaders": {},
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "responseBody": false,
    "safeToRepeat": true,
    "safeToRepeatReason": "Starts scans of images; a repeat queues the same scans again and ends in the same state (the images scanned), at the cost of some duplicate scanning work.",
    "readOnly": false,
    "lift": {}
  },
  "ShowImageSecurityReportStatistic": {
    "operationId": "ShowImageSecurityReportStatistic",
    "method": "showImageSecurityReportStatistic",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/security-report/statistic",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "security_report_type"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ]
    },
    "constHeaders": {},
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "responseBody": true,
    "safeToRepeat": true,
    "safeToRepeatReason": "Read-only: it counts records (a POST only because the filters travel in a body).",
    "readOnly": true,
    "lift": {
      "totalNum": "total_num"
    }
  }
} as const;
