// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters and scalar body fields, help text and an example.

export const operations = [
  {
    "operationId": "OperateImageVul",
    "command": "operate-image-vul",
    "method": "operateImageVul",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Fix (or otherwise handle) vulnerabilities of container images",
    "description": "Acts on the image vulnerabilities named in `Info`. The documented operation is the fix,\n`OperateType=vul_fix` with `Type=cve`: the image is rebuilt and pushed under each item's\n`newTag`. Which `Info` fields each operation needs is not documented; `newTag` matters\nonly for the fix. All three parameters are optional in every official SDK model, and the\nofficial client always sends them in the query string.",
    "options": [
      {
        "flag": "info",
        "name": "Info",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "The vulnerabilities to act on: a JSON **array** sent as text. Each item names one image\n(`namespace`, `repoName`, `regionId`, `instanceId`, `repoId`, `tag`, `digest`,\n`newTag`, `uuid`) and the primary keys of its vulnerability records (`ids`). The\nvendor page shows the example with backslash-escaped quotes; that is only how the page\ndisplays it: the value is plain JSON.",
        "example": "[{\"namespace\":\"cloud_oa****\",\"repoName\":\"hybirdc****\",\"regionId\":\"cn-shanghai\",\"instanceId\":\"cri-rv4nvbv8iju4****\",\"repoId\":\"crr-2q7302qrofxg****\",\"tag\":\"hybird-cloud-web_fix_167115945****\",\"digest\":\"e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****\",\"newTag\":\"hybird-cloud-web_fix_167115996****\",\"uuid\":\"4ad91dd8c0c02de6574fa98085d0****\",\"ids\":[197540864,197540865,197540869]}]"
      },
      {
        "flag": "operate-type",
        "name": "OperateType",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "What to do. Documented: `vul_fix` (fix; the page calls it fixed for the image fix).\nThe summary also names verify, ignore and un-ignore without tokens; the sibling host\nAPI ModifyOperateVul uses `vul_verify`, `vul_ignore`, `vul_undo_ignore` and\n`vul_delete`, which this action probably accepts (unverified).",
        "example": "vul_fix"
      },
      {
        "flag": "type",
        "name": "Type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability type. Documented: `cve` (the page calls it fixed). Sibling image APIs\nalso use `sca` (image application vulnerability); host APIs use `sys`, `cms`, `emg`\nand `app`.",
        "example": "cve"
      }
    ],
    "clientFilled": [],
    "example": [
      "--info",
      "[{\"namespace\":\"cloud_oa****\",\"repoName\":\"hybirdc****\",\"regionId\":\"cn-shanghai\",\"instanceId\":\"cri-rv4nvbv8iju4****\",\"repoId\":\"crr-2q7302qrofxg****\",\"tag\":\"hybird-cloud-web_fix_167115945****\",\"digest\":\"e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****\",\"newTag\":\"hybird-cloud-web_fix_167115996****\",\"uuid\":\"4ad91dd8c0c02de6574fa98085d0****\",\"ids\":[197540864,197540865,197540869]}]",
      "--operate-type",
      "vul_fix",
      "--type",
      "cve"
    ]
  }
] as const;
