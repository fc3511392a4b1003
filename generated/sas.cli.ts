// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters, form fields and scalar body fields, help text and an example.

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
  },
  {
    "operationId": "DescribeImageVulList",
    "command": "describe-image-vul-list",
    "method": "describeImageVulList",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the vulnerabilities found in container images",
    "description": "Returns one page of image vulnerability records with the images they affect. A record's\n`PrimaryId` is the id OperateImageVul takes in `Info[].ids`; its `RepoNamespace`,\n`RepoName` and `ImageDigest` name the image (`Tag`: see its note). Only `Type` is\nrequired; every other parameter narrows the list. For the newest findings, start a scan\nfirst (PublicCreateImageScanTask) and, as the vendor advises, wait one to five minutes.\n\nTwo kinds of location filter exist side by side: `RepoRegionId`, `RepoInstanceId`,\n`RepoId`, `RepoNamespace`, `RepoName` name the registry repository, while `RegionId`,\n`InstanceId` and `Uuids` name the asset (server) the image was found on.",
    "options": [
      {
        "flag": "type",
        "name": "Type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability type. The page says to send `cve` (container image vulnerabilities).\nThe sibling DescribeImageGroupedVulList also takes `sca` (image application\nvulnerabilities); whether this action does is not documented.",
        "example": "cve"
      },
      {
        "flag": "current-page",
        "name": "CurrentPage",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Page to return, counted from 1.",
        "default": "1",
        "example": "1"
      },
      {
        "flag": "page-size",
        "name": "PageSize",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page (default 10). No largest value is documented, so none is enforced\nhere; the server may cap it.",
        "default": "10",
        "example": "10"
      },
      {
        "flag": "lang",
        "name": "Lang",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Language of the request and response: `zh` (Chinese, default) or `en` (English).",
        "enum": [
          "zh",
          "en"
        ],
        "default": "zh",
        "example": "zh"
      },
      {
        "flag": "name",
        "name": "Name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability name, e.g. `debian:10:CVE-2019-9893`.",
        "example": "debian:10:CVE-2019-9893"
      },
      {
        "flag": "alias-name",
        "name": "AliasName",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability alias (its display title).",
        "example": "High severity vulnerability that affects org.eclipse.jetty:jetty-server"
      },
      {
        "flag": "necessity",
        "name": "Necessity",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Fix priority: `asap` (high: fix as soon as possible), `later` (medium), `nntf` (low:\nno need to fix for now). Several may be joined with commas (see the schema note).",
        "example": "asap"
      },
      {
        "flag": "status-list",
        "name": "StatusList",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Fix status: `1` unfixed, `4` being fixed, `7` fixed. Several may be joined with commas\n(see the schema note).",
        "example": "1"
      },
      {
        "flag": "dealed",
        "name": "Dealed",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Whether the vulnerability has been handled: `y` (handled) or `n` (not handled).",
        "enum": [
          "y",
          "n"
        ],
        "example": "y"
      },
      {
        "flag": "rule-tag",
        "name": "RuleTag",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability tag; the one documented value is `AI` (vulnerabilities of AI components).",
        "example": "AI"
      },
      {
        "flag": "repo-region-id",
        "name": "RepoRegionId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Region of the image's registry repository.",
        "example": "cn-hangzhou"
      },
      {
        "flag": "repo-instance-id",
        "name": "RepoInstanceId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container Registry instance of the repository.",
        "example": "i-qewqrqcsadf****"
      },
      {
        "flag": "repo-id",
        "name": "RepoId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository id.",
        "example": "qew****"
      },
      {
        "flag": "repo-namespace",
        "name": "RepoNamespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Namespace of the repository.",
        "example": "libssh2"
      },
      {
        "flag": "repo-name",
        "name": "RepoName",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository (image) name.",
        "example": "libssh2"
      },
      {
        "flag": "tag",
        "name": "Tag",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Tag to filter by. The vendor calls it the image's tag, yet its example `oval` reads as\na vulnerability tag (a detection source), like the record field of the same name;\nwhich of the two it matches is not confirmed.",
        "example": "oval"
      },
      {
        "flag": "digest",
        "name": "Digest",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image digest.",
        "example": "8f0fbdb41d3d1ade4ffdf21558443f4c03342010563bb8c43ccc09594d507012"
      },
      {
        "flag": "image",
        "name": "Image",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Full image name, registry host and tag included.",
        "example": "registry.cn-wulanchabu.aliyuncs.com/sas_test/huxin-test-001:nuxeo6-****"
      },
      {
        "flag": "namespace",
        "name": "Namespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kubernetes namespace of the workload running the image.",
        "example": "test-002"
      },
      {
        "flag": "cluster-id",
        "name": "ClusterId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container cluster id.",
        "example": "cc20a1024011c44b6a8710d6f8b****"
      },
      {
        "flag": "cluster-name",
        "name": "ClusterName",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container cluster name.",
        "example": "docker-law"
      },
      {
        "flag": "container-id",
        "name": "ContainerId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container id.",
        "example": "c08d5fc1a329a4b88950a253d082f****"
      },
      {
        "flag": "pod",
        "name": "Pod",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Pod name.",
        "example": "22222-7xsqq"
      },
      {
        "flag": "uuids",
        "name": "Uuids",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUIDs of the assets (servers), joined with commas.",
        "example": "0004a32a0305a7f6ab5ff9600d47****"
      },
      {
        "flag": "region-id",
        "name": "RegionId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Region of the asset. A filter only; it does not choose the endpoint.",
        "example": "cn-hangzhou"
      },
      {
        "flag": "instance-id",
        "name": "InstanceId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the asset instance.",
        "example": "1-qeqewqw****"
      },
      {
        "flag": "group-by-asset",
        "name": "GroupByAsset",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: one record per image asset, and `TotalCount` counts assets; `false` or absent:\none record per vulnerability. The vendor notes grouping is skipped when `MaxId` is\ngiven, a parameter no model or page documents.",
        "example": "false"
      },
      {
        "flag": "resource-directory-account-id",
        "name": "ResourceDirectoryAccountId",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Alibaba Cloud account id of a resource-directory member whose images to list (see\nDescribeMonitorAccounts).",
        "example": "1234567890123456"
      }
    ],
    "clientFilled": [],
    "example": [
      "--type",
      "cve",
      "--name",
      "debian:10:CVE-2019-9893",
      "--alias-name",
      "High severity vulnerability that affects org.eclipse.jetty:jetty-server",
      "--necessity",
      "asap",
      "--status-list",
      "1",
      "--dealed",
      "y",
      "--rule-tag",
      "AI",
      "--repo-region-id",
      "cn-hangzhou",
      "--repo-instance-id",
      "i-qewqrqcsadf****",
      "--repo-id",
      "qew****",
      "--repo-namespace",
      "libssh2",
      "--repo-name",
      "libssh2",
      "--tag",
      "oval",
      "--digest",
      "8f0fbdb41d3d1ade4ffdf21558443f4c03342010563bb8c43ccc09594d507012",
      "--image",
      "registry.cn-wulanchabu.aliyuncs.com/sas_test/huxin-test-001:nuxeo6-****",
      "--namespace",
      "test-002",
      "--cluster-id",
      "cc20a1024011c44b6a8710d6f8b****",
      "--cluster-name",
      "docker-law",
      "--container-id",
      "c08d5fc1a329a4b88950a253d082f****",
      "--pod",
      "22222-7xsqq",
      "--uuids",
      "0004a32a0305a7f6ab5ff9600d47****",
      "--region-id",
      "cn-hangzhou",
      "--instance-id",
      "1-qeqewqw****",
      "--no-group-by-asset",
      "--resource-directory-account-id",
      "1234567890123456"
    ]
  },
  {
    "operationId": "DescribeImageInfoList",
    "command": "describe-image-info-list",
    "method": "describeImageInfoList",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the images Security Center holds for given servers",
    "description": "Returns, for the servers named in `Uuids`, the images Security Center knows, each with\nthe repository coordinates OperateImageVul's `Info` items ask for: `RegionId` (regionId),\n`InstanceId` (instanceId), `RepoId` (repoId), `RepoNamespace` (namespace), `RepoName`\n(repoName), `Tag` (tag) and `Digest` (digest). Not paged: the whole list comes at once.\n\nCaution: the vendor describes `Uuid` here as the server's UUID, and its `InstanceId`\nexample is an ECS-style `i-...` id, whereas OperateImageVul's `uuid` is documented as\nthe image's and its `instanceId` example is a registry `cri-...` id. Whether these values\ncan be passed on unchanged is not documented.",
    "options": [
      {
        "flag": "uuids",
        "name": "Uuids",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUIDs of the servers, joined with commas (DescribeCloudCenterInstances lists them).",
        "example": "391abd09184cbd3743d7f5ec125d****,e6aeb2a5b6004479398b0bcd1160****"
      }
    ],
    "clientFilled": [],
    "example": [
      "--uuids",
      "391abd09184cbd3743d7f5ec125d****,e6aeb2a5b6004479398b0bcd1160****"
    ]
  },
  {
    "operationId": "DescribeImageFixTask",
    "command": "describe-image-fix-task",
    "method": "describeImageFixTask",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the image fix tasks",
    "description": "Returns one page of the image fix tasks (type `IMAGE_REPAIR`), such as those an\nOperateImageVul `vul_fix` starts: which image (`RepoNamespace`, `RepoName`, `OldTag`)\nwas rebuilt into which tag (`NewTag`), for which vulnerability, and whether the rebuild\nis running (`1`), succeeded (`2`) or failed (`3`). Filter by status and by a time window\nin epoch milliseconds. `CurrentPage` and `PageSize` must both be sent.",
    "options": [
      {
        "flag": "current-page",
        "name": "CurrentPage",
        "in": "query",
        "required": true,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Page to return, counted from 1 (the vendor names 1 as the default, yet requires it).",
        "example": "1"
      },
      {
        "flag": "page-size",
        "name": "PageSize",
        "in": "query",
        "required": true,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Tasks per page (the vendor names 20 as the default, yet requires it). No largest\nvalue is documented, so none is enforced here; the server may cap it.",
        "example": "20"
      },
      {
        "flag": "status",
        "name": "Status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Task status: `1` running, `2` succeeded, `3` failed.",
        "enum": [
          "1",
          "2",
          "3"
        ],
        "example": "1"
      },
      {
        "flag": "start-time",
        "name": "StartTime",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Start of the time window, epoch milliseconds.",
        "example": "1634725571000"
      },
      {
        "flag": "end-time",
        "name": "EndTime",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "End of the time window, epoch milliseconds.",
        "example": "1635575219000"
      }
    ],
    "clientFilled": [],
    "example": [
      "--current-page",
      "1",
      "--page-size",
      "20",
      "--status",
      "1",
      "--start-time",
      "1634725571000",
      "--end-time",
      "1635575219000"
    ]
  }
] as const;
