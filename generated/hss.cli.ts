// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters and scalar body fields, help text and an example.

export const operations = [
  {
    "operationId": "ChangeSensitiveInfo",
    "command": "change-sensitive-info",
    "method": "changeSensitiveInfo",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/sensitive/operate",
    "summary": "Ignore or un-ignore a sensitive-information finding of an image",
    "description": "Handles one sensitive-information finding of an image: marks it as ignored\n(`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default).",
    "options": [
      {
        "flag": "enterprise-project-id",
        "name": "enterprise_project_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Enterprise project whose assets to act on: `0` is the default enterprise project,\n`all_granted_eps` every enterprise project the caller may see. Only meaningful once the\nenterprise project function is enabled; a project the caller has no rights on gives a\npermission error.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "image-type",
        "name": "image_type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of image the finding belongs to:\n- `private_image`: private SWR image repository\n- `shared_image`: shared SWR image repository\n- `instance_image`: SWR enterprise instance image\n- `cicd`: CI/CD image\n- `harbor`: Harbor repository image",
        "enum": [
          "private_image",
          "shared_image",
          "instance_image",
          "cicd",
          "harbor"
        ],
        "example": "private_image"
      },
      {
        "flag": "sensitive-info-id",
        "name": "sensitive_info_id",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the sensitive-information finding.",
        "example": "97daa311-d91d-4b9b-97ed-05b168344470"
      },
      {
        "flag": "operate-type",
        "name": "operate_type",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "What to do with the finding:\n- `ignore`: ignore it\n- `do_not_ignore`: stop ignoring it",
        "enum": [
          "ignore",
          "do_not_ignore"
        ],
        "default": "do_not_ignore",
        "example": "ignore"
      }
    ],
    "clientFilled": [
      {
        "flag": "project-id",
        "in": "path",
        "name": "project_id",
        "required": true
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "body": {
      "required": true,
      "description": "Which finding to handle and how."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--image-type",
      "private_image",
      "--body",
      "{\"sensitive_info_id\":\"97daa311-d91d-4b9b-97ed-05b168344470\",\"operate_type\":\"ignore\"}"
    ]
  },
  {
    "operationId": "AddImageWhiteLists",
    "command": "add-image-white-lists",
    "method": "addImageWhiteLists",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/whitelists",
    "summary": "Add images to the vulnerability whitelist",
    "description": "Creates a whitelist entry that applies to all images, to images of given repository\ntypes, or to specific images. Only vulnerability whitelists exist today\n(`type=vulnerability`).",
    "options": [
      {
        "flag": "enterprise-project-id",
        "name": "enterprise_project_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Enterprise project whose assets to act on: `0` is the default enterprise project,\n`all_granted_eps` every enterprise project the caller may see. Only meaningful once the\nenterprise project function is enabled; a project the caller has no rights on gives a\npermission error.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "global-image-type",
        "name": "global_image_type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Where the images live:\n- `local`: local images (on hosts)\n- `registry`: repository images",
        "enum": [
          "local",
          "registry"
        ],
        "example": "registry"
      },
      {
        "flag": "type",
        "name": "type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.",
        "enum": [
          "vulnerability"
        ],
        "example": "vulnerability"
      },
      {
        "flag": "vul-type",
        "name": "vul_type",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability type:\n- `linux_vul`: Linux (operating system) vulnerability\n- `app_vul`: application vulnerability",
        "enum": [
          "linux_vul",
          "app_vul"
        ],
        "example": "linux_vul"
      },
      {
        "flag": "vul-ids",
        "name": "vul_ids",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Ids of the vulnerabilities to whitelist (used when adding).",
        "example": "CVE-2024-6387"
      },
      {
        "flag": "rule-type",
        "name": "rule_type",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Which images the entry applies to:\n- `all_images`: every image\n- `specific_image_types`: the repository image types in `query_info` (repository\n  images only)\n- `specific_images`: the images in `image_info`",
        "enum": [
          "all_images",
          "specific_image_types",
          "specific_images"
        ],
        "example": "specific_images"
      },
      {
        "flag": "description",
        "name": "description",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Description of the whitelist entry (free text).",
        "example": "Accepted risk"
      }
    ],
    "clientFilled": [
      {
        "flag": "project-id",
        "in": "path",
        "name": "project_id",
        "required": true
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "body": {
      "required": true,
      "description": "The whitelist entry to create."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--global-image-type",
      "registry",
      "--type",
      "vulnerability",
      "--body",
      "{\"vul_ids\":[\"CVE-2023-4911\",\"CVE-2024-6387\"],\"rule_type\":\"specific_images\",\"image_info\":[{\"id\":1034,\"image_name\":\"nginx\",\"image_type\":\"private_image\"}],\"description\":\"Accepted risk, fixed upstream in the next base image\"}"
    ]
  },
  {
    "operationId": "BatchScanLocalImage",
    "command": "batch-scan-local-image",
    "method": "batchScanLocalImage",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/local/batch-scan",
    "summary": "Scan local images in batch",
    "description": "Starts scans of local (host) images: either the images listed in `image_info_list`, or\nwith `operate_all: true` every local image that matches the filter fields.\nThe vendor documents no length limits for this body's fields.",
    "options": [
      {
        "flag": "enterprise-project-id",
        "name": "enterprise_project_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Enterprise project whose assets to act on: `0` is the default enterprise project,\n`all_granted_eps` every enterprise project the caller may see. Only meaningful once the\nenterprise project function is enabled; a project the caller has no rights on gives a\npermission error.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "operate-all",
        "name": "operate_all",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: scan every local image that matches the filters below.",
        "example": "false"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Filter by image name.",
        "example": "nginx"
      },
      {
        "flag": "image-version",
        "name": "image_version",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Filter by image version.",
        "example": "1.25"
      },
      {
        "flag": "local-image-type",
        "name": "local_image_type",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Filter by local image type:\n- `other_image`: not from SWR\n- `swr_image`: from SWR",
        "enum": [
          "other_image",
          "swr_image"
        ],
        "example": "swr_image"
      },
      {
        "flag": "scan-status",
        "name": "scan_status",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Scan status filter:\n- `unscan`: not scanned\n- `success`: scan finished\n- `scanning`: scan running\n- `failed`: scan failed\n- `download_failed`: image download failed\n- `image_oversized`: image too large to scan",
        "enum": [
          "unscan",
          "success",
          "scanning",
          "failed",
          "download_failed",
          "image_oversized"
        ],
        "example": "failed"
      },
      {
        "flag": "image-size",
        "name": "image_size",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Filter by image size.",
        "example": "52428800"
      },
      {
        "flag": "start-latest-update-time",
        "name": "start_latest_update_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Creation time range start, epoch milliseconds.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-update-time",
        "name": "end_latest_update_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Creation time range end, epoch milliseconds.",
        "example": "1719791999000"
      },
      {
        "flag": "start-latest-scan-time",
        "name": "start_latest_scan_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range start, epoch milliseconds.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-scan-time",
        "name": "end_latest_scan_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range end, epoch milliseconds.",
        "example": "1719791999000"
      }
    ],
    "clientFilled": [
      {
        "flag": "project-id",
        "in": "path",
        "name": "project_id",
        "required": true
      },
      {
        "flag": "region",
        "in": "header",
        "name": "region",
        "required": true
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "body": {
      "required": true,
      "description": "The local images to scan, listed or selected by filters."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--region",
      "cn-north-4",
      "--body",
      "{\"image_info_list\":[{\"image_name\":\"swr.cn-north-7.myhuaweicloud.com/scc_hss_container/install-hss-agent\",\"image_version\":\"1.0.10.x86_64\",\"image_digest\":\"sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b\",\"image_id\":\"c499ab72-7ee9-4ee6-b6b7-5973230e7a7b\"},{\"image_name\":\"swr.cn-north-7.myhuaweicloud.com/glz/webshell-ljx\",\"image_version\":\"v1\",\"image_digest\":\"sha256:ce0b5d91b072730d0bc9518f11efd07eb7fdb9f43251e11a96cab5b1918b7044\",\"image_id\":\"b8722a02-162f-4e4e-8100-127605e3a07b\"}],\"operate_all\":false}"
    ]
  },
  {
    "operationId": "ShowImageSecurityReportStatistic",
    "command": "show-image-security-report-statistic",
    "method": "showImageSecurityReportStatistic",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/security-report/statistic",
    "summary": "Count the records of an image security report export",
    "description": "Returns how many records an export of the given image security report would contain,\nfor the images selected by the body (a dry run of the export). All body fields are\noptional filters.",
    "options": [
      {
        "flag": "enterprise-project-id",
        "name": "enterprise_project_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Enterprise project whose assets to act on: `0` is the default enterprise project,\n`all_granted_eps` every enterprise project the caller may see. Only meaningful once the\nenterprise project function is enabled; a project the caller has no rights on gives a\npermission error.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "security-report-type",
        "name": "security_report_type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Report to count:\n- `vulnerability`: vulnerabilities\n- `risk-config`: unsafe configurations (baseline)\n- `malwares`: malicious files\n- `apps`: software\n- `files`: files\n- `sensitive-info`: sensitive information\n- `non-compliant-app`: non-compliant software\n- `build-command-risks`: risky build instructions",
        "enum": [
          "vulnerability",
          "risk-config",
          "malwares",
          "apps",
          "files",
          "sensitive-info",
          "non-compliant-app",
          "build-command-risks"
        ],
        "example": "vulnerability"
      },
      {
        "flag": "image-id-list",
        "name": "image_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Images to export, needed when `operate_all` is false. For private and shared images\nuse the `id` returned by the image list.",
        "example": "1034"
      },
      {
        "flag": "operate-all",
        "name": "operate_all",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: every image that matches the filters.",
        "example": "true"
      },
      {
        "flag": "image-type",
        "name": "image_type",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image type:\n- `private_image`: private image repository\n- `shared_image`: shared image repository\n- `local_image`: local image\n- `instance_image`: enterprise instance image\n- `harbor`: Harbor repository image\n- `jfrog`: JFrog repository image\n- `cicd`: CI/CD image",
        "enum": [
          "private_image",
          "shared_image",
          "local_image",
          "instance_image",
          "harbor",
          "jfrog",
          "cicd"
        ],
        "example": "private_image"
      },
      {
        "flag": "vul-type",
        "name": "vul_type",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability type:\n- `linux_vul`: Linux (operating system) vulnerability\n- `app_vul`: application vulnerability",
        "enum": [
          "linux_vul",
          "app_vul"
        ],
        "example": "linux_vul"
      },
      {
        "flag": "scan-status",
        "name": "scan_status",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Scan status filter:\n- `unscan`: not scanned\n- `success`: scan finished\n- `scanning`: scan running\n- `failed`: scan failed\n- `download_failed`: image download failed\n- `image_oversized`: image too large to scan",
        "enum": [
          "unscan",
          "success",
          "scanning",
          "failed",
          "download_failed",
          "image_oversized"
        ],
        "example": "failed"
      },
      {
        "flag": "namespace",
        "name": "namespace",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Organisation (namespace); private and shared images only.",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image name.",
        "example": "nginx"
      },
      {
        "flag": "image-version",
        "name": "image_version",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image tag.",
        "example": "1.25"
      },
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image id.",
        "example": "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
      },
      {
        "flag": "latest-version",
        "name": "latest_version",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only the newest version of each image.",
        "example": "true"
      },
      {
        "flag": "image-size",
        "name": "image_size",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Image size.",
        "example": "52428800"
      },
      {
        "flag": "start-latest-update-time",
        "name": "start_latest_update_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Creation time range start, epoch milliseconds.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-update-time",
        "name": "end_latest_update_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Creation time range end, epoch milliseconds.",
        "example": "1719791999000"
      },
      {
        "flag": "start-latest-scan-time",
        "name": "start_latest_scan_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range start, epoch milliseconds.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-scan-time",
        "name": "end_latest_scan_time",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range end, epoch milliseconds.",
        "example": "1719791999000"
      },
      {
        "flag": "has-malicious-file",
        "name": "has_malicious_file",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only images with malicious files.",
        "example": "true"
      },
      {
        "flag": "has-vul",
        "name": "has_vul",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only images with software vulnerabilities.",
        "example": "true"
      },
      {
        "flag": "has-unsafe-setting",
        "name": "has_unsafe_setting",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only images with baseline (unsafe setting) findings.",
        "example": "true"
      },
      {
        "flag": "risky",
        "name": "risky",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only images with security risks.",
        "example": "true"
      },
      {
        "flag": "has-container",
        "name": "has_container",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "Only images that run in containers.",
        "example": "true"
      },
      {
        "flag": "severity-level",
        "name": "severity_level",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image risk level, known once a scan completed (capitalised, unlike\n`build_command_risk_level`):\n- `Security`: secure\n- `Low`, `Medium`, `High`: risk level",
        "enum": [
          "Security",
          "Low",
          "Medium",
          "High"
        ],
        "example": "High"
      },
      {
        "flag": "instance-name",
        "name": "instance_name",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "SWR enterprise instance name.",
        "example": "swr-prod"
      },
      {
        "flag": "instance-id",
        "name": "instance_id",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "SWR enterprise instance id.",
        "example": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
      },
      {
        "flag": "cicd-name",
        "name": "cicd_name",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "CI/CD name.",
        "example": "release-pipeline"
      },
      {
        "flag": "build-command-risk-level",
        "name": "build_command_risk_level",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Risk level of a build instruction (lower case).",
        "enum": [
          "critical",
          "high",
          "medium",
          "low"
        ],
        "example": "high"
      },
      {
        "flag": "build-command-risk-name",
        "name": "build_command_risk_name",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Name of a build instruction risk.",
        "example": "Hard-coded password in ENV"
      },
      {
        "flag": "build-command-rule-id-list",
        "name": "build_command_rule_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Build-instruction risk rules to export: rule ids from\n`GET /v5/{project_id}/image/build-command-risks`.",
        "example": "rule-env-secret"
      },
      {
        "flag": "vul-id-list",
        "name": "vul_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Vulnerability ids, for the vulnerability report.",
        "example": "CVE-2024-6387"
      }
    ],
    "clientFilled": [
      {
        "flag": "project-id",
        "in": "path",
        "name": "project_id",
        "required": true
      },
      {
        "flag": "region",
        "in": "header",
        "name": "region",
        "required": true
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "body": {
      "required": true,
      "description": "Selects the images whose report records are counted. All 28 fields are optional filters\n(Go model `BatchExportSwrBaselineInfoRequestInfo`)."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--security-report-type",
      "vulnerability",
      "--region",
      "cn-north-4",
      "--body",
      "{\"operate_all\":true}"
    ]
  }
] as const;
