// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/skeleton.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. Per operation, every key of the input document
// --skeleton prints and --input reads: value and one-line comment; loaded only by --skeleton.

import type { SkeletonField } from '../../../src/core/command-table.js';

export const skeletons: Readonly<Record<string, readonly SkeletonField[]>> = {
  "ListImages": [
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 20; Images per page, 1 to 100.",
      "value": 20
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Images skipped before this page.",
      "value": 0
    },
    {
      "name": "repository",
      "comment": "optional; string; Only the images of this repository.",
      "value": "library/nginx"
    }
  ],
  "IgnoreFinding": [
    {
      "name": "finding_id",
      "comment": "required; string; The finding's id.",
      "value": "fnd-1a2b3c4d"
    },
    {
      "name": "body",
      "comment": "required; object: the request body; Why the finding is ignored, and until when.",
      "fields": [
        {
          "name": "Reason",
          "comment": "required; string; Why it is ignored.",
          "value": "false positive"
        },
        {
          "name": "Until",
          "comment": "optional; string; Ignored until then (UTC); for good if absent.",
          "value": "2024-07-31T00:00:00Z"
        }
      ]
    }
  ]
};
