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
      "header": []
    },
    "constHeaders": {
      "x-acs-action": "OperateImageVul",
      "x-acs-version": "2018-12-03"
    },
    "jsonQuery": {
      "Info": "OperateImageVulInfo"
    },
    "body": null,
    "responseBody": true,
    "safeToRepeat": false,
    "safeToRepeatReason": "`vul_fix` rebuilds the image and pushes it under a new tag; no idempotency is documented, so a repeat could start a second rebuild. Other OperateType values are undocumented: treated alike.",
    "readOnly": false,
    "lift": {}
  }
} as const;
