// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/operations.ts). Do not
// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.

export const operationTable = {
  "ChangeSensitiveInfo": {
    "operationId": "ChangeSensitiveInfo",
    "method": "changeSensitiveInfo",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/sensitive/operate",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "image_type"
      ],
      "header": [
        "X-Project-Id"
      ],
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
    "responseBody": false,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ListImageSensitive": {
    "operationId": "ListImageSensitive",
    "method": "listImageSensitive",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/sensitive",
    "parameters": {
      "path": [
        "project_id",
        "image_id"
      ],
      "query": [
        "enterprise_project_id",
        "limit",
        "offset",
        "image_type",
        "namespace",
        "image_name",
        "image_version",
        "file_path",
        "severity",
        "handle_status"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
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
      "method": "paginateListImageSensitive",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListImageWhiteLists": {
    "operationId": "ListImageWhiteLists",
    "method": "listImageWhiteLists",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/whitelists",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "global_image_type",
        "type",
        "vul_name",
        "vul_type"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListImageWhiteLists",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "AddImageWhiteLists": {
    "operationId": "AddImageWhiteLists",
    "method": "addImageWhiteLists",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/whitelists",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "global_image_type",
        "type"
      ],
      "header": [
        "X-Project-Id"
      ],
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
    "responseBody": false,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "DeleteImageWhiteLists": {
    "operationId": "DeleteImageWhiteLists",
    "method": "deleteImageWhiteLists",
    "httpMethod": "DELETE",
    "path": "/v5/{project_id}/image/whitelists",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "global_image_type",
        "type"
      ],
      "header": [
        "X-Project-Id"
      ],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "secrets": [],
    "responseBody": false,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ListImageVulnerabilities": {
    "operationId": "ListImageVulnerabilities",
    "method": "listImageVulnerabilities",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/vulnerabilities",
    "parameters": {
      "path": [
        "project_id",
        "image_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "image_type",
        "instance_id",
        "namespace",
        "image_name",
        "tag_name",
        "repair_necessity",
        "vul_id",
        "app_name",
        "type",
        "handle_status"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListImageVulnerabilities",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListImageLocal": {
    "operationId": "ListImageLocal",
    "method": "listImageLocal",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/local-repositories",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "image_name",
        "image_version",
        "scan_status",
        "local_image_type",
        "image_size",
        "start_latest_update_time",
        "end_latest_update_time",
        "start_latest_scan_time",
        "end_latest_scan_time",
        "has_vul",
        "host_name",
        "host_id",
        "host_ip",
        "container_id",
        "container_name",
        "pod_id",
        "pod_name",
        "app_name",
        "has_container"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListImageLocal",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "BatchScanLocalImage": {
    "operationId": "BatchScanLocalImage",
    "method": "batchScanLocalImage",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/local/batch-scan",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "secrets": [],
    "responseBody": false,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ShowImageSecurityReportStatistic": {
    "operationId": "ShowImageSecurityReportStatistic",
    "method": "showImageSecurityReportStatistic",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/security-report/statistic",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "security_report_type"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "secrets": [],
    "responseBody": true,
    "safeToRepeat": true,
    "readOnly": true,
    "lift": {
      "totalNum": "total_num"
    },
    "paginate": null
  },
  "ExportImageSecurityReportTask": {
    "operationId": "ExportImageSecurityReportTask",
    "method": "exportImageSecurityReportTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/security-report/export-tasks",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "X-Project-Id"
      ],
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
  },
  "ListRegistry": {
    "operationId": "ListRegistry",
    "method": "listRegistry",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/registries",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "registry_name",
        "registry_id",
        "registry_type",
        "registry_addr",
        "status"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListRegistry",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "AddRegistry": {
    "operationId": "AddRegistry",
    "method": "addRegistry",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/registries",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "X-Project-Id"
      ],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": false
    },
    "secrets": [
      [
        "body",
        "registry_password"
      ]
    ],
    "responseBody": false,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "CreateImageSynchronizeTask": {
    "operationId": "CreateImageSynchronizeTask",
    "method": "createImageSynchronizeTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/image-sync/tasks",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
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
    "responseBody": false,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ListAssociateRegistries": {
    "operationId": "ListAssociateRegistries",
    "method": "listAssociateRegistries",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/image-sync/tasks/{task_id}/registries",
    "parameters": {
      "path": [
        "project_id",
        "task_id"
      ],
      "query": [
        "enterprise_project_id",
        "registry_name",
        "registry_type",
        "offset",
        "limit",
        "sync_status"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListAssociateRegistries",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListRegistryImages": {
    "operationId": "ListRegistryImages",
    "method": "listRegistryImages",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/registries/images",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "namespace",
        "image_name",
        "image_version",
        "registry_name",
        "offset",
        "image_type",
        "sort_key",
        "sort_dir",
        "limit",
        "latest_version",
        "image_size",
        "scan_status",
        "start_latest_update_time",
        "end_latest_update_time",
        "start_latest_scan_time",
        "end_latest_scan_time",
        "start_latest_sync_time",
        "end_latest_sync_time",
        "has_malicious_file",
        "has_unsafe_setting",
        "has_vul",
        "risky",
        "instance_id",
        "instance_name",
        "is_multarch",
        "severity_level"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListRegistryImages",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "CreateManualImageScanTask": {
    "operationId": "CreateManualImageScanTask",
    "method": "createManualImageScanTask",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/image-scan/tasks",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "global_image_type"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
      "form": []
    },
    "constHeaders": {},
    "repeatList": [],
    "jsonQuery": {},
    "body": {
      "required": true,
      "emptyDefault": true
    },
    "secrets": [],
    "responseBody": false,
    "safeToRepeat": true,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ListImageScanTask": {
    "operationId": "ListImageScanTask",
    "method": "listImageScanTask",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/tasks",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "global_image_type",
        "offset",
        "limit",
        "type",
        "task_type",
        "task_name",
        "task_id",
        "create_time",
        "end_time",
        "task_status",
        "scan_scope"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListImageScanTask",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListImageMalware": {
    "operationId": "ListImageMalware",
    "method": "listImageMalware",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/{image_id}/malwares",
    "parameters": {
      "path": [
        "project_id",
        "image_id"
      ],
      "query": [
        "enterprise_project_id",
        "limit",
        "offset",
        "image_type",
        "file_name",
        "namespace",
        "image_name",
        "tag_name"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
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
      "method": "paginateListImageMalware",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListCheckRulesInfo": {
    "operationId": "ListCheckRulesInfo",
    "method": "listCheckRulesInfo",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/baseline/check-rules",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "type",
        "image_type",
        "namespace",
        "image_name",
        "image_version",
        "instance_id",
        "image_id",
        "scan_result"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListCheckRulesInfo",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "ListImageBuildCommandRisks": {
    "operationId": "ListImageBuildCommandRisks",
    "method": "listImageBuildCommandRisks",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/build-command-risks",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "limit",
        "offset",
        "image_type",
        "image_id",
        "risk_name",
        "risk_level"
      ],
      "header": [
        "region",
        "X-Project-Id"
      ],
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
      "method": "paginateListImageBuildCommandRisks",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  },
  "HandleImageVulnerability": {
    "operationId": "HandleImageVulnerability",
    "method": "handleImageVulnerability",
    "httpMethod": "POST",
    "path": "/v5/{project_id}/image/vulnerability/handle",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id"
      ],
      "header": [
        "X-Project-Id"
      ],
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
    "responseBody": false,
    "safeToRepeat": false,
    "readOnly": false,
    "lift": {},
    "paginate": null
  },
  "ListGeneralImageVulOperations": {
    "operationId": "ListGeneralImageVulOperations",
    "method": "listGeneralImageVulOperations",
    "httpMethod": "GET",
    "path": "/v5/{project_id}/image/vulnerability/handle-history",
    "parameters": {
      "path": [
        "project_id"
      ],
      "query": [
        "enterprise_project_id",
        "offset",
        "limit",
        "vul_id",
        "image_id",
        "image_type",
        "image_name",
        "status",
        "user_name",
        "handle_type",
        "app_name",
        "app_version",
        "remark"
      ],
      "header": [
        "X-Project-Id"
      ],
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
      "method": "paginateListGeneralImageVulOperations",
      "size": "limit",
      "offset": "offset",
      "page": null,
      "items": "data_list",
      "total": "total_num",
      "asText": []
    }
  }
} as const;

// Why each operation is (or is not) safe to send again (x-imagesec-safe-to-repeat's reason): for
// readers; no code reads it, so no bundle carries it.
export const safeToRepeatReasons = {
  "ChangeSensitiveInfo": "Sets one finding's state to a value given in full (ignored / not ignored): twice is once.",
  "ListImageSensitive": "Read-only: it lists findings.",
  "ListImageWhiteLists": "Read-only: it lists whitelist entries.",
  "AddImageWhiteLists": "Creates a whitelist entry; HSS documents no key that makes a repeat a no-op, so a second request may add a second entry (or fail as a duplicate).",
  "DeleteImageWhiteLists": "Deletes the entries named by id: a repeat ends in the same state (the entries gone); at worst it deletes nothing or reports the ids as not found.",
  "ListImageVulnerabilities": "Read-only: it lists vulnerabilities.",
  "ListImageLocal": "Read-only: it lists images.",
  "BatchScanLocalImage": "Starts scans of images; a repeat queues the same scans again and ends in the same state (the images scanned), at the cost of some duplicate scanning work.",
  "ShowImageSecurityReportStatistic": "Read-only: it counts records (a POST only because the filters travel in a body).",
  "ExportImageSecurityReportTask": "Creates an export task; HSS documents no key that makes a repeat a no-op, so a second request starts a second task.",
  "ListRegistry": "Read-only: it lists registries.",
  "AddRegistry": "Connects a registry; HSS documents no key that makes a repeat a no-op, so a second request may connect the registry twice (or fail as a duplicate name).",
  "CreateImageSynchronizeTask": "Starts a sync of the registries' image lists; a repeat starts another sync that ends in the same state (the lists brought up to date), at the cost of a second task.",
  "ListAssociateRegistries": "Read-only: it lists the registries of a sync task.",
  "ListRegistryImages": "Read-only: it lists images.",
  "CreateManualImageScanTask": "Starts a scan of images; a repeat starts another scan of the same images and ends in the same state (the images scanned), at the cost of a second task and duplicate scanning work.",
  "ListImageScanTask": "Read-only: it lists tasks.",
  "ListImageMalware": "Read-only: it lists findings.",
  "ListCheckRulesInfo": "Read-only: it lists check results.",
  "ListImageBuildCommandRisks": "Read-only: it lists findings.",
  "HandleImageVulnerability": "Every call is recorded in the handling history, and `add_to_whitelist` creates whitelist entries with no documented key that makes a repeat a no-op: a second request may record and whitelist twice.",
  "ListGeneralImageVulOperations": "Read-only: it lists handling records."
} as const;
