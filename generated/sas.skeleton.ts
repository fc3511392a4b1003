// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/skeleton.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. Per operation, every key of the input document
// --skeleton prints and --input reads: value and one-line comment; loaded only by --skeleton.

import type { SkeletonField } from '../src/core/command-table.js';

export const skeletons: Readonly<Record<string, readonly SkeletonField[]>> = {
  "OperateImageVul": [
    {
      "name": "Info",
      "comment": "optional; JSON text, given here as the list of object it holds; The vulnerabilities to act on: a JSON **array** sent as text.",
      "item": {
        "fields": [
          {
            "name": "namespace",
            "comment": "optional; string; Image namespace in Container Registry.",
            "value": "cloud_oa****"
          },
          {
            "name": "repoName",
            "comment": "optional; string; Container Registry repository name.",
            "value": "hybirdc****"
          },
          {
            "name": "regionId",
            "comment": "optional; string; Region of the repository (not the endpoint's region).",
            "value": "cn-shanghai"
          },
          {
            "name": "instanceId",
            "comment": "optional; string; Container Registry (Enterprise Edition) instance id.",
            "value": "cri-rv4nvbv8iju4****"
          },
          {
            "name": "repoId",
            "comment": "optional; string; Repository id.",
            "value": "crr-2q7302qrofxg****"
          },
          {
            "name": "tag",
            "comment": "optional; string; The image's current tag.",
            "value": "hybird-cloud-web_fix_167115945****"
          },
          {
            "name": "digest",
            "comment": "optional; string; Image digest (64 hex characters).",
            "value": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
          },
          {
            "name": "newTag",
            "comment": "optional; string; Tag the fixed image gets (fix only).",
            "value": "hybird-cloud-web_fix_167115996****"
          },
          {
            "name": "uuid",
            "comment": "optional; string; Security Center's UUID of the image.",
            "value": "4ad91dd8c0c02de6574fa98085d0****"
          },
          {
            "name": "ids",
            "comment": "optional; list of integer (int64); Primary keys of the vulnerability records.",
            "value": [
              197540864
            ]
          }
        ]
      }
    },
    {
      "name": "OperateType",
      "comment": "optional; string; What to do.",
      "value": "vul_fix"
    },
    {
      "name": "Type",
      "comment": "optional; string; Vulnerability type.",
      "value": "cve"
    }
  ],
  "DescribeImageVulList": [
    {
      "name": "Type",
      "comment": "required; string; Vulnerability type.",
      "value": "cve"
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); default 1; Page to return, counted from 1.",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); default 10; Records per page (default 10).",
      "value": 10
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; default zh; Language of the request and response: `zh` (Chinese, default) or `en` (English).",
      "value": "zh"
    },
    {
      "name": "Name",
      "comment": "optional; string; Vulnerability name, e.g. `debian:10:CVE-2019-9893`.",
      "value": "debian:10:CVE-2019-9893"
    },
    {
      "name": "AliasName",
      "comment": "optional; string; Vulnerability alias (its display title).",
      "value": "High severity vulnerability that affects org.eclipse.jetty:jetty-server"
    },
    {
      "name": "Necessity",
      "comment": "optional; string; Fix priority: `asap` (high: fix as soon as possible), `later` (medium), `nntf` (low: no need to f...",
      "value": "asap"
    },
    {
      "name": "StatusList",
      "comment": "optional; string; Fix status: `1` unfixed, `4` being fixed, `7` fixed.",
      "value": "1"
    },
    {
      "name": "Dealed",
      "comment": "optional; string; one of: y, n; Whether the vulnerability has been handled: `y` (handled) or `n` (not handled).",
      "value": "y"
    },
    {
      "name": "RuleTag",
      "comment": "optional; string; Vulnerability tag; the one documented value is `AI` (vulnerabilities of AI components).",
      "value": "AI"
    },
    {
      "name": "RepoRegionId",
      "comment": "optional; string; Region of the image's registry repository.",
      "value": "cn-hangzhou"
    },
    {
      "name": "RepoInstanceId",
      "comment": "optional; string; Container Registry instance of the repository.",
      "value": "i-qewqrqcsadf****"
    },
    {
      "name": "RepoId",
      "comment": "optional; string; Repository id.",
      "value": "qew****"
    },
    {
      "name": "RepoNamespace",
      "comment": "optional; string; Namespace of the repository.",
      "value": "libssh2"
    },
    {
      "name": "RepoName",
      "comment": "optional; string; Repository (image) name.",
      "value": "libssh2"
    },
    {
      "name": "Tag",
      "comment": "optional; string; Tag to filter by.",
      "value": "oval"
    },
    {
      "name": "Digest",
      "comment": "optional; string; Image digest.",
      "value": "8f0fbdb41d3d1ade4ffdf21558443f4c03342010563bb8c43ccc09594d507012"
    },
    {
      "name": "Image",
      "comment": "optional; string; Full image name, registry host and tag included.",
      "value": "registry.cn-wulanchabu.aliyuncs.com/sas_test/huxin-test-001:nuxeo6-****"
    },
    {
      "name": "Namespace",
      "comment": "optional; string; Kubernetes namespace of the workload running the image.",
      "value": "test-002"
    },
    {
      "name": "ClusterId",
      "comment": "optional; string; Container cluster id.",
      "value": "cc20a1024011c44b6a8710d6f8b****"
    },
    {
      "name": "ClusterName",
      "comment": "optional; string; Container cluster name.",
      "value": "docker-law"
    },
    {
      "name": "ContainerId",
      "comment": "optional; string; Container id.",
      "value": "c08d5fc1a329a4b88950a253d082f****"
    },
    {
      "name": "Pod",
      "comment": "optional; string; Pod name.",
      "value": "22222-7xsqq"
    },
    {
      "name": "Uuids",
      "comment": "optional; string; UUIDs of the assets (servers), joined with commas.",
      "value": "0004a32a0305a7f6ab5ff9600d47****"
    },
    {
      "name": "RegionId",
      "comment": "optional; string; Region of the asset.",
      "value": "cn-hangzhou"
    },
    {
      "name": "InstanceId",
      "comment": "optional; string; Id of the asset instance.",
      "value": "1-qeqewqw****"
    },
    {
      "name": "GroupByAsset",
      "comment": "optional; boolean; `true`: one record per image asset, and `TotalCount` counts assets; `false` or absent: one record...",
      "value": false
    },
    {
      "name": "ResourceDirectoryAccountId",
      "comment": "optional; integer (int64); Alibaba Cloud account id of a resource-directory member whose images to list (see DescribeMonitor...",
      "value": 1234567890123456
    }
  ],
  "DescribeImageInfoList": [
    {
      "name": "Uuids",
      "comment": "required; string; UUIDs of the servers, joined with commas (DescribeCloudCenterInstances lists them).",
      "value": "391abd09184cbd3743d7f5ec125d****,e6aeb2a5b6004479398b0bcd1160****"
    }
  ],
  "DescribeImageFixTask": [
    {
      "name": "CurrentPage",
      "comment": "required; integer (int32); Page to return, counted from 1 (the vendor names 1 as the default, yet requires it).",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "required; integer (int32); Tasks per page (the vendor names 20 as the default, yet requires it).",
      "value": 20
    },
    {
      "name": "Status",
      "comment": "optional; string; one of: 1, 2, 3; Task status: `1` running, `2` succeeded, `3` failed.",
      "value": "1"
    },
    {
      "name": "StartTime",
      "comment": "optional; integer (int64); Start of the time window, epoch milliseconds.",
      "value": 1634725571000
    },
    {
      "name": "EndTime",
      "comment": "optional; integer (int64); End of the time window, epoch milliseconds.",
      "value": 1635575219000
    }
  ],
  "AddPrivateRegistry": [
    {
      "name": "RegistryType",
      "comment": "required; string; one of: harbor, quay; Kind of registry: `harbor` (Harbor) or `quay` (Quay).",
      "value": "harbor"
    },
    {
      "name": "RegistryVersion",
      "comment": "required; string; one of: V1, V2; Registry API version: `V1` or `V2`.",
      "value": "V2"
    },
    {
      "name": "ProtocolType",
      "comment": "required; integer (int64); one of: 1, 2; Protocol the registry is reached with: `1` HTTP, `2` HTTPS.",
      "value": 2
    },
    {
      "name": "NetType",
      "comment": "required; integer (int64); one of: 1, 2; Network the registry is reached over: `1` the Internet, `2` a VPC (give `VpcId`).",
      "value": 2
    },
    {
      "name": "RegistryHostIp",
      "comment": "required; string; IP address of the registry.",
      "value": "192.0.2.10"
    },
    {
      "name": "DomainName",
      "comment": "required; string; Domain name of the registry.",
      "value": "harbor.example.com"
    },
    {
      "name": "UserName",
      "comment": "required; string; User name Security Center logs on to the registry with.",
      "value": "scanner-robot"
    },
    {
      "name": "Password",
      "comment": "required; string; secret: fill it in; Password of that user.",
      "value": ""
    },
    {
      "name": "RegistryRegionId",
      "comment": "required; string; Region the registry is assigned to in Security Center (ListImageRegistryRegion lists the supporte...",
      "value": "cn-hangzhou"
    },
    {
      "name": "VpcId",
      "comment": "optional; string; The VPC the registry is reached in (with `NetType=2`).",
      "value": "vpc-bp1example0fake00001"
    },
    {
      "name": "Port",
      "comment": "optional; integer (int32); Port of the registry (1 to 65535; no default is documented).",
      "value": 443
    },
    {
      "name": "TransPerHour",
      "comment": "optional; integer (int32); How many images Security Center scans per hour from this registry.",
      "value": 10
    },
    {
      "name": "ExtraParam",
      "comment": "optional; JSON text, given here as the list of object it holds; Extra settings, required by the vendor for a Quay registry (`RegistryType=quay`): a JSON **array*...",
      "item": {
        "fields": [
          {
            "name": "namespace",
            "comment": "optional; string; Quay namespace (organisation).",
            "value": "team-a"
          },
          {
            "name": "authToken",
            "comment": "optional; string; secret: fill it in; Quay OAuth access token for the namespace; a secret, masked wherever imagesec shows a request.",
            "value": ""
          }
        ]
      }
    }
  ],
  "DescribeImageInstances": [
    {
      "name": "Criteria",
      "comment": "optional; JSON text, given here as the list of object it holds; Filter: a JSON **array** sent as text, each item a condition with `name`, `value` and `logicalExp...",
      "item": {
        "fields": [
          {
            "name": "name",
            "comment": "optional; string; What to match, one of the names DescribeImageRepoCriteria returns (e.g. `instanceId`, `vulStatus`).",
            "value": "instanceId"
          },
          {
            "name": "value",
            "comment": "optional; string; The value to match.",
            "value": "cri-rv4nvbv8iju4****"
          },
          {
            "name": "logicalExp",
            "comment": "optional; string; one of: OR, AND; `OR` or `AND` between several values of this condition.",
            "value": "AND"
          }
        ]
      }
    },
    {
      "name": "LogicalExp",
      "comment": "optional; string; one of: OR, AND; How the conditions of `Criteria` combine: `OR` (any) or `AND` (all).",
      "value": "AND"
    },
    {
      "name": "Scanned",
      "comment": "optional; boolean; `true`: only images that have been scanned; `false`: only those never scanned.",
      "value": true
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); default 1; Page to return, counted from 1.",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); default 20; Images per page (default 20; the vendor advises always sending it).",
      "value": 20
    }
  ],
  "PublicPreCheckImageScanTask": [
    {
      "name": "RegistryTypes",
      "comment": "optional; string; Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor), `quay` (Quay).",
      "value": "acr"
    },
    {
      "name": "RegionIds",
      "comment": "optional; string; Regions of the images, joined with commas (where the images are, not the endpoint).",
      "value": "cn-hangzhou"
    },
    {
      "name": "InstanceIds",
      "comment": "optional; string; Container Registry instances holding the repositories, joined with commas.",
      "value": "cri-rv4nvbv8iju4****"
    },
    {
      "name": "RepoNamespaces",
      "comment": "optional; string; Repository namespaces, joined with commas.",
      "value": "cloud_oa****"
    },
    {
      "name": "RepoIds",
      "comment": "optional; string; Repository ids, joined with commas.",
      "value": "crr-2q7302qrofxg****"
    },
    {
      "name": "RepoNames",
      "comment": "optional; string; Repository names, joined with commas.",
      "value": "hybirdc****"
    },
    {
      "name": "Digests",
      "comment": "optional; string; Image digests (SHA-256, hex), joined with commas.",
      "value": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
    },
    {
      "name": "Tags",
      "comment": "optional; string; Image tags, joined with commas.",
      "value": "hybird-cloud-web_fix_167115945****"
    },
    {
      "name": "SourceIp",
      "comment": "optional; string; Source IP address of the request (the vendor fills it in when absent).",
      "value": "192.0.2.20"
    }
  ],
  "PublicCreateImageScanTask": [
    {
      "name": "RegistryTypes",
      "comment": "optional; string; Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor), `quay` (Quay).",
      "value": "acr"
    },
    {
      "name": "RegionIds",
      "comment": "optional; string; Regions of the images, joined with commas (where the images are, not the endpoint).",
      "value": "cn-hangzhou"
    },
    {
      "name": "InstanceIds",
      "comment": "optional; string; Container Registry instances holding the repositories, joined with commas.",
      "value": "cri-rv4nvbv8iju4****"
    },
    {
      "name": "RepoNamespaces",
      "comment": "optional; string; Repository namespaces, joined with commas.",
      "value": "cloud_oa****"
    },
    {
      "name": "RepoIds",
      "comment": "optional; string; Repository ids, joined with commas.",
      "value": "crr-2q7302qrofxg****"
    },
    {
      "name": "RepoNames",
      "comment": "optional; string; Repository names, joined with commas.",
      "value": "hybirdc****"
    },
    {
      "name": "Digests",
      "comment": "optional; string; Image digests (SHA-256, hex), joined with commas.",
      "value": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
    },
    {
      "name": "Tags",
      "comment": "optional; string; Image tags, joined with commas.",
      "value": "hybird-cloud-web_fix_167115945****"
    },
    {
      "name": "SourceIp",
      "comment": "optional; string; Source IP address of the request (the vendor fills it in when absent).",
      "value": "192.0.2.20"
    }
  ],
  "PublicSyncAndCreateImageScanTask": [
    {
      "name": "Images",
      "comment": "required; JSON text, given here as the list of object it holds; The images: a JSON **array** sent as text, one item per image with `registryType` (`acr`, `harbor...",
      "item": {
        "fields": [
          {
            "name": "registryType",
            "comment": "optional; string; one of: acr, harbor, quay; `acr` (Container Registry), `harbor` or `quay`.",
            "value": "acr"
          },
          {
            "name": "repoId",
            "comment": "optional; string; Repository id.",
            "value": "crr-red9kgqqi0fh75d5"
          },
          {
            "name": "instanceId",
            "comment": "optional; string; Container Registry instance of the repository.",
            "value": "cri-1x2qtjd75ofqvfa8"
          },
          {
            "name": "repoNamespace",
            "comment": "optional; string; Repository namespace.",
            "value": "1125"
          },
          {
            "name": "regionId",
            "comment": "optional; string; Region of the image.",
            "value": "cn-hangzhou"
          },
          {
            "name": "repoName",
            "comment": "optional; string; Repository name.",
            "value": "script1"
          },
          {
            "name": "digest",
            "comment": "optional; string; Image digest.",
            "value": "b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4"
          },
          {
            "name": "tag",
            "comment": "optional; string; Image tag.",
            "value": "v0113-ver2"
          },
          {
            "name": "createTime",
            "comment": "optional; integer (int64); When the image was created, epoch milliseconds.",
            "value": 1641267666666
          },
          {
            "name": "updateTime",
            "comment": "optional; integer (int64); When the image was last updated, epoch milliseconds.",
            "value": 1641267909090
          }
        ]
      }
    },
    {
      "name": "SourceIp",
      "comment": "optional; string; Source IP address of the request (the vendor fills it in when absent).",
      "value": "192.0.2.20"
    }
  ],
  "GetOnceTaskResultInfo": [
    {
      "name": "TaskId",
      "comment": "required; string; Id of the task: `Data.TaskId` of PublicCreateImageScanTask or PublicSyncAndCreateImageScanTask (a...",
      "value": "a410bb3e68c217a3368bc0238c66886d"
    },
    {
      "name": "TaskType",
      "comment": "required; string; one of: CLIENT_PROBLEM_CHECK, CLIENT_DEV_OPS, ASSET_SECURITY_CHECK, ASSETS_COLLECTION, IMAGE_SCAN, AI_SECURITY_CHECK, IDC_PROBE_SCAN, ATTACK_SURFACE_SCAN, ASSET_EXPOSURE_SCAN, VUL_CHECK_TASK; Kind of task; `IMAGE_SCAN` for image scans.",
      "value": "IMAGE_SCAN"
    },
    {
      "name": "TaskName",
      "comment": "required; string; one of: CLIENT_PROBLEM_CHECK, CLIENT_DEV_OPS, ASSET_SECURITY_CHECK, ASSETS_COLLECTION, IMAGE_SCAN, AI_SECURITY_CHECK, IDC_PROBE_SCAN, ATTACK_SURFACE_SCAN, ASSET_EXPOSURE_SCAN, VUL_CHECK_TASK; Name of the task: the vendor lists the same values as for `TaskType`; send the same value (`IMAGE...",
      "value": "IMAGE_SCAN"
    }
  ],
  "DescribeGroupedMaliciousFiles": [
    {
      "name": "CurrentPage",
      "comment": "required; integer (int32); Page to return, counted from 1 (the vendor names 1 as the default, yet requires it).",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "required; string; Samples per page, as text (the vendor names 20 as the default, yet requires it).",
      "value": "20"
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; default zh; Language of the request and response: `zh` (Chinese, default) or `en` (English).",
      "value": "en"
    },
    {
      "name": "Levels",
      "comment": "optional; string; Severities, joined with commas: `serious` (urgent), `suspicious`, `remind` (notice).",
      "value": "serious"
    },
    {
      "name": "FuzzyMaliciousName",
      "comment": "optional; string; Sample name, matched fuzzily.",
      "value": "Mining"
    },
    {
      "name": "MaliciousMd5",
      "comment": "optional; string; MD5 of the malicious file.",
      "value": "d836968041f7683b5459****"
    },
    {
      "name": "ImageDigest",
      "comment": "optional; string; Digest of the image (DescribeImageInstances' `Digest`), for the samples of one image.",
      "value": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****"
    },
    {
      "name": "ImageTag",
      "comment": "optional; string; Image tag.",
      "value": "hybird-cloud-web_fix_167115945****"
    },
    {
      "name": "ImageLayer",
      "comment": "optional; string; Image layer (digest).",
      "value": "27213ad375b53628dd152a5ca****"
    },
    {
      "name": "RepoRegionId",
      "comment": "optional; string; Region of the image's repository.",
      "value": "cn-shanghai"
    },
    {
      "name": "RepoInstanceId",
      "comment": "optional; string; Container Registry instance of the repository (Container Registry's ListRepository gives it).",
      "value": "cri-rv4nvbv8iju4****"
    },
    {
      "name": "RepoId",
      "comment": "optional; string; Repository id (Container Registry's ListRepository gives it).",
      "value": "crr-2q7302qrofxg****"
    },
    {
      "name": "RepoName",
      "comment": "optional; string; Repository name, matched fuzzily.",
      "value": "hybirdc****"
    },
    {
      "name": "RepoNamespace",
      "comment": "optional; string; Repository namespace, matched fuzzily.",
      "value": "cloud_oa****"
    },
    {
      "name": "ClusterId",
      "comment": "optional; string; Container cluster id.",
      "value": "c556c8133b5ad4378b7fc533ddbda****"
    }
  ],
  "DescribeImageSensitiveFileByKey": [
    {
      "name": "ImageUuid",
      "comment": "optional; string; UUID of the image (DescribeImageInstances' `Uuid`).",
      "value": "0083a31ccf7c10367a6e783e8601****"
    },
    {
      "name": "SensitiveFileKey",
      "comment": "optional; string; Kind of sensitive file, e.g. `aws_access_key` (see the schema for the vendor's list).",
      "value": "google_oauth_key"
    },
    {
      "name": "ScanRange",
      "comment": "optional; JSON text, given here as the list of string it holds; Where to look: a JSON **array** sent as text of `image` (images) and `container` (containers), e....",
      "value": [
        "image"
      ]
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; default zh; Language of the request and response: `zh` (Chinese, default) or `en` (English).",
      "value": "en"
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); default 1; Page to return, counted from 1.",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); default 20; Files per page (default 20).",
      "value": 20
    }
  ],
  "DescribeImageBaselineItemList": [
    {
      "name": "ImageUuid",
      "comment": "required; string; UUID of the image (DescribeImageInstances' `Uuid`).",
      "value": "0b5c7193300da2070220038718ad****"
    },
    {
      "name": "Status",
      "comment": "optional; string; one of: 0, 1, 2, 3; Fix status: `0` unfixed, `1` fixed, `2` waiting for verification, `3` fix failed.",
      "value": "0"
    },
    {
      "name": "BaselineClassKey",
      "comment": "optional; string; Key of the baseline category, e.g. `ak_leak`.",
      "value": "ak_leak"
    },
    {
      "name": "BaselineNameKey",
      "comment": "optional; string; Key of the baseline name, e.g. `ak_leak`.",
      "value": "ak_leak"
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; default zh; Language of the request and response: `zh` (Chinese, default) or `en` (English).",
      "value": "en"
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); Page to return, counted from 1 (no default is documented; the server's is presumably 1).",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); Items per page (no default or largest value is documented; the examples use 20).",
      "value": 20
    }
  ],
  "DescribeImageBuildRiskByKey": [
    {
      "name": "ImageUuid",
      "comment": "optional; string; UUID of the image (DescribeImageInstances' `Uuid`).",
      "value": "a910053dd4710173ecc9e9d8931f****"
    },
    {
      "name": "RiskKey",
      "comment": "optional; string; Key of the build risk rule, e.g. `no_user` (DescribeImageBuildRiskList lists them).",
      "value": "no_user"
    },
    {
      "name": "Status",
      "comment": "optional; integer (int32); one of: 0, 1, 2; Handling status: `0` unhandled, `1` ignored, `2` false positive.",
      "value": 0
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; Language of the request and response: `zh` (Chinese) or `en` (English); no default is documented.",
      "value": "en"
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); default 1; Page to return, counted from 1.",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); default 20; Risks per page (default 20; the vendor advises always sending it).",
      "value": 20
    }
  ],
  "SetImageSensitiveFileStatus": [
    {
      "name": "ImageUuids",
      "comment": "optional; string; UUIDs of the images (DescribeImageInstances' `Uuid`), joined with commas.",
      "value": "0083a31ccf7c10367a6e783e8601****,4ad91dd8c0c02de6574fa98085d0****"
    },
    {
      "name": "SensitiveFileKey",
      "comment": "optional; string; Kind of sensitive file, e.g. `pem` (see the schema for the vendor's list).",
      "value": "pem"
    },
    {
      "name": "Status",
      "comment": "optional; integer (int32); one of: 0, 1, 2; New status: `0` unhandled, `1` whitelisted, `2` false positive.",
      "value": 1
    },
    {
      "name": "ScanRange",
      "comment": "optional; JSON text, given here as the list of string it holds; Where the findings were made: a JSON **array** sent as text of `image` (images) and `container` (...",
      "value": [
        "image"
      ]
    }
  ],
  "OperateImageBaselineWhitelist": [
    {
      "name": "BaselineItemKeyList",
      "comment": "required; string; Keys of the check items (DescribeImageBaselineItemList's `BaselineItemKey`), joined with commas (...",
      "value": "hc.image.checklist.identify.hc_exploit_es_linux.item"
    },
    {
      "name": "Operation",
      "comment": "required; string; one of: add, del; `add` (whitelist the items) or `del` (remove them from the whitelist).",
      "value": "add"
    },
    {
      "name": "ImageUuid",
      "comment": "optional; string; UUID of the image (DescribeImageInstances' `Uuid`).",
      "value": "a5250ebca765dc9eb1a84b790b0e****"
    },
    {
      "name": "Lang",
      "comment": "optional; string; one of: zh, en; default zh; Language of the request and response: `zh` (Chinese, default) or `en` (English).",
      "value": "en"
    }
  ],
  "PageImageRegistry": [
    {
      "name": "SourceIp",
      "comment": "optional; string; Source IP address of the request, as the caller states it.",
      "value": "140.207.XXX.XXX"
    },
    {
      "name": "CurrentPage",
      "comment": "optional; integer (int32); Page to return, counted from 1.",
      "value": 1
    },
    {
      "name": "PageSize",
      "comment": "optional; integer (int32); default 20; Registries per page (default 20).",
      "value": 20
    },
    {
      "name": "RegistryNameLike",
      "comment": "optional; string; A part of the registry's name (its alias in Security Center); matches fuzzily.",
      "value": "asa"
    },
    {
      "name": "RegistryTypeInList",
      "comment": "optional; list of string; one of: acr, harbor, quay, CI/CD; Only registries of these types.",
      "value": [
        "harbor",
        "quay"
      ]
    },
    {
      "name": "RegistryTypeNotInList",
      "comment": "optional; list of string; one of: acr, harbor, quay, CI/CD; Registries of these types left out.",
      "value": [
        "acr"
      ]
    }
  ]
};
