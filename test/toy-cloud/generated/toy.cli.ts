// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters, form fields and scalar body fields, help text and an example.

export const commands = [
  {
    "operationId": "ListImages",
    "command": "list-images",
    "method": "listImages",
    "httpMethod": "GET",
    "path": "/v1/images",
    "summary": "List the container images",
    "description": "Lists, a page at a time, the container images the service holds, optionally only those of\none repository. Each image's `FindingCount` says how many findings its last scan left.",
    "options": [
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Images per page, 1 to 100.",
        "default": "20",
        "example": "20"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Images skipped before this page.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "repository",
        "name": "repository",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the images of this repository.",
        "example": "library/nginx"
      }
    ],
    "clientFilled": [],
    "example": [
      "--repository",
      "library/nginx"
    ],
    "table": {
      "items": "Response.ImageSet",
      "columns": [
        {
          "header": "ImageId",
          "path": "ImageId"
        },
        {
          "header": "Repository",
          "path": "Repository"
        },
        {
          "header": "Tag",
          "path": "Tag"
        },
        {
          "header": "FindingCount",
          "path": "FindingCount"
        },
        {
          "header": "ScannedAt",
          "path": "ScannedAt"
        }
      ]
    }
  },
  {
    "operationId": "IgnoreFinding",
    "command": "ignore-finding",
    "method": "ignoreFinding",
    "httpMethod": "POST",
    "path": "/v1/findings/{finding_id}/ignore",
    "summary": "Ignore a finding of an image",
    "description": "Marks one finding as ignored, with the reason, until `Until` if given; the answer names the\nignore record it added.",
    "options": [
      {
        "flag": "finding-id",
        "name": "finding_id",
        "in": "path",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "The finding's id.",
        "example": "fnd-1a2b3c4d"
      },
      {
        "flag": "reason",
        "name": "Reason",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Why it is ignored.",
        "example": "false positive"
      },
      {
        "flag": "until",
        "name": "Until",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Ignored until then (UTC); for good if absent.",
        "example": "2024-07-31T00:00:00Z"
      }
    ],
    "clientFilled": [],
    "body": {
      "required": true,
      "description": "Why the finding is ignored, and until when."
    },
    "example": [
      "--finding-id",
      "fnd-1a2b3c4d",
      "--body",
      "{\"Reason\":\"false positive\",\"Until\":\"2024-07-31T00:00:00Z\"}"
    ],
    "table": null
  }
] as const;
