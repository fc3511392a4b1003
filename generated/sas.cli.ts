// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters, form fields and scalar body fields, help text and an example.

export const commands = [
  {
    "operationId": "OperateImageVul",
    "command": "operate-image-vul",
    "method": "operateImageVul",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Fix (or otherwise handle) vulnerabilities of container images",
    "description": "Acts on the image vulnerabilities named in `Info`. The documented operation is the fix,\n`OperateType=vul_fix` with `Type=cve`: the image is rebuilt and pushed under each item's\n`newTag`. Which `Info` fields each operation needs is not documented; `newTag` matters\nonly for the fix. All three parameters are optional in every official SDK model, and the\nofficial client always sends them in the query string.\n\nWaiting (`--wait`, `operateImageVulAndWait`) is for the fix only. The answer names no\ntask, so the wait follows every fix task DescribeImageFixTask lists from five minutes\nbefore the call was sent (an allowance for the two clocks), one page of 100, with the\n`ImageFixTaskFinished` waiter: it succeeds when every listed rebuild has succeeded and\nfails when any has failed. What can go wrong: a fix started by anyone else in that window\n(another client, the console, an earlier call of yours) is waited for too, and its\nfailure fails the wait; an earlier fix in the window that has already succeeded can end\nthe wait before the rebuild this call started is listed; beyond 100 tasks in the window,\nthe rest are not seen; a rebuild that never shows up runs into the overall limit. With\nany other `OperateType`, or none, waiting is refused before anything is sent (a\nvalidation error, CLI exit 2): send such a call without `--wait`.",
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
    ],
    "table": null
  },
  {
    "operationId": "DescribeImageVulList",
    "command": "describe-image-vul-list",
    "method": "describeImageVulList",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the vulnerabilities found in container images",
    "description": "Returns one page of image vulnerability records with the images they affect. A record's\n`PrimaryId` is the id OperateImageVul takes in `Info[].ids`; its `RepoNamespace`,\n`RepoName` and `ImageDigest` name the image (`Tag`: see its note). Only `Type` is\nrequired; every other parameter narrows the list. For the newest findings, start a scan\nfirst (PublicCreateImageScanTask) and, as the vendor advises, wait one to five minutes.\n\nTwo kinds of location filter exist side by side: `RepoRegionId`, `RepoInstanceId`,\n`RepoId`, `RepoNamespace`, `RepoName` name the registry repository, while `RegionId`,\n`InstanceId` and `Uuids` name the asset (server) the image was found on.\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageVulList`. Keyed\n`/#DescribeImageVulList` in `sas.yaml` only because OpenAPI allows one operation per path;\ntools that cannot cut the key at `#` take `openapi/sas/DescribeImageVulList.yaml`.",
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
    ],
    "table": {
      "items": "VulRecords",
      "columns": [
        {
          "header": "PrimaryId",
          "path": "PrimaryId"
        },
        {
          "header": "AliasName",
          "path": "AliasName"
        },
        {
          "header": "Related",
          "path": "Related"
        },
        {
          "header": "Necessity",
          "path": "Necessity"
        },
        {
          "header": "Status",
          "path": "Status"
        },
        {
          "header": "RepoNamespace",
          "path": "RepoNamespace"
        },
        {
          "header": "RepoName",
          "path": "RepoName"
        },
        {
          "header": "LastTs",
          "path": "LastTs"
        }
      ]
    }
  },
  {
    "operationId": "DescribeImageInfoList",
    "command": "describe-image-info-list",
    "method": "describeImageInfoList",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the images Security Center holds for given servers",
    "description": "Returns, for the servers named in `Uuids`, the images Security Center knows, each with\nthe repository coordinates OperateImageVul's `Info` items ask for: `RegionId` (regionId),\n`InstanceId` (instanceId), `RepoId` (repoId), `RepoNamespace` (namespace), `RepoName`\n(repoName), `Tag` (tag) and `Digest` (digest). Not paged: the whole list comes at once.\n\nCaution: the vendor describes `Uuid` here as the server's UUID, and its `InstanceId`\nexample is an ECS-style `i-...` id, whereas OperateImageVul's `uuid` is documented as\nthe image's and its `instanceId` example is a registry `cri-...` id. Whether these values\ncan be passed on unchanged is not documented.\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageInfoList`. Keyed\n`/#DescribeImageInfoList` in `sas.yaml` only because OpenAPI allows one operation per\npath; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInfoList.yaml`.",
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
    ],
    "table": {
      "items": "ImageInfos",
      "columns": [
        {
          "header": "RepoNamespace",
          "path": "RepoNamespace"
        },
        {
          "header": "RepoName",
          "path": "RepoName"
        },
        {
          "header": "Tag",
          "path": "Tag"
        },
        {
          "header": "RegionId",
          "path": "RegionId"
        },
        {
          "header": "InstanceId",
          "path": "InstanceId"
        },
        {
          "header": "RepoId",
          "path": "RepoId"
        },
        {
          "header": "VulCount",
          "path": "VulCount"
        },
        {
          "header": "Digest",
          "path": "Digest"
        }
      ]
    }
  },
  {
    "operationId": "DescribeImageFixTask",
    "command": "describe-image-fix-task",
    "method": "describeImageFixTask",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the image fix tasks",
    "description": "Returns one page of the image fix tasks (type `IMAGE_REPAIR`), such as those an\nOperateImageVul `vul_fix` starts: which image (`RepoNamespace`, `RepoName`, `OldTag`)\nwas rebuilt into which tag (`NewTag`), for which vulnerability, and whether the rebuild\nis running (`1`), succeeded (`2`) or failed (`3`). Filter by status and by a time window\nin epoch milliseconds. `CurrentPage` and `PageSize` must both be sent.\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageFixTask`. Keyed\n`/#DescribeImageFixTask` in `sas.yaml` only because OpenAPI allows one operation per path;\ntools that cannot cut the key at `#` take `openapi/sas/DescribeImageFixTask.yaml`.",
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
    ],
    "table": {
      "items": "BuildTasks",
      "columns": [
        {
          "header": "BuildTaskId",
          "path": "BuildTaskId"
        },
        {
          "header": "Status",
          "path": "Status"
        },
        {
          "header": "VulAlias",
          "path": "VulAlias"
        },
        {
          "header": "RepoNamespace",
          "path": "RepoNamespace"
        },
        {
          "header": "RepoName",
          "path": "RepoName"
        },
        {
          "header": "OldTag",
          "path": "OldTag"
        },
        {
          "header": "NewTag",
          "path": "NewTag"
        },
        {
          "header": "FixTime",
          "path": "FixTime"
        },
        {
          "header": "FinishTime",
          "path": "FinishTime"
        }
      ]
    }
  },
  {
    "operationId": "AddPrivateRegistry",
    "command": "add-private-registry",
    "method": "addPrivateRegistry",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Connect a self-managed image registry (Harbor or Quay)",
    "description": "Connects a self-managed Harbor or Quay registry to Security Center, the first step of the\nimage loop for registries Security Center does not find itself (Container Registry\nEnterprise Edition instances are picked up without this call). The answer is synchronous:\n`Data.Id` is the new registry's id and `Data.Token` a token the vendor does not explain.\nSecurity Center then discovers the registry's images on its own; no action reports when\nthat is done (list them with DescribeImageInstances, or PageImageRegistry for the\nregistry's image count). The registry is reached at `RegistryHostIp` / `DomainName`\nover `ProtocolType` from the network `NetType` (with `VpcId` for a VPC).\n\n`Password` (and the `authToken` of a Quay registry's `ExtraParam`) are secrets: they are\nmarked `format: password` and `writeOnly`, and imagesec masks them wherever it shows a\nrequest. RAM action: `yundun-sas:AddPrivateRegistry` (create).\n\nOn the wire: `POST /` with `x-acs-action: AddPrivateRegistry`. Keyed\n`/#AddPrivateRegistry` in `sas.yaml` only because OpenAPI allows one operation per path;\ntools that cannot cut the key at `#` take `openapi/sas/AddPrivateRegistry.yaml`.",
    "options": [
      {
        "flag": "registry-type",
        "name": "RegistryType",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of registry: `harbor` (Harbor) or `quay` (Quay).",
        "enum": [
          "harbor",
          "quay"
        ],
        "example": "harbor"
      },
      {
        "flag": "registry-version",
        "name": "RegistryVersion",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Registry API version: `V1` or `V2`.",
        "enum": [
          "V1",
          "V2"
        ],
        "example": "V2"
      },
      {
        "flag": "protocol-type",
        "name": "ProtocolType",
        "in": "query",
        "required": true,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Protocol the registry is reached with: `1` HTTP, `2` HTTPS.",
        "enum": [
          "1",
          "2"
        ],
        "example": "2"
      },
      {
        "flag": "net-type",
        "name": "NetType",
        "in": "query",
        "required": true,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Network the registry is reached over: `1` the Internet, `2` a VPC (give `VpcId`).",
        "enum": [
          "1",
          "2"
        ],
        "example": "2"
      },
      {
        "flag": "vpc-id",
        "name": "VpcId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "The VPC the registry is reached in (with `NetType=2`).",
        "example": "vpc-bp1example0fake00001"
      },
      {
        "flag": "registry-host-ip",
        "name": "RegistryHostIp",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "IP address of the registry.",
        "example": "192.0.2.10"
      },
      {
        "flag": "domain-name",
        "name": "DomainName",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Domain name of the registry.",
        "example": "harbor.example.com"
      },
      {
        "flag": "port",
        "name": "Port",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Port of the registry (1 to 65535; no default is documented).",
        "example": "443"
      },
      {
        "flag": "user-name",
        "name": "UserName",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "User name Security Center logs on to the registry with.",
        "example": "scanner-robot"
      },
      {
        "flag": "password",
        "name": "Password",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Password of that user. A secret: imagesec masks it wherever it shows a request (dry\nrun, debug lines, errors, the mock's records). The vendor's API sends it in the query\nstring, so it also reaches the gateway's request logs.",
        "secret": true,
        "example": "example-password-not-real"
      },
      {
        "flag": "registry-region-id",
        "name": "RegistryRegionId",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Region the registry is assigned to in Security Center (ListImageRegistryRegion lists\nthe supported ones). A business parameter: it does not choose the endpoint.",
        "example": "cn-hangzhou"
      },
      {
        "flag": "trans-per-hour",
        "name": "TransPerHour",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "How many images Security Center scans per hour from this registry.",
        "example": "10"
      },
      {
        "flag": "extra-param",
        "name": "ExtraParam",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "Extra settings, required by the vendor for a Quay registry (`RegistryType=quay`): a\nJSON **array** sent as text whose items carry `namespace` and `authToken`. The token\nis a secret, so the whole parameter is marked and masked like `Password`.",
        "secret": true,
        "example": "[{\"namespace\":\"team-a\",\"authToken\":\"example-token-not-real\"}]"
      }
    ],
    "clientFilled": [],
    "example": [
      "--registry-type",
      "harbor",
      "--registry-version",
      "V2",
      "--protocol-type",
      "2",
      "--net-type",
      "2",
      "--vpc-id",
      "vpc-bp1example0fake00001",
      "--registry-host-ip",
      "192.0.2.10",
      "--domain-name",
      "harbor.example.com",
      "--port",
      "443",
      "--user-name",
      "scanner-robot",
      "--password",
      "example-password-not-real",
      "--registry-region-id",
      "cn-hangzhou",
      "--trans-per-hour",
      "10",
      "--extra-param",
      "[{\"namespace\":\"team-a\",\"authToken\":\"example-token-not-real\"}]"
    ],
    "table": null
  },
  {
    "operationId": "DescribeImageInstances",
    "command": "describe-image-instances",
    "method": "describeImageInstances",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the images Security Center knows, with their scan status",
    "description": "Returns one page of the container images Security Center holds (ACR Enterprise Edition\ninstances and connected Harbor, Quay or CI/CD registries), each with the identifiers the\nrest of the loop takes: `Uuid` (what the finding actions call `ImageUuid`; see the note\non the field), `Digest` (PublicCreateImageScanTask's `Digests`, DescribeGroupedMaliciousFiles'\n`ImageDigest`) and the repository coordinates PublicSyncAndCreateImageScanTask's `Images`\nasks for. It also carries each image's scan state (`ScaStatus`, `ScaProgress`,\n`ScaResult`), which the `ImageScanned` waiter polls, and the counters used to verify a\nfix: `VulCount`, `HcCount` (baseline risks), `AlarmCount`.\n\nNarrow the list with `Criteria` (a JSON filter) and `Scanned`. RAM action:\n`yundun-sas:DescribeImageInstances` (get).\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageInstances`. Keyed\n`/#DescribeImageInstances` in `sas.yaml` only because OpenAPI allows one operation per\npath; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInstances.yaml`.",
    "options": [
      {
        "flag": "criteria",
        "name": "Criteria",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "Filter: a JSON **array** sent as text, each item a condition with `name`, `value` and\n`logicalExp` (`OR` or `AND` between the values of one condition). The names are those\nDescribeImageRepoCriteria returns (e.g. `instanceId`, `vulStatus`).",
        "example": "[{\"name\":\"instanceId\",\"value\":\"cri-rv4nvbv8iju4****\",\"logicalExp\":\"AND\"}]"
      },
      {
        "flag": "logical-exp",
        "name": "LogicalExp",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "How the conditions of `Criteria` combine: `OR` (any) or `AND` (all).",
        "enum": [
          "OR",
          "AND"
        ],
        "example": "AND"
      },
      {
        "flag": "scanned",
        "name": "Scanned",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images that have been scanned; `false`: only those never scanned.",
        "example": "true"
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
        "description": "Images per page (default 20; the vendor advises always sending it). No largest value\nis documented, so none is enforced here; the server may cap it.",
        "default": "20",
        "example": "20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--criteria",
      "[{\"name\":\"instanceId\",\"value\":\"cri-rv4nvbv8iju4****\",\"logicalExp\":\"AND\"}]",
      "--logical-exp",
      "AND",
      "--scanned"
    ],
    "table": {
      "items": "ImageInstanceList",
      "columns": [
        {
          "header": "Uuid",
          "path": "Uuid"
        },
        {
          "header": "RepoNamespace",
          "path": "RepoNamespace"
        },
        {
          "header": "RepoName",
          "path": "RepoName"
        },
        {
          "header": "Tag",
          "path": "Tag"
        },
        {
          "header": "ScaStatus",
          "path": "ScaStatus"
        },
        {
          "header": "RiskStatus",
          "path": "RiskStatus"
        },
        {
          "header": "VulCount",
          "path": "VulCount"
        },
        {
          "header": "HcCount",
          "path": "HcCount"
        },
        {
          "header": "AlarmCount",
          "path": "AlarmCount"
        },
        {
          "header": "LastScanTime",
          "path": "LastScanTime"
        }
      ]
    }
  },
  {
    "operationId": "PublicPreCheckImageScanTask",
    "command": "public-pre-check-image-scan-task",
    "method": "publicPreCheckImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Count the images and the scan quota a scan task would use",
    "description": "The quota check the vendor asks for before PublicCreateImageScanTask: for the same\nselection (every parameter as there; none given means every protected image), how many\nimages a scan would cover and how much container-image-scan quota it would consume. A\nscan that runs out of quota stops part-way, so compare the answer with the quota left\nfirst. RAM action: `yundun-sas:PublicPreCheckImageScanTask` (access level `none` on the\nvendor's page).\n\nCaution: the SDK model (9.3.3) describes `NeedAuthCount` as the number of images to scan\nand `ScanImageCount` as the quota to be consumed, which reads swapped against the names;\nsee the fields.\n\nOn the wire: `POST /` with `x-acs-action: PublicPreCheckImageScanTask`. Keyed\n`/#PublicPreCheckImageScanTask` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/PublicPreCheckImageScanTask.yaml`.",
    "options": [
      {
        "flag": "registry-types",
        "name": "RegistryTypes",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor),\n`quay` (Quay).",
        "example": "acr"
      },
      {
        "flag": "region-ids",
        "name": "RegionIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Regions of the images, joined with commas (where the images are, not the endpoint).",
        "example": "cn-hangzhou"
      },
      {
        "flag": "instance-ids",
        "name": "InstanceIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container Registry instances holding the repositories, joined with commas.",
        "example": "cri-rv4nvbv8iju4****"
      },
      {
        "flag": "repo-namespaces",
        "name": "RepoNamespaces",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository namespaces, joined with commas.",
        "example": "cloud_oa****"
      },
      {
        "flag": "repo-ids",
        "name": "RepoIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository ids, joined with commas.",
        "example": "crr-2q7302qrofxg****"
      },
      {
        "flag": "repo-names",
        "name": "RepoNames",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository names, joined with commas.",
        "example": "hybirdc****"
      },
      {
        "flag": "digests",
        "name": "Digests",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image digests (SHA-256, hex), joined with commas.",
        "example": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
      },
      {
        "flag": "tags",
        "name": "Tags",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image tags, joined with commas.",
        "example": "hybird-cloud-web_fix_167115945****"
      },
      {
        "flag": "source-ip",
        "name": "SourceIp",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Source IP address of the request (the vendor fills it in when absent).",
        "example": "192.0.2.20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--registry-types",
      "acr",
      "--region-ids",
      "cn-hangzhou",
      "--instance-ids",
      "cri-rv4nvbv8iju4****",
      "--repo-namespaces",
      "cloud_oa****",
      "--repo-ids",
      "crr-2q7302qrofxg****",
      "--repo-names",
      "hybirdc****",
      "--digests",
      "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****",
      "--tags",
      "hybird-cloud-web_fix_167115945****",
      "--source-ip",
      "192.0.2.20"
    ],
    "table": null
  },
  {
    "operationId": "PublicCreateImageScanTask",
    "command": "public-create-image-scan-task",
    "method": "publicCreateImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Start a scan of images Security Center already knows",
    "description": "Starts one scan task over the images that match every given filter (each a\ncomma-separated list; none given means every protected image): registry types,\nregions, instances, repository ids, names and namespaces, digests, tags. The images must\nalready be in Security Center (DescribeImageInstances lists them; to add an image and\nscan it in one call, use PublicSyncAndCreateImageScanTask). Call\nPublicPreCheckImageScanTask with the same filters first: a task that runs out of quota\nstops part-way.\n\nThe answer names the task: `Data.TaskId` is what GetOnceTaskResultInfo takes, with\n`TaskType` and `TaskName` `IMAGE_SCAN` (the `ImageScanTaskFinished` waiter; `--wait`\nstarts it). It also gives the task's first state: `Data.Status`, `Data.Result`\n(`TASK_NOT_SUPPORT_REGION` when the images are in a region without image scanning) and\n`Data.CanCreate` (at most 10 scan tasks may exist at a time; past that, creating one\nfails). Per image, DescribeImageInstances' `ScaStatus` follows the scan (the\n`ImageScanned` waiter). RAM action: `yundun-sas:PublicCreateImageScanTask`.\n\nWaiting (`--wait`, `publicCreateImageScanTaskAndWait`) reads this answer first: a\n`Data.Result` of `TASK_NOT_SUPPORT_REGION`, a `Data.Status` of `FAIL`, or no\n`Data.TaskId` is a failure state at once, before any poll (CLI exit 5). `Data.CanCreate`\nfalse alone is not: it says no further task can be created now, not that this one was\nrefused.\n\nOn the wire: `POST /` with `x-acs-action: PublicCreateImageScanTask`. Keyed\n`/#PublicCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one operation per\npath; tools that cannot cut the key at `#` take\n`openapi/sas/PublicCreateImageScanTask.yaml`.",
    "options": [
      {
        "flag": "registry-types",
        "name": "RegistryTypes",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor),\n`quay` (Quay).",
        "example": "acr"
      },
      {
        "flag": "region-ids",
        "name": "RegionIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Regions of the images, joined with commas (where the images are, not the endpoint).",
        "example": "cn-hangzhou"
      },
      {
        "flag": "instance-ids",
        "name": "InstanceIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container Registry instances holding the repositories, joined with commas.",
        "example": "cri-rv4nvbv8iju4****"
      },
      {
        "flag": "repo-namespaces",
        "name": "RepoNamespaces",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository namespaces, joined with commas.",
        "example": "cloud_oa****"
      },
      {
        "flag": "repo-ids",
        "name": "RepoIds",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository ids, joined with commas.",
        "example": "crr-2q7302qrofxg****"
      },
      {
        "flag": "repo-names",
        "name": "RepoNames",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository names, joined with commas.",
        "example": "hybirdc****"
      },
      {
        "flag": "digests",
        "name": "Digests",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image digests (SHA-256, hex), joined with commas.",
        "example": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
      },
      {
        "flag": "tags",
        "name": "Tags",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image tags, joined with commas.",
        "example": "hybird-cloud-web_fix_167115945****"
      },
      {
        "flag": "source-ip",
        "name": "SourceIp",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Source IP address of the request (the vendor fills it in when absent).",
        "example": "192.0.2.20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--registry-types",
      "acr",
      "--region-ids",
      "cn-hangzhou",
      "--instance-ids",
      "cri-rv4nvbv8iju4****",
      "--repo-namespaces",
      "cloud_oa****",
      "--repo-ids",
      "crr-2q7302qrofxg****",
      "--repo-names",
      "hybirdc****",
      "--digests",
      "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****",
      "--tags",
      "hybird-cloud-web_fix_167115945****",
      "--source-ip",
      "192.0.2.20"
    ],
    "table": null
  },
  {
    "operationId": "PublicSyncAndCreateImageScanTask",
    "command": "public-sync-and-create-image-scan-task",
    "method": "publicSyncAndCreateImageScanTask",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Add images to Security Center and start a scan of them",
    "description": "Brings the images named in `Images` into Security Center (if they are not there yet) and\nstarts one scan task over them: the way to get a freshly pushed image scanned without\nwaiting for the registry's image list to be refreshed, and the rescan of the verify step.\nEach item of `Images` names one image by registry type, repository (id, namespace, name),\ninstance, region, digest and tag, as DescribeImageInstances reports them.\n\nThe answer is that of PublicCreateImageScanTask: `Data.TaskId` for GetOnceTaskResultInfo\n(`TaskType` = `TaskName` = `IMAGE_SCAN`; the `ImageScanTaskFinished` waiter, which\n`--wait` starts), the first `Data.Status`, `Data.Result` and `Data.CanCreate` (at most\n10 scan tasks at a time). Waiting reads this answer first, as for\nPublicCreateImageScanTask: `TASK_NOT_SUPPORT_REGION`, `Status` `FAIL` or no `TaskId` is\na failure state at once, before any poll. RAM action:\n`yundun-sas:PublicSyncAndCreateImageScanTask` (access level `none` on the vendor's page).\n\nOn the wire: `POST /` with `x-acs-action: PublicSyncAndCreateImageScanTask`. Keyed\n`/#PublicSyncAndCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one\noperation per path; tools that cannot cut the key at `#` take\n`openapi/sas/PublicSyncAndCreateImageScanTask.yaml`.",
    "options": [
      {
        "flag": "images",
        "name": "Images",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "The images: a JSON **array** sent as text, one item per image with `registryType`\n(`acr`, `harbor` or `quay`), `repoId`, `instanceId`, `repoNamespace`, `regionId`,\n`repoName`, `digest`, `tag`, and `createTime` / `updateTime` in epoch milliseconds.\nThe vendor lists the fields capitalised (`RegistryType`...) but its example, which\nthis follows, writes them in lower camel case.",
        "example": "[{\"registryType\":\"acr\",\"repoId\":\"crr-red9kgqqi0fh75d5\",\"instanceId\":\"cri-1x2qtjd75ofqvfa8\",\"repoNamespace\":\"1125\",\"regionId\":\"cn-hangzhou\",\"repoName\":\"script1\",\"digest\":\"b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4\",\"tag\":\"v0113-ver2\",\"createTime\":1641267666666,\"updateTime\":1641267909090}]"
      },
      {
        "flag": "source-ip",
        "name": "SourceIp",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Source IP address of the request (the vendor fills it in when absent).",
        "example": "192.0.2.20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--images",
      "[{\"registryType\":\"acr\",\"repoId\":\"crr-red9kgqqi0fh75d5\",\"instanceId\":\"cri-1x2qtjd75ofqvfa8\",\"repoNamespace\":\"1125\",\"regionId\":\"cn-hangzhou\",\"repoName\":\"script1\",\"digest\":\"b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4\",\"tag\":\"v0113-ver2\",\"createTime\":1641267666666,\"updateTime\":1641267909090}]",
      "--source-ip",
      "192.0.2.20"
    ],
    "table": null
  },
  {
    "operationId": "GetOnceTaskResultInfo",
    "command": "get-once-task-result-info",
    "method": "getOnceTaskResultInfo",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Report the state of a one-time task, such as an image scan",
    "description": "Reports the state of one one-time task: for the image loop, a scan task started by\nPublicCreateImageScanTask or PublicSyncAndCreateImageScanTask, named by their\n`Data.TaskId`, with `TaskType` and `TaskName` both `IMAGE_SCAN` (the vendor documents the\nsame value list for both and gives no reason to send them apart). `TaskInfo.Status` goes\n`INIT` → `START` → `SUCCESS` or `TIMEOUT`, with `FinishCount` of `TotalCount` done; the\n`ImageScanTaskFinished` waiter polls it. The task has no failure status: a finished task\ncan hold images whose scan failed, which DescribeImageInstances shows per image.\n\nRAM action: `yundun-aegis:GetOnceTaskResultInfo` (get). Note the namespace: the image\nactions are `yundun-sas:*`, so a RAM policy written only for `yundun-sas` can start scans\nbut cannot follow them.\n\nOn the wire: `POST /` with `x-acs-action: GetOnceTaskResultInfo`. Keyed\n`/#GetOnceTaskResultInfo` in `sas.yaml` only because OpenAPI allows one operation per\npath; tools that cannot cut the key at `#` take `openapi/sas/GetOnceTaskResultInfo.yaml`.",
    "options": [
      {
        "flag": "task-id",
        "name": "TaskId",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the task: `Data.TaskId` of PublicCreateImageScanTask or\nPublicSyncAndCreateImageScanTask (a hex string).",
        "example": "a410bb3e68c217a3368bc0238c66886d"
      },
      {
        "flag": "task-type",
        "name": "TaskType",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of task; `IMAGE_SCAN` for image scans. The vendor's values:\n`CLIENT_PROBLEM_CHECK` (agent troubleshooting), `CLIENT_DEV_OPS` (cloud operations),\n`ASSET_SECURITY_CHECK` (asset collection), `ASSETS_COLLECTION` (asset fingerprint\ncollection), `IMAGE_SCAN` (container image scan), `AI_SECURITY_CHECK` (AI asset sync),\n`IDC_PROBE_SCAN` (data-center probe scan), `ATTACK_SURFACE_SCAN` (attack surface and\nboundary assets), `ASSET_EXPOSURE_SCAN` (asset exposure), `VUL_CHECK_TASK`\n(vulnerability scan).",
        "enum": [
          "CLIENT_PROBLEM_CHECK",
          "CLIENT_DEV_OPS",
          "ASSET_SECURITY_CHECK",
          "ASSETS_COLLECTION",
          "IMAGE_SCAN",
          "AI_SECURITY_CHECK",
          "IDC_PROBE_SCAN",
          "ATTACK_SURFACE_SCAN",
          "ASSET_EXPOSURE_SCAN",
          "VUL_CHECK_TASK"
        ],
        "example": "IMAGE_SCAN"
      },
      {
        "flag": "task-name",
        "name": "TaskName",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Name of the task: the vendor lists the same values as for `TaskType`; send the same\nvalue (`IMAGE_SCAN` for image scans).",
        "enum": [
          "CLIENT_PROBLEM_CHECK",
          "CLIENT_DEV_OPS",
          "ASSET_SECURITY_CHECK",
          "ASSETS_COLLECTION",
          "IMAGE_SCAN",
          "AI_SECURITY_CHECK",
          "IDC_PROBE_SCAN",
          "ATTACK_SURFACE_SCAN",
          "ASSET_EXPOSURE_SCAN",
          "VUL_CHECK_TASK"
        ],
        "example": "IMAGE_SCAN"
      }
    ],
    "clientFilled": [],
    "example": [
      "--task-id",
      "a410bb3e68c217a3368bc0238c66886d",
      "--task-type",
      "IMAGE_SCAN",
      "--task-name",
      "IMAGE_SCAN"
    ],
    "table": null
  },
  {
    "operationId": "DescribeGroupedMaliciousFiles",
    "command": "describe-grouped-malicious-files",
    "method": "describeGroupedMaliciousFiles",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the malicious samples found in container images",
    "description": "Returns one page of the malicious samples (webshells, miners, trojans...) found in\nimages, one record per sample with its severity (`Level`), how many images hold it and\nits handling status. Narrow it to one image with `ImageDigest` (DescribeImageInstances'\n`Digest`), or by repository, tag, layer, severity, name or MD5. For the newest findings,\nscan first and wait for the scan (see PublicCreateImageScanTask).\n\nUnlike the other lists, `CurrentPage` and `PageSize` must both be sent, and `PageSize`\nis a **string** here (page and SDK alike). No action handles an image's malicious\nsample: the records can be read, not acted on, through the API (see `Status`). RAM\naction: `yundun-sas:DescribeGroupedMaliciousFiles` (get).\n\nOn the wire: `POST /` with `x-acs-action: DescribeGroupedMaliciousFiles`. Keyed\n`/#DescribeGroupedMaliciousFiles` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/DescribeGroupedMaliciousFiles.yaml`.",
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
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Samples per page, as text (the vendor names 20 as the default, yet requires it). No\nlargest value is documented; the server may cap it.",
        "example": "20"
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
        "example": "en"
      },
      {
        "flag": "levels",
        "name": "Levels",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Severities, joined with commas: `serious` (urgent), `suspicious`, `remind` (notice).",
        "example": "serious"
      },
      {
        "flag": "fuzzy-malicious-name",
        "name": "FuzzyMaliciousName",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Sample name, matched fuzzily.",
        "example": "Mining"
      },
      {
        "flag": "malicious-md5",
        "name": "MaliciousMd5",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "MD5 of the malicious file.",
        "example": "d836968041f7683b5459****"
      },
      {
        "flag": "image-digest",
        "name": "ImageDigest",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Digest of the image (DescribeImageInstances' `Digest`), for the samples of one image.",
        "example": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
      },
      {
        "flag": "image-tag",
        "name": "ImageTag",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image tag.",
        "example": "hybird-cloud-web_fix_167115945****"
      },
      {
        "flag": "image-layer",
        "name": "ImageLayer",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image layer (digest).",
        "example": "27213ad375b53628dd152a5ca****"
      },
      {
        "flag": "repo-region-id",
        "name": "RepoRegionId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Region of the image's repository. The vendor lists `cn-beijing`, `cn-zhangjiakou`,\n`cn-hangzhou`, `cn-shanghai`, `cn-shenzhen`, `cn-hongkong`, `ap-southeast-1`,\n`ap-southeast-5`, `us-east-1`, `us-west-1`, `eu-central-1`, `eu-west-1` (and, on an\nolder page, `ap-south-1`).",
        "example": "cn-shanghai"
      },
      {
        "flag": "repo-instance-id",
        "name": "RepoInstanceId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Container Registry instance of the repository (Container Registry's ListRepository gives it).",
        "example": "cri-rv4nvbv8iju4****"
      },
      {
        "flag": "repo-id",
        "name": "RepoId",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository id (Container Registry's ListRepository gives it).",
        "example": "crr-2q7302qrofxg****"
      },
      {
        "flag": "repo-name",
        "name": "RepoName",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository name, matched fuzzily.",
        "example": "hybirdc****"
      },
      {
        "flag": "repo-namespace",
        "name": "RepoNamespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Repository namespace, matched fuzzily.",
        "example": "cloud_oa****"
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
        "example": "c556c8133b5ad4378b7fc533ddbda****"
      }
    ],
    "clientFilled": [],
    "example": [
      "--current-page",
      "1",
      "--page-size",
      "20",
      "--lang",
      "en",
      "--levels",
      "serious",
      "--fuzzy-malicious-name",
      "Mining",
      "--malicious-md5",
      "d836968041f7683b5459****",
      "--image-digest",
      "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****",
      "--image-tag",
      "hybird-cloud-web_fix_167115945****",
      "--image-layer",
      "27213ad375b53628dd152a5ca****",
      "--repo-region-id",
      "cn-shanghai",
      "--repo-instance-id",
      "cri-rv4nvbv8iju4****",
      "--repo-id",
      "crr-2q7302qrofxg****",
      "--repo-name",
      "hybirdc****",
      "--repo-namespace",
      "cloud_oa****",
      "--cluster-id",
      "c556c8133b5ad4378b7fc533ddbda****"
    ],
    "table": {
      "items": "GroupedMaliciousFileResponse",
      "columns": [
        {
          "header": "MaliciousName",
          "path": "MaliciousName"
        },
        {
          "header": "Level",
          "path": "Level"
        },
        {
          "header": "Status",
          "path": "Status"
        },
        {
          "header": "ImageCount",
          "path": "ImageCount"
        },
        {
          "header": "MaliciousMd5",
          "path": "MaliciousMd5"
        },
        {
          "header": "LatestScanTimestamp",
          "path": "LatestScanTimestamp"
        }
      ]
    }
  },
  {
    "operationId": "DescribeImageSensitiveFileByKey",
    "command": "describe-image-sensitive-file-by-key",
    "method": "describeImageSensitiveFileByKey",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the sensitive files found in an image",
    "description": "Returns one page of the sensitive files (keys, credentials, configuration with secrets)\nfound in one image, named by `ImageUuid` (DescribeImageInstances' `Uuid`), optionally of\none kind (`SensitiveFileKey`): each with its path, the layer that added it, its MD5, the\nrisk level and advice. `Promt` holds an excerpt of the secret, masked by the vendor.\nSetImageSensitiveFileStatus acts on these findings by image and kind. No parameter is\nrequired by the vendor; without `ImageUuid` the list is not limited to one image. RAM\naction: `yundun-sas:DescribeImageSensitiveFileByKey` (get).\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageSensitiveFileByKey`. Keyed\n`/#DescribeImageSensitiveFileByKey` in `sas.yaml` only because OpenAPI allows one\noperation per path; tools that cannot cut the key at `#` take\n`openapi/sas/DescribeImageSensitiveFileByKey.yaml`.",
    "options": [
      {
        "flag": "image-uuid",
        "name": "ImageUuid",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUID of the image (DescribeImageInstances' `Uuid`).",
        "example": "0083a31ccf7c10367a6e783e8601****"
      },
      {
        "flag": "sensitive-file-key",
        "name": "SensitiveFileKey",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of sensitive file, e.g. `aws_access_key` (see the schema for the vendor's list).",
        "example": "google_oauth_key"
      },
      {
        "flag": "scan-range",
        "name": "ScanRange",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "Where to look: a JSON **array** sent as text of `image` (images) and `container`\n(containers), e.g. `[\"image\"]`.",
        "example": "[\"image\"]"
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
        "example": "en"
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
        "description": "Files per page (default 20). No largest value is documented, so none is enforced here;\nthe server may cap it.",
        "default": "20",
        "example": "20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--image-uuid",
      "0083a31ccf7c10367a6e783e8601****",
      "--sensitive-file-key",
      "google_oauth_key",
      "--scan-range",
      "[\"image\"]",
      "--lang",
      "en"
    ],
    "table": {
      "items": "SensitiveFileList",
      "columns": [
        {
          "header": "SensitiveFileKey",
          "path": "SensitiveFileKey"
        },
        {
          "header": "SensitiveFileName",
          "path": "SensitiveFileName"
        },
        {
          "header": "RiskLevel",
          "path": "RiskLevel"
        },
        {
          "header": "FilePath",
          "path": "FilePath"
        },
        {
          "header": "LastScanTime",
          "path": "LastScanTime"
        }
      ]
    }
  },
  {
    "operationId": "DescribeImageBaselineItemList",
    "command": "describe-image-baseline-item-list",
    "method": "describeImageBaselineItemList",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the baseline (configuration) check items of an image",
    "description": "Returns one page of the baseline check items of one image (`ImageUuid`,\nDescribeImageInstances' `Uuid`): weak or duplicate accounts, leaked access keys and the\nlike, each with its category, name and item keys, its fix status and whether it is\nwhitelisted. An item's `BaselineItemKey` is what OperateImageBaselineWhitelist takes.\nRAM action: `yundun-sas:DescribeImageBaselineItemList` (list).\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageBaselineItemList`. Keyed\n`/#DescribeImageBaselineItemList` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/DescribeImageBaselineItemList.yaml`.",
    "options": [
      {
        "flag": "image-uuid",
        "name": "ImageUuid",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUID of the image (DescribeImageInstances' `Uuid`).",
        "example": "0b5c7193300da2070220038718ad****"
      },
      {
        "flag": "status",
        "name": "Status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Fix status: `0` unfixed, `1` fixed, `2` waiting for verification, `3` fix failed.",
        "enum": [
          "0",
          "1",
          "2",
          "3"
        ],
        "example": "0"
      },
      {
        "flag": "baseline-class-key",
        "name": "BaselineClassKey",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Key of the baseline category, e.g. `ak_leak`.",
        "example": "ak_leak"
      },
      {
        "flag": "baseline-name-key",
        "name": "BaselineNameKey",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Key of the baseline name, e.g. `ak_leak`.",
        "example": "ak_leak"
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
        "example": "en"
      },
      {
        "flag": "current-page",
        "name": "CurrentPage",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Page to return, counted from 1 (no default is documented; the server's is presumably 1).",
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
        "description": "Items per page (no default or largest value is documented; the examples use 20).",
        "example": "20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--image-uuid",
      "0b5c7193300da2070220038718ad****",
      "--status",
      "0",
      "--baseline-class-key",
      "ak_leak",
      "--baseline-name-key",
      "ak_leak",
      "--lang",
      "en",
      "--current-page",
      "1",
      "--page-size",
      "20"
    ],
    "table": {
      "items": "BaselineItemInfos",
      "columns": [
        {
          "header": "BaselineItemKey",
          "path": "BaselineItemKey"
        },
        {
          "header": "BaselineItemAlias",
          "path": "BaselineItemAlias"
        },
        {
          "header": "BaselineNameAlias",
          "path": "BaselineNameAlias"
        },
        {
          "header": "Status",
          "path": "Status"
        },
        {
          "header": "WhiteList",
          "path": "WhiteList"
        }
      ]
    }
  },
  {
    "operationId": "DescribeImageBuildRiskByKey",
    "command": "describe-image-build-risk-by-key",
    "method": "describeImageBuildRiskByKey",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the build (Dockerfile) risks of an image",
    "description": "Returns one page of the risks in how an image was built (its layers' Dockerfile\ninstructions, e.g. running as root), for one image (`ImageUuid`, DescribeImageInstances'\n`Uuid`) and optionally one rule (`RiskKey`, as DescribeImageBuildRiskList names them):\neach with the rule, its level, the offending layer and command, and advice. `Status`\nfilters by handling (the runner-up SetImageBuildRiskStatus sets it). RAM action:\n`yundun-sas:DescribeImageBuildRiskByKey` (list).\n\nOn the wire: `POST /` with `x-acs-action: DescribeImageBuildRiskByKey`. Keyed\n`/#DescribeImageBuildRiskByKey` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/DescribeImageBuildRiskByKey.yaml`.",
    "options": [
      {
        "flag": "image-uuid",
        "name": "ImageUuid",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUID of the image (DescribeImageInstances' `Uuid`).",
        "example": "a910053dd4710173ecc9e9d8931f****"
      },
      {
        "flag": "risk-key",
        "name": "RiskKey",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Key of the build risk rule, e.g. `no_user` (DescribeImageBuildRiskList lists them).",
        "example": "no_user"
      },
      {
        "flag": "status",
        "name": "Status",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Handling status: `0` unhandled, `1` ignored, `2` false positive.",
        "enum": [
          "0",
          "1",
          "2"
        ],
        "example": "0"
      },
      {
        "flag": "lang",
        "name": "Lang",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Language of the request and response: `zh` (Chinese) or `en` (English); no default is documented.",
        "enum": [
          "zh",
          "en"
        ],
        "example": "en"
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
        "description": "Risks per page (default 20; the vendor advises always sending it). No largest value\nis documented, so none is enforced here; the server may cap it.",
        "default": "20",
        "example": "20"
      }
    ],
    "clientFilled": [],
    "example": [
      "--image-uuid",
      "a910053dd4710173ecc9e9d8931f****",
      "--risk-key",
      "no_user",
      "--status",
      "0",
      "--lang",
      "en"
    ],
    "table": {
      "items": "Data.List",
      "columns": [
        {
          "header": "RiskKey",
          "path": "RiskKey"
        },
        {
          "header": "RiskKeyName",
          "path": "RiskKeyName"
        },
        {
          "header": "RiskLevel",
          "path": "RiskLevel"
        },
        {
          "header": "RiskClassName",
          "path": "RiskClassName"
        },
        {
          "header": "LayerCmd",
          "path": "LayerCmd"
        }
      ]
    }
  },
  {
    "operationId": "SetImageSensitiveFileStatus",
    "command": "set-image-sensitive-file-status",
    "method": "setImageSensitiveFileStatus",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Whitelist, mark as false positive, or reopen sensitive files of images",
    "description": "Sets the handling status of the sensitive-file findings of the images in `ImageUuids`\n(DescribeImageInstances' `Uuid`, joined with commas) of one kind (`SensitiveFileKey`):\n`1` whitelists them, `2` marks them as false positives, `0` makes them unhandled again.\nThis is the act step for sensitive files; verify it by reading\nDescribeImageSensitiveFileByKey again (or after a rescan). Every parameter is optional in\nthe vendor's models; which combinations the service accepts is not documented. RAM\naction: `yundun-sas:SetImageSensitiveFileStatus` (access level `none` on the vendor's\npage).\n\nOn the wire: `POST /` with `x-acs-action: SetImageSensitiveFileStatus`. Keyed\n`/#SetImageSensitiveFileStatus` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/SetImageSensitiveFileStatus.yaml`.",
    "options": [
      {
        "flag": "image-uuids",
        "name": "ImageUuids",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUIDs of the images (DescribeImageInstances' `Uuid`), joined with commas.",
        "example": "0083a31ccf7c10367a6e783e8601****,4ad91dd8c0c02de6574fa98085d0****"
      },
      {
        "flag": "sensitive-file-key",
        "name": "SensitiveFileKey",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of sensitive file, e.g. `pem` (see the schema for the vendor's list).",
        "example": "pem"
      },
      {
        "flag": "status",
        "name": "Status",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "New status: `0` unhandled, `1` whitelisted, `2` false positive.",
        "enum": [
          "0",
          "1",
          "2"
        ],
        "example": "1"
      },
      {
        "flag": "scan-range",
        "name": "ScanRange",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": true,
        "description": "Where the findings were made: a JSON **array** sent as text of `image` (images) and\n`container` (containers), e.g. `[\"image\"]`.",
        "example": "[\"image\"]"
      }
    ],
    "clientFilled": [],
    "example": [
      "--image-uuids",
      "0083a31ccf7c10367a6e783e8601****,4ad91dd8c0c02de6574fa98085d0****",
      "--sensitive-file-key",
      "pem",
      "--status",
      "1",
      "--scan-range",
      "[\"image\"]"
    ],
    "table": null
  },
  {
    "operationId": "OperateImageBaselineWhitelist",
    "command": "operate-image-baseline-whitelist",
    "method": "operateImageBaselineWhitelist",
    "httpMethod": "POST",
    "path": "/",
    "summary": "Whitelist baseline check items of images, or remove them from the whitelist",
    "description": "Adds the baseline check items named in `BaselineItemKeyList` (DescribeImageBaselineItemList's\n`BaselineItemKey`, joined with commas) to the whitelist (`Operation=add`), or removes them\n(`del`): for one image when `ImageUuid` is given, otherwise (as the parameter is\noptional) presumably for every image. Whitelisted items stop counting as risks; verify\nwith DescribeImageBaselineItemList (`WhiteList`) or after a rescan. RAM action:\n`yundun-sas:OperateImageBaselineWhitelist` (access level `none` on the vendor's page).\n\nOn the wire: `POST /` with `x-acs-action: OperateImageBaselineWhitelist`. Keyed\n`/#OperateImageBaselineWhitelist` in `sas.yaml` only because OpenAPI allows one operation\nper path; tools that cannot cut the key at `#` take\n`openapi/sas/OperateImageBaselineWhitelist.yaml`.",
    "options": [
      {
        "flag": "baseline-item-key-list",
        "name": "BaselineItemKeyList",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Keys of the check items (DescribeImageBaselineItemList's `BaselineItemKey`), joined\nwith commas (the vendor calls it a list and shows one key).",
        "example": "hc.image.checklist.identify.hc_exploit_es_linux.item"
      },
      {
        "flag": "operation",
        "name": "Operation",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "`add` (whitelist the items) or `del` (remove them from the whitelist).",
        "enum": [
          "add",
          "del"
        ],
        "example": "add"
      },
      {
        "flag": "image-uuid",
        "name": "ImageUuid",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "UUID of the image (DescribeImageInstances' `Uuid`).",
        "example": "a5250ebca765dc9eb1a84b790b0e****"
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
        "example": "en"
      }
    ],
    "clientFilled": [],
    "example": [
      "--baseline-item-key-list",
      "hc.image.checklist.identify.hc_exploit_es_linux.item",
      "--operation",
      "add",
      "--image-uuid",
      "a5250ebca765dc9eb1a84b790b0e****",
      "--lang",
      "en"
    ],
    "table": null
  },
  {
    "operationId": "PageImageRegistry",
    "command": "page-image-registry",
    "method": "pageImageRegistry",
    "httpMethod": "POST",
    "path": "/",
    "summary": "List the image registries Security Center knows, page by page",
    "description": "Returns one page of the image registries connected to Security Center, of every type:\nContainer Registry (`acr`), Harbor, Quay and Jenkins (`CI/CD`), each with its id (what\nthe scan and image actions take as a registry), address, connection settings and image\ncount. Filter by a part of the registry's name and by the types to include or leave out.\n\nUnlike the other actions here, the official SDK sends this action's parameters in a form\nbody (`application/x-www-form-urlencoded`), not in the query: `CurrentPage`, `PageSize`,\n`RegistryNameLike` and the two type lists; only `SourceIp` stays in the query. A list goes\nas one field per item, numbered from 1 (`RegistryTypeInList.1=harbor&RegistryTypeInList.2=quay`).\n\nOn the wire: `POST /` with `x-acs-action: PageImageRegistry`. Keyed `/#PageImageRegistry`\nin `sas.yaml` only because OpenAPI allows one operation per path; tools that cannot cut\nthe key at `#` take `openapi/sas/PageImageRegistry.yaml`.",
    "options": [
      {
        "flag": "source-ip",
        "name": "SourceIp",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Source IP address of the request, as the caller states it. The SDK models describe it\nno further; the one parameter of this action that the official SDK puts in the query.",
        "example": "140.207.XXX.XXX"
      },
      {
        "flag": "current-page",
        "name": "CurrentPage",
        "in": "form",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Page to return, counted from 1.",
        "example": "1"
      },
      {
        "flag": "page-size",
        "name": "PageSize",
        "in": "form",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Registries per page (default 20). No largest value is documented, so none is enforced\nhere; the server may cap it.",
        "default": "20",
        "example": "20"
      },
      {
        "flag": "registry-name-like",
        "name": "RegistryNameLike",
        "in": "form",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "A part of the registry's name (its alias in Security Center); matches fuzzily.",
        "example": "asa"
      },
      {
        "flag": "registry-type-in-list",
        "name": "RegistryTypeInList",
        "in": "form",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Only registries of these types. Sent as `RegistryTypeInList.1`, `RegistryTypeInList.2`,\n... (one form field per item).",
        "enum": [
          "acr",
          "harbor",
          "quay",
          "CI/CD"
        ],
        "example": "harbor"
      },
      {
        "flag": "registry-type-not-in-list",
        "name": "RegistryTypeNotInList",
        "in": "form",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Registries of these types left out. Sent as `RegistryTypeNotInList.1`, ... (one form\nfield per item).",
        "enum": [
          "acr",
          "harbor",
          "quay",
          "CI/CD"
        ],
        "example": "harbor"
      }
    ],
    "clientFilled": [],
    "example": [
      "--source-ip",
      "140.207.XXX.XXX",
      "--current-page",
      "1",
      "--registry-name-like",
      "asa",
      "--registry-type-in-list",
      "harbor",
      "--registry-type-in-list",
      "quay"
    ],
    "table": {
      "items": "List",
      "columns": [
        {
          "header": "Id",
          "path": "Id"
        },
        {
          "header": "RegistryName",
          "path": "RegistryName"
        },
        {
          "header": "RegistryType",
          "path": "RegistryType"
        },
        {
          "header": "DomainName",
          "path": "DomainName"
        },
        {
          "header": "RegistryHostIp",
          "path": "RegistryHostIp"
        },
        {
          "header": "RegionId",
          "path": "RegionId"
        },
        {
          "header": "ImageCount",
          "path": "ImageCount"
        },
        {
          "header": "GmtModified",
          "path": "GmtModified"
        }
      ]
    }
  }
] as const;
