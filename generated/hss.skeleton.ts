// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/skeleton.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. Per operation, every key of the input document
// --skeleton prints and --input reads: value and one-line comment; loaded only by --skeleton.

import type { SkeletonField } from '../src/core/command-table.js';

export const skeletons: Readonly<Record<string, readonly SkeletonField[]>> = {
  "ChangeSensitiveInfo": [
    {
      "name": "image_type",
      "comment": "required; string; one of: private_image, shared_image, instance_image, cicd, harbor; Kind of image the finding belongs to.",
      "value": "private_image"
    },
    {
      "name": "body",
      "comment": "required; object: the request body; Which finding to handle and how.",
      "fields": [
        {
          "name": "sensitive_info_id",
          "comment": "required; string; Id of the sensitive-information finding (`sensitive_info_id` of a `ListImageSensitive` item).",
          "value": "97daa311-d91d-4b9b-97ed-05b168344470"
        },
        {
          "name": "operate_type",
          "comment": "optional; string; one of: ignore, do_not_ignore; default do_not_ignore; What to do with the finding.",
          "value": "ignore"
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListImageSensitive": [
    {
      "name": "image_id",
      "comment": "required; string; Id of the image (up to 128 characters).",
      "value": "1034"
    },
    {
      "name": "image_type",
      "comment": "required; string; one of: private_image, shared_image, instance_image, cicd, harbor; Kind of image the finding belongs to.",
      "value": "private_image"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "namespace",
      "comment": "optional; string; Organisation (namespace) of the image; for repository images other than CI/CD.",
      "value": "library"
    },
    {
      "name": "image_name",
      "comment": "optional; string; Image name; for repository images other than CI/CD.",
      "value": "nginx"
    },
    {
      "name": "image_version",
      "comment": "optional; string; Image version (tag); for repository images other than CI/CD.",
      "value": "1.25"
    },
    {
      "name": "file_path",
      "comment": "optional; string; Only findings in this file path.",
      "value": "/root/.ssh/id_rsa"
    },
    {
      "name": "severity",
      "comment": "optional; string; one of: critical, high, medium, low; Only findings of this threat level.",
      "value": "high"
    },
    {
      "name": "handle_status",
      "comment": "optional; string; one of: unhandled, handled; Only handled or only unhandled findings.",
      "value": "unhandled"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ListImageWhiteLists": [
    {
      "name": "global_image_type",
      "comment": "required; string; one of: local, registry; Where the images live.",
      "value": "registry"
    },
    {
      "name": "type",
      "comment": "required; string; one of: vulnerability; Whitelist type.",
      "value": "vulnerability"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "vul_name",
      "comment": "optional; string; Only entries for this vulnerability name (vulnerability whitelists only).",
      "value": "CVE-2024-6387"
    },
    {
      "name": "vul_type",
      "comment": "optional; string; one of: linux_vul, app_vul; Only entries of this vulnerability type (vulnerability whitelists only).",
      "value": "linux_vul"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "AddImageWhiteLists": [
    {
      "name": "global_image_type",
      "comment": "required; string; one of: local, registry; Where the images live.",
      "value": "registry"
    },
    {
      "name": "type",
      "comment": "required; string; one of: vulnerability; Whitelist type.",
      "value": "vulnerability"
    },
    {
      "name": "body",
      "comment": "required; object: the request body; The whitelist entry to create.",
      "fields": [
        {
          "name": "rule_type",
          "comment": "required; string; one of: all_images, specific_image_types, specific_images; Which images the entry applies to.",
          "value": "specific_images"
        },
        {
          "name": "vul_type",
          "comment": "optional; string; one of: linux_vul, app_vul; Vulnerability type (the vendor says it is used only when whitelists are queried).",
          "value": "linux_vul"
        },
        {
          "name": "vul_ids",
          "comment": "optional; list of string; Ids of the vulnerabilities to whitelist (used when adding).",
          "value": [
            "CVE-2024-6387"
          ]
        },
        {
          "name": "query_info",
          "comment": "optional; object; Selects images by image type.",
          "fields": [
            {
              "name": "image_type",
              "comment": "optional; string; one of: private_image, shared_image, instance_image, harbor, jfrog; Repository type.",
              "value": "harbor"
            }
          ]
        },
        {
          "name": "image_info",
          "comment": "optional; list of object; The images the entry applies to (with `rule_type` `specific_images`).",
          "item": {
            "fields": [
              {
                "name": "id",
                "comment": "optional; integer (int64); Repository image id, 1 to 9223372036854775807 (2^63-1).",
                "value": 1034
              },
              {
                "name": "image_id",
                "comment": "optional; string; Local image id.",
                "value": "sha256:9c7a54a9a43c"
              },
              {
                "name": "image_name",
                "comment": "optional; string; Image name.",
                "value": "nginx"
              },
              {
                "name": "image_type",
                "comment": "optional; string; one of: local_image, private_image, shared_image, instance_image, harbor, jfrog; Image type.",
                "value": "private_image"
              }
            ]
          }
        },
        {
          "name": "description",
          "comment": "optional; string; Description of the whitelist entry (free text).",
          "value": "Accepted risk"
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "DeleteImageWhiteLists": [
    {
      "name": "global_image_type",
      "comment": "required; string; one of: local, registry; Where the images live.",
      "value": "registry"
    },
    {
      "name": "type",
      "comment": "required; string; one of: vulnerability; Whitelist type.",
      "value": "vulnerability"
    },
    {
      "name": "body",
      "comment": "required; object: the request body; The whitelist entries to delete.",
      "fields": [
        {
          "name": "ids",
          "comment": "optional; list of string; Ids of the entries to delete (`id` of `ListImageWhiteLists` items).",
          "value": [
            "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
          ]
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListImageVulnerabilities": [
    {
      "name": "image_id",
      "comment": "required; string; Id of the image (up to 128 characters).",
      "value": "1034"
    },
    {
      "name": "image_type",
      "comment": "required; string; one of: private_image, shared_image, instance_image, cicd, harbor, jfrog; Kind of image.",
      "value": "private_image"
    },
    {
      "name": "namespace",
      "comment": "required; string; Organisation (namespace) of the image.",
      "value": "library"
    },
    {
      "name": "image_name",
      "comment": "required; string; Image name.",
      "value": "nginx"
    },
    {
      "name": "tag_name",
      "comment": "required; string; Image version (tag).",
      "value": "1.25"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "instance_id",
      "comment": "optional; string; SWR enterprise instance id (SWR enterprise edition images).",
      "value": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
    },
    {
      "name": "repair_necessity",
      "comment": "optional; string; one of: immediate_repair, delay_repair, not_needed_repair; Only vulnerabilities of this risk level.",
      "value": "immediate_repair"
    },
    {
      "name": "vul_id",
      "comment": "optional; string; Vulnerability id; partial ids match too.",
      "value": "CVE-2024-6387"
    },
    {
      "name": "app_name",
      "comment": "optional; string; Only vulnerabilities of this software.",
      "value": "openssh-server"
    },
    {
      "name": "type",
      "comment": "optional; string; one of: linux_vul, app_vul; Only vulnerabilities of this type.",
      "value": "linux_vul"
    },
    {
      "name": "handle_status",
      "comment": "optional; string; one of: unhandled, handled; Only handled or only unhandled vulnerabilities.",
      "value": "unhandled"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListImageLocal": [
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "image_name",
      "comment": "optional; string; Only images whose name contains this text (case-sensitive partial match), 1-256 characters.",
      "value": "nginx"
    },
    {
      "name": "image_version",
      "comment": "optional; string; Only images of this version (tag): letters, digits, `-`, `_`, `.` and `:`.",
      "value": "1.25"
    },
    {
      "name": "scan_status",
      "comment": "optional; string; one of: unscan, success, scanning, failed, waiting_for_scan; Only images in this scan state (case-sensitive; an unknown value gives an empty list).",
      "value": "failed"
    },
    {
      "name": "local_image_type",
      "comment": "optional; string; one of: other_image, swr_image; Only images of this origin.",
      "value": "swr_image"
    },
    {
      "name": "image_size",
      "comment": "optional; integer (int64); Only images of exactly this size, in bytes.",
      "value": 52428800
    },
    {
      "name": "start_latest_update_time",
      "comment": "optional; integer (int64); Last-update (creation) time range start, epoch milliseconds; use it with `end_latest_update_time`...",
      "value": 1717200000000
    },
    {
      "name": "end_latest_update_time",
      "comment": "optional; integer (int64); Last-update (creation) time range end, epoch milliseconds; use it with `start_latest_update_time`...",
      "value": 1719791999000
    },
    {
      "name": "start_latest_scan_time",
      "comment": "optional; integer (int64); Last-scan-completion time range start, epoch milliseconds; use it with `end_latest_scan_time`.",
      "value": 1717200000000
    },
    {
      "name": "end_latest_scan_time",
      "comment": "optional; integer (int64); Last-scan-completion time range end, epoch milliseconds, above `start_latest_scan_time`.",
      "value": 1719791999000
    },
    {
      "name": "has_vul",
      "comment": "optional; boolean; `true`: only images with software vulnerabilities; `false`: only images without.",
      "value": true
    },
    {
      "name": "host_name",
      "comment": "optional; string; Only images on hosts whose name contains this text (case-sensitive).",
      "value": "ecs-web-01"
    },
    {
      "name": "host_id",
      "comment": "optional; string; Only images on this host (ECS instance id; exact match).",
      "value": "4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9"
    },
    {
      "name": "host_ip",
      "comment": "optional; string; Only images on the host with this public or private IPv4 address (exact match).",
      "value": "192.168.0.12"
    },
    {
      "name": "container_id",
      "comment": "optional; string; Only images of this container (container id; exact match).",
      "value": "3f4e8b2c1a9d"
    },
    {
      "name": "container_name",
      "comment": "optional; string; Only images of containers whose name contains this text (case-sensitive).",
      "value": "web-1"
    },
    {
      "name": "pod_id",
      "comment": "optional; string; Only images of this Kubernetes pod (pod id; exact match).",
      "value": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
    },
    {
      "name": "pod_name",
      "comment": "optional; string; Only images of pods whose name contains this text (case-sensitive): letters, digits and `-`, not...",
      "value": "web-7d9c6b5f8-x2k4p"
    },
    {
      "name": "app_name",
      "comment": "optional; string; Only images holding software whose name contains this text (case-sensitive).",
      "value": "nginx"
    },
    {
      "name": "has_container",
      "comment": "optional; boolean; `true`: only images that run in containers; `false`: only images that do not.",
      "value": true
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "BatchScanLocalImage": [
    {
      "name": "body",
      "comment": "required; object: the request body; The local images to scan, listed or selected by filters.",
      "fields": [
        {
          "name": "operate_all",
          "comment": "optional; boolean; `true`: scan every local image that matches the filters below.",
          "value": false
        },
        {
          "name": "image_info_list",
          "comment": "optional; list of object; Local images to scan.",
          "item": {
            "fields": [
              {
                "name": "image_id",
                "comment": "optional; string; Image id.",
                "value": "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
              },
              {
                "name": "image_digest",
                "comment": "optional; string; Image digest.",
                "value": "sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b"
              },
              {
                "name": "image_name",
                "comment": "optional; string; Image name.",
                "value": "swr.cn-north-7.myhuaweicloud.com/scc_hss_container/install-hss-agent"
              },
              {
                "name": "image_version",
                "comment": "optional; string; Image version (tag).",
                "value": "1.0.10.x86_64"
              }
            ]
          }
        },
        {
          "name": "image_name",
          "comment": "optional; string; Filter by image name.",
          "value": "nginx"
        },
        {
          "name": "image_version",
          "comment": "optional; string; Filter by image version.",
          "value": "1.25"
        },
        {
          "name": "local_image_type",
          "comment": "optional; string; one of: other_image, swr_image; Filter by local image type.",
          "value": "swr_image"
        },
        {
          "name": "scan_status",
          "comment": "optional; string; one of: unscan, success, scanning, failed, download_failed, image_oversized; Scan status filter.",
          "value": "failed"
        },
        {
          "name": "image_size",
          "comment": "optional; integer (int64); Filter by image size.",
          "value": 52428800
        },
        {
          "name": "start_latest_update_time",
          "comment": "optional; integer (int64); Creation time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_update_time",
          "comment": "optional; integer (int64); Creation time range end, epoch milliseconds.",
          "value": 1719791999000
        },
        {
          "name": "start_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range end, epoch milliseconds.",
          "value": 1719791999000
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ShowImageSecurityReportStatistic": [
    {
      "name": "security_report_type",
      "comment": "required; string; one of: vulnerability, risk-config, malwares, apps, files, sensitive-info, non-compliant-app, build-command-risks; Report to count.",
      "value": "vulnerability"
    },
    {
      "name": "body",
      "comment": "required; object: the request body; Selects the images whose report records are counted.",
      "fields": [
        {
          "name": "image_id_list",
          "comment": "optional; list of string; Images to export, needed when `operate_all` is false.",
          "value": [
            "1034"
          ]
        },
        {
          "name": "operate_all",
          "comment": "optional; boolean; `true`: every image that matches the filters.",
          "value": true
        },
        {
          "name": "image_type",
          "comment": "optional; string; one of: private_image, shared_image, local_image, instance_image, harbor, jfrog, cicd; Image type of a security report.",
          "value": "private_image"
        },
        {
          "name": "vul_type",
          "comment": "optional; string; one of: linux_vul, app_vul; Vulnerability type.",
          "value": "linux_vul"
        },
        {
          "name": "scan_status",
          "comment": "optional; string; one of: unscan, success, scanning, failed, download_failed, image_oversized; Scan status filter.",
          "value": "failed"
        },
        {
          "name": "namespace",
          "comment": "optional; string; Organisation (namespace); private and shared images only.",
          "value": "library"
        },
        {
          "name": "image_name",
          "comment": "optional; string; Image name.",
          "value": "nginx"
        },
        {
          "name": "image_version",
          "comment": "optional; string; Image tag.",
          "value": "1.25"
        },
        {
          "name": "image_id",
          "comment": "optional; string; Image id.",
          "value": "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
        },
        {
          "name": "latest_version",
          "comment": "optional; boolean; Only the newest version of each image.",
          "value": true
        },
        {
          "name": "image_size",
          "comment": "optional; integer (int64); Image size.",
          "value": 52428800
        },
        {
          "name": "start_latest_update_time",
          "comment": "optional; integer (int64); Creation time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_update_time",
          "comment": "optional; integer (int64); Creation time range end, epoch milliseconds.",
          "value": 1719791999000
        },
        {
          "name": "start_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range end, epoch milliseconds.",
          "value": 1719791999000
        },
        {
          "name": "has_malicious_file",
          "comment": "optional; boolean; Only images with malicious files.",
          "value": true
        },
        {
          "name": "has_vul",
          "comment": "optional; boolean; Only images with software vulnerabilities.",
          "value": true
        },
        {
          "name": "has_unsafe_setting",
          "comment": "optional; boolean; Only images with baseline (unsafe setting) findings.",
          "value": true
        },
        {
          "name": "risky",
          "comment": "optional; boolean; Only images with security risks.",
          "value": true
        },
        {
          "name": "has_container",
          "comment": "optional; boolean; Only images that run in containers.",
          "value": true
        },
        {
          "name": "severity_level",
          "comment": "optional; string; one of: Security, Low, Medium, High; Image risk level, known once a scan completed (capitalised, unlike `build_command_risk_level`).",
          "value": "High"
        },
        {
          "name": "instance_name",
          "comment": "optional; string; SWR enterprise instance name.",
          "value": "swr-prod"
        },
        {
          "name": "instance_id",
          "comment": "optional; string; SWR enterprise instance id.",
          "value": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
        },
        {
          "name": "cicd_name",
          "comment": "optional; string; CI/CD name.",
          "value": "release-pipeline"
        },
        {
          "name": "build_command_risk_level",
          "comment": "optional; string; one of: critical, high, medium, low; Risk level of a build instruction (lower case).",
          "value": "high"
        },
        {
          "name": "build_command_risk_name",
          "comment": "optional; string; Name of a build instruction risk.",
          "value": "Hard-coded password in ENV"
        },
        {
          "name": "build_command_rule_id_list",
          "comment": "optional; list of string; Build-instruction risk rules to export: rule ids from `GET /v5/{project_id}/image/build-command-r...",
          "value": [
            "rule-env-secret"
          ]
        },
        {
          "name": "vul_id_list",
          "comment": "optional; list of string; Vulnerability ids, for the vulnerability report.",
          "value": [
            "CVE-2024-6387"
          ]
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ExportImageSecurityReportTask": [
    {
      "name": "body",
      "comment": "required; object: the request body; What to export: the report type, the number of records, and the images (listed, or all that match...",
      "fields": [
        {
          "name": "export_size",
          "comment": "required; integer (int32); Number of records to export.",
          "value": 1000
        },
        {
          "name": "security_report_type",
          "comment": "required; string; one of: malwares, apps, files, sensitive-info, non-compliant-app, build-command-risks; Report to export.",
          "value": "malwares"
        },
        {
          "name": "operate_all",
          "comment": "required; boolean; `true`: every image that matches the filter fields below.",
          "value": true
        },
        {
          "name": "image_id_list",
          "comment": "optional; list of string; Images to export, needed when `operate_all` is false: for local and CI/CD images their `image_id`...",
          "value": [
            "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
          ]
        },
        {
          "name": "image_type",
          "comment": "optional; string; one of: private_image, shared_image, local_image, instance_image, harbor, jfrog, cicd; Image type; needed for local and CI/CD image reports.",
          "value": "private_image"
        },
        {
          "name": "scan_status",
          "comment": "optional; string; one of: unscan, success, scanning, failed, download_failed, image_oversized; Scan status filter.",
          "value": "failed"
        },
        {
          "name": "namespace",
          "comment": "optional; string; Organisation (namespace).",
          "value": "library"
        },
        {
          "name": "image_name",
          "comment": "optional; string; Image name.",
          "value": "nginx"
        },
        {
          "name": "image_version",
          "comment": "optional; string; Image version (tag).",
          "value": "1.25"
        },
        {
          "name": "image_id",
          "comment": "optional; string; Image id.",
          "value": "c499ab72-7ee9-4ee6-b6b7-5973230e7a7b"
        },
        {
          "name": "latest_version",
          "comment": "optional; boolean; Only the newest version of each image.",
          "value": true
        },
        {
          "name": "image_size",
          "comment": "optional; integer (int64); Image size.",
          "value": 52428800
        },
        {
          "name": "start_latest_update_time",
          "comment": "optional; integer (int64); Creation time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_update_time",
          "comment": "optional; integer (int64); Creation time range end, epoch milliseconds.",
          "value": 1719791999000
        },
        {
          "name": "start_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range start, epoch milliseconds.",
          "value": 1717200000000
        },
        {
          "name": "end_latest_scan_time",
          "comment": "optional; integer (int64); Last-scan-completion time range end, epoch milliseconds.",
          "value": 1719791999000
        },
        {
          "name": "has_malicious_file",
          "comment": "optional; boolean; Only images with malicious files.",
          "value": true
        },
        {
          "name": "has_vul",
          "comment": "optional; boolean; Only images with software vulnerabilities.",
          "value": true
        },
        {
          "name": "has_unsafe_setting",
          "comment": "optional; boolean; Only images with baseline (unsafe setting) findings.",
          "value": true
        },
        {
          "name": "risky",
          "comment": "optional; boolean; `true`: only images with security risks; `false`: only images without.",
          "value": true
        },
        {
          "name": "severity_level",
          "comment": "optional; string; one of: Security, Low, Medium, High; Image risk level, known once a scan completed (capitalised, unlike `build_command_risk_level`).",
          "value": "High"
        },
        {
          "name": "instance_name",
          "comment": "optional; string; SWR enterprise instance name.",
          "value": "swr-prod"
        },
        {
          "name": "cicd_name",
          "comment": "optional; string; CI/CD name.",
          "value": "release-pipeline"
        },
        {
          "name": "build_command_risk_level",
          "comment": "optional; string; one of: critical, high, medium, low; Risk level of a build instruction (lower case).",
          "value": "high"
        },
        {
          "name": "build_command_risk_name",
          "comment": "optional; string; Name of a build instruction risk.",
          "value": "Hard-coded password in ENV"
        },
        {
          "name": "build_command_rule_id_list",
          "comment": "optional; list of string; Build-instruction risk rules to export: rule ids from `GET /v5/{project_id}/image/build-command-r...",
          "value": [
            "rule-env-secret"
          ]
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListRegistry": [
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "registry_name",
      "comment": "optional; string; Only the registry of this name.",
      "value": "harbor-prod"
    },
    {
      "name": "registry_id",
      "comment": "optional; string; Only the registry of this id (`id` of an item).",
      "value": "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
    },
    {
      "name": "registry_type",
      "comment": "optional; string; Only registries of these types, separated by commas (all types when absent).",
      "value": "Harbor,Jfrog"
    },
    {
      "name": "registry_addr",
      "comment": "optional; string; Only the registry at this address.",
      "value": "harbor.example.com"
    },
    {
      "name": "status",
      "comment": "optional; string; one of: success, fail, accessing; Only registries in this connection state.",
      "value": "accessing"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "AddRegistry": [
    {
      "name": "body",
      "comment": "required; object: the request body; The registry to connect and how HSS reaches it.",
      "fields": [
        {
          "name": "registry_name",
          "comment": "required; string; Name to give the registry in HSS; `ListRegistry` filters by it.",
          "value": "harbor-prod"
        },
        {
          "name": "registry_type",
          "comment": "required; string; one of: Harbor, Jfrog; Kind of registry (capitalised, as in `ListRegistry`).",
          "value": "Harbor"
        },
        {
          "name": "api_version",
          "comment": "required; string; one of: V1, V2; Registry API version.",
          "value": "V2"
        },
        {
          "name": "protocol",
          "comment": "required; string; one of: http, https; Protocol to reach the registry with.",
          "value": "https"
        },
        {
          "name": "registry_addr",
          "comment": "required; string; Address of the registry, a host name or `IP:port` (e.g. `harbor.example.com`).",
          "value": "harbor.example.com"
        },
        {
          "name": "registry_username",
          "comment": "required; string; User name HSS logs in to the registry with.",
          "value": "hss-robot"
        },
        {
          "name": "registry_password",
          "comment": "required; string; secret: fill it in; Password of `registry_username`.",
          "value": ""
        },
        {
          "name": "connect_cluster_id",
          "comment": "required; string; Id of a cluster already connected to HSS on which the image sync and scan components run as jobs...",
          "value": "7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
        },
        {
          "name": "get_scan_image_channel",
          "comment": "required; string; one of: Swr, Other; Where the cluster gets the scan component from.",
          "value": "Swr"
        },
        {
          "name": "namespace",
          "comment": "optional; string; Registry project the scan component's image is pushed to; needed when `get_scan_image_channel` is...",
          "value": "hss-components"
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "CreateImageSynchronizeTask": [
    {
      "name": "body",
      "comment": "required; object: the request body; Which registries to sync.",
      "fields": [
        {
          "name": "sync_all_registries",
          "comment": "required; boolean; `true`: every registry; `false`: those in `registry_info`.",
          "value": false
        },
        {
          "name": "registry_info",
          "comment": "optional; list of object; The registries to sync (with `sync_all_registries` false).",
          "item": {
            "fields": [
              {
                "name": "registry_id",
                "comment": "optional; string; Id of the registry (`id` of a `ListRegistry` item).",
                "value": "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
              },
              {
                "name": "registry_type",
                "comment": "optional; string; one of: SwrPrivate, SwrShared, SwrEnterprise, Harbor, Jfrog, Other; Kind of registry.",
                "value": "Harbor"
              }
            ]
          }
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ListAssociateRegistries": [
    {
      "name": "task_id",
      "comment": "required; string; Id of the sync task (`task_id` of a `ListImageScanTask` item of `type=image_sync`).",
      "value": "5c4b3a29-1807-4f6e-9d5c-4b3a29180706"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "registry_name",
      "comment": "optional; string; Only the registry of this name.",
      "value": "harbor-prod"
    },
    {
      "name": "registry_type",
      "comment": "optional; string; Only registries of these types, separated by commas (all types when absent).",
      "value": "Harbor"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "sync_status",
      "comment": "optional; string; one of: finished, running, failed; Only registries in this sync state.",
      "value": "failed"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListRegistryImages": [
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "namespace",
      "comment": "optional; string; Only images of this organisation (namespace).",
      "value": "library"
    },
    {
      "name": "image_name",
      "comment": "optional; string; Only images of this name.",
      "value": "nginx"
    },
    {
      "name": "image_version",
      "comment": "optional; string; Only images of this version (tag).",
      "value": "1.25"
    },
    {
      "name": "registry_name",
      "comment": "optional; string; Only images of the registry of this name.",
      "value": "harbor-prod"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "image_type",
      "comment": "optional; string; one of: private_image, shared_image, instance_image, harbor, jfrog; Only images of this kind.",
      "value": "harbor"
    },
    {
      "name": "sort_key",
      "comment": "optional; string; one of: latest_scan_time; Field to sort by.",
      "value": "latest_scan_time"
    },
    {
      "name": "sort_dir",
      "comment": "optional; string; one of: asc, desc; Sort order (ascending when absent).",
      "value": "desc"
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 1 to 200.",
      "value": 50
    },
    {
      "name": "latest_version",
      "comment": "optional; boolean; default false; `true`: only the newest version of each image.",
      "value": true
    },
    {
      "name": "image_size",
      "comment": "optional; integer (int64); Only images of exactly this size, in bytes.",
      "value": 52428800
    },
    {
      "name": "scan_status",
      "comment": "optional; string; one of: unscan, success, scanning, failed, waiting_for_scan; Only images in this scan state.",
      "value": "failed"
    },
    {
      "name": "start_latest_update_time",
      "comment": "optional; integer (int64); Last-update time range start, epoch milliseconds; at most `end_latest_update_time` (up to now whe...",
      "value": 1717200000000
    },
    {
      "name": "end_latest_update_time",
      "comment": "optional; integer (int64); Last-update time range end, epoch milliseconds; at least `start_latest_update_time` (from 0 when...",
      "value": 1719791999000
    },
    {
      "name": "start_latest_scan_time",
      "comment": "optional; integer (int64); Latest-scan-completion time range start, epoch milliseconds; at most `end_latest_scan_time` (up t...",
      "value": 1717200000000
    },
    {
      "name": "end_latest_scan_time",
      "comment": "optional; integer (int64); Latest-scan-completion time range end, epoch milliseconds; at least `start_latest_scan_time` (fro...",
      "value": 1719791999000
    },
    {
      "name": "start_latest_sync_time",
      "comment": "optional; integer (int64); Latest-sync-completion time range start, epoch milliseconds; at most `end_latest_sync_time` (up t...",
      "value": 1717200000000
    },
    {
      "name": "end_latest_sync_time",
      "comment": "optional; integer (int64); Latest-sync-completion time range end, epoch milliseconds; at least `start_latest_sync_time` (fro...",
      "value": 1719791999000
    },
    {
      "name": "has_malicious_file",
      "comment": "optional; boolean; `true`: only images with malicious files; `false`: only images without.",
      "value": true
    },
    {
      "name": "has_unsafe_setting",
      "comment": "optional; boolean; `true`: only images with failed baseline checks; `false`: only images without.",
      "value": true
    },
    {
      "name": "has_vul",
      "comment": "optional; boolean; `true`: only images with software vulnerabilities; `false`: only images without.",
      "value": true
    },
    {
      "name": "risky",
      "comment": "optional; boolean; `true`: only images with security risks; `false`: only images without.",
      "value": true
    },
    {
      "name": "instance_id",
      "comment": "optional; string; Only images of this SWR enterprise edition instance (its id; SWR enterprise images only).",
      "value": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
    },
    {
      "name": "instance_name",
      "comment": "optional; string; Only images of this SWR enterprise edition instance (its name; SWR enterprise images only).",
      "value": "swr-prod"
    },
    {
      "name": "is_multarch",
      "comment": "optional; boolean; `true`: only multi-architecture images; `false`: only single-architecture ones.",
      "value": false
    },
    {
      "name": "severity_level",
      "comment": "optional; string; one of: Security, Low, Medium, High; Only images of this risk level (known once a scan finished).",
      "value": "High"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "CreateManualImageScanTask": [
    {
      "name": "body",
      "comment": "required; object: the request body; What to scan and for what.",
      "fields": [
        {
          "name": "scan_scope",
          "comment": "optional; integer (int32); What a scan looks for: one of these values, or (undocumented, see the spec's comment) a sum of se...",
          "value": 2147483647
        },
        {
          "name": "rate_limit",
          "comment": "optional; integer (int32); Most images scanned per hour, 0 to 1000; `0` means no limit.",
          "value": 100
        },
        {
          "name": "is_all",
          "comment": "optional; boolean; `true`: scan every image; `false`: the images in `image_info` (or matching `query_info`).",
          "value": false
        },
        {
          "name": "query_info",
          "comment": "optional; object; Scans the images that match these filters (local-image filters for `global_image_type=local`, reg...",
          "fields": [
            {
              "name": "local_image_type",
              "comment": "optional; string; one of: other_image, swr_image; Origin of a local image.",
              "value": "swr_image"
            },
            {
              "name": "host_id",
              "comment": "optional; string; Id of the host (local images).",
              "value": "4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9"
            },
            {
              "name": "host_name",
              "comment": "optional; string; Name of the host (local images).",
              "value": "ecs-web-01"
            },
            {
              "name": "public_ip",
              "comment": "optional; string; Public IP address of the host (local images).",
              "value": "203.0.113.10"
            },
            {
              "name": "private_ip",
              "comment": "optional; string; Private IP address of the host (local images).",
              "value": "192.168.0.12"
            },
            {
              "name": "cluster_id",
              "comment": "optional; string; Id of the cluster (local images).",
              "value": "7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
            },
            {
              "name": "container_id",
              "comment": "optional; string; Id of a container (local images).",
              "value": "3f4e8b2c1a9d"
            },
            {
              "name": "container_name",
              "comment": "optional; string; Name of a container (local images).",
              "value": "web-1"
            },
            {
              "name": "pod_id",
              "comment": "optional; string; Id of a pod (local images).",
              "value": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
            },
            {
              "name": "pod_name",
              "comment": "optional; string; Name of a pod (local images).",
              "value": "web-7d9c6b5f8-x2k4p"
            },
            {
              "name": "app_name",
              "comment": "optional; string; Name of software in the image.",
              "value": "openssl"
            },
            {
              "name": "has_vul",
              "comment": "optional; boolean; `true`: only images with software vulnerabilities; `false`: only images without.",
              "value": true
            },
            {
              "name": "namespace",
              "comment": "optional; string; Organisation (namespace).",
              "value": "library"
            },
            {
              "name": "image_name",
              "comment": "optional; string; Image name.",
              "value": "nginx"
            },
            {
              "name": "image_version",
              "comment": "optional; string; Image version (tag).",
              "value": "1.25"
            },
            {
              "name": "image_type",
              "comment": "optional; string; one of: private_image, shared_image, instance_image, harbor, jfrog; Kind of registry image.",
              "value": "harbor"
            },
            {
              "name": "scan_status",
              "comment": "optional; string; one of: unscan, success, scanning, failed, download_failed, image_oversized; Scan status filter.",
              "value": "failed"
            },
            {
              "name": "image_size",
              "comment": "optional; integer (int64); Image size in bytes.",
              "value": 52428800
            },
            {
              "name": "start_latest_update_time",
              "comment": "optional; integer (int64); Creation time range start, epoch milliseconds.",
              "value": 1719791999000
            },
            {
              "name": "end_latest_update_time",
              "comment": "optional; integer (int64); Creation time range end, epoch milliseconds.",
              "value": 1719791999000
            },
            {
              "name": "start_latest_scan_time",
              "comment": "optional; integer (int64); Latest-scan-completion time range start, epoch milliseconds.",
              "value": 1719791999000
            },
            {
              "name": "end_latest_scan_time",
              "comment": "optional; integer (int64); Latest-scan-completion time range end, epoch milliseconds.",
              "value": 1719791999000
            }
          ]
        },
        {
          "name": "image_info",
          "comment": "optional; list of object; The images to scan, as `ListRegistryImages` gives them.",
          "item": {
            "fields": [
              {
                "name": "id",
                "comment": "optional; integer (int64); Id of the image record (`id` of a `ListRegistryImages` item), 0 to 2^63-1.",
                "value": 1034
              },
              {
                "name": "image_id",
                "comment": "optional; string; Id of the image (`image_id`).",
                "value": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
              },
              {
                "name": "image_digest",
                "comment": "optional; string; Digest of the image.",
                "value": "sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b"
              },
              {
                "name": "registry_id",
                "comment": "optional; string; Id of the registry the image is in.",
                "value": "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
              },
              {
                "name": "registry_name",
                "comment": "optional; string; Name of the registry the image is in.",
                "value": "harbor-prod"
              },
              {
                "name": "image_name",
                "comment": "optional; string; Image name.",
                "value": "nginx"
              },
              {
                "name": "image_version",
                "comment": "optional; string; Image version (tag).",
                "value": "1.25"
              },
              {
                "name": "namespace",
                "comment": "optional; string; Organisation (namespace).",
                "value": "library"
              },
              {
                "name": "instance_id",
                "comment": "optional; string; SWR enterprise edition instance id (its images only).",
                "value": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
              },
              {
                "name": "instance_url",
                "comment": "optional; string; Address the SWR enterprise edition image is downloaded from.",
                "value": "swr-prod.cn-north-4.example.com"
              },
              {
                "name": "registry_type",
                "comment": "optional; string; one of: SwrPrivate, SwrShared, SwrEnterprise, Harbor, Jfrog, Other; Kind of registry.",
                "value": "Harbor"
              }
            ]
          }
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "global_image_type",
      "comment": "optional; string; one of: local, registry; default registry; Where the images to scan live (`registry` when absent).",
      "value": "registry"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ListImageScanTask": [
    {
      "name": "type",
      "comment": "required; string; one of: image_sync, image_scan; Kind of task.",
      "value": "image_scan"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "global_image_type",
      "comment": "optional; string; one of: local, registry; Only tasks of images that live here.",
      "value": "registry"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "task_type",
      "comment": "optional; string; one of: cycle, manual, autoSync, manualSync; Only tasks started this way.",
      "value": "manual"
    },
    {
      "name": "task_name",
      "comment": "optional; string; Only tasks whose name contains this text.",
      "value": "manual-scan"
    },
    {
      "name": "task_id",
      "comment": "optional; string; Only the task of this id.",
      "value": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a"
    },
    {
      "name": "create_time",
      "comment": "optional; integer (int64); Task creation time, epoch milliseconds.",
      "value": 1719791999000
    },
    {
      "name": "end_time",
      "comment": "optional; integer (int64); Task end time, epoch milliseconds.",
      "value": 1719792599000
    },
    {
      "name": "task_status",
      "comment": "optional; string; one of: scanning, finished; Only tasks in this state (text, unlike the items' numeric `task_status`).",
      "value": "scanning"
    },
    {
      "name": "scan_scope",
      "comment": "optional; integer (int32); Only scan tasks looking for this (see `scan_scope` of `CreateManualImageScanTask`).",
      "value": 2147483647
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListImageMalware": [
    {
      "name": "image_id",
      "comment": "required; string; Id of the image: for a CI/CD image its image id; for a repository image the `id` of its `ListRegi...",
      "value": "1034"
    },
    {
      "name": "image_type",
      "comment": "required; string; one of: private_image, shared_image, instance_image, cicd, harbor; Kind of image.",
      "value": "harbor"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "file_name",
      "comment": "optional; string; Only files whose name contains this text.",
      "value": "miner"
    },
    {
      "name": "namespace",
      "comment": "optional; string; Organisation (namespace) of the image; for repository images other than CI/CD.",
      "value": "library"
    },
    {
      "name": "image_name",
      "comment": "optional; string; Image name; for repository images other than CI/CD.",
      "value": "nginx"
    },
    {
      "name": "tag_name",
      "comment": "optional; string; Image version (tag); for repository images other than CI/CD.",
      "value": "1.25"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "ListCheckRulesInfo": [
    {
      "name": "type",
      "comment": "required; string; one of: image; What is checked.",
      "value": "image"
    },
    {
      "name": "image_type",
      "comment": "required; string; one of: registry, cicd; Kind of image.",
      "value": "registry"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "namespace",
      "comment": "optional; string; Organisation (namespace) of the image.",
      "value": "library"
    },
    {
      "name": "image_name",
      "comment": "optional; string; Image name.",
      "value": "nginx"
    },
    {
      "name": "image_version",
      "comment": "optional; string; Image version (tag).",
      "value": "1.25"
    },
    {
      "name": "instance_id",
      "comment": "optional; string; SWR enterprise edition instance id (not needed for SWR shared edition).",
      "value": "2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11"
    },
    {
      "name": "image_id",
      "comment": "optional; string; Id of the image.",
      "value": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
    },
    {
      "name": "scan_result",
      "comment": "optional; string; one of: pass, failed; Only items with this result.",
      "value": "failed"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListImageBuildCommandRisks": [
    {
      "name": "image_type",
      "comment": "required; string; one of: registry, cicd; Kind of image.",
      "value": "registry"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "image_id",
      "comment": "optional; string; Only the risks of the image of this id.",
      "value": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
    },
    {
      "name": "risk_name",
      "comment": "optional; string; Only the risk of this name.",
      "value": "Password in an environment variable"
    },
    {
      "name": "risk_level",
      "comment": "optional; string; one of: critical, high, medium, low; Only risks of this level.",
      "value": "high"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    },
    {
      "name": "region",
      "comment": "optional; string; null: the client fills it (--region, its environment variable or profile); a value acts as --region; Region id, e.g. `cn-north-4` (the header name is lower-case `region`).",
      "value": null
    }
  ],
  "HandleImageVulnerability": [
    {
      "name": "body",
      "comment": "required; object: the request body; Which vulnerability findings to act on, and how.",
      "fields": [
        {
          "name": "image_type",
          "comment": "required; string; one of: local, registry, cicd; Where the images live.",
          "value": "registry"
        },
        {
          "name": "type",
          "comment": "required; string; one of: linux_vul, app_vul; Vulnerability type.",
          "value": "linux_vul"
        },
        {
          "name": "operate_type",
          "comment": "required; string; one of: ignore, not_ignore, manual_repair, add_to_whitelist; What to do.",
          "value": "ignore"
        },
        {
          "name": "select_type",
          "comment": "required; string; one of: all_vul, specific_image_all_vul, specific_vul_all_image, vul_view, image_view; Which findings.",
          "value": "image_view"
        },
        {
          "name": "handle_status",
          "comment": "optional; string; one of: unhandled, handled; Only findings in this state.",
          "value": "unhandled"
        },
        {
          "name": "image_id_list",
          "comment": "optional; list of string; The images whose vulnerabilities to act on (with `specific_image_all_vul`).",
          "value": [
            "1034"
          ]
        },
        {
          "name": "vul_id_list",
          "comment": "optional; list of string; The vulnerabilities to act on, on every image (with `specific_vul_all_image`).",
          "value": [
            "CVE-2024-6387"
          ]
        },
        {
          "name": "vul_data_list",
          "comment": "optional; list of object; Vulnerabilities, each with the images to act on (with `vul_view`).",
          "item": {
            "fields": [
              {
                "name": "vul_id",
                "comment": "optional; string; Id of the vulnerability.",
                "value": "CVE-2024-6387"
              },
              {
                "name": "image_id_list",
                "comment": "optional; list of string; The images.",
                "value": [
                  "1034"
                ]
              }
            ]
          }
        },
        {
          "name": "image_data_list",
          "comment": "optional; list of object; Images, each with the vulnerabilities to act on (with `image_view`).",
          "item": {
            "fields": [
              {
                "name": "image_id",
                "comment": "optional; string; Id of the image.",
                "value": "1034"
              },
              {
                "name": "vul_id_list",
                "comment": "optional; list of string; The vulnerabilities.",
                "value": [
                  "CVE-2024-6387"
                ]
              }
            ]
          }
        },
        {
          "name": "remark",
          "comment": "optional; string; Why (kept in the handling history).",
          "value": "Accepted risk"
        }
      ]
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ],
  "ListGeneralImageVulOperations": [
    {
      "name": "vul_id",
      "comment": "required; string; Id of the vulnerability (e.g. a CVE id).",
      "value": "CVE-2024-6387"
    },
    {
      "name": "image_type",
      "comment": "required; string; one of: local, registry; Where the images live.",
      "value": "registry"
    },
    {
      "name": "enterprise_project_id",
      "comment": "optional; string; default 0; Enterprise project whose assets to act on: `0` is the default enterprise project, `all_granted_ep...",
      "value": "0"
    },
    {
      "name": "offset",
      "comment": "optional; integer (int32); default 0; Number of records to skip before the page starts, 0 to 2,000,000.",
      "value": 0
    },
    {
      "name": "limit",
      "comment": "optional; integer (int32); default 10; Records per page, 10 to 200.",
      "value": 50
    },
    {
      "name": "image_id",
      "comment": "optional; string; Only the records of the image of this id.",
      "value": "1034"
    },
    {
      "name": "image_name",
      "comment": "optional; string; Only the records of images of this name.",
      "value": "nginx"
    },
    {
      "name": "status",
      "comment": "optional; string; one of: vul_status_unfix, vul_status_ignored; Only records of vulnerabilities now in this state.",
      "value": "vul_status_ignored"
    },
    {
      "name": "user_name",
      "comment": "optional; string; Only the records of this user.",
      "value": "secops-alice"
    },
    {
      "name": "handle_type",
      "comment": "optional; string; one of: ignore, not_ignore, add_to_whitelist; Only records of this action.",
      "value": "ignore"
    },
    {
      "name": "app_name",
      "comment": "optional; string; Only records about this software.",
      "value": "openssh-server"
    },
    {
      "name": "app_version",
      "comment": "optional; string; Only records about this software version.",
      "value": "1:9.2p1-2"
    },
    {
      "name": "remark",
      "comment": "optional; string; Only records with this remark.",
      "value": "Not reachable"
    },
    {
      "name": "project_id",
      "comment": "optional; string; null: the client fills it (--project-id, its environment variable or profile); a value acts as --project-id; Project id of the region the assets belong to.",
      "value": null
    }
  ]
};
