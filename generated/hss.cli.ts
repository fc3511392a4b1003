// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by
// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:
// flags for the query/header parameters, form fields and scalar body fields, help text and an example.

export const commands = [
  {
    "operationId": "ChangeSensitiveInfo",
    "command": "change-sensitive-info",
    "method": "changeSensitiveInfo",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/sensitive/operate",
    "summary": "Ignore or un-ignore a sensitive-information finding of an image",
    "description": "Handles one sensitive-information finding of an image: marks it as ignored\n(`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default). The\nfinding's id comes from `ListImageSensitive`, whose `operate_accept` then shows the change.",
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
        "description": "Id of the sensitive-information finding (`sensitive_info_id` of a `ListImageSensitive` item).",
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
    ],
    "table": null
  },
  {
    "operationId": "ListImageSensitive",
    "command": "list-image-sensitive",
    "method": "listImageSensitive",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/sensitive",
    "summary": "List the sensitive-information findings of an image",
    "description": "Lists, a page at a time, the sensitive information (keys, passwords and the like) that\nscanning found in one image. A CI/CD image is pinned down by `image_type=cicd` and the image\nid in the path; an image of any other repository type by `image_type` together with\n`namespace`, `image_name` and `image_version`.\n\nEach finding's `sensitive_info_id` is the id that `ChangeSensitiveInfo` takes. After a\nfinding has been ignored there (or the ignore taken back), its `operate_accept` reads\n`ignore` (or `do_not_ignore`).",
    "options": [
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "path",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the image (up to 128 characters).",
        "example": "1034"
      },
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
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
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
        "flag": "namespace",
        "name": "namespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Organisation (namespace) of the image; for repository images other than CI/CD.",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image name; for repository images other than CI/CD.",
        "example": "nginx"
      },
      {
        "flag": "image-version",
        "name": "image_version",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image version (tag); for repository images other than CI/CD.",
        "example": "1.25"
      },
      {
        "flag": "file-path",
        "name": "file_path",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only findings in this file path.",
        "example": "/root/.ssh/id_rsa"
      },
      {
        "flag": "severity",
        "name": "severity",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only findings of this threat level:\n- `critical`: critical\n- `high`: high\n- `medium`: medium\n- `low`: low",
        "enum": [
          "critical",
          "high",
          "medium",
          "low"
        ],
        "example": "high"
      },
      {
        "flag": "handle-status",
        "name": "handle_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only handled or only unhandled findings:\n- `unhandled`: not handled\n- `handled`: handled",
        "enum": [
          "unhandled",
          "handled"
        ],
        "example": "unhandled"
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
        "required": false
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--image-id",
      "1034",
      "--limit",
      "50",
      "--image-type",
      "private_image",
      "--namespace",
      "library",
      "--image-name",
      "nginx",
      "--image-version",
      "1.25",
      "--file-path",
      "/root/.ssh/id_rsa",
      "--severity",
      "high",
      "--handle-status",
      "unhandled"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "sensitive_info_id",
          "path": "sensitive_info_id"
        },
        {
          "header": "severity",
          "path": "severity"
        },
        {
          "header": "name",
          "path": "name"
        },
        {
          "header": "file_path",
          "path": "file_path"
        },
        {
          "header": "handle_status",
          "path": "handle_status"
        },
        {
          "header": "latest_scan_time",
          "path": "latest_scan_time"
        }
      ]
    }
  },
  {
    "operationId": "ListImageWhiteLists",
    "command": "list-image-white-lists",
    "method": "listImageWhiteLists",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/whitelists",
    "summary": "List the image whitelist entries",
    "description": "Lists, a page at a time, the whitelist entries of local or repository images. Only\nvulnerability whitelists exist today (`type=vulnerability`). Each entry's `id` is what\n`DeleteImageWhiteLists` takes; the images an entry applies to (`image_info`) are returned\nonly by the vendor's detail query, not by this list.",
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
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
        "flag": "vul-name",
        "name": "vul_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only entries for this vulnerability name (vulnerability whitelists only).",
        "example": "CVE-2024-6387"
      },
      {
        "flag": "vul-type",
        "name": "vul_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only entries of this vulnerability type (vulnerability whitelists only):\n- `linux_vul`: Linux (operating system) vulnerability\n- `app_vul`: application vulnerability",
        "enum": [
          "linux_vul",
          "app_vul"
        ],
        "example": "linux_vul"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--global-image-type",
      "registry",
      "--type",
      "vulnerability",
      "--vul-name",
      "CVE-2024-6387",
      "--vul-type",
      "linux_vul"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "id",
          "path": "id"
        },
        {
          "header": "vul_id",
          "path": "vul_id"
        },
        {
          "header": "vul_name",
          "path": "vul_name"
        },
        {
          "header": "vul_type",
          "path": "vul_type"
        },
        {
          "header": "rule_type",
          "path": "rule_type"
        }
      ]
    }
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
    ],
    "table": null
  },
  {
    "operationId": "DeleteImageWhiteLists",
    "command": "delete-image-white-lists",
    "method": "deleteImageWhiteLists",
    "httpMethod": "DELETE",
    "path": "/v5/{project_id}/image/whitelists",
    "summary": "Delete image whitelist entries",
    "description": "Deletes whitelist entries, given by the `id`s that `ListImageWhiteLists` returns. Only\nvulnerability whitelists exist today (`type=vulnerability`).",
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
        "flag": "ids",
        "name": "ids",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Ids of the entries to delete (`id` of `ListImageWhiteLists` items).",
        "example": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
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
      "description": "The whitelist entries to delete."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--global-image-type",
      "registry",
      "--type",
      "vulnerability",
      "--body",
      "{\"ids\":[\"6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\",\"7b2e1d3f-4c5e-4f60-9b0c-1d2e3f4a5b6c\"]}"
    ],
    "table": null
  },
  {
    "operationId": "ListImageVulnerabilities",
    "command": "list-image-vulnerabilities",
    "method": "listImageVulnerabilities",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/vulnerabilities",
    "summary": "List the vulnerabilities of an image",
    "description": "Lists, a page at a time, the vulnerabilities found in one repository or CI/CD image, named by its\nid in the path and by `image_type`, `namespace`, `image_name` and `tag_name` (all required).",
    "options": [
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "path",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the image (up to 128 characters).",
        "example": "1034"
      },
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "image-type",
        "name": "image_type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of image:\n- `private_image`: private image repository\n- `shared_image`: shared image repository\n- `instance_image`: enterprise (SWR enterprise instance) image\n- `cicd`: CI/CD image\n- `harbor`: Harbor repository image\n- `jfrog`: JFrog repository image",
        "enum": [
          "private_image",
          "shared_image",
          "instance_image",
          "cicd",
          "harbor",
          "jfrog"
        ],
        "example": "private_image"
      },
      {
        "flag": "instance-id",
        "name": "instance_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "SWR enterprise instance id (SWR enterprise edition images).",
        "example": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
      },
      {
        "flag": "namespace",
        "name": "namespace",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Organisation (namespace) of the image.",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image name.",
        "example": "nginx"
      },
      {
        "flag": "tag-name",
        "name": "tag_name",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image version (tag).",
        "example": "1.25"
      },
      {
        "flag": "repair-necessity",
        "name": "repair_necessity",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only vulnerabilities of this risk level:\n- `immediate_repair`: high\n- `delay_repair`: medium\n- `not_needed_repair`: low",
        "enum": [
          "immediate_repair",
          "delay_repair",
          "not_needed_repair"
        ],
        "example": "immediate_repair"
      },
      {
        "flag": "vul-id",
        "name": "vul_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Vulnerability id; partial ids match too.",
        "example": "CVE-2024-6387"
      },
      {
        "flag": "app-name",
        "name": "app_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only vulnerabilities of this software.",
        "example": "openssh-server"
      },
      {
        "flag": "type",
        "name": "type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only vulnerabilities of this type:\n- `linux_vul`: Linux (operating system) vulnerability\n- `app_vul`: application vulnerability",
        "enum": [
          "linux_vul",
          "app_vul"
        ],
        "example": "linux_vul"
      },
      {
        "flag": "handle-status",
        "name": "handle_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only handled or only unhandled vulnerabilities:\n- `unhandled`: not handled\n- `handled`: handled",
        "enum": [
          "unhandled",
          "handled"
        ],
        "example": "unhandled"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--image-id",
      "1034",
      "--limit",
      "50",
      "--image-type",
      "private_image",
      "--instance-id",
      "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11",
      "--namespace",
      "library",
      "--image-name",
      "nginx",
      "--tag-name",
      "1.25",
      "--repair-necessity",
      "immediate_repair",
      "--vul-id",
      "CVE-2024-6387",
      "--app-name",
      "openssh-server",
      "--type",
      "linux_vul",
      "--handle-status",
      "unhandled"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "vul_id",
          "path": "vul_id"
        },
        {
          "header": "repair_necessity",
          "path": "repair_necessity"
        },
        {
          "header": "app_name",
          "path": "app_name"
        },
        {
          "header": "version",
          "path": "version"
        },
        {
          "header": "app_path",
          "path": "app_path"
        }
      ]
    }
  },
  {
    "operationId": "ListImageLocal",
    "command": "list-image-local",
    "method": "listImageLocal",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/local-repositories",
    "summary": "List local images",
    "description": "Lists, a page at a time, the local images on the protected hosts, with their scan state and\nfinding counts; every query parameter is an optional filter. An item's `image_id`,\n`image_digest`, `image_name` and `image_version` are what `BatchScanLocalImage` takes to scan\nit.\n\nThe scan-state filter value for \"waiting to be scanned\" is `waiting_for_scan`, while the\nitems report that state as `waiting`: the vendor documents the two spellings so.",
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images whose name contains this text (case-sensitive partial match), 1-256\ncharacters.",
        "example": "nginx"
      },
      {
        "flag": "image-version",
        "name": "image_version",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this version (tag): letters, digits, `-`, `_`, `.` and `:`. Takes effect\nonly together with `image_name`.",
        "example": "1.25"
      },
      {
        "flag": "scan-status",
        "name": "scan_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images in this scan state (case-sensitive; an unknown value gives an empty list):\n- `unscan`: not scanned\n- `success`: scan finished\n- `scanning`: scan running\n- `failed`: scan failed\n- `waiting_for_scan`: waiting to be scanned (reported as `waiting` in the items)",
        "enum": [
          "unscan",
          "success",
          "scanning",
          "failed",
          "waiting_for_scan"
        ],
        "example": "failed"
      },
      {
        "flag": "local-image-type",
        "name": "local_image_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this origin:\n- `other_image`: not from SWR\n- `swr_image`: from SWR",
        "enum": [
          "other_image",
          "swr_image"
        ],
        "example": "swr_image"
      },
      {
        "flag": "image-size",
        "name": "image_size",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Only images of exactly this size, in bytes.",
        "example": "52428800"
      },
      {
        "flag": "start-latest-update-time",
        "name": "start_latest_update_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-update (creation) time range start, epoch milliseconds; use it with\n`end_latest_update_time`, below that value.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-update-time",
        "name": "end_latest_update_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-update (creation) time range end, epoch milliseconds; use it with\n`start_latest_update_time`, above that value.",
        "example": "1719791999000"
      },
      {
        "flag": "start-latest-scan-time",
        "name": "start_latest_scan_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range start, epoch milliseconds; use it with\n`end_latest_scan_time`. Applies to scanned (`success`) images only.",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-scan-time",
        "name": "end_latest_scan_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-scan-completion time range end, epoch milliseconds, above\n`start_latest_scan_time`. Applies to scanned (`success`) images only.",
        "example": "1719791999000"
      },
      {
        "flag": "has-vul",
        "name": "has_vul",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images with software vulnerabilities; `false`: only images without.\nApplies to scanned (`success`) images only.",
        "example": "true"
      },
      {
        "flag": "host-name",
        "name": "host_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images on hosts whose name contains this text (case-sensitive).",
        "example": "ecs-web-01"
      },
      {
        "flag": "host-id",
        "name": "host_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images on this host (ECS instance id; exact match).",
        "example": "4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9"
      },
      {
        "flag": "host-ip",
        "name": "host_ip",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images on the host with this public or private IPv4 address (exact match).",
        "example": "192.168.0.12"
      },
      {
        "flag": "container-id",
        "name": "container_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this container (container id; exact match).",
        "example": "3f4e8b2c1a9d"
      },
      {
        "flag": "container-name",
        "name": "container_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of containers whose name contains this text (case-sensitive).",
        "example": "web-1"
      },
      {
        "flag": "pod-id",
        "name": "pod_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this Kubernetes pod (pod id; exact match).",
        "example": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
      },
      {
        "flag": "pod-name",
        "name": "pod_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of pods whose name contains this text (case-sensitive): letters, digits\nand `-`, not starting or ending with `-`.",
        "example": "web-7d9c6b5f8-x2k4p"
      },
      {
        "flag": "app-name",
        "name": "app_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images holding software whose name contains this text (case-sensitive).",
        "example": "nginx"
      },
      {
        "flag": "has-container",
        "name": "has_container",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images that run in containers; `false`: only images that do not.",
        "example": "true"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--image-name",
      "nginx",
      "--image-version",
      "1.25",
      "--scan-status",
      "failed",
      "--local-image-type",
      "swr_image",
      "--image-size",
      "52428800",
      "--start-latest-update-time",
      "1717200000000",
      "--end-latest-update-time",
      "1719791999000",
      "--start-latest-scan-time",
      "1717200000000",
      "--end-latest-scan-time",
      "1719791999000",
      "--has-vul",
      "--host-name",
      "ecs-web-01",
      "--host-id",
      "4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9",
      "--host-ip",
      "192.168.0.12",
      "--container-id",
      "3f4e8b2c1a9d",
      "--container-name",
      "web-1",
      "--pod-id",
      "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
      "--pod-name",
      "web-7d9c6b5f8-x2k4p",
      "--app-name",
      "nginx",
      "--has-container"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "image_name",
          "path": "image_name"
        },
        {
          "header": "image_version",
          "path": "image_version"
        },
        {
          "header": "scan_status",
          "path": "scan_status"
        },
        {
          "header": "severity_level",
          "path": "severity_level"
        },
        {
          "header": "vul_num",
          "path": "vul_num"
        },
        {
          "header": "malicious_file_num",
          "path": "malicious_file_num"
        },
        {
          "header": "host_name",
          "path": "host_name"
        },
        {
          "header": "image_id",
          "path": "image_id"
        },
        {
          "header": "latest_scan_time",
          "path": "latest_scan_time"
        }
      ]
    }
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
        "description": "Origin of a local image:\n- `other_image`: not from SWR\n- `swr_image`: from SWR",
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
    ],
    "table": null
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
        "description": "Image type of a security report:\n- `private_image`: private image repository\n- `shared_image`: shared image repository\n- `local_image`: local image\n- `instance_image`: enterprise instance image\n- `harbor`: Harbor repository image\n- `jfrog`: JFrog repository image\n- `cicd`: CI/CD image",
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
    ],
    "table": null
  },
  {
    "operationId": "ExportImageSecurityReportTask",
    "command": "export-image-security-report-task",
    "method": "exportImageSecurityReportTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/security-report/export-tasks",
    "summary": "Start an export of image security report records",
    "description": "Creates a task that exports one kind of image security report record (malicious files,\nsoftware, files, sensitive information, software compliance or build-instruction risks),\nfor the images listed in `image_id_list` or, with `operate_all: true`, for every image\nthat matches the filter fields, and returns the task's id.\n\n`ShowImageSecurityReportStatistic` counts the matching records for these report types\nand filters (it also knows `vulnerability` and `risk-config`, which cannot be exported\nhere).",
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
        "flag": "export-size",
        "name": "export_size",
        "in": "body",
        "required": true,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to export.",
        "example": "1000"
      },
      {
        "flag": "security-report-type",
        "name": "security_report_type",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Report to export:\n- `malwares`: malicious files\n- `apps`: software\n- `files`: files\n- `sensitive-info`: sensitive information\n- `non-compliant-app`: non-compliant software\n- `build-command-risks`: risky build instructions",
        "enum": [
          "malwares",
          "apps",
          "files",
          "sensitive-info",
          "non-compliant-app",
          "build-command-risks"
        ],
        "example": "malwares"
      },
      {
        "flag": "image-id-list",
        "name": "image_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "Images to export, needed when `operate_all` is false: for local and CI/CD images their\n`image_id`, for repository images the `id` from the image list.",
        "example": "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
      },
      {
        "flag": "operate-all",
        "name": "operate_all",
        "in": "body",
        "required": true,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: every image that matches the filter fields below.",
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
        "description": "Image type of a security report:\n- `private_image`: private image repository\n- `shared_image`: shared image repository\n- `local_image`: local image\n- `instance_image`: enterprise instance image\n- `harbor`: Harbor repository image\n- `jfrog`: JFrog repository image\n- `cicd`: CI/CD image",
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
        "description": "Organisation (namespace).",
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
        "description": "Image version (tag).",
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
        "description": "`true`: only images with security risks; `false`: only images without.",
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
      "description": "What to export: the report type, the number of records, and the images (listed, or all\nthat match the filters). Only the three fields marked required must be sent."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--body",
      "{\"export_size\":1000,\"security_report_type\":\"malwares\",\"operate_all\":true,\"image_type\":\"private_image\"}"
    ],
    "table": null
  },
  {
    "operationId": "ListRegistry",
    "command": "list-registry",
    "method": "listRegistry",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/registries",
    "summary": "List the connected image registries",
    "description": "Lists, a page at a time, the image registries HSS knows: SWR registries (private, shared,\nenterprise) once SWR access is authorised, and the Harbor and JFrog registries connected\nwith `AddRegistry`, with their connection state. Every query parameter is an optional\nfilter.\n\nEach registry's `id` and `registry_type` are what `CreateImageSynchronizeTask` and\n`CreateManualImageScanTask` take; `status` shows whether a connection started with\n`AddRegistry` is still being made (`accessing`), made (`success`) or failed (`fail`, with\n`fail_reason`).",
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "registry-name",
        "name": "registry_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the registry of this name.",
        "example": "harbor-prod"
      },
      {
        "flag": "registry-id",
        "name": "registry_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the registry of this id (`id` of an item).",
        "example": "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
      },
      {
        "flag": "registry-type",
        "name": "registry_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only registries of these types, separated by commas (all types when absent):\n- `Harbor`: Harbor registry\n- `Jfrog`: JFrog registry\n- `SwrPrivate`: SWR private registry\n- `SwrShared`: SWR shared registry\n- `SwrEnterprise`: SWR enterprise edition registry\n- `Other`: another registry",
        "example": "Harbor,Jfrog"
      },
      {
        "flag": "registry-addr",
        "name": "registry_addr",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the registry at this address.",
        "example": "harbor.example.com"
      },
      {
        "flag": "status",
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only registries in this connection state:\n- `success`: connected\n- `fail`: the connection failed\n- `accessing`: being connected",
        "enum": [
          "success",
          "fail",
          "accessing"
        ],
        "example": "accessing"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--registry-name",
      "harbor-prod",
      "--registry-id",
      "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
      "--registry-type",
      "Harbor,Jfrog",
      "--registry-addr",
      "harbor.example.com",
      "--status",
      "accessing"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "id",
          "path": "id"
        },
        {
          "header": "registry_name",
          "path": "registry_name"
        },
        {
          "header": "registry_type",
          "path": "registry_type"
        },
        {
          "header": "registry_addr",
          "path": "registry_addr"
        },
        {
          "header": "status",
          "path": "status"
        },
        {
          "header": "images_num",
          "path": "images_num"
        },
        {
          "header": "latest_sync_time",
          "path": "latest_sync_time"
        }
      ]
    }
  },
  {
    "operationId": "AddRegistry",
    "command": "add-registry",
    "method": "addRegistry",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/registries",
    "summary": "Connect a Harbor or JFrog registry",
    "description": "Connects a third-party (Harbor or JFrog) image registry to HSS. SWR registries need no call:\nthey are listed by `ListRegistry` once SWR access is authorised.\n\nThe sync and scan jobs of the registry run as tasks on a cluster already protected by HSS,\nnamed by `connect_cluster_id`. With `get_scan_image_channel: Other` the scan component's\nimage must be pushed to the registry first (the vendor's `ShowImageUploadCommand` gives\nthe commands), into the project named by `namespace`.\n\nThe answer is an empty 200: the connection is made in the background. `ListRegistry`,\nfiltered by `registry_name`, then shows the registry with `status` `accessing`, and later\n`success` or `fail` (with `fail_reason`): the `RegistryAccessed` waiter follows that. The\npassword is used to reach the registry and, the vendor says, not stored by HSS.",
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
        "flag": "registry-name",
        "name": "registry_name",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Name to give the registry in HSS; `ListRegistry` filters by it.",
        "example": "harbor-prod"
      },
      {
        "flag": "registry-type",
        "name": "registry_type",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of registry (capitalised, as in `ListRegistry`):\n- `Harbor`: Harbor registry\n- `Jfrog`: JFrog registry",
        "enum": [
          "Harbor",
          "Jfrog"
        ],
        "example": "Harbor"
      },
      {
        "flag": "api-version",
        "name": "api_version",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Registry API version:\n- `V1`: version 1\n- `V2`: version 2",
        "enum": [
          "V1",
          "V2"
        ],
        "example": "V2"
      },
      {
        "flag": "protocol",
        "name": "protocol",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Protocol to reach the registry with:\n- `http`: HTTP\n- `https`: HTTPS",
        "enum": [
          "http",
          "https"
        ],
        "example": "https"
      },
      {
        "flag": "registry-addr",
        "name": "registry_addr",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Address of the registry, a host name or `IP:port` (e.g. `harbor.example.com`).",
        "example": "harbor.example.com"
      },
      {
        "flag": "registry-username",
        "name": "registry_username",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "User name HSS logs in to the registry with.",
        "example": "hss-robot"
      },
      {
        "flag": "registry-password",
        "name": "registry_password",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Password of `registry_username`. Used only to reach the registry; the vendor says HSS\ndoes not store it.",
        "secret": true,
        "example": "example-password-not-real"
      },
      {
        "flag": "namespace",
        "name": "namespace",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Registry project the scan component's image is pushed to; needed when\n`get_scan_image_channel` is `Other`.",
        "example": "hss-components"
      },
      {
        "flag": "connect-cluster-id",
        "name": "connect_cluster_id",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of a cluster already connected to HSS on which the image sync and scan components\nrun as jobs (the vendor calls it the carrier or jump cluster).",
        "example": "7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
      },
      {
        "flag": "get-scan-image-channel",
        "name": "get_scan_image_channel",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Where the cluster gets the scan component from:\n- `Swr`: pulled from SWR\n- `Other`: pushed to the registry by hand first (into `namespace`; the vendor's\n  `ShowImageUploadCommand` gives the commands)",
        "enum": [
          "Swr",
          "Other"
        ],
        "example": "Swr"
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
      "description": "The registry to connect and how HSS reaches it."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--body",
      "{\"registry_name\":\"harbor-prod\",\"registry_type\":\"Harbor\",\"api_version\":\"V2\",\"protocol\":\"https\",\"registry_addr\":\"harbor.example.com\",\"registry_username\":\"hss-robot\",\"registry_password\":\"example-password-not-real\",\"connect_cluster_id\":\"7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d\",\"get_scan_image_channel\":\"Swr\"}"
    ],
    "table": null
  },
  {
    "operationId": "CreateImageSynchronizeTask",
    "command": "create-image-synchronize-task",
    "method": "createImageSynchronizeTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/image-sync/tasks",
    "summary": "Start a sync of registry image lists",
    "description": "Starts a task that brings HSS's list of registry images up to date: of every registry\n(`sync_all_registries: true`) or of those in `registry_info` (ids and types from\n`ListRegistry`). The synced images then appear in `ListRegistryImages`.\n\nThe answer is an empty 200: no task id comes back. The task is found in\n`ListImageScanTask` (`type=image_sync`, `task_type=manualSync`, the newest `begin_time`\nat or after the call), and its per-registry progress in `ListAssociateRegistries`\n(`sync_status` `running`, then `finished` or `failed`), which the `ImageSyncFinished`\nwaiter follows. A scheduled or console sync started at the same moment can be taken for\nthis one.",
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
        "flag": "sync-all-registries",
        "name": "sync_all_registries",
        "in": "body",
        "required": true,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: every registry; `false`: those in `registry_info`.",
        "example": "false"
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
        "required": false
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
      "description": "Which registries to sync."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--body",
      "{\"sync_all_registries\":false,\"registry_info\":[{\"registry_id\":\"3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c\",\"registry_type\":\"Harbor\"}]}"
    ],
    "table": null
  },
  {
    "operationId": "ListAssociateRegistries",
    "command": "list-associate-registries",
    "method": "listAssociateRegistries",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/image-sync/tasks/{task_id}/registries",
    "summary": "List the registries of an image sync task and their sync state",
    "description": "Lists, a page at a time, the registries an image sync task covers, each with its\n`sync_status`: `running`, then `finished`, or `failed` with `failed_reason`. The task id\nis the `task_id` of a `ListImageScanTask` item of `type=image_sync` (the sync started by\n`CreateImageSynchronizeTask` returns none).",
    "options": [
      {
        "flag": "task-id",
        "name": "task_id",
        "in": "path",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the sync task (`task_id` of a `ListImageScanTask` item of `type=image_sync`).",
        "example": "5c4b3a29-1807-4f6e-9d5c-4b3a29180706"
      },
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
        "flag": "registry-name",
        "name": "registry_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the registry of this name.",
        "example": "harbor-prod"
      },
      {
        "flag": "registry-type",
        "name": "registry_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only registries of these types, separated by commas (all types when absent):\n- `Harbor`: Harbor registry\n- `Jfrog`: JFrog registry\n- `SwrPrivate`: SWR private registry\n- `SwrShared`: SWR shared registry\n- `SwrEnterprise`: SWR enterprise edition registry\n- `Other`: another registry",
        "example": "Harbor"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "sync-status",
        "name": "sync_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only registries in this sync state:\n- `finished`: synced\n- `running`: being synced\n- `failed`: the sync failed",
        "enum": [
          "finished",
          "running",
          "failed"
        ],
        "example": "failed"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--task-id",
      "5c4b3a29-1807-4f6e-9d5c-4b3a29180706",
      "--registry-name",
      "harbor-prod",
      "--registry-type",
      "Harbor",
      "--limit",
      "50",
      "--sync-status",
      "failed"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "registry_id",
          "path": "registry_id"
        },
        {
          "header": "registry_name",
          "path": "registry_name"
        },
        {
          "header": "registry_type",
          "path": "registry_type"
        },
        {
          "header": "sync_status",
          "path": "sync_status"
        },
        {
          "header": "failed_reason",
          "path": "failed_reason"
        }
      ]
    }
  },
  {
    "operationId": "ListRegistryImages",
    "command": "list-registry-images",
    "method": "listRegistryImages",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/registries/images",
    "summary": "List registry images",
    "description": "Lists, a page at a time, the images of every connected registry (SWR private, shared and\nenterprise, Harbor, JFrog) that a sync brought in, with their scan state and finding\ncounts; every query parameter is an optional filter.\n\nAn item's `id`, `image_id`, `image_digest`, `registry_id`, `registry_name`,\n`registry_type`, `namespace`, `image_name` and `image_version` are what\n`CreateManualImageScanTask` takes in `image_info` to scan it. `scan_status` follows the\nscan (`waiting_for_scan`, `scanning`, then `success`, `failed`, `download_failed` or\n`image_oversized`, with `scan_failed_code`); the `RegistryImageScanned` waiter follows\nit. `vul_num`, `malicious_file_num` and `unsafe_setting_num` count the findings that\n`ListImageVulnerabilities`, `ListImageMalware` and `ListCheckRulesInfo` list.\n\nUnlike the other lists, `limit` may be as small as 1 here.",
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
        "flag": "namespace",
        "name": "namespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this organisation (namespace).",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this name.",
        "example": "nginx"
      },
      {
        "flag": "image-version",
        "name": "image_version",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this version (tag).",
        "example": "1.25"
      },
      {
        "flag": "registry-name",
        "name": "registry_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of the registry of this name.",
        "example": "harbor-prod"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "image-type",
        "name": "image_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this kind:\n- `private_image`: SWR private image\n- `shared_image`: SWR shared image\n- `instance_image`: SWR enterprise edition image\n- `harbor`: Harbor registry image\n- `jfrog`: JFrog registry image",
        "enum": [
          "private_image",
          "shared_image",
          "instance_image",
          "harbor",
          "jfrog"
        ],
        "example": "harbor"
      },
      {
        "flag": "sort-key",
        "name": "sort_key",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Field to sort by:\n- `latest_scan_time`: time of the latest scan",
        "enum": [
          "latest_scan_time"
        ],
        "example": "latest_scan_time"
      },
      {
        "flag": "sort-dir",
        "name": "sort_dir",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Sort order (ascending when absent):\n- `asc`: ascending\n- `desc`: descending",
        "enum": [
          "asc",
          "desc"
        ],
        "example": "desc"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 1 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "latest-version",
        "name": "latest_version",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only the newest version of each image.",
        "default": "false",
        "example": "true"
      },
      {
        "flag": "image-size",
        "name": "image_size",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Only images of exactly this size, in bytes.",
        "example": "52428800"
      },
      {
        "flag": "scan-status",
        "name": "scan_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images in this scan state:\n- `unscan`: not scanned\n- `success`: scan finished\n- `scanning`: scan running\n- `failed`: scan failed\n- `waiting_for_scan`: waiting to be scanned",
        "enum": [
          "unscan",
          "success",
          "scanning",
          "failed",
          "waiting_for_scan"
        ],
        "example": "failed"
      },
      {
        "flag": "start-latest-update-time",
        "name": "start_latest_update_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-update time range start, epoch milliseconds; at most `end_latest_update_time`\n(up to now when that is absent).",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-update-time",
        "name": "end_latest_update_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Last-update time range end, epoch milliseconds; at least `start_latest_update_time`\n(from 0 when that is absent).",
        "example": "1719791999000"
      },
      {
        "flag": "start-latest-scan-time",
        "name": "start_latest_scan_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Latest-scan-completion time range start, epoch milliseconds; at most\n`end_latest_scan_time` (up to now when that is absent).",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-scan-time",
        "name": "end_latest_scan_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Latest-scan-completion time range end, epoch milliseconds; at least\n`start_latest_scan_time` (from 0 when that is absent).",
        "example": "1719791999000"
      },
      {
        "flag": "start-latest-sync-time",
        "name": "start_latest_sync_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Latest-sync-completion time range start, epoch milliseconds; at most\n`end_latest_sync_time` (up to now when that is absent).",
        "example": "1717200000000"
      },
      {
        "flag": "end-latest-sync-time",
        "name": "end_latest_sync_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Latest-sync-completion time range end, epoch milliseconds; at least\n`start_latest_sync_time` (from 0 when that is absent).",
        "example": "1719791999000"
      },
      {
        "flag": "has-malicious-file",
        "name": "has_malicious_file",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images with malicious files; `false`: only images without.",
        "example": "true"
      },
      {
        "flag": "has-unsafe-setting",
        "name": "has_unsafe_setting",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images with failed baseline checks; `false`: only images without.",
        "example": "true"
      },
      {
        "flag": "has-vul",
        "name": "has_vul",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images with software vulnerabilities; `false`: only images without.",
        "example": "true"
      },
      {
        "flag": "risky",
        "name": "risky",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only images with security risks; `false`: only images without.",
        "example": "true"
      },
      {
        "flag": "instance-id",
        "name": "instance_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this SWR enterprise edition instance (its id; SWR enterprise images only).",
        "example": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
      },
      {
        "flag": "instance-name",
        "name": "instance_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this SWR enterprise edition instance (its name; SWR enterprise images only).",
        "example": "swr-prod"
      },
      {
        "flag": "is-multarch",
        "name": "is_multarch",
        "in": "query",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: only multi-architecture images; `false`: only single-architecture ones.",
        "example": "false"
      },
      {
        "flag": "severity-level",
        "name": "severity_level",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only images of this risk level (known once a scan finished):\n- `Security`: secure\n- `Low`, `Medium`, `High`: risk level",
        "enum": [
          "Security",
          "Low",
          "Medium",
          "High"
        ],
        "example": "High"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--namespace",
      "library",
      "--image-name",
      "nginx",
      "--image-version",
      "1.25",
      "--registry-name",
      "harbor-prod",
      "--image-type",
      "harbor",
      "--sort-key",
      "latest_scan_time",
      "--sort-dir",
      "desc",
      "--limit",
      "50",
      "--latest-version",
      "--image-size",
      "52428800",
      "--scan-status",
      "failed",
      "--start-latest-update-time",
      "1717200000000",
      "--end-latest-update-time",
      "1719791999000",
      "--start-latest-scan-time",
      "1717200000000",
      "--end-latest-scan-time",
      "1719791999000",
      "--start-latest-sync-time",
      "1717200000000",
      "--end-latest-sync-time",
      "1719791999000",
      "--has-malicious-file",
      "--has-unsafe-setting",
      "--has-vul",
      "--risky",
      "--instance-id",
      "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11",
      "--instance-name",
      "swr-prod",
      "--no-is-multarch",
      "--severity-level",
      "High"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "id",
          "path": "id"
        },
        {
          "header": "namespace",
          "path": "namespace"
        },
        {
          "header": "image_name",
          "path": "image_name"
        },
        {
          "header": "image_version",
          "path": "image_version"
        },
        {
          "header": "scan_status",
          "path": "scan_status"
        },
        {
          "header": "severity_level",
          "path": "severity_level"
        },
        {
          "header": "vul_num",
          "path": "vul_num"
        },
        {
          "header": "registry_name",
          "path": "registry_name"
        },
        {
          "header": "latest_scan_time",
          "path": "latest_scan_time"
        }
      ]
    }
  },
  {
    "operationId": "CreateManualImageScanTask",
    "command": "create-manual-image-scan-task",
    "method": "createManualImageScanTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/image-scan/tasks",
    "summary": "Start a scan of registry (or local) images",
    "description": "Starts a manual scan task: of every image (`is_all: true`), of the images listed in\n`image_info` (fields from `ListRegistryImages` items), or of the images that match\n`query_info`. `scan_scope` picks what is looked for (vulnerabilities, baseline checks,\nmalicious files, sensitive information, software compliance, or all); `rate_limit` caps\nthe images scanned per hour.\n\nThe answer is an empty 200: no task id comes back. The task is found in\n`ListImageScanTask` (`type=image_scan`, `task_type=manual`, the newest `begin_time` at or\nafter the call), whose `task_status` counts up to `100` (done) or ends negative (stopped,\ntimed out, error); the `ImageScanTaskFinished` waiter follows it, and\n`RegistryImageScanned` follows the images' own `scan_status` in `ListRegistryImages`. A\nscheduled or console scan started at the same moment can be taken for this one. A\ntargeted rescan (one image in `image_info`) is how a fix is verified.",
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
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Where the images to scan live (`registry` when absent):\n- `local`: local images (on hosts)\n- `registry`: repository images",
        "enum": [
          "local",
          "registry"
        ],
        "default": "registry",
        "example": "registry"
      },
      {
        "flag": "scan-scope",
        "name": "scan_scope",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "What a scan looks for: one of these values, or (undocumented, see the spec's comment) a\nsum of several groups (decimal, then the vendor's hexadecimal):\n- `0` (`0x0`): nothing\n- `2147483647` (`0x7fffffff`): everything below\n- `983040` (`0x000f0000`): vulnerabilities\n- `61440` (`0x0000f000`): baseline (configuration) checks\n- `3840` (`0x00000f00`): malicious files\n- `240` (`0x000000f0`): sensitive information\n- `15` (`0x0000000f`): software compliance",
        "example": "2147483647"
      },
      {
        "flag": "rate-limit",
        "name": "rate_limit",
        "in": "body",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Most images scanned per hour, 0 to 1000; `0` means no limit.",
        "example": "100"
      },
      {
        "flag": "is-all",
        "name": "is_all",
        "in": "body",
        "required": false,
        "type": "boolean",
        "repeatable": false,
        "json": false,
        "description": "`true`: scan every image; `false`: the images in `image_info` (or matching `query_info`).",
        "example": "false"
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
        "required": false
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
      "description": "What to scan and for what. All fields are optional; the images are every image\n(`is_all`), the listed ones (`image_info`) or those matching `query_info`."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--body",
      "{\"scan_scope\":2147483647,\"is_all\":false,\"image_info\":[{\"id\":1034,\"image_id\":\"9f8e7d6c5b4a39281706f5e4d3c2b1a0\",\"image_digest\":\"sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b\",\"registry_id\":\"3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c\",\"registry_name\":\"harbor-prod\",\"registry_type\":\"Harbor\",\"namespace\":\"library\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}"
    ],
    "table": null
  },
  {
    "operationId": "ListImageScanTask",
    "command": "list-image-scan-task",
    "method": "listImageScanTask",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/tasks",
    "summary": "List image scan and sync tasks",
    "description": "Lists, a page at a time, the image scan tasks (`type=image_scan`) or image sync tasks\n(`type=image_sync`), scheduled and manual, with their progress. It is how the task a\n`CreateManualImageScanTask` or `CreateImageSynchronizeTask` call started is found (they\nreturn no id: the newest task of the right `task_type` whose `begin_time` is at or after\nthe call) and then followed by its `task_id`.\n\n`task_status` has two meanings: as a filter it is the text `scanning` or `finished`; in\nthe items it is a number, the progress `0` to `99`, `100` when done, or `-1` stopped,\n`-2` timed out, `-3` failed. A finished scan task counts its images in `success_num`\nand `failed_num` and lists the failed ones, with the reason, in `failed_images`.",
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
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only tasks of images that live here:\n- `local`: local images (on hosts)\n- `registry`: repository images",
        "enum": [
          "local",
          "registry"
        ],
        "example": "registry"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "type",
        "name": "type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of task:\n- `image_sync`: image list sync\n- `image_scan`: image scan",
        "enum": [
          "image_sync",
          "image_scan"
        ],
        "example": "image_scan"
      },
      {
        "flag": "task-type",
        "name": "task_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only tasks started this way:\n- `cycle`: scheduled scan\n- `manual`: manual scan (`CreateManualImageScanTask`)\n- `autoSync`: scheduled sync\n- `manualSync`: manual sync (`CreateImageSynchronizeTask`)",
        "enum": [
          "cycle",
          "manual",
          "autoSync",
          "manualSync"
        ],
        "example": "manual"
      },
      {
        "flag": "task-name",
        "name": "task_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only tasks whose name contains this text.",
        "example": "manual-scan"
      },
      {
        "flag": "task-id",
        "name": "task_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the task of this id.",
        "example": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
      },
      {
        "flag": "create-time",
        "name": "create_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Task creation time, epoch milliseconds.",
        "example": "1719791999000"
      },
      {
        "flag": "end-time",
        "name": "end_time",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Task end time, epoch milliseconds.",
        "example": "1719792599000"
      },
      {
        "flag": "task-status",
        "name": "task_status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only tasks in this state (text, unlike the items' numeric `task_status`):\n- `scanning`: running\n- `finished`: ended",
        "enum": [
          "scanning",
          "finished"
        ],
        "example": "scanning"
      },
      {
        "flag": "scan-scope",
        "name": "scan_scope",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Only scan tasks looking for this (see `scan_scope` of `CreateManualImageScanTask`).",
        "example": "2147483647"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--global-image-type",
      "registry",
      "--limit",
      "50",
      "--type",
      "image_scan",
      "--task-type",
      "manual",
      "--task-name",
      "manual-scan",
      "--task-id",
      "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
      "--create-time",
      "1719791999000",
      "--end-time",
      "1719792599000",
      "--task-status",
      "scanning",
      "--scan-scope",
      "2147483647"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "task_id",
          "path": "task_id"
        },
        {
          "header": "task_type",
          "path": "task_type"
        },
        {
          "header": "image_type",
          "path": "image_type"
        },
        {
          "header": "task_status",
          "path": "task_status"
        },
        {
          "header": "begin_time",
          "path": "begin_time"
        },
        {
          "header": "end_time",
          "path": "end_time"
        },
        {
          "header": "total_num",
          "path": "total_num"
        },
        {
          "header": "success_num",
          "path": "success_num"
        },
        {
          "header": "failed_num",
          "path": "failed_num"
        }
      ]
    }
  },
  {
    "operationId": "ListImageMalware",
    "command": "list-image-malware",
    "method": "listImageMalware",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/malwares",
    "summary": "List the malicious files of an image",
    "description": "Lists, a page at a time, the malicious files scanning found in one image. A CI/CD image\nis pinned down by `image_type=cicd` and the image id in the path alone; an image of any\nother repository type also needs `namespace`, `image_name` and `tag_name`.\n`malicious_file_num` of `ListRegistryImages` counts these files.\n\nHSS offers no operation to act on an image's malicious files (only to list them):\nremoving them means rebuilding the image, then rescanning it.",
    "options": [
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "path",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the image: for a CI/CD image its image id; for a repository image the `id` of its\n`ListRegistryImages` item, as decimal text (the image is then pinned down by\n`namespace`, `image_name` and `tag_name`).",
        "example": "1034"
      },
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
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
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
        "description": "Kind of image:\n- `private_image`: SWR private image\n- `shared_image`: SWR shared image\n- `instance_image`: SWR enterprise edition image\n- `cicd`: CI/CD image\n- `harbor`: Harbor registry image",
        "enum": [
          "private_image",
          "shared_image",
          "instance_image",
          "cicd",
          "harbor"
        ],
        "example": "harbor"
      },
      {
        "flag": "file-name",
        "name": "file_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only files whose name contains this text.",
        "example": "miner"
      },
      {
        "flag": "namespace",
        "name": "namespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Organisation (namespace) of the image; for repository images other than CI/CD.",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image name; for repository images other than CI/CD.",
        "example": "nginx"
      },
      {
        "flag": "tag-name",
        "name": "tag_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image version (tag); for repository images other than CI/CD.",
        "example": "1.25"
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
        "required": false
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--image-id",
      "1034",
      "--limit",
      "50",
      "--image-type",
      "harbor",
      "--file-name",
      "miner",
      "--namespace",
      "library",
      "--image-name",
      "nginx",
      "--tag-name",
      "1.25"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "file_name",
          "path": "file_name"
        },
        {
          "header": "file_path",
          "path": "file_path"
        },
        {
          "header": "size",
          "path": "size"
        },
        {
          "header": "description",
          "path": "description"
        }
      ]
    }
  },
  {
    "operationId": "ListCheckRulesInfo",
    "command": "list-check-rules-info",
    "method": "listCheckRulesInfo",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/baseline/check-rules",
    "summary": "List the baseline (configuration) check items of images",
    "description": "Lists, a page at a time, the baseline (configuration) check items of images with their\nresult (`scan_result` `pass` or `failed`): of one image when it is pinned down by\n`image_id` or by `namespace`, `image_name` and `image_version`, else over all images\nof the kind (`image_num` then counts the images checked). `unsafe_setting_num` of\n`ListRegistryImages` counts an image's failed items.\n\nThe path is under `/baseline`, not `/image`, and `type=image` is required. HSS offers no\noperation to act on an image's baseline items: a failed item is fixed in the image and\nverified by a rescan.",
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "type",
        "name": "type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "What is checked. Only `image` (container images) exists for this operation.",
        "enum": [
          "image"
        ],
        "example": "image"
      },
      {
        "flag": "image-type",
        "name": "image_type",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Kind of image:\n- `registry`: repository image (SWR, Harbor or JFrog)\n- `cicd`: CI/CD image",
        "enum": [
          "registry",
          "cicd"
        ],
        "example": "registry"
      },
      {
        "flag": "namespace",
        "name": "namespace",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Organisation (namespace) of the image.",
        "example": "library"
      },
      {
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
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
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Image version (tag).",
        "example": "1.25"
      },
      {
        "flag": "instance-id",
        "name": "instance_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "SWR enterprise edition instance id (not needed for SWR shared edition).",
        "example": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
      },
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the image.",
        "example": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
      },
      {
        "flag": "scan-result",
        "name": "scan_result",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only items with this result:\n- `pass`: passed\n- `failed`: failed",
        "enum": [
          "pass",
          "failed"
        ],
        "example": "failed"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--type",
      "image",
      "--image-type",
      "registry",
      "--namespace",
      "library",
      "--image-name",
      "nginx",
      "--image-version",
      "1.25",
      "--instance-id",
      "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11",
      "--image-id",
      "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
      "--scan-result",
      "failed"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "check_rule_id",
          "path": "check_rule_id"
        },
        {
          "header": "check_rule_name",
          "path": "check_rule_name"
        },
        {
          "header": "severity",
          "path": "severity"
        },
        {
          "header": "scan_result",
          "path": "scan_result"
        },
        {
          "header": "check_name",
          "path": "check_name"
        },
        {
          "header": "image_num",
          "path": "image_num"
        },
        {
          "header": "latest_scan_time",
          "path": "latest_scan_time"
        }
      ]
    }
  },
  {
    "operationId": "ListImageBuildCommandRisks",
    "command": "list-image-build-command-risks",
    "method": "listImageBuildCommandRisks",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/build-command-risks",
    "summary": "List the risky build instructions of images",
    "description": "Lists, a page at a time, the risks found in images' build instructions (the Dockerfile\nsteps recorded in the image, such as a password set in `ENV`): of one image with\n`image_id`, else over all images of the kind (`image_num` then counts the images\naffected). Each risk's `rule_id` is what `ExportImageSecurityReportTask` and\n`ShowImageSecurityReportStatistic` take in `build_command_rule_id_list`.\n\nHSS offers no operation to act on build risks: they are fixed in the image's build and\nverified by a rescan.",
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
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
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
        "description": "Kind of image:\n- `registry`: repository image (SWR, Harbor or JFrog)\n- `cicd`: CI/CD image",
        "enum": [
          "registry",
          "cicd"
        ],
        "example": "registry"
      },
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the risks of the image of this id.",
        "example": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
      },
      {
        "flag": "risk-name",
        "name": "risk_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the risk of this name.",
        "example": "Password in an environment variable"
      },
      {
        "flag": "risk-level",
        "name": "risk_level",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only risks of this level:\n- `critical`: critical\n- `high`: high\n- `medium`: medium\n- `low`: low",
        "enum": [
          "critical",
          "high",
          "medium",
          "low"
        ],
        "example": "high"
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
        "required": false
      },
      {
        "flag": "project-id",
        "in": "header",
        "name": "X-Project-Id",
        "required": false
      }
    ],
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--image-type",
      "registry",
      "--image-id",
      "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
      "--risk-name",
      "Password in an environment variable",
      "--risk-level",
      "high"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "risk_id",
          "path": "risk_id"
        },
        {
          "header": "risk_name",
          "path": "risk_name"
        },
        {
          "header": "risk_level",
          "path": "risk_level"
        },
        {
          "header": "image_num",
          "path": "image_num"
        },
        {
          "header": "latest_scan_time",
          "path": "latest_scan_time"
        }
      ]
    }
  },
  {
    "operationId": "HandleImageVulnerability",
    "command": "handle-image-vulnerability",
    "method": "handleImageVulnerability",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/vulnerability/handle",
    "summary": "Handle image vulnerabilities in bulk",
    "description": "Acts on vulnerability findings of images: ignores them (`ignore`), takes an ignore back\n(`not_ignore`), marks them fixed by hand (`manual_repair`) or adds them to the whitelist\n(`add_to_whitelist`). `select_type` says which findings: all (`all_vul`), every\nvulnerability of the images in `image_id_list`, every image with the vulnerabilities in\n`vul_id_list`, or exact pairs given by vulnerability (`vul_data_list`) or by image\n(`image_data_list`); `handle_status` narrows to unhandled or handled findings.\n\nVulnerability ids come from `ListImageVulnerabilities`, image ids from the image lists.\nThe history of these actions is listed by `ListGeneralImageVulOperations`.",
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
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Where the images live:\n- `local`: local images (on hosts)\n- `registry`: repository images\n- `cicd`: CI/CD images",
        "enum": [
          "local",
          "registry",
          "cicd"
        ],
        "example": "registry"
      },
      {
        "flag": "type",
        "name": "type",
        "in": "body",
        "required": true,
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
        "flag": "operate-type",
        "name": "operate_type",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "What to do:\n- `ignore`: ignore the findings\n- `not_ignore`: take an ignore back\n- `manual_repair`: mark them as fixed by hand\n- `add_to_whitelist`: add them to the vulnerability whitelist",
        "enum": [
          "ignore",
          "not_ignore",
          "manual_repair",
          "add_to_whitelist"
        ],
        "example": "ignore"
      },
      {
        "flag": "handle-status",
        "name": "handle_status",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Handling state:\n- `unhandled`: not handled\n- `handled`: handled",
        "enum": [
          "unhandled",
          "handled"
        ],
        "example": "unhandled"
      },
      {
        "flag": "select-type",
        "name": "select_type",
        "in": "body",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Which findings:\n- `all_vul`: every finding\n- `specific_image_all_vul`: every vulnerability of the images in `image_id_list`\n- `specific_vul_all_image`: the vulnerabilities in `vul_id_list` on every image\n- `vul_view`: the pairs in `vul_data_list` (per vulnerability, its images)\n- `image_view`: the pairs in `image_data_list` (per image, its vulnerabilities)",
        "enum": [
          "all_vul",
          "specific_image_all_vul",
          "specific_vul_all_image",
          "vul_view",
          "image_view"
        ],
        "example": "image_view"
      },
      {
        "flag": "image-id-list",
        "name": "image_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "The images whose vulnerabilities to act on (with `specific_image_all_vul`).",
        "example": "1034"
      },
      {
        "flag": "vul-id-list",
        "name": "vul_id_list",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": true,
        "json": false,
        "description": "The vulnerabilities to act on, on every image (with `specific_vul_all_image`).",
        "example": "CVE-2024-6387"
      },
      {
        "flag": "remark",
        "name": "remark",
        "in": "body",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Why (kept in the handling history).",
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
      "description": "Which vulnerability findings to act on, and how. The list fields apply only with the\n`select_type` named in their descriptions."
    },
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--body",
      "{\"image_type\":\"registry\",\"type\":\"linux_vul\",\"operate_type\":\"ignore\",\"handle_status\":\"unhandled\",\"select_type\":\"image_view\",\"image_data_list\":[{\"image_id\":\"1034\",\"vul_id_list\":[\"CVE-2024-6387\"]}],\"remark\":\"Not reachable; the SSH server is not started in this image\"}"
    ],
    "table": null
  },
  {
    "operationId": "ListGeneralImageVulOperations",
    "command": "list-general-image-vul-operations",
    "method": "listGeneralImageVulOperations",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/vulnerability/handle-history",
    "summary": "List the handling history of an image vulnerability",
    "description": "Lists, a page at a time, who handled a vulnerability (`vul_id`, required) on which\nimages, when and how: the record a `HandleImageVulnerability` call leaves, and the way to\nverify it was applied.\n\nIts lists are narrower than the handling's own: `image_type` is `local` or `registry`\n(no `cicd`), and `handle_type` knows `ignore`, `not_ignore` and `add_to_whitelist` but\nnot `manual_repair`; whether CI/CD images and manual repairs appear here is not\ndocumented.",
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
        "flag": "offset",
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Number of records to skip before the page starts, 0 to 2,000,000.",
        "default": "0",
        "example": "0"
      },
      {
        "flag": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "repeatable": false,
        "json": false,
        "description": "Records per page, 10 to 200.",
        "default": "10",
        "example": "50"
      },
      {
        "flag": "vul-id",
        "name": "vul_id",
        "in": "query",
        "required": true,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Id of the vulnerability (e.g. a CVE id).",
        "example": "CVE-2024-6387"
      },
      {
        "flag": "image-id",
        "name": "image_id",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the records of the image of this id.",
        "example": "1034"
      },
      {
        "flag": "image-type",
        "name": "image_type",
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
        "flag": "image-name",
        "name": "image_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the records of images of this name.",
        "example": "nginx"
      },
      {
        "flag": "status",
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only records of vulnerabilities now in this state:\n- `vul_status_unfix`: not handled\n- `vul_status_ignored`: ignored",
        "enum": [
          "vul_status_unfix",
          "vul_status_ignored"
        ],
        "example": "vul_status_ignored"
      },
      {
        "flag": "user-name",
        "name": "user_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only the records of this user.",
        "example": "secops-alice"
      },
      {
        "flag": "handle-type",
        "name": "handle_type",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only records of this action:\n- `ignore`: ignored\n- `not_ignore`: ignore taken back\n- `add_to_whitelist`: added to the whitelist",
        "enum": [
          "ignore",
          "not_ignore",
          "add_to_whitelist"
        ],
        "example": "ignore"
      },
      {
        "flag": "app-name",
        "name": "app_name",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only records about this software.",
        "example": "openssh-server"
      },
      {
        "flag": "app-version",
        "name": "app_version",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only records about this software version.",
        "example": "1:9.2p1-2"
      },
      {
        "flag": "remark",
        "name": "remark",
        "in": "query",
        "required": false,
        "type": "string",
        "repeatable": false,
        "json": false,
        "description": "Only records with this remark.",
        "example": "Not reachable"
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
    "example": [
      "--project-id",
      "0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c",
      "--limit",
      "50",
      "--vul-id",
      "CVE-2024-6387",
      "--image-id",
      "1034",
      "--image-type",
      "registry",
      "--image-name",
      "nginx",
      "--status",
      "vul_status_ignored",
      "--user-name",
      "secops-alice",
      "--handle-type",
      "ignore",
      "--app-name",
      "openssh-server",
      "--app-version",
      "1:9.2p1-2",
      "--remark",
      "Not reachable"
    ],
    "table": {
      "items": "data_list",
      "columns": [
        {
          "header": "handle_time",
          "path": "handle_time"
        },
        {
          "header": "user_name",
          "path": "user_name"
        },
        {
          "header": "handle_type",
          "path": "handle_type"
        },
        {
          "header": "status",
          "path": "status"
        },
        {
          "header": "image_name",
          "path": "image_name"
        },
        {
          "header": "image_version",
          "path": "image_version"
        },
        {
          "header": "app_name",
          "path": "app_name"
        },
        {
          "header": "app_version",
          "path": "app_version"
        }
      ]
    }
  }
] as const;
