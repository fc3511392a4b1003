// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/operations.ts). Do not
// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.

export const operationTable = {
  "ListImages": {
    "operationId": "ListImages",
    "method": "listImages",
    "httpMethod": "GET",
    "path": "/v1/images",
    "parameters": {
      "path": [],
      "query": [
        "limit",
        "offset",
        "repository"
      ],
      "header": [],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": null,
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {},
    "paginate": {
      "method": "paginateListImages",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "Response.ImageSet",
      "total": "Response.TotalCount",
      "asText": []
    }
  },
  "IgnoreFinding": {
    "operationId": "IgnoreFinding",
    "method": "ignoreFinding",
    "httpMethod": "POST",
    "path": "/v1/findings/{finding_id}/ignore",
    "parameters": {
      "path": [
        "finding_id"
      ],
      "query": [],
      "header": [],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": false
    },
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  }
} as const;

// Why each operation is (or is not) safe to send again (x-imagesec-safe-to-repeat's reason): for
// readers; no code reads it, so no bundle carries it.
export const safeToRepeatReasons = {
  "ListImages": "Read-only: it lists images.",
  "IgnoreFinding": "Each call adds an ignore record of its own (a new RecordId): sent twice, the finding has two records."
} as const;
