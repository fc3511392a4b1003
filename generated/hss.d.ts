/**
 * Generated from openapi/hss.yaml by scripts/generate.ts (openapi-typescript). Do not edit by hand:
 * change the spec, then run `npm run generate`. `npm run generate -- --check` fails when stale.
 */
export interface paths {
    "/v5/{project_id}/image/sensitive/operate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ignore or un-ignore a sensitive-information finding of an image
         * @description Handles one sensitive-information finding of an image: marks it as ignored
         *     (`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default). The
         *     finding's id comes from `ListImageSensitive`, whose `operate_accept` then shows the change.
         */
        post: operations["ChangeSensitiveInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/{image_id}/sensitive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sensitive-information findings of an image
         * @description Lists, a page at a time, the sensitive information (keys, passwords and the like) that
         *     scanning found in one image. A CI/CD image is pinned down by `image_type=cicd` and the image
         *     id in the path; an image of any other repository type by `image_type` together with
         *     `namespace`, `image_name` and `image_version`.
         *
         *     Each finding's `sensitive_info_id` is the id that `ChangeSensitiveInfo` takes. After a
         *     finding has been ignored there (or the ignore taken back), its `operate_accept` reads
         *     `ignore` (or `do_not_ignore`).
         */
        get: operations["ListImageSensitive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/whitelists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the image whitelist entries
         * @description Lists, a page at a time, the whitelist entries of local or repository images. Only
         *     vulnerability whitelists exist today (`type=vulnerability`). Each entry's `id` is what
         *     `DeleteImageWhiteLists` takes; the images an entry applies to (`image_info`) are returned
         *     only by the vendor's detail query, not by this list.
         */
        get: operations["ListImageWhiteLists"];
        put?: never;
        /**
         * Add images to the vulnerability whitelist
         * @description Creates a whitelist entry that applies to all images, to images of given repository
         *     types, or to specific images. Only vulnerability whitelists exist today
         *     (`type=vulnerability`).
         */
        post: operations["AddImageWhiteLists"];
        /**
         * Delete image whitelist entries
         * @description Deletes whitelist entries, given by the `id`s that `ListImageWhiteLists` returns. Only
         *     vulnerability whitelists exist today (`type=vulnerability`).
         */
        delete: operations["DeleteImageWhiteLists"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/{image_id}/vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the vulnerabilities of an image
         * @description Lists, a page at a time, the vulnerabilities found in one repository or CI/CD image, named by its
         *     id in the path and by `image_type`, `namespace`, `image_name` and `tag_name` (all required).
         */
        get: operations["ListImageVulnerabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/local-repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List local images
         * @description Lists, a page at a time, the local images on the protected hosts, with their scan state and
         *     finding counts; every query parameter is an optional filter. An item's `image_id`,
         *     `image_digest`, `image_name` and `image_version` are what `BatchScanLocalImage` takes to scan
         *     it.
         *
         *     The scan-state filter value for "waiting to be scanned" is `waiting_for_scan`, while the
         *     items report that state as `waiting`: the vendor documents the two spellings so.
         */
        get: operations["ListImageLocal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/local/batch-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan local images in batch
         * @description Starts scans of local (host) images: either the images listed in `image_info_list`, or
         *     with `operate_all: true` every local image that matches the filter fields.
         *     The vendor documents no length limits for this body's fields.
         */
        post: operations["BatchScanLocalImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/security-report/statistic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the records of an image security report export
         * @description Returns how many records an export of the given image security report would contain,
         *     for the images selected by the body (a dry run of the export). All body fields are
         *     optional filters.
         */
        post: operations["ShowImageSecurityReportStatistic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/security-report/export-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an export of image security report records
         * @description Creates a task that exports one kind of image security report record (malicious files,
         *     software, files, sensitive information, software compliance or build-instruction risks),
         *     for the images listed in `image_id_list` or, with `operate_all: true`, for every image
         *     that matches the filter fields, and returns the task's id.
         *
         *     `ShowImageSecurityReportStatistic` counts the matching records for these report types
         *     and filters (it also knows `vulnerability` and `risk-config`, which cannot be exported
         *     here).
         */
        post: operations["ExportImageSecurityReportTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/registries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the connected image registries
         * @description Lists, a page at a time, the image registries HSS knows: SWR registries (private, shared,
         *     enterprise) once SWR access is authorised, and the Harbor and JFrog registries connected
         *     with `AddRegistry`, with their connection state. Every query parameter is an optional
         *     filter.
         *
         *     Each registry's `id` and `registry_type` are what `CreateImageSynchronizeTask` and
         *     `CreateManualImageScanTask` take; `status` shows whether a connection started with
         *     `AddRegistry` is still being made (`accessing`), made (`success`) or failed (`fail`, with
         *     `fail_reason`).
         */
        get: operations["ListRegistry"];
        put?: never;
        /**
         * Connect a Harbor or JFrog registry
         * @description Connects a third-party (Harbor or JFrog) image registry to HSS. SWR registries need no call:
         *     they are listed by `ListRegistry` once SWR access is authorised.
         *
         *     The sync and scan jobs of the registry run as tasks on a cluster already protected by HSS,
         *     named by `connect_cluster_id`. With `get_scan_image_channel: Other` the scan component's
         *     image must be pushed to the registry first (the vendor's `ShowImageUploadCommand` gives
         *     the commands), into the project named by `namespace`.
         *
         *     The answer is an empty 200: the connection is made in the background. `ListRegistry`,
         *     filtered by `registry_name`, then shows the registry with `status` `accessing`, and later
         *     `success` or `fail` (with `fail_reason`): the `RegistryAccessed` waiter follows that. The
         *     password is used to reach the registry and, the vendor says, not stored by HSS.
         */
        post: operations["AddRegistry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/image-sync/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sync of registry image lists
         * @description Starts a task that brings HSS's list of registry images up to date: of every registry
         *     (`sync_all_registries: true`) or of those in `registry_info` (ids and types from
         *     `ListRegistry`). The synced images then appear in `ListRegistryImages`.
         *
         *     The answer is an empty 200: no task id comes back. The task is found in
         *     `ListImageScanTask` (`type=image_sync`, `task_type=manualSync`, the newest `begin_time`
         *     at or after the call), and its per-registry progress in `ListAssociateRegistries`
         *     (`sync_status` `running`, then `finished` or `failed`), which the `ImageSyncFinished`
         *     waiter follows. A scheduled or console sync started at the same moment can be taken for
         *     this one.
         */
        post: operations["CreateImageSynchronizeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/image-sync/tasks/{task_id}/registries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the registries of an image sync task and their sync state
         * @description Lists, a page at a time, the registries an image sync task covers, each with its
         *     `sync_status`: `running`, then `finished`, or `failed` with `failed_reason`. The task id
         *     is the `task_id` of a `ListImageScanTask` item of `type=image_sync` (the sync started by
         *     `CreateImageSynchronizeTask` returns none).
         */
        get: operations["ListAssociateRegistries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/registries/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registry images
         * @description Lists, a page at a time, the images of every connected registry (SWR private, shared and
         *     enterprise, Harbor, JFrog) that a sync brought in, with their scan state and finding
         *     counts; every query parameter is an optional filter.
         *
         *     An item's `id`, `image_id`, `image_digest`, `registry_id`, `registry_name`,
         *     `registry_type`, `namespace`, `image_name` and `image_version` are what
         *     `CreateManualImageScanTask` takes in `image_info` to scan it. `scan_status` follows the
         *     scan (`waiting_for_scan`, `scanning`, then `success`, `failed`, `download_failed` or
         *     `image_oversized`, with `scan_failed_code`); the `RegistryImageScanned` waiter follows
         *     it. `vul_num`, `malicious_file_num` and `unsafe_setting_num` count the findings that
         *     `ListImageVulnerabilities`, `ListImageMalware` and `ListCheckRulesInfo` list.
         *
         *     Unlike the other lists, `limit` may be as small as 1 here.
         */
        get: operations["ListRegistryImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/image-scan/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a scan of registry (or local) images
         * @description Starts a manual scan task: of every image (`is_all: true`), of the images listed in
         *     `image_info` (fields from `ListRegistryImages` items), or of the images that match
         *     `query_info`. `scan_scope` picks what is looked for (vulnerabilities, baseline checks,
         *     malicious files, sensitive information, software compliance, or all); `rate_limit` caps
         *     the images scanned per hour.
         *
         *     The answer is an empty 200: no task id comes back. The task is found in
         *     `ListImageScanTask` (`type=image_scan`, `task_type=manual`, the newest `begin_time` at or
         *     after the call), whose `task_status` counts up to `100` (done) or ends negative (stopped,
         *     timed out, error); the `ImageScanTaskFinished` waiter follows it, and
         *     `RegistryImageScanned` follows the images' own `scan_status` in `ListRegistryImages`. A
         *     scheduled or console scan started at the same moment can be taken for this one. A
         *     targeted rescan (one image in `image_info`) is how a fix is verified.
         */
        post: operations["CreateManualImageScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List image scan and sync tasks
         * @description Lists, a page at a time, the image scan tasks (`type=image_scan`) or image sync tasks
         *     (`type=image_sync`), scheduled and manual, with their progress. It is how the task a
         *     `CreateManualImageScanTask` or `CreateImageSynchronizeTask` call started is found (they
         *     return no id: the newest task of the right `task_type` whose `begin_time` is at or after
         *     the call) and then followed by its `task_id`.
         *
         *     `task_status` has two meanings: as a filter it is the text `scanning` or `finished`; in
         *     the items it is a number, the progress `0` to `99`, `100` when done, or `-1` stopped,
         *     `-2` timed out, `-3` failed. A finished scan task counts its images in `success_num`
         *     and `failed_num` and lists the failed ones, with the reason, in `failed_images`.
         */
        get: operations["ListImageScanTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/{image_id}/malwares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the malicious files of an image
         * @description Lists, a page at a time, the malicious files scanning found in one image. A CI/CD image
         *     is pinned down by `image_type=cicd` and the image id in the path alone; an image of any
         *     other repository type also needs `namespace`, `image_name` and `tag_name`.
         *     `malicious_file_num` of `ListRegistryImages` counts these files.
         *
         *     HSS offers no operation to act on an image's malicious files (only to list them):
         *     removing them means rebuilding the image, then rescanning it.
         */
        get: operations["ListImageMalware"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/baseline/check-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the baseline (configuration) check items of images
         * @description Lists, a page at a time, the baseline (configuration) check items of images with their
         *     result (`scan_result` `pass` or `failed`): of one image when it is pinned down by
         *     `image_id` or by `namespace`, `image_name` and `image_version`, else over all images
         *     of the kind (`image_num` then counts the images checked). `unsafe_setting_num` of
         *     `ListRegistryImages` counts an image's failed items.
         *
         *     The path is under `/baseline`, not `/image`, and `type=image` is required. HSS offers no
         *     operation to act on an image's baseline items: a failed item is fixed in the image and
         *     verified by a rescan.
         */
        get: operations["ListCheckRulesInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/build-command-risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the risky build instructions of images
         * @description Lists, a page at a time, the risks found in images' build instructions (the Dockerfile
         *     steps recorded in the image, such as a password set in `ENV`): of one image with
         *     `image_id`, else over all images of the kind (`image_num` then counts the images
         *     affected). Each risk's `rule_id` is what `ExportImageSecurityReportTask` and
         *     `ShowImageSecurityReportStatistic` take in `build_command_rule_id_list`.
         *
         *     HSS offers no operation to act on build risks: they are fixed in the image's build and
         *     verified by a rescan.
         */
        get: operations["ListImageBuildCommandRisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/vulnerability/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Handle image vulnerabilities in bulk
         * @description Acts on vulnerability findings of images: ignores them (`ignore`), takes an ignore back
         *     (`not_ignore`), marks them fixed by hand (`manual_repair`) or adds them to the whitelist
         *     (`add_to_whitelist`). `select_type` says which findings: all (`all_vul`), every
         *     vulnerability of the images in `image_id_list`, every image with the vulnerabilities in
         *     `vul_id_list`, or exact pairs given by vulnerability (`vul_data_list`) or by image
         *     (`image_data_list`); `handle_status` narrows to unhandled or handled findings.
         *
         *     Vulnerability ids come from `ListImageVulnerabilities`, image ids from the image lists.
         *     The history of these actions is listed by `ListGeneralImageVulOperations`.
         */
        post: operations["HandleImageVulnerability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/image/vulnerability/handle-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the handling history of an image vulnerability
         * @description Lists, a page at a time, who handled a vulnerability (`vul_id`, required) on which
         *     images, when and how: the record a `HandleImageVulnerability` call leaves, and the way to
         *     verify it was applied.
         *
         *     Its lists are narrower than the handling's own: `image_type` is `local` or `registry`
         *     (no `cicd`), and `handle_type` knows `ignore`, `not_ignore` and `add_to_whitelist` but
         *     not `manual_repair`; whether CI/CD images and manual repairs appear here is not
         *     documented.
         */
        get: operations["ListGeneralImageVulOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Which finding to handle and how. */
        ChangeSensitiveInfoRequestInfo: {
            /**
             * @description Id of the sensitive-information finding (`sensitive_info_id` of a `ListImageSensitive` item).
             * @example 97daa311-d91d-4b9b-97ed-05b168344470
             */
            sensitive_info_id: string;
            /**
             * @description What to do with the finding:
             *     - `ignore`: ignore it
             *     - `do_not_ignore`: stop ignoring it
             * @default do_not_ignore
             * @example ignore
             * @enum {string}
             */
            operate_type?: "ignore" | "do_not_ignore";
        };
        /** @description The whitelist entry to create. */
        AddImageWhiteListsRequestBody: {
            /** @description Vulnerability type (the vendor says it is used only when whitelists are queried). */
            vul_type?: components["schemas"]["VulType"];
            /** @description Ids of the vulnerabilities to whitelist (used when adding). */
            vul_ids?: string[];
            /**
             * @description Which images the entry applies to:
             *     - `all_images`: every image
             *     - `specific_image_types`: the repository image types in `query_info` (repository
             *       images only)
             *     - `specific_images`: the images in `image_info`
             * @example specific_images
             * @enum {string}
             */
            rule_type: "all_images" | "specific_image_types" | "specific_images";
            query_info?: components["schemas"]["AddImageWhiteListsRequestBodyQueryInfo"];
            /** @description The images the entry applies to (with `rule_type` `specific_images`). */
            image_info?: components["schemas"]["AddImageWhiteListsRequestBodyImageInfo"][];
            /**
             * @description Description of the whitelist entry (free text).
             * @example Accepted risk
             * @example fixed upstream
             */
            description?: string;
        };
        /** @description Selects images by image type. */
        AddImageWhiteListsRequestBodyQueryInfo: {
            /**
             * @description Repository type:
             *     - `private_image`: private image repository
             *     - `shared_image`: shared image repository
             *     - `instance_image`: enterprise repository
             *     - `harbor`: Harbor repository
             *     - `jfrog`: JFrog repository
             * @example harbor
             * @enum {string}
             */
            image_type?: "private_image" | "shared_image" | "instance_image" | "harbor" | "jfrog";
        };
        /** @description One image the whitelist entry applies to. */
        AddImageWhiteListsRequestBodyImageInfo: {
            /**
             * Format: int64
             * @description Repository image id, 1 to 9223372036854775807 (2^63-1). Ids above 2^53-1 do not fit a
             *     JavaScript number exactly.
             * @example 1034
             */
            id?: number | bigint;
            /**
             * @description Local image id.
             * @example sha256:9c7a54a9a43c
             */
            image_id?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image type:
             *     - `local_image`: local image
             *     - `private_image`: private image repository
             *     - `shared_image`: shared image repository
             *     - `instance_image`: enterprise repository
             *     - `harbor`: Harbor repository
             *     - `jfrog`: JFrog repository
             * @example private_image
             * @enum {string}
             */
            image_type?: "local_image" | "private_image" | "shared_image" | "instance_image" | "harbor" | "jfrog";
        };
        /** @description The local images to scan, listed or selected by filters. */
        LocalImageBatchScanRequestBody: {
            /**
             * @description `true`: scan every local image that matches the filters below.
             * @example false
             */
            operate_all?: boolean;
            /** @description Local images to scan. */
            image_info_list?: components["schemas"]["LocalImageInfo"][];
            /**
             * @description Filter by image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Filter by image version.
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Filter by local image type:
             *     - `other_image`: not from SWR
             *     - `swr_image`: from SWR
             */
            local_image_type?: components["schemas"]["LocalImageType"];
            scan_status?: components["schemas"]["ImageScanStatus"];
            /**
             * Format: int64
             * @description Filter by image size.
             * @example 52428800
             */
            image_size?: number;
            /**
             * Format: int64
             * @description Creation time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_update_time?: number;
            /**
             * Format: int64
             * @description Creation time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_update_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_scan_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_scan_time?: number;
        };
        /** @description One local image to scan. */
        LocalImageInfo: {
            /**
             * @description Image id.
             * @example c499ab72-7ee9-4ee6-b6b7-5973230e7a7b
             */
            image_id?: string;
            /**
             * @description Image digest.
             * @example sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b
             */
            image_digest?: string;
            /**
             * @description Image name.
             * @example swr.cn-north-7.myhuaweicloud.com/scc_hss_container/install-hss-agent
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example 1.0.10.x86_64
             */
            image_version?: string;
        };
        /**
         * @description Selects the images whose report records are counted. All 28 fields are optional filters
         *     (Go model `BatchExportSwrBaselineInfoRequestInfo`).
         */
        BatchExportSwrBaselineInfoRequestInfo: {
            /**
             * @description Images to export, needed when `operate_all` is false. For private and shared images
             *     use the `id` returned by the image list.
             */
            image_id_list?: string[];
            /**
             * @description `true`: every image that matches the filters.
             * @example true
             */
            operate_all?: boolean;
            image_type?: components["schemas"]["ReportImageType"];
            vul_type?: components["schemas"]["VulType"];
            scan_status?: components["schemas"]["ImageScanStatus"];
            /**
             * @description Organisation (namespace); private and shared images only.
             * @example library
             */
            namespace?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image tag.
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Image id.
             * @example c499ab72-7ee9-4ee6-b6b7-5973230e7a7b
             */
            image_id?: string;
            /**
             * @description Only the newest version of each image.
             * @example true
             */
            latest_version?: boolean;
            /**
             * Format: int64
             * @description Image size.
             * @example 52428800
             */
            image_size?: number;
            /**
             * Format: int64
             * @description Creation time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_update_time?: number;
            /**
             * Format: int64
             * @description Creation time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_update_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_scan_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_scan_time?: number;
            /**
             * @description Only images with malicious files.
             * @example true
             */
            has_malicious_file?: boolean;
            /**
             * @description Only images with software vulnerabilities.
             * @example true
             */
            has_vul?: boolean;
            /**
             * @description Only images with baseline (unsafe setting) findings.
             * @example true
             */
            has_unsafe_setting?: boolean;
            /**
             * @description Only images with security risks.
             * @example true
             */
            risky?: boolean;
            /**
             * @description Only images that run in containers.
             * @example true
             */
            has_container?: boolean;
            severity_level?: components["schemas"]["ImageSeverityLevel"];
            /**
             * @description SWR enterprise instance name.
             * @example swr-prod
             */
            instance_name?: string;
            /**
             * @description SWR enterprise instance id.
             * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
             */
            instance_id?: string;
            /**
             * @description CI/CD name.
             * @example release-pipeline
             */
            cicd_name?: string;
            build_command_risk_level?: components["schemas"]["BuildCommandRiskLevel"];
            /**
             * @description Name of a build instruction risk.
             * @example Hard-coded password in ENV
             */
            build_command_risk_name?: string;
            /**
             * @description Build-instruction risk rules to export: rule ids from
             *     `GET /v5/{project_id}/image/build-command-risks`.
             */
            build_command_rule_id_list?: string[];
            /** @description Vulnerability ids, for the vulnerability report. */
            vul_id_list?: string[];
        };
        /** @description Size of the export. */
        ImageSecurityReportStatistic: {
            /**
             * Format: int64
             * @description Number of records the export would contain.
             * @example 1
             */
            total_num?: number;
        };
        /**
         * @description Vulnerability type:
         *     - `linux_vul`: Linux (operating system) vulnerability
         *     - `app_vul`: application vulnerability
         * @example linux_vul
         * @enum {string}
         */
        VulType: "linux_vul" | "app_vul";
        /**
         * @description Scan status filter:
         *     - `unscan`: not scanned
         *     - `success`: scan finished
         *     - `scanning`: scan running
         *     - `failed`: scan failed
         *     - `download_failed`: image download failed
         *     - `image_oversized`: image too large to scan
         * @example failed
         * @enum {string}
         */
        ImageScanStatus: "unscan" | "success" | "scanning" | "failed" | "download_failed" | "image_oversized";
        /** @description One page of an image's sensitive-information findings. */
        ImageSensitivePage: {
            /**
             * Format: int32
             * @description Number of findings on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The findings on this page. */
            data_list?: components["schemas"]["ImageSensitiveInfo"][];
        };
        /** @description One sensitive-information finding of an image. */
        ImageSensitiveInfo: {
            /**
             * @description Id of the finding; `ChangeSensitiveInfo` takes it as `sensitive_info_id`.
             * @example 97daa311-d91d-4b9b-97ed-05b168344470
             */
            sensitive_info_id?: string;
            severity?: components["schemas"]["SensitiveSeverity"];
            /**
             * @description Name of the detection rule that matched.
             * @example SSH private key
             */
            name?: string;
            /**
             * @description Description of the rule.
             * @example A private key file is stored in the image.
             */
            description?: string;
            /**
             * @description Image layer the finding is in.
             * @example sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1
             */
            position?: string;
            /**
             * @description Path of the file holding the information.
             * @example /root/.ssh/id_rsa
             */
            file_path?: string;
            /**
             * @description The sensitive content found (as HSS shows it).
             * @example -----BEGIN OPENSSH PRIVATE KEY-----
             */
            content?: string;
            /**
             * Format: int64
             * @description Time of the latest scan, epoch milliseconds.
             * @example 1719791999000
             */
            latest_scan_time?: number;
            handle_status?: components["schemas"]["HandleStatus"];
            /**
             * @description The last handling set with `ChangeSensitiveInfo`:
             *     - `ignore`: the finding is ignored
             *     - `do_not_ignore`: the ignore was taken back
             * @example ignore
             * @enum {string}
             */
            operate_accept?: "ignore" | "do_not_ignore";
        };
        /**
         * @description Threat level of a sensitive-information finding:
         *     - `critical`: critical
         *     - `high`: high
         *     - `medium`: medium
         *     - `low`: low
         * @example high
         * @enum {string}
         */
        SensitiveSeverity: "critical" | "high" | "medium" | "low";
        /**
         * @description Handling state:
         *     - `unhandled`: not handled
         *     - `handled`: handled
         * @example unhandled
         * @enum {string}
         */
        HandleStatus: "unhandled" | "handled";
        /** @description One page of image whitelist entries. */
        ImageWhiteListPage: {
            /**
             * Format: int32
             * @description Number of entries on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The entries on this page. */
            data_list?: components["schemas"]["ImageWhiteListDetailResponseInfo"][];
        };
        /** @description One image whitelist entry. */
        ImageWhiteListDetailResponseInfo: {
            /**
             * @description Id of the entry; `DeleteImageWhiteLists` takes it in `ids`.
             * @example 6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b
             */
            id?: string;
            /**
             * @description Vulnerability id (vulnerability whitelists only).
             * @example CVE-2024-6387
             */
            vul_id?: string;
            /**
             * @description Vulnerability name (vulnerability whitelists only).
             * @example OpenSSH regreSSHion (CVE-2024-6387)
             */
            vul_name?: string;
            /** @description Vulnerability type (vulnerability whitelists only). */
            vul_type?: components["schemas"]["VulType"];
            /** @description The CVEs of the vulnerability (vulnerability whitelists only). */
            cves?: components["schemas"]["ImageWhiteListDetailResponseInfoCves"][];
            /**
             * @description Which images the entry applies to:
             *     - `all_images`: every image
             *     - `specific_image_types`: the repository image types in `query_info`
             *     - `specific_images`: the images in `image_info`
             * @example all_images
             * @enum {string}
             */
            rule_type?: "all_images" | "specific_image_types" | "specific_images";
            query_info?: components["schemas"]["ImageWhiteListDetailResponseInfoQueryInfo"];
            /**
             * @description The images of a `specific_images` entry. Filled only by the vendor's whitelist detail
             *     query, not by `ListImageWhiteLists`.
             */
            image_info?: components["schemas"]["ImageWhiteListDetailResponseInfoImageInfo"][];
            /**
             * @description Description of the entry.
             * @example Accepted risk
             * @example fixed upstream in the next base image
             */
            description?: string;
        };
        /** @description One CVE of a whitelisted vulnerability. */
        ImageWhiteListDetailResponseInfoCves: {
            /**
             * @description CVE id.
             * @example CVE-2024-6387
             */
            cve_id?: string;
            /**
             * Format: float
             * @description CVSS score, 0 to 10.
             * @example 8.1
             */
            cvss?: number;
        };
        /** @description The repository image types of a `specific_image_types` entry. */
        ImageWhiteListDetailResponseInfoQueryInfo: {
            /**
             * @description Repository types, separated by commas:
             *     - `private_image`: SWR private image repository
             *     - `shared_image`: SWR shared image repository
             *     - `instance_image`: SWR enterprise repository
             *     - `harbor`: Harbor repository
             *     - `jfrog`: JFrog repository
             * @example private_image,harbor
             */
            image_type?: string;
        };
        /** @description One image of a `specific_images` entry. */
        ImageWhiteListDetailResponseInfoImageInfo: {
            /**
             * Format: int64
             * @description Repository image id.
             * @example 1034
             */
            id?: number;
            /**
             * @description Local image id.
             * @example c499ab72-7ee9-4ee6-b6b7-5973230e7a7b
             */
            image_id?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
        };
        /** @description The whitelist entries to delete. */
        DeleteImageWhiteListsRequestBody: {
            /** @description Ids of the entries to delete (`id` of `ListImageWhiteLists` items). */
            ids?: string[];
        };
        /** @description One page of an image's vulnerabilities. */
        ImageVulnerabilityPage: {
            /**
             * Format: int32
             * @description Number of vulnerabilities on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The vulnerabilities on this page. */
            data_list?: components["schemas"]["ImageVulInfo"][];
        };
        /** @description One vulnerability found in an image. */
        ImageVulInfo: {
            /**
             * @description Vulnerability id.
             * @example CVE-2024-6387
             */
            vul_id?: string;
            repair_necessity?: components["schemas"]["RepairNecessity"];
            /**
             * @description Description of the vulnerability.
             * @example Race condition in the OpenSSH server signal handler.
             */
            description?: string;
            /**
             * @description Image layer the vulnerable software is in.
             * @example sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1
             */
            position?: string;
            /**
             * @description Name of the vulnerable software.
             * @example openssh-server
             */
            app_name?: string;
            /**
             * @description Path of the software (application vulnerabilities only).
             * @example /app/lib/spring-beans-5.3.17.jar
             */
            app_path?: string;
            /**
             * @description Version of the software.
             * @example 1:9.2p1-2
             */
            version?: string;
            /**
             * @description How to fix it.
             * @example Upgrade openssh-server to 1:9.2p1-2+deb12u3 or later.
             */
            solution?: string;
            /**
             * @description Address of the fix or advisory.
             * @example https://security-tracker.debian.org/tracker/CVE-2024-6387
             */
            url?: string;
        };
        /**
         * @description Risk level of a vulnerability:
         *     - `immediate_repair`: high
         *     - `delay_repair`: medium
         *     - `not_needed_repair`: low
         * @example immediate_repair
         * @enum {string}
         */
        RepairNecessity: "immediate_repair" | "delay_repair" | "not_needed_repair";
        /** @description One page of local images. */
        ImageLocalPage: {
            /**
             * Format: int32
             * @description Number of local images on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The local images on this page. */
            data_list?: components["schemas"]["ImageLocalInfo"][];
        };
        /** @description One local image, as ListImageLocal reports it. */
        ImageLocalInfo: {
            /**
             * @description Image name.
             * @example swr.cn-north-4.myhuaweicloud.com/library/nginx
             */
            image_name?: string;
            /**
             * @description Id of the local image (UUID form); `BatchScanLocalImage` takes it.
             * @example c499ab72-7ee9-4ee6-b6b7-5973230e7a7b
             */
            image_id?: string;
            /**
             * @description SHA-256 digest of the image content, `sha256:` and hexadecimal digits.
             * @example sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b
             */
            image_digest?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            local_image_type?: components["schemas"]["LocalImageType"];
            /**
             * @description Scan state:
             *     - `unscan`: not scanned
             *     - `success`: scan finished
             *     - `scanning`: scan running
             *     - `failed`: scan failed (see `scan_failed_desc`)
             *     - `waiting`: waiting to be scanned
             * @example success
             * @enum {string}
             */
            scan_status?: "unscan" | "success" | "scanning" | "failed" | "waiting";
            /**
             * Format: int64
             * @description Image size in bytes.
             * @example 52428800
             */
            image_size?: number;
            /** @description Time the image version was created or last updated, epoch milliseconds. */
            latest_update_time?: components["schemas"]["EpochMillis"];
            /** @description Time the latest scan finished, epoch milliseconds; `0` when never scanned. */
            latest_scan_time?: components["schemas"]["EpochMillis"];
            /**
             * Format: int64
             * @description Number of software vulnerabilities found (all levels).
             * @example 12
             */
            vul_num?: number;
            /**
             * Format: int64
             * @description Number of failed baseline (configuration) checks.
             * @example 3
             */
            unsafe_setting_num?: number;
            /**
             * Format: int64
             * @description Number of malicious files found.
             * @example 0
             */
            malicious_file_num?: number;
            /**
             * Format: int64
             * @description Number of hosts holding the image.
             * @example 2
             */
            host_num?: number;
            /**
             * Format: int64
             * @description Number of containers created from the image.
             * @example 4
             */
            container_num?: number;
            /**
             * Format: int64
             * @description Number of software components in the image.
             * @example 135
             */
            component_num?: number;
            /**
             * @description Why the scan failed (empty otherwise):
             *     - `unknown_error`: unknown error
             *     - `failed_to_match_agent`: the host has no container protection, or its agent is offline
             *     - `create_container_failed`: a container could not be created
             *     - `get_container_info_failed`: container information could not be read
             *     - `docker_offline`: the Docker engine is not running
             *     - `get_docker_root_failed`: the container root file system could not be read
             *     - `image_not_exist_or_docker_api_fault`: the image is gone, or the Docker API failed
             *     - `huge_image`: the image is too large
             *     - `docker_root_in_nfs`: the container root directory is on a network mount
             *     - `response_timed_out`: no response in time
             * @example failed_to_match_agent
             * @enum {string}
             */
            scan_failed_desc?: "" | "unknown_error" | "failed_to_match_agent" | "create_container_failed" | "get_container_info_failed" | "docker_offline" | "get_docker_root_failed" | "image_not_exist_or_docker_api_fault" | "huge_image" | "docker_root_in_nfs" | "response_timed_out";
            severity_level?: components["schemas"]["ImageSeverityLevel"];
            /**
             * @description Name of the host.
             * @example ecs-web-01
             */
            host_name?: string;
            /**
             * @description Id of the host.
             * @example 4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9
             */
            host_id?: string;
            /**
             * @description Id of the HSS agent on the host.
             * @example 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
             */
            agent_id?: string;
            /**
             * @description Why the image cannot be scanned; empty when it can.
             * @example
             */
            non_scan_reason?: string;
        };
        /**
         * @description Origin of a local image:
         *     - `other_image`: not from SWR
         *     - `swr_image`: from SWR
         * @example swr_image
         * @enum {string}
         */
        LocalImageType: "other_image" | "swr_image";
        /**
         * Format: int64
         * @description A time, epoch milliseconds.
         * @example 1719791999000
         */
        EpochMillis: number;
        /**
         * @description What to export: the report type, the number of records, and the images (listed, or all
         *     that match the filters). Only the three fields marked required must be sent.
         */
        ExportImageSecurityReportTaskRequestInfo: {
            /**
             * Format: int32
             * @description Number of records to export.
             * @example 1000
             */
            export_size: number;
            /**
             * @description Report to export:
             *     - `malwares`: malicious files
             *     - `apps`: software
             *     - `files`: files
             *     - `sensitive-info`: sensitive information
             *     - `non-compliant-app`: non-compliant software
             *     - `build-command-risks`: risky build instructions
             * @example malwares
             * @enum {string}
             */
            security_report_type: "malwares" | "apps" | "files" | "sensitive-info" | "non-compliant-app" | "build-command-risks";
            /**
             * @description Images to export, needed when `operate_all` is false: for local and CI/CD images their
             *     `image_id`, for repository images the `id` from the image list.
             */
            image_id_list?: string[];
            /**
             * @description `true`: every image that matches the filter fields below.
             * @example true
             */
            operate_all: boolean;
            /**
             * @description Image type; needed for local and CI/CD image reports. Without it, the other repository
             *     images are exported.
             */
            image_type?: components["schemas"]["ReportImageType"];
            scan_status?: components["schemas"]["ImageScanStatus"];
            /**
             * @description Organisation (namespace).
             * @example library
             */
            namespace?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Image id.
             * @example c499ab72-7ee9-4ee6-b6b7-5973230e7a7b
             */
            image_id?: string;
            /**
             * @description Only the newest version of each image.
             * @example true
             */
            latest_version?: boolean;
            /**
             * Format: int64
             * @description Image size.
             * @example 52428800
             */
            image_size?: number;
            /**
             * Format: int64
             * @description Creation time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_update_time?: number;
            /**
             * Format: int64
             * @description Creation time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_update_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range start, epoch milliseconds.
             * @example 1717200000000
             */
            start_latest_scan_time?: number;
            /**
             * Format: int64
             * @description Last-scan-completion time range end, epoch milliseconds.
             * @example 1719791999000
             */
            end_latest_scan_time?: number;
            /**
             * @description Only images with malicious files.
             * @example true
             */
            has_malicious_file?: boolean;
            /**
             * @description Only images with software vulnerabilities.
             * @example true
             */
            has_vul?: boolean;
            /**
             * @description Only images with baseline (unsafe setting) findings.
             * @example true
             */
            has_unsafe_setting?: boolean;
            /**
             * @description `true`: only images with security risks; `false`: only images without.
             * @example true
             */
            risky?: boolean;
            severity_level?: components["schemas"]["ImageSeverityLevel"];
            /**
             * @description SWR enterprise instance name.
             * @example swr-prod
             */
            instance_name?: string;
            /**
             * @description CI/CD name.
             * @example release-pipeline
             */
            cicd_name?: string;
            build_command_risk_level?: components["schemas"]["BuildCommandRiskLevel"];
            /**
             * @description Name of a build instruction risk.
             * @example Hard-coded password in ENV
             */
            build_command_risk_name?: string;
            /**
             * @description Build-instruction risk rules to export: rule ids from
             *     `GET /v5/{project_id}/image/build-command-risks`.
             */
            build_command_rule_id_list?: string[];
        };
        /** @description The export task that was created. */
        ImageSecurityReportExportTask: {
            /**
             * @description Id of the export task.
             * @example 94ad7efb-3c5e-46ed-99bf-dcd8c1c75dc2
             */
            task_id?: string;
        };
        /**
         * @description Image type of a security report:
         *     - `private_image`: private image repository
         *     - `shared_image`: shared image repository
         *     - `local_image`: local image
         *     - `instance_image`: enterprise instance image
         *     - `harbor`: Harbor repository image
         *     - `jfrog`: JFrog repository image
         *     - `cicd`: CI/CD image
         * @example private_image
         * @enum {string}
         */
        ReportImageType: "private_image" | "shared_image" | "local_image" | "instance_image" | "harbor" | "jfrog" | "cicd";
        /**
         * @description Image risk level, known once a scan completed (capitalised, unlike
         *     `build_command_risk_level`):
         *     - `Security`: secure
         *     - `Low`, `Medium`, `High`: risk level
         * @example High
         * @enum {string}
         */
        ImageSeverityLevel: "Security" | "Low" | "Medium" | "High";
        /**
         * @description Risk level of a build instruction (lower case).
         * @example high
         * @enum {string}
         */
        BuildCommandRiskLevel: "critical" | "high" | "medium" | "low";
        /** @description The registry to connect and how HSS reaches it. */
        AddRegistryRequestBody: {
            /**
             * @description Name to give the registry in HSS; `ListRegistry` filters by it.
             * @example harbor-prod
             */
            registry_name: string;
            /**
             * @description Kind of registry (capitalised, as in `ListRegistry`):
             *     - `Harbor`: Harbor registry
             *     - `Jfrog`: JFrog registry
             * @example Harbor
             * @enum {string}
             */
            registry_type: "Harbor" | "Jfrog";
            /**
             * @description Registry API version:
             *     - `V1`: version 1
             *     - `V2`: version 2
             * @example V2
             * @enum {string}
             */
            api_version: "V1" | "V2";
            /**
             * @description Protocol to reach the registry with:
             *     - `http`: HTTP
             *     - `https`: HTTPS
             * @example https
             * @enum {string}
             */
            protocol: "http" | "https";
            /**
             * @description Address of the registry, a host name or `IP:port` (e.g. `harbor.example.com`).
             * @example harbor.example.com
             */
            registry_addr: string;
            /**
             * @description User name HSS logs in to the registry with.
             * @example hss-robot
             */
            registry_username: string;
            /**
             * Format: password
             * @description Password of `registry_username`. Used only to reach the registry; the vendor says HSS
             *     does not store it.
             * @example example-password-not-real
             */
            registry_password: string;
            /**
             * @description Registry project the scan component's image is pushed to; needed when
             *     `get_scan_image_channel` is `Other`.
             * @example hss-components
             */
            namespace?: string;
            /**
             * @description Id of a cluster already connected to HSS on which the image sync and scan components
             *     run as jobs (the vendor calls it the carrier or jump cluster).
             * @example 7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
             */
            connect_cluster_id: string;
            /**
             * @description Where the cluster gets the scan component from:
             *     - `Swr`: pulled from SWR
             *     - `Other`: pushed to the registry by hand first (into `namespace`; the vendor's
             *       `ShowImageUploadCommand` gives the commands)
             * @example Swr
             * @enum {string}
             */
            get_scan_image_channel: "Swr" | "Other";
        };
        /**
         * @description Kind of registry:
         *     - `SwrPrivate`: SWR private registry
         *     - `SwrShared`: SWR shared registry
         *     - `SwrEnterprise`: SWR enterprise edition registry
         *     - `Harbor`: Harbor registry
         *     - `Jfrog`: JFrog registry
         *     - `Other`: another registry
         * @example Harbor
         * @enum {string}
         */
        RegistryType: "SwrPrivate" | "SwrShared" | "SwrEnterprise" | "Harbor" | "Jfrog" | "Other";
        /**
         * @description Registry kinds (see `RegistryType`), separated by commas.
         * @example Harbor,Jfrog
         */
        RegistryTypeList: string;
        /**
         * @description Connection state of a registry:
         *     - `success`: connected
         *     - `fail`: the connection failed (see `fail_reason`)
         *     - `accessing`: being connected
         * @example success
         * @enum {string}
         */
        RegistryAccessStatus: "success" | "fail" | "accessing";
        /** @description One page of registries. */
        RegistryPage: {
            /**
             * Format: int32
             * @description Number of registries on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The registries on this page. */
            data_list?: components["schemas"]["RegistryInfo"][];
        };
        /** @description One registry HSS knows, with its connection details (never the password). */
        RegistryInfo: {
            /**
             * @description Id of the registry: `registry_id` of `ListRegistry`'s filter, of
             *     `CreateImageSynchronizeTask` and of `CreateManualImageScanTask`.
             * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
             */
            id?: string;
            /**
             * @description Name of the registry.
             * @example harbor-prod
             */
            registry_name?: string;
            registry_type?: components["schemas"]["RegistryType"];
            /**
             * @description Registry API version:
             *     - `V1`: version 1
             *     - `V2`: version 2
             * @example V2
             * @enum {string}
             */
            api_version?: "V1" | "V2";
            /**
             * @description Protocol HSS reaches the registry with:
             *     - `http`: HTTP
             *     - `https`: HTTPS
             * @example https
             * @enum {string}
             */
            protocol?: "http" | "https";
            /**
             * @description Address of the registry.
             * @example harbor.example.com
             */
            registry_addr?: string;
            /**
             * @description User name HSS logs in with.
             * @example hss-robot
             */
            registry_username?: string;
            /**
             * @description Registry project of the scan component (when `get_scan_image_channel` is `Other`).
             * @example hss-components
             */
            namespace?: string;
            /**
             * @description Id of the cluster the sync and scan jobs run on.
             * @example 7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
             */
            connect_cluster_id?: string;
            /**
             * @description Where the scan component comes from:
             *     - `Swr`: pulled from SWR
             *     - `Other`: pushed to the registry by hand
             * @example Swr
             * @enum {string}
             */
            get_scan_image_channel?: "Swr" | "Other";
            status?: components["schemas"]["RegistryAccessStatus"];
            /**
             * @description Why the connection failed (`status` `fail`):
             *     - `CREATE_JOB_FAILED`: the cluster's connection to HSS is not healthy
             *     - `REQUEST_API_ERROR`: the cluster cannot reach the registry over the network
             *     - `SERVER_ERROR`: an internal error; try again later
             * @example REQUEST_API_ERROR
             * @enum {string}
             */
            fail_reason?: "CREATE_JOB_FAILED" | "REQUEST_API_ERROR" | "SERVER_ERROR";
            /**
             * Format: int32
             * @description Number of images of the registry.
             * @example 42
             */
            images_num?: number;
            /** @description Time the latest sync finished, epoch milliseconds. */
            latest_sync_time?: components["schemas"]["EpochMillis"];
        };
        /** @description Which registries to sync. */
        CreateImageSynchronizeTaskRequestInfo: {
            /**
             * @description `true`: every registry; `false`: those in `registry_info`.
             * @example false
             */
            sync_all_registries: boolean;
            /** @description The registries to sync (with `sync_all_registries` false). */
            registry_info?: components["schemas"]["CreateImageSynchronizeTaskRequestInfoRegistryInfo"][];
        };
        /** @description One registry to sync. */
        CreateImageSynchronizeTaskRequestInfoRegistryInfo: {
            /**
             * @description Id of the registry (`id` of a `ListRegistry` item).
             * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
             */
            registry_id?: string;
            registry_type?: components["schemas"]["RegistryType"];
        };
        /**
         * @description Sync state of a registry in a sync task:
         *     - `finished`: synced
         *     - `running`: being synced
         *     - `failed`: the sync failed (see `failed_reason`)
         * @example finished
         * @enum {string}
         */
        RegistrySyncStatus: "finished" | "running" | "failed";
        /** @description One page of the registries of a sync task. */
        AssociateRegistriesPage: {
            /**
             * Format: int32
             * @description Number of registries the task covers, on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The registries on this page. */
            data_list?: components["schemas"]["AssociateRegistriesResponseInfo"][];
        };
        /** @description One registry of a sync task and how its sync went. */
        AssociateRegistriesResponseInfo: {
            /**
             * @description Id of the registry.
             * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
             */
            registry_id?: string;
            /**
             * @description Name of the registry.
             * @example harbor-prod
             */
            registry_name?: string;
            registry_type?: components["schemas"]["RegistryType"];
            sync_status?: components["schemas"]["RegistrySyncStatus"];
            /**
             * @description Why the sync failed (`sync_status` `failed`).
             * @example The registry could not be reached.
             */
            failed_reason?: string;
        };
        /**
         * @description Kind of registry image:
         *     - `private_image`: SWR private image
         *     - `shared_image`: SWR shared image
         *     - `instance_image`: SWR enterprise edition image
         *     - `harbor`: Harbor registry image
         *     - `jfrog`: JFrog registry image
         * @example harbor
         * @enum {string}
         */
        RegistryImagesImageType: "private_image" | "shared_image" | "instance_image" | "harbor" | "jfrog";
        /**
         * @description Scan state of a registry image:
         *     - `unscan`: never scanned
         *     - `waiting_for_scan`: queued for a scan
         *     - `scanning`: scan running
         *     - `success`: scan finished
         *     - `failed`: scan failed (see `scan_failed_code`)
         *     - `download_failed`: the image could not be downloaded
         *     - `image_oversized`: the image is too large to scan
         * @example success
         * @enum {string}
         */
        RegistryImageScanStatus: "unscan" | "success" | "scanning" | "failed" | "download_failed" | "image_oversized" | "waiting_for_scan";
        /** @description One page of registry images. */
        RegistryImagesPage: {
            /**
             * Format: int32
             * @description Number of images on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The images on this page (at most `limit`). */
            data_list?: components["schemas"]["RegistryImagesInfo"][];
        };
        /** @description One registry image, as ListRegistryImages reports it. */
        RegistryImagesInfo: {
            /**
             * Format: int64
             * @description Id of this image record; `CreateManualImageScanTask` takes it in `image_info`, and
             *     the export and per-image finding operations take it (as decimal text) as the image id
             *     of SWR private and shared images.
             * @example 1034
             */
            id?: number;
            /**
             * @description Organisation (namespace) of the image.
             * @example library
             */
            namespace?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Id of the image itself (not of this record).
             * @example 9f8e7d6c5b4a39281706f5e4d3c2b1a0
             */
            image_id?: string;
            /**
             * @description Digest of the image.
             * @example sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b
             */
            image_digest?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            image_type?: components["schemas"]["RegistryImagesImageType"];
            /**
             * @description Id of the registry the image is in.
             * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
             */
            registry_id?: string;
            /**
             * @description Name of the registry the image is in.
             * @example harbor-prod
             */
            registry_name?: string;
            registry_type?: components["schemas"]["RegistryType"];
            /**
             * @description Whether this is the newest version of the image.
             * @example true
             */
            latest_version?: boolean;
            scan_status?: components["schemas"]["RegistryImageScanStatus"];
            /**
             * @description Why the scan failed, as text (empty when it did not).
             * @example The image could not be downloaded.
             */
            scan_failed_desc?: string;
            /**
             * @description Why the scan failed (empty otherwise):
             *     - `unknown_error`: unknown error
             *     - `authentication_failed`: authentication failed
             *     - `download_failed`: the image could not be downloaded
             *     - `image_over_sized`: the image is too large to scan
             *     - `get_detail_info_not_found`: the image details were not found; it may be gone from the registry (sync again)
             *     - `image_layer_over_sized`: the image has too many layers to scan
             *     - `schema_v1_not_support`: Schema V1 images cannot be scanned
             *     - `access_swr_failed`: SWR could not be reached
             *     - `swr_authentication_error`: SWR access is not authorised
             *     - `failed_to_scan_vulnerability`: the vulnerability scan failed
             *     - `failed_to_scan_file`: the file scan failed
             *     - `failed_to_scan_software`: the software scan failed
             *     - `failed_to_check_sensitive_information`: the sensitive-information check failed
             *     - `failed_to_check_baseline`: the baseline check failed
             *     - `failed_to_check_software_compliance`: the software compliance check failed
             *     - `failed_to_query_basic_image_information`: the base image information could not be read
             *     - `failed_to_check_build_cmd`: the build instruction check failed
             *     - `response_timed_out`: no response in time
             *     - `database_error`: database error
             *     - `failed_to_send_the_scan_request`: the scan request could not be sent
             * @example download_failed
             * @enum {string}
             */
            scan_failed_code?: "" | "unknown_error" | "authentication_failed" | "download_failed" | "image_over_sized" | "get_detail_info_not_found" | "image_layer_over_sized" | "schema_v1_not_support" | "access_swr_failed" | "swr_authentication_error" | "failed_to_scan_vulnerability" | "failed_to_scan_file" | "failed_to_scan_software" | "failed_to_check_sensitive_information" | "failed_to_check_baseline" | "failed_to_check_software_compliance" | "failed_to_query_basic_image_information" | "failed_to_check_build_cmd" | "response_timed_out" | "database_error" | "failed_to_send_the_scan_request";
            /**
             * Format: int64
             * @description Image size in bytes.
             * @example 52428800
             */
            image_size?: number;
            /** @description Time the image version was last updated, epoch milliseconds. */
            latest_update_time?: components["schemas"]["EpochMillis"];
            /** @description Time the latest scan finished, epoch milliseconds. */
            latest_scan_time?: components["schemas"]["EpochMillis"];
            /** @description Time the latest sync finished, epoch milliseconds. */
            latest_sync_time?: components["schemas"]["EpochMillis"];
            /**
             * Format: int32
             * @description Number of vulnerabilities found.
             * @example 12
             */
            vul_num?: number;
            /**
             * Format: int32
             * @description Number of failed baseline checks.
             * @example 3
             */
            unsafe_setting_num?: number;
            /**
             * Format: int32
             * @description Number of malicious files found.
             * @example 1
             */
            malicious_file_num?: number;
            /**
             * @description Owner of a shared image.
             * @example partner-account
             */
            domain_name?: string;
            /**
             * @description State of a shared image:
             *     - `expired`: the share has expired
             *     - `effective`: the share is in effect
             * @example effective
             * @enum {string}
             */
            shared_status?: "expired" | "effective";
            /**
             * @description Whether the image can be scanned.
             * @example true
             */
            scannable?: boolean;
            /**
             * @description Whether the image is a multi-architecture image.
             * @example false
             */
            is_multiple_arch?: boolean;
            /**
             * @description Name of the SWR enterprise edition instance of the image.
             * @example swr-prod
             */
            instance_name?: string;
            /**
             * @description Id of the SWR enterprise edition instance of the image.
             * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
             */
            instance_id?: string;
            /**
             * @description Address of the SWR enterprise edition instance.
             * @example swr-prod.cn-north-4.example.com
             */
            instance_url?: string;
            severity_level?: components["schemas"]["ImageSeverityLevel"];
            /** @description The per-architecture images of a multi-architecture image. */
            association_images?: components["schemas"]["AssociateImagesInfo"][];
        };
        /** @description One per-architecture image of a multi-architecture image. */
        AssociateImagesInfo: {
            /**
             * Format: int64
             * @description Id of this image record.
             * @example 1036
             */
            id?: number;
            /**
             * @description Id of the image.
             * @example 1b2c3d4e5f60718293a4b5c6d7e8f90a
             */
            image_id?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            image_type?: components["schemas"]["RegistryImagesImageType"];
            /**
             * @description Organisation (namespace).
             * @example library
             */
            namespace?: string;
            /**
             * @description Digest of the image.
             * @example sha256:a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091
             */
            image_digest?: string;
            scan_status?: components["schemas"]["RegistryImageScanStatus"];
            /**
             * Format: int32
             * @description Number of vulnerabilities found.
             * @example 12
             */
            vul_num?: number;
            /**
             * Format: int32
             * @description Number of failed baseline checks.
             * @example 3
             */
            unsafe_setting_num?: number;
            /**
             * Format: int32
             * @description Number of malicious files found.
             * @example 0
             */
            malicious_file_num?: number;
        };
        /**
         * Format: int32
         * @description What a scan looks for: one of these values, or (undocumented, see the spec's comment) a
         *     sum of several groups (decimal, then the vendor's hexadecimal):
         *     - `0` (`0x0`): nothing
         *     - `2147483647` (`0x7fffffff`): everything below
         *     - `983040` (`0x000f0000`): vulnerabilities
         *     - `61440` (`0x0000f000`): baseline (configuration) checks
         *     - `3840` (`0x00000f00`): malicious files
         *     - `240` (`0x000000f0`): sensitive information
         *     - `15` (`0x0000000f`): software compliance
         * @example 2147483647
         */
        ScanScope: number;
        /**
         * @description How an image task was started:
         *     - `cycle`: scheduled scan
         *     - `manual`: manual scan
         *     - `autoSync`: scheduled sync
         *     - `manualSync`: manual sync
         * @example manual
         * @enum {string}
         */
        ImageTaskType: "cycle" | "manual" | "autoSync" | "manualSync";
        /**
         * @description What to scan and for what. All fields are optional; the images are every image
         *     (`is_all`), the listed ones (`image_info`) or those matching `query_info`.
         */
        CreateManualImageScanTaskReqInfo: {
            scan_scope?: components["schemas"]["ScanScope"];
            /**
             * Format: int32
             * @description Most images scanned per hour, 0 to 1000; `0` means no limit.
             * @example 100
             */
            rate_limit?: number;
            /**
             * @description `true`: scan every image; `false`: the images in `image_info` (or matching `query_info`).
             * @example false
             */
            is_all?: boolean;
            query_info?: components["schemas"]["CreateManualImageScanTaskReqInfoQueryInfo"];
            /** @description The images to scan, as `ListRegistryImages` gives them. */
            image_info?: components["schemas"]["CreateManualImageScanTaskReqInfoImageInfo"][];
        };
        /** @description One image to scan, with the fields of its `ListRegistryImages` item. */
        CreateManualImageScanTaskReqInfoImageInfo: {
            /**
             * Format: int64
             * @description Id of the image record (`id` of a `ListRegistryImages` item), 0 to 2^63-1. Ids above
             *     2^53-1 do not fit a JavaScript number exactly.
             * @example 1034
             */
            id?: number | bigint;
            /**
             * @description Id of the image (`image_id`).
             * @example 9f8e7d6c5b4a39281706f5e4d3c2b1a0
             */
            image_id?: string;
            /**
             * @description Digest of the image.
             * @example sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b
             */
            image_digest?: string;
            /**
             * @description Id of the registry the image is in.
             * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
             */
            registry_id?: string;
            /**
             * @description Name of the registry the image is in.
             * @example harbor-prod
             */
            registry_name?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Organisation (namespace).
             * @example library
             */
            namespace?: string;
            /**
             * @description SWR enterprise edition instance id (its images only).
             * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
             */
            instance_id?: string;
            /**
             * @description Address the SWR enterprise edition image is downloaded from.
             * @example swr-prod.cn-north-4.example.com
             */
            instance_url?: string;
            registry_type?: components["schemas"]["RegistryType"];
        };
        /**
         * @description Scans the images that match these filters (local-image filters for
         *     `global_image_type=local`, registry-image filters otherwise).
         */
        CreateManualImageScanTaskReqInfoQueryInfo: {
            local_image_type?: components["schemas"]["LocalImageType"];
            /**
             * @description Id of the host (local images).
             * @example 4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9
             */
            host_id?: string;
            /**
             * @description Name of the host (local images).
             * @example ecs-web-01
             */
            host_name?: string;
            /**
             * @description Public IP address of the host (local images).
             * @example 203.0.113.10
             */
            public_ip?: string;
            /**
             * @description Private IP address of the host (local images).
             * @example 192.168.0.12
             */
            private_ip?: string;
            /**
             * @description Id of the cluster (local images).
             * @example 7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
             */
            cluster_id?: string;
            /**
             * @description Id of a container (local images).
             * @example 3f4e8b2c1a9d
             */
            container_id?: string;
            /**
             * @description Name of a container (local images).
             * @example web-1
             */
            container_name?: string;
            /**
             * @description Id of a pod (local images).
             * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
             */
            pod_id?: string;
            /**
             * @description Name of a pod (local images).
             * @example web-7d9c6b5f8-x2k4p
             */
            pod_name?: string;
            /**
             * @description Name of software in the image.
             * @example openssl
             */
            app_name?: string;
            /**
             * @description `true`: only images with software vulnerabilities; `false`: only images without.
             * @example true
             */
            has_vul?: boolean;
            /**
             * @description Organisation (namespace).
             * @example library
             */
            namespace?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Kind of registry image:
             *     - `private_image`: SWR private image
             *     - `shared_image`: SWR shared image
             *     - `instance_image`: SWR enterprise edition image
             *     - `harbor`: Harbor registry image
             *     - `jfrog`: JFrog registry image
             * @example harbor
             * @enum {string}
             */
            image_type?: "private_image" | "shared_image" | "instance_image" | "harbor" | "jfrog";
            scan_status?: components["schemas"]["ImageScanStatus"];
            /**
             * Format: int64
             * @description Image size in bytes.
             * @example 52428800
             */
            image_size?: number;
            /** @description Creation time range start, epoch milliseconds. */
            start_latest_update_time?: components["schemas"]["EpochMillis"];
            /** @description Creation time range end, epoch milliseconds. */
            end_latest_update_time?: components["schemas"]["EpochMillis"];
            /** @description Latest-scan-completion time range start, epoch milliseconds. */
            start_latest_scan_time?: components["schemas"]["EpochMillis"];
            /** @description Latest-scan-completion time range end, epoch milliseconds. */
            end_latest_scan_time?: components["schemas"]["EpochMillis"];
        };
        /** @description One page of image tasks. */
        ImageScanTaskPage: {
            /**
             * Format: int32
             * @description Number of tasks on all pages (at most 1000, as documented).
             * @example 2
             */
            total_num?: number;
            /** @description The tasks on this page. */
            data_list?: components["schemas"]["ImageScanTaskInfo"][];
        };
        /** @description One image scan or sync task. */
        ImageScanTaskInfo: {
            /**
             * @description Id of the task: the `task_id` filter of this list, and the path of
             *     `ListAssociateRegistries` for a sync task.
             * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
             */
            task_id?: string;
            /**
             * @description Id of the scan policy that started a scheduled task.
             * @example c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f
             */
            policy_id?: string;
            /**
             * @description Name of the task.
             * @example manual-scan-20240701
             */
            task_name?: string;
            /** @description Time the task started, epoch milliseconds. */
            begin_time?: components["schemas"]["EpochMillis"];
            /** @description Time the task ended, epoch milliseconds. */
            end_time?: components["schemas"]["EpochMillis"];
            /**
             * Format: int64
             * @description Estimated minutes left.
             * @example 4
             */
            remain_min?: number;
            task_type?: components["schemas"]["ImageTaskType"];
            /**
             * @description Where the task's images live:
             *     - `local`: local images (on hosts)
             *     - `registry`: repository images
             * @example registry
             * @enum {string}
             */
            image_type?: "local" | "registry";
            /**
             * Format: int32
             * @description Progress of the task (a number, unlike the text filter of the same name):
             *     - `0` to `99`: running, percent done
             *     - `100`: finished
             *     - `-1`: stopped
             *     - `-2`: timed out
             *     - `-3`: failed
             * @example 100
             */
            task_status?: number;
            scan_scope?: components["schemas"]["ScanScope"];
            /**
             * Format: int32
             * @description Most images scanned per hour; `0` means no limit.
             * @example 0
             */
            rate_limit?: number;
            /**
             * @description Whether the task covers every image.
             * @example false
             */
            is_all?: boolean;
            /**
             * Format: int32
             * @description Number of images whose scan failed.
             * @example 1
             */
            failed_num?: number;
            /**
             * Format: int32
             * @description Number of images scanned.
             * @example 1
             */
            success_num?: number;
            /**
             * Format: int32
             * @description Number of images the task covers.
             * @example 2
             */
            total_num?: number;
            /**
             * Format: int32
             * @description Number of images with vulnerabilities, baseline findings or malicious files.
             * @example 1
             */
            risky_num?: number;
            /**
             * @description Kind of sync (sync tasks).
             * @example manualSync
             */
            sync_task_type?: string;
            /**
             * @description Why the task failed.
             * @example task timed out
             */
            failed_reason?: string;
            /** @description The images whose scan failed. */
            failed_images?: components["schemas"]["ImageScanTaskInfoFailedImages"][];
        };
        /** @description One image whose scan failed in a task. */
        ImageScanTaskInfoFailedImages: {
            /**
             * Format: int64
             * @description Id of the image record (`id` of its `ListRegistryImages` item).
             * @example 1035
             */
            id?: number;
            /**
             * @description Id of the registry.
             * @example 0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b
             */
            registry_id?: string;
            /**
             * @description Name of the registry.
             * @example swr-private
             */
            registry_name?: string;
            /**
             * @description Image name.
             * @example billing-api
             */
            image_name?: string;
            /**
             * @description Image version (tag).
             * @example v2.3.1
             */
            image_version?: string;
            /**
             * @description Organisation (namespace).
             * @example team-a
             */
            namespace?: string;
            registry_type?: components["schemas"]["RegistryType"];
            /**
             * @description Why the scan of this image failed.
             * @example download_failed
             */
            failed_reason?: string;
        };
        /** @description One page of an image's malicious files. */
        ImageMalwarePage: {
            /**
             * Format: int32
             * @description Number of malicious files on all pages.
             * @example 1
             */
            total_num?: number;
            /** @description The malicious files on this page. */
            data_list?: components["schemas"]["ImageMalwareInfo"][];
        };
        /** @description One malicious file found in an image. */
        ImageMalwareInfo: {
            /**
             * @description Name of the file.
             * @example xmrig
             */
            file_name?: string;
            /**
             * @description Path of the file in the image.
             * @example /usr/local/bin/xmrig
             */
            file_path?: string;
            /**
             * Format: int32
             * @description Size of the file.
             * @example 40960
             */
            size?: number;
            /**
             * @description What the file is.
             * @example Cryptocurrency mining program.
             */
            description?: string;
        };
        /**
         * @description Result of a baseline check item:
         *     - `pass`: passed
         *     - `failed`: failed
         * @example failed
         * @enum {string}
         */
        CheckRuleScanResult: "pass" | "failed";
        /** @description One page of baseline check items. */
        ImageCheckRulePage: {
            /**
             * Format: int32
             * @description Number of check items on all pages.
             * @example 2
             */
            total_num?: number;
            /** @description The check items on this page. */
            data_list?: components["schemas"]["ImageCheckRuleResponseInfo"][];
        };
        /** @description One baseline check item and its result. */
        ImageCheckRuleResponseInfo: {
            /**
             * @description Risk level of the item:
             *     - `Security`: no risk
             *     - `Low`, `Medium`, `High`: risk level
             */
            severity?: components["schemas"]["ImageSeverityLevel"];
            /**
             * @description Name of the baseline the item belongs to.
             * @example Docker
             */
            check_name?: string;
            /**
             * @description Type of the baseline.
             * @example container_image
             */
            check_type?: string;
            /**
             * @description Standard the item comes from:
             *     - `cn_standard`: Chinese classified protection (DJCP) compliance standard
             *     - `hw_standard`: Huawei Cloud security practice standard
             *     - `qt_standard`: Qingteng standard
             * @example hw_standard
             * @enum {string}
             */
            standard?: "cn_standard" | "hw_standard" | "qt_standard";
            /**
             * @description Description of the baseline.
             * @example Security configuration of the container image.
             */
            check_type_desc?: string;
            /**
             * @description The check item.
             * @example The image does not run as root
             */
            check_rule_name?: string;
            /**
             * @description Id of the check item.
             * @example 1.1
             */
            check_rule_id?: string;
            scan_result?: components["schemas"]["CheckRuleScanResult"];
            /** @description Time of the latest check, epoch milliseconds. */
            latest_scan_time?: components["schemas"]["EpochMillis"];
            /**
             * Format: int32
             * @description Number of images this item was checked on.
             * @example 1
             */
            image_num?: number;
        };
        /** @description One page of build instruction risks. */
        ImageBuildCommandRiskPage: {
            /**
             * Format: int32
             * @description Number of risks on all pages.
             * @example 1
             */
            total_num?: number;
            /** @description The risks on this page. */
            data_list?: components["schemas"]["ImageBuildCommandRiskResponseInfo"][];
        };
        /** @description One risk found in images' build instructions. */
        ImageBuildCommandRiskResponseInfo: {
            /** @description Time of the latest check, epoch milliseconds. */
            latest_scan_time?: components["schemas"]["EpochMillis"];
            /**
             * Format: int32
             * @description Number of images with this risk.
             * @example 1
             */
            image_num?: number;
            /**
             * @description Id of the risk.
             * @example 6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918
             */
            risk_id?: string;
            /**
             * @description Id of the rule that found it (what `build_command_rule_id_list` of the report export
             *     takes).
             * @example rule-env-secret
             */
            rule_id?: string;
            /**
             * @description Name of the risk.
             * @example Password in an environment variable
             */
            risk_name?: string;
            risk_level?: components["schemas"]["BuildCommandRiskLevel"];
            /**
             * @description What the risk is.
             * @example An ENV instruction sets a password: it is stored in the image for anyone to read.
             */
            description?: string;
            /**
             * @description Kind of image (as given in the request, e.g. `registry`).
             * @example registry
             */
            image_type?: string;
        };
        /**
         * @description Which vulnerability findings to act on, and how. The list fields apply only with the
         *     `select_type` named in their descriptions.
         */
        HandleImageVulnerabilityRequestBody: {
            /**
             * @description Where the images live:
             *     - `local`: local images (on hosts)
             *     - `registry`: repository images
             *     - `cicd`: CI/CD images
             * @example registry
             * @enum {string}
             */
            image_type: "local" | "registry" | "cicd";
            type: components["schemas"]["VulType"];
            /**
             * @description What to do:
             *     - `ignore`: ignore the findings
             *     - `not_ignore`: take an ignore back
             *     - `manual_repair`: mark them as fixed by hand
             *     - `add_to_whitelist`: add them to the vulnerability whitelist
             * @example ignore
             * @enum {string}
             */
            operate_type: "ignore" | "not_ignore" | "manual_repair" | "add_to_whitelist";
            /**
             * @description Only findings in this state:
             *     - `unhandled`: not handled
             *     - `handled`: handled
             */
            handle_status?: components["schemas"]["HandleStatus"];
            /**
             * @description Which findings:
             *     - `all_vul`: every finding
             *     - `specific_image_all_vul`: every vulnerability of the images in `image_id_list`
             *     - `specific_vul_all_image`: the vulnerabilities in `vul_id_list` on every image
             *     - `vul_view`: the pairs in `vul_data_list` (per vulnerability, its images)
             *     - `image_view`: the pairs in `image_data_list` (per image, its vulnerabilities)
             * @example image_view
             * @enum {string}
             */
            select_type: "all_vul" | "specific_image_all_vul" | "specific_vul_all_image" | "vul_view" | "image_view";
            /** @description The images whose vulnerabilities to act on (with `specific_image_all_vul`). */
            image_id_list?: string[];
            /** @description The vulnerabilities to act on, on every image (with `specific_vul_all_image`). */
            vul_id_list?: string[];
            /** @description Vulnerabilities, each with the images to act on (with `vul_view`). */
            vul_data_list?: components["schemas"]["HandleImageVulnerabilityRequestBodyVulDataList"][];
            /** @description Images, each with the vulnerabilities to act on (with `image_view`). */
            image_data_list?: components["schemas"]["HandleImageVulnerabilityRequestBodyImageDataList"][];
            /**
             * @description Why (kept in the handling history).
             * @example Accepted risk
             * @example reviewed 2024-07
             */
            remark?: string;
        };
        /** @description One vulnerability and the images to act on it for. */
        HandleImageVulnerabilityRequestBodyVulDataList: {
            /**
             * @description Id of the vulnerability.
             * @example CVE-2024-6387
             */
            vul_id?: string;
            /** @description The images. */
            image_id_list?: string[];
        };
        /** @description One image and the vulnerabilities to act on in it. */
        HandleImageVulnerabilityRequestBodyImageDataList: {
            /**
             * @description Id of the image.
             * @example 1034
             */
            image_id?: string;
            /** @description The vulnerabilities. */
            vul_id_list?: string[];
        };
        /**
         * @description State of a vulnerability on an image:
         *     - `vul_status_unfix`: not handled
         *     - `vul_status_ignored`: ignored
         * @example vul_status_ignored
         * @enum {string}
         */
        ImageVulOperationStatus: "vul_status_unfix" | "vul_status_ignored";
        /**
         * @description An action recorded in the handling history:
         *     - `ignore`: ignored
         *     - `not_ignore`: ignore taken back
         *     - `add_to_whitelist`: added to the whitelist
         * @example ignore
         * @enum {string}
         */
        ImageVulHandleType: "ignore" | "not_ignore" | "add_to_whitelist";
        /** @description One page of vulnerability handling records. */
        GeneralImageVulOperationsPage: {
            /**
             * Format: int32
             * @description Number of records on all pages.
             * @example 1
             */
            total_num?: number;
            /** @description The records on this page. */
            data_list?: components["schemas"]["GeneralImageVulOperationsResponseInfo"][];
        };
        /** @description One handling of a vulnerability on an image. */
        GeneralImageVulOperationsResponseInfo: {
            /**
             * @description Id of the image.
             * @example 1034
             */
            image_id?: string;
            /**
             * @description Image name.
             * @example nginx
             */
            image_name?: string;
            /**
             * @description Who handled it.
             * @example secops-alice
             */
            user_name?: string;
            /** @description When, epoch milliseconds. */
            handle_time?: components["schemas"]["EpochMillis"];
            handle_type?: components["schemas"]["ImageVulHandleType"];
            status?: components["schemas"]["ImageVulOperationStatus"];
            /**
             * @description The vulnerable software.
             * @example openssh-server
             */
            app_name?: string;
            /**
             * @description Its version.
             * @example 1:9.2p1-2
             */
            app_version?: string;
            /**
             * @description Its path in the image.
             * @example /usr/sbin/sshd
             */
            app_path?: string;
            /**
             * @description The remark given with the handling.
             * @example Not reachable; the SSH server is not started in this image
             */
            remark?: string;
            /**
             * @description Digest of the image.
             * @example sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b
             */
            image_digest?: string;
            /**
             * @description Image version (tag).
             * @example 1.25
             */
            image_version?: string;
            /**
             * @description Id of the HSS agent of the host (local images).
             * @example 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
             */
            agent_id?: string;
        };
        /**
         * @description Error body of HSS and its API gateway. The official parsers also accept `code`/`message`
         *     instead of `error_code`/`error_msg`, and an IAM-style `{"error": {"code", "message"}}`.
         */
        HssError: {
            /**
             * @description `HSS.xxxx` for service errors (HTTP 400), `APIGW.xxxx` (or older `APIG.xxxx`) for
             *     API gateway errors.
             * @example HSS.0001
             */
            error_code: string;
            /**
             * @description Human-readable message.
             * @example Invalid parameter
             */
            error_msg: string;
            /**
             * @description Request id (gateway errors); the `X-Request-Id` header always has it.
             * @example 5f0a4f4c1b7e8d2a9c3b6e1f0d2a4c8b
             */
            request_id?: string;
            /**
             * @description Encoded reason of a permission denial, for IAM's decoding API.
             * @example ZW5jb2RlZCBkZW5pYWwgcmVhc29u
             */
            encoded_authorization_message?: string;
        };
    };
    responses: {
        /** @description Request succeeded (no body). */
        Success: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Bad request. HSS service errors (all HTTP 400): `HSS.0001` invalid parameter, `HSS.0002`
         *     request could not be parsed, `HSS.0010` access denied, `HSS.0011` resource not found,
         *     `HSS.0013` insufficient permissions, `HSS.0014` quota creation not allowed. Gateway:
         *     `APIGW.0201` bad request, `APIGW.0602` bad request, `APIGW.0607` unsupported protocol.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /**
         * @description Authentication failed. `APIGW.0301`: bad or expired token, unknown AK, signature mismatch
         *     or expired signature, or an AK locked after more than five consecutive failures (do not
         *     retry blindly). `APIGW.0305`: incorrect authentication information. `APIGW.0307`: the
         *     token must be renewed (or belongs to another region): renew, then retry once.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /**
         * @description Not allowed. `APIGW.0302` IAM user not allowed to call the API, `APIGW.0306` API access
         *     denied, `APIGW.0310` project unavailable, `APIGW.0401`/`0402`/`0404` client IP unknown,
         *     not allowed or backend IP denied, `APIGW.0801`/`0802` service or IAM user not allowed in
         *     this region.
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /** @description `APIGW.0101`: API or method not found or not published (wrong host, path or method). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /**
         * @description `APIGW.0308`: throttled (default 200 requests per second per API; HSS limits cannot be
         *     raised). Retry with backoff.
         */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /**
         * @description The gateway's size limits, all `APIGW.0201`: 413 body larger than 12 MB, 414 URI too
         *     long, 494 request headers too large.
         */
        GatewayLimitExceeded: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /**
         * @description Gateway or service fault (`APIGW.0601`, `0605`, `0606`, `0608`, `0609`, `0611`, `0612`).
         *     Retryable with backoff where the operation is safe to repeat.
         */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /** @description `APIGW.0610` no backend available, or `APIGW.0201` backend unavailable. Retryable. */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /** @description `APIGW.0613`: IAM unavailable. Retryable. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
        /** @description `APIGW.0201`: backend timeout. Retryable where the operation is safe to repeat. */
        GatewayTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HssError"];
            };
        };
    };
    parameters: {
        /**
         * @description Project id of the region the assets belong to. The official SDKs never take it per
         *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
         * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
         */
        ProjectId: string;
        /**
         * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
         *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
         *     enterprise project function is enabled; a project the caller has no rights on gives a
         *     permission error.
         */
        EnterpriseProjectId: string;
        /**
         * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
         * @example cn-north-4
         */
        Region: string;
        /**
         * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
         *     the `project_id` path parameter.
         * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
         */
        XProjectId: string;
        /**
         * @description Id of the image (up to 128 characters).
         * @example 1034
         */
        ImageId: string;
        /**
         * @description Number of records to skip before the page starts, 0 to 2,000,000.
         * @example 0
         */
        Offset: number;
        /**
         * @description Records per page, 10 to 200.
         * @example 50
         */
        Limit: number;
        /**
         * @description Kind of image the finding belongs to:
         *     - `private_image`: private SWR image repository
         *     - `shared_image`: shared SWR image repository
         *     - `instance_image`: SWR enterprise instance image
         *     - `cicd`: CI/CD image
         *     - `harbor`: Harbor repository image
         * @example private_image
         */
        SensitiveInfoImageType: "private_image" | "shared_image" | "instance_image" | "cicd" | "harbor";
        /**
         * @description Where the images live:
         *     - `local`: local images (on hosts)
         *     - `registry`: repository images
         * @example registry
         */
        GlobalImageType: "local" | "registry";
        /**
         * @description Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.
         * @example vulnerability
         */
        WhitelistType: "vulnerability";
        /**
         * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
         * @example cn-north-4
         */
        OptionalRegion: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Request id assigned by the gateway; quote it when asking the vendor for help.
         * @example 5f0a4f4c1b7e8d2a9c3b6e1f0d2a4c8b
         */
        XRequestId: string;
    };
    pathItems: never;
}
export type ChangeSensitiveInfoRequestInfo = components['schemas']['ChangeSensitiveInfoRequestInfo'];
export type AddImageWhiteListsRequestBody = components['schemas']['AddImageWhiteListsRequestBody'];
export type AddImageWhiteListsRequestBodyQueryInfo = components['schemas']['AddImageWhiteListsRequestBodyQueryInfo'];
export type AddImageWhiteListsRequestBodyImageInfo = components['schemas']['AddImageWhiteListsRequestBodyImageInfo'];
export type LocalImageBatchScanRequestBody = components['schemas']['LocalImageBatchScanRequestBody'];
export type LocalImageInfo = components['schemas']['LocalImageInfo'];
export type BatchExportSwrBaselineInfoRequestInfo = components['schemas']['BatchExportSwrBaselineInfoRequestInfo'];
export type ImageSecurityReportStatistic = components['schemas']['ImageSecurityReportStatistic'];
export type VulType = components['schemas']['VulType'];
export type ImageScanStatus = components['schemas']['ImageScanStatus'];
export type ImageSensitivePage = components['schemas']['ImageSensitivePage'];
export type ImageSensitiveInfo = components['schemas']['ImageSensitiveInfo'];
export type SensitiveSeverity = components['schemas']['SensitiveSeverity'];
export type HandleStatus = components['schemas']['HandleStatus'];
export type ImageWhiteListPage = components['schemas']['ImageWhiteListPage'];
export type ImageWhiteListDetailResponseInfo = components['schemas']['ImageWhiteListDetailResponseInfo'];
export type ImageWhiteListDetailResponseInfoCves = components['schemas']['ImageWhiteListDetailResponseInfoCves'];
export type ImageWhiteListDetailResponseInfoQueryInfo = components['schemas']['ImageWhiteListDetailResponseInfoQueryInfo'];
export type ImageWhiteListDetailResponseInfoImageInfo = components['schemas']['ImageWhiteListDetailResponseInfoImageInfo'];
export type DeleteImageWhiteListsRequestBody = components['schemas']['DeleteImageWhiteListsRequestBody'];
export type ImageVulnerabilityPage = components['schemas']['ImageVulnerabilityPage'];
export type ImageVulInfo = components['schemas']['ImageVulInfo'];
export type RepairNecessity = components['schemas']['RepairNecessity'];
export type ImageLocalPage = components['schemas']['ImageLocalPage'];
export type ImageLocalInfo = components['schemas']['ImageLocalInfo'];
export type LocalImageType = components['schemas']['LocalImageType'];
export type EpochMillis = components['schemas']['EpochMillis'];
export type ExportImageSecurityReportTaskRequestInfo = components['schemas']['ExportImageSecurityReportTaskRequestInfo'];
export type ImageSecurityReportExportTask = components['schemas']['ImageSecurityReportExportTask'];
export type ReportImageType = components['schemas']['ReportImageType'];
export type ImageSeverityLevel = components['schemas']['ImageSeverityLevel'];
export type BuildCommandRiskLevel = components['schemas']['BuildCommandRiskLevel'];
export type AddRegistryRequestBody = components['schemas']['AddRegistryRequestBody'];
export type RegistryType = components['schemas']['RegistryType'];
export type RegistryTypeList = components['schemas']['RegistryTypeList'];
export type RegistryAccessStatus = components['schemas']['RegistryAccessStatus'];
export type RegistryPage = components['schemas']['RegistryPage'];
export type RegistryInfo = components['schemas']['RegistryInfo'];
export type CreateImageSynchronizeTaskRequestInfo = components['schemas']['CreateImageSynchronizeTaskRequestInfo'];
export type CreateImageSynchronizeTaskRequestInfoRegistryInfo = components['schemas']['CreateImageSynchronizeTaskRequestInfoRegistryInfo'];
export type RegistrySyncStatus = components['schemas']['RegistrySyncStatus'];
export type AssociateRegistriesPage = components['schemas']['AssociateRegistriesPage'];
export type AssociateRegistriesResponseInfo = components['schemas']['AssociateRegistriesResponseInfo'];
export type RegistryImagesImageType = components['schemas']['RegistryImagesImageType'];
export type RegistryImageScanStatus = components['schemas']['RegistryImageScanStatus'];
export type RegistryImagesPage = components['schemas']['RegistryImagesPage'];
export type RegistryImagesInfo = components['schemas']['RegistryImagesInfo'];
export type AssociateImagesInfo = components['schemas']['AssociateImagesInfo'];
export type ScanScope = components['schemas']['ScanScope'];
export type ImageTaskType = components['schemas']['ImageTaskType'];
export type CreateManualImageScanTaskReqInfo = components['schemas']['CreateManualImageScanTaskReqInfo'];
export type CreateManualImageScanTaskReqInfoImageInfo = components['schemas']['CreateManualImageScanTaskReqInfoImageInfo'];
export type CreateManualImageScanTaskReqInfoQueryInfo = components['schemas']['CreateManualImageScanTaskReqInfoQueryInfo'];
export type ImageScanTaskPage = components['schemas']['ImageScanTaskPage'];
export type ImageScanTaskInfo = components['schemas']['ImageScanTaskInfo'];
export type ImageScanTaskInfoFailedImages = components['schemas']['ImageScanTaskInfoFailedImages'];
export type ImageMalwarePage = components['schemas']['ImageMalwarePage'];
export type ImageMalwareInfo = components['schemas']['ImageMalwareInfo'];
export type CheckRuleScanResult = components['schemas']['CheckRuleScanResult'];
export type ImageCheckRulePage = components['schemas']['ImageCheckRulePage'];
export type ImageCheckRuleResponseInfo = components['schemas']['ImageCheckRuleResponseInfo'];
export type ImageBuildCommandRiskPage = components['schemas']['ImageBuildCommandRiskPage'];
export type ImageBuildCommandRiskResponseInfo = components['schemas']['ImageBuildCommandRiskResponseInfo'];
export type HandleImageVulnerabilityRequestBody = components['schemas']['HandleImageVulnerabilityRequestBody'];
export type HandleImageVulnerabilityRequestBodyVulDataList = components['schemas']['HandleImageVulnerabilityRequestBodyVulDataList'];
export type HandleImageVulnerabilityRequestBodyImageDataList = components['schemas']['HandleImageVulnerabilityRequestBodyImageDataList'];
export type ImageVulOperationStatus = components['schemas']['ImageVulOperationStatus'];
export type ImageVulHandleType = components['schemas']['ImageVulHandleType'];
export type GeneralImageVulOperationsPage = components['schemas']['GeneralImageVulOperationsPage'];
export type GeneralImageVulOperationsResponseInfo = components['schemas']['GeneralImageVulOperationsResponseInfo'];
export type HssError = components['schemas']['HssError'];
export type ResponseSuccess = components['responses']['Success'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseGatewayLimitExceeded = components['responses']['GatewayLimitExceeded'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ParameterProjectId = components['parameters']['ProjectId'];
export type ParameterEnterpriseProjectId = components['parameters']['EnterpriseProjectId'];
export type ParameterRegion = components['parameters']['Region'];
export type ParameterXProjectId = components['parameters']['XProjectId'];
export type ParameterImageId = components['parameters']['ImageId'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterSensitiveInfoImageType = components['parameters']['SensitiveInfoImageType'];
export type ParameterGlobalImageType = components['parameters']['GlobalImageType'];
export type ParameterWhitelistType = components['parameters']['WhitelistType'];
export type ParameterOptionalRegion = components['parameters']['OptionalRegion'];
export type HeaderXRequestId = components['headers']['XRequestId'];
export type $defs = Record<string, never>;
export interface operations {
    ChangeSensitiveInfo: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Kind of image the finding belongs to:
                 *     - `private_image`: private SWR image repository
                 *     - `shared_image`: shared SWR image repository
                 *     - `instance_image`: SWR enterprise instance image
                 *     - `cicd`: CI/CD image
                 *     - `harbor`: Harbor repository image
                 * @example private_image
                 */
                image_type: components["parameters"]["SensitiveInfoImageType"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSensitiveInfoRequestInfo"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageSensitive: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Kind of image the finding belongs to:
                 *     - `private_image`: private SWR image repository
                 *     - `shared_image`: shared SWR image repository
                 *     - `instance_image`: SWR enterprise instance image
                 *     - `cicd`: CI/CD image
                 *     - `harbor`: Harbor repository image
                 * @example private_image
                 */
                image_type: components["parameters"]["SensitiveInfoImageType"];
                /**
                 * @description Organisation (namespace) of the image; for repository images other than CI/CD.
                 * @example library
                 */
                namespace?: string;
                /**
                 * @description Image name; for repository images other than CI/CD.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Image version (tag); for repository images other than CI/CD.
                 * @example 1.25
                 */
                image_version?: string;
                /**
                 * @description Only findings in this file path.
                 * @example /root/.ssh/id_rsa
                 */
                file_path?: string;
                /**
                 * @description Only findings of this threat level:
                 *     - `critical`: critical
                 *     - `high`: high
                 *     - `medium`: medium
                 *     - `low`: low
                 * @example high
                 */
                severity?: components["schemas"]["SensitiveSeverity"];
                /**
                 * @description Only handled or only unhandled findings:
                 *     - `unhandled`: not handled
                 *     - `handled`: handled
                 * @example unhandled
                 */
                handle_status?: components["schemas"]["HandleStatus"];
            };
            header?: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region?: components["parameters"]["OptionalRegion"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id of the image (up to 128 characters).
                 * @example 1034
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageSensitivePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageWhiteLists: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Where the images live:
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                global_image_type: components["parameters"]["GlobalImageType"];
                /**
                 * @description Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.
                 * @example vulnerability
                 */
                type: components["parameters"]["WhitelistType"];
                /**
                 * @description Only entries for this vulnerability name (vulnerability whitelists only).
                 * @example CVE-2024-6387
                 */
                vul_name?: string;
                /**
                 * @description Only entries of this vulnerability type (vulnerability whitelists only):
                 *     - `linux_vul`: Linux (operating system) vulnerability
                 *     - `app_vul`: application vulnerability
                 * @example linux_vul
                 */
                vul_type?: components["schemas"]["VulType"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageWhiteListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    AddImageWhiteLists: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Where the images live:
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                global_image_type: components["parameters"]["GlobalImageType"];
                /**
                 * @description Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.
                 * @example vulnerability
                 */
                type: components["parameters"]["WhitelistType"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddImageWhiteListsRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    DeleteImageWhiteLists: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Where the images live:
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                global_image_type: components["parameters"]["GlobalImageType"];
                /**
                 * @description Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.
                 * @example vulnerability
                 */
                type: components["parameters"]["WhitelistType"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteImageWhiteListsRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageVulnerabilities: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Kind of image:
                 *     - `private_image`: private image repository
                 *     - `shared_image`: shared image repository
                 *     - `instance_image`: enterprise (SWR enterprise instance) image
                 *     - `cicd`: CI/CD image
                 *     - `harbor`: Harbor repository image
                 *     - `jfrog`: JFrog repository image
                 * @example private_image
                 */
                image_type: "private_image" | "shared_image" | "instance_image" | "cicd" | "harbor" | "jfrog";
                /**
                 * @description SWR enterprise instance id (SWR enterprise edition images).
                 * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
                 */
                instance_id?: string;
                /**
                 * @description Organisation (namespace) of the image.
                 * @example library
                 */
                namespace: string;
                /**
                 * @description Image name.
                 * @example nginx
                 */
                image_name: string;
                /**
                 * @description Image version (tag).
                 * @example 1.25
                 */
                tag_name: string;
                /**
                 * @description Only vulnerabilities of this risk level:
                 *     - `immediate_repair`: high
                 *     - `delay_repair`: medium
                 *     - `not_needed_repair`: low
                 * @example immediate_repair
                 */
                repair_necessity?: components["schemas"]["RepairNecessity"];
                /**
                 * @description Vulnerability id; partial ids match too.
                 * @example CVE-2024-6387
                 */
                vul_id?: string;
                /**
                 * @description Only vulnerabilities of this software.
                 * @example openssh-server
                 */
                app_name?: string;
                /**
                 * @description Only vulnerabilities of this type:
                 *     - `linux_vul`: Linux (operating system) vulnerability
                 *     - `app_vul`: application vulnerability
                 * @example linux_vul
                 */
                type?: components["schemas"]["VulType"];
                /**
                 * @description Only handled or only unhandled vulnerabilities:
                 *     - `unhandled`: not handled
                 *     - `handled`: handled
                 * @example unhandled
                 */
                handle_status?: components["schemas"]["HandleStatus"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id of the image (up to 128 characters).
                 * @example 1034
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageVulnerabilityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageLocal: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only images whose name contains this text (case-sensitive partial match), 1-256
                 *     characters.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Only images of this version (tag): letters, digits, `-`, `_`, `.` and `:`. Takes effect
                 *     only together with `image_name`.
                 * @example 1.25
                 */
                image_version?: string;
                /**
                 * @description Only images in this scan state (case-sensitive; an unknown value gives an empty list):
                 *     - `unscan`: not scanned
                 *     - `success`: scan finished
                 *     - `scanning`: scan running
                 *     - `failed`: scan failed
                 *     - `waiting_for_scan`: waiting to be scanned (reported as `waiting` in the items)
                 * @example failed
                 */
                scan_status?: "unscan" | "success" | "scanning" | "failed" | "waiting_for_scan";
                /**
                 * @description Only images of this origin:
                 *     - `other_image`: not from SWR
                 *     - `swr_image`: from SWR
                 * @example swr_image
                 */
                local_image_type?: components["schemas"]["LocalImageType"];
                /**
                 * @description Only images of exactly this size, in bytes.
                 * @example 52428800
                 */
                image_size?: number;
                /**
                 * @description Last-update (creation) time range start, epoch milliseconds; use it with
                 *     `end_latest_update_time`, below that value.
                 * @example 1717200000000
                 */
                start_latest_update_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Last-update (creation) time range end, epoch milliseconds; use it with
                 *     `start_latest_update_time`, above that value.
                 * @example 1719791999000
                 */
                end_latest_update_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Last-scan-completion time range start, epoch milliseconds; use it with
                 *     `end_latest_scan_time`. Applies to scanned (`success`) images only.
                 * @example 1717200000000
                 */
                start_latest_scan_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Last-scan-completion time range end, epoch milliseconds, above
                 *     `start_latest_scan_time`. Applies to scanned (`success`) images only.
                 * @example 1719791999000
                 */
                end_latest_scan_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description `true`: only images with software vulnerabilities; `false`: only images without.
                 *     Applies to scanned (`success`) images only.
                 * @example true
                 */
                has_vul?: boolean;
                /**
                 * @description Only images on hosts whose name contains this text (case-sensitive).
                 * @example ecs-web-01
                 */
                host_name?: string;
                /**
                 * @description Only images on this host (ECS instance id; exact match).
                 * @example 4f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9
                 */
                host_id?: string;
                /**
                 * @description Only images on the host with this public or private IPv4 address (exact match).
                 * @example 192.168.0.12
                 */
                host_ip?: string;
                /**
                 * @description Only images of this container (container id; exact match).
                 * @example 3f4e8b2c1a9d
                 */
                container_id?: string;
                /**
                 * @description Only images of containers whose name contains this text (case-sensitive).
                 * @example web-1
                 */
                container_name?: string;
                /**
                 * @description Only images of this Kubernetes pod (pod id; exact match).
                 * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
                 */
                pod_id?: string;
                /**
                 * @description Only images of pods whose name contains this text (case-sensitive): letters, digits
                 *     and `-`, not starting or ending with `-`.
                 * @example web-7d9c6b5f8-x2k4p
                 */
                pod_name?: string;
                /**
                 * @description Only images holding software whose name contains this text (case-sensitive).
                 * @example nginx
                 */
                app_name?: string;
                /**
                 * @description `true`: only images that run in containers; `false`: only images that do not.
                 * @example true
                 */
                has_container?: boolean;
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageLocalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    BatchScanLocalImage: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
            };
            header: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region: components["parameters"]["Region"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalImageBatchScanRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ShowImageSecurityReportStatistic: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Report to count:
                 *     - `vulnerability`: vulnerabilities
                 *     - `risk-config`: unsafe configurations (baseline)
                 *     - `malwares`: malicious files
                 *     - `apps`: software
                 *     - `files`: files
                 *     - `sensitive-info`: sensitive information
                 *     - `non-compliant-app`: non-compliant software
                 *     - `build-command-risks`: risky build instructions
                 * @example vulnerability
                 */
                security_report_type: "vulnerability" | "risk-config" | "malwares" | "apps" | "files" | "sensitive-info" | "non-compliant-app" | "build-command-risks";
            };
            header: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region: components["parameters"]["Region"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchExportSwrBaselineInfoRequestInfo"];
            };
        };
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageSecurityReportStatistic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ExportImageSecurityReportTask: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportImageSecurityReportTaskRequestInfo"];
            };
        };
        responses: {
            /** @description Request succeeded; the export task was created. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageSecurityReportExportTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListRegistry: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only the registry of this name.
                 * @example harbor-prod
                 */
                registry_name?: string;
                /**
                 * @description Only the registry of this id (`id` of an item).
                 * @example 3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c
                 */
                registry_id?: string;
                /**
                 * @description Only registries of these types, separated by commas (all types when absent):
                 *     - `Harbor`: Harbor registry
                 *     - `Jfrog`: JFrog registry
                 *     - `SwrPrivate`: SWR private registry
                 *     - `SwrShared`: SWR shared registry
                 *     - `SwrEnterprise`: SWR enterprise edition registry
                 *     - `Other`: another registry
                 * @example Harbor,Jfrog
                 */
                registry_type?: components["schemas"]["RegistryTypeList"];
                /**
                 * @description Only the registry at this address.
                 * @example harbor.example.com
                 */
                registry_addr?: string;
                /**
                 * @description Only registries in this connection state:
                 *     - `success`: connected
                 *     - `fail`: the connection failed
                 *     - `accessing`: being connected
                 * @example accessing
                 */
                status?: components["schemas"]["RegistryAccessStatus"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    AddRegistry: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRegistryRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CreateImageSynchronizeTask: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
            };
            header?: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region?: components["parameters"]["OptionalRegion"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageSynchronizeTaskRequestInfo"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListAssociateRegistries: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Only the registry of this name.
                 * @example harbor-prod
                 */
                registry_name?: string;
                /**
                 * @description Only registries of these types, separated by commas (all types when absent):
                 *     - `Harbor`: Harbor registry
                 *     - `Jfrog`: JFrog registry
                 *     - `SwrPrivate`: SWR private registry
                 *     - `SwrShared`: SWR shared registry
                 *     - `SwrEnterprise`: SWR enterprise edition registry
                 *     - `Other`: another registry
                 * @example Harbor
                 */
                registry_type?: components["schemas"]["RegistryTypeList"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only registries in this sync state:
                 *     - `finished`: synced
                 *     - `running`: being synced
                 *     - `failed`: the sync failed
                 * @example failed
                 */
                sync_status?: components["schemas"]["RegistrySyncStatus"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id of the sync task (`task_id` of a `ListImageScanTask` item of `type=image_sync`).
                 * @example 5c4b3a29-1807-4f6e-9d5c-4b3a29180706
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociateRegistriesPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListRegistryImages: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Only images of this organisation (namespace).
                 * @example library
                 */
                namespace?: string;
                /**
                 * @description Only images of this name.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Only images of this version (tag).
                 * @example 1.25
                 */
                image_version?: string;
                /**
                 * @description Only images of the registry of this name.
                 * @example harbor-prod
                 */
                registry_name?: string;
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only images of this kind:
                 *     - `private_image`: SWR private image
                 *     - `shared_image`: SWR shared image
                 *     - `instance_image`: SWR enterprise edition image
                 *     - `harbor`: Harbor registry image
                 *     - `jfrog`: JFrog registry image
                 * @example harbor
                 */
                image_type?: components["schemas"]["RegistryImagesImageType"];
                /**
                 * @description Field to sort by:
                 *     - `latest_scan_time`: time of the latest scan
                 * @example latest_scan_time
                 */
                sort_key?: "latest_scan_time";
                /**
                 * @description Sort order (ascending when absent):
                 *     - `asc`: ascending
                 *     - `desc`: descending
                 * @example desc
                 */
                sort_dir?: "asc" | "desc";
                /**
                 * @description Records per page, 1 to 200.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description `true`: only the newest version of each image.
                 * @example true
                 */
                latest_version?: boolean;
                /**
                 * @description Only images of exactly this size, in bytes.
                 * @example 52428800
                 */
                image_size?: number;
                /**
                 * @description Only images in this scan state:
                 *     - `unscan`: not scanned
                 *     - `success`: scan finished
                 *     - `scanning`: scan running
                 *     - `failed`: scan failed
                 *     - `waiting_for_scan`: waiting to be scanned
                 * @example failed
                 */
                scan_status?: "unscan" | "success" | "scanning" | "failed" | "waiting_for_scan";
                /**
                 * @description Last-update time range start, epoch milliseconds; at most `end_latest_update_time`
                 *     (up to now when that is absent).
                 * @example 1717200000000
                 */
                start_latest_update_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Last-update time range end, epoch milliseconds; at least `start_latest_update_time`
                 *     (from 0 when that is absent).
                 * @example 1719791999000
                 */
                end_latest_update_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Latest-scan-completion time range start, epoch milliseconds; at most
                 *     `end_latest_scan_time` (up to now when that is absent).
                 * @example 1717200000000
                 */
                start_latest_scan_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Latest-scan-completion time range end, epoch milliseconds; at least
                 *     `start_latest_scan_time` (from 0 when that is absent).
                 * @example 1719791999000
                 */
                end_latest_scan_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Latest-sync-completion time range start, epoch milliseconds; at most
                 *     `end_latest_sync_time` (up to now when that is absent).
                 * @example 1717200000000
                 */
                start_latest_sync_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description Latest-sync-completion time range end, epoch milliseconds; at least
                 *     `start_latest_sync_time` (from 0 when that is absent).
                 * @example 1719791999000
                 */
                end_latest_sync_time?: components["schemas"]["EpochMillis"];
                /**
                 * @description `true`: only images with malicious files; `false`: only images without.
                 * @example true
                 */
                has_malicious_file?: boolean;
                /**
                 * @description `true`: only images with failed baseline checks; `false`: only images without.
                 * @example true
                 */
                has_unsafe_setting?: boolean;
                /**
                 * @description `true`: only images with software vulnerabilities; `false`: only images without.
                 * @example true
                 */
                has_vul?: boolean;
                /**
                 * @description `true`: only images with security risks; `false`: only images without.
                 * @example true
                 */
                risky?: boolean;
                /**
                 * @description Only images of this SWR enterprise edition instance (its id; SWR enterprise images only).
                 * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
                 */
                instance_id?: string;
                /**
                 * @description Only images of this SWR enterprise edition instance (its name; SWR enterprise images only).
                 * @example swr-prod
                 */
                instance_name?: string;
                /**
                 * @description `true`: only multi-architecture images; `false`: only single-architecture ones.
                 * @example false
                 */
                is_multarch?: boolean;
                /**
                 * @description Only images of this risk level (known once a scan finished):
                 *     - `Security`: secure
                 *     - `Low`, `Medium`, `High`: risk level
                 * @example High
                 */
                severity_level?: components["schemas"]["ImageSeverityLevel"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryImagesPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CreateManualImageScanTask: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Where the images to scan live (`registry` when absent):
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                global_image_type?: "local" | "registry";
            };
            header?: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region?: components["parameters"]["OptionalRegion"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateManualImageScanTaskReqInfo"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageScanTask: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Only tasks of images that live here:
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                global_image_type?: "local" | "registry";
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Kind of task:
                 *     - `image_sync`: image list sync
                 *     - `image_scan`: image scan
                 * @example image_scan
                 */
                type: "image_sync" | "image_scan";
                /**
                 * @description Only tasks started this way:
                 *     - `cycle`: scheduled scan
                 *     - `manual`: manual scan (`CreateManualImageScanTask`)
                 *     - `autoSync`: scheduled sync
                 *     - `manualSync`: manual sync (`CreateImageSynchronizeTask`)
                 * @example manual
                 */
                task_type?: components["schemas"]["ImageTaskType"];
                /**
                 * @description Only tasks whose name contains this text.
                 * @example manual-scan
                 */
                task_name?: string;
                /**
                 * @description Only the task of this id.
                 * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
                 */
                task_id?: string;
                /**
                 * @description Task creation time, epoch milliseconds.
                 * @example 1719791999000
                 */
                create_time?: number;
                /**
                 * @description Task end time, epoch milliseconds.
                 * @example 1719792599000
                 */
                end_time?: number;
                /**
                 * @description Only tasks in this state (text, unlike the items' numeric `task_status`):
                 *     - `scanning`: running
                 *     - `finished`: ended
                 * @example scanning
                 */
                task_status?: "scanning" | "finished";
                /**
                 * @description Only scan tasks looking for this (see `scan_scope` of `CreateManualImageScanTask`).
                 * @example 2147483647
                 */
                scan_scope?: components["schemas"]["ScanScope"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageScanTaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageMalware: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Kind of image:
                 *     - `private_image`: SWR private image
                 *     - `shared_image`: SWR shared image
                 *     - `instance_image`: SWR enterprise edition image
                 *     - `cicd`: CI/CD image
                 *     - `harbor`: Harbor registry image
                 * @example harbor
                 */
                image_type: "private_image" | "shared_image" | "instance_image" | "cicd" | "harbor";
                /**
                 * @description Only files whose name contains this text.
                 * @example miner
                 */
                file_name?: string;
                /**
                 * @description Organisation (namespace) of the image; for repository images other than CI/CD.
                 * @example library
                 */
                namespace?: string;
                /**
                 * @description Image name; for repository images other than CI/CD.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Image version (tag); for repository images other than CI/CD.
                 * @example 1.25
                 */
                tag_name?: string;
            };
            header?: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region?: components["parameters"]["OptionalRegion"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id of the image: for a CI/CD image its image id; for a repository image the `id` of its
                 *     `ListRegistryImages` item, as decimal text (the image is then pinned down by
                 *     `namespace`, `image_name` and `tag_name`).
                 * @example 1034
                 */
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMalwarePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListCheckRulesInfo: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description What is checked. Only `image` (container images) exists for this operation.
                 * @example image
                 */
                type: "image";
                /**
                 * @description Kind of image:
                 *     - `registry`: repository image (SWR, Harbor or JFrog)
                 *     - `cicd`: CI/CD image
                 * @example registry
                 */
                image_type: "registry" | "cicd";
                /**
                 * @description Organisation (namespace) of the image.
                 * @example library
                 */
                namespace?: string;
                /**
                 * @description Image name.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Image version (tag).
                 * @example 1.25
                 */
                image_version?: string;
                /**
                 * @description SWR enterprise edition instance id (not needed for SWR shared edition).
                 * @example 2f3f1a5e-6b3c-4f1e-9a53-2c8e7d7b9e11
                 */
                instance_id?: string;
                /**
                 * @description Id of the image.
                 * @example 9f8e7d6c5b4a39281706f5e4d3c2b1a0
                 */
                image_id?: string;
                /**
                 * @description Only items with this result:
                 *     - `pass`: passed
                 *     - `failed`: failed
                 * @example failed
                 */
                scan_result?: components["schemas"]["CheckRuleScanResult"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageCheckRulePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListImageBuildCommandRisks: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Kind of image:
                 *     - `registry`: repository image (SWR, Harbor or JFrog)
                 *     - `cicd`: CI/CD image
                 * @example registry
                 */
                image_type: "registry" | "cicd";
                /**
                 * @description Only the risks of the image of this id.
                 * @example 9f8e7d6c5b4a39281706f5e4d3c2b1a0
                 */
                image_id?: string;
                /**
                 * @description Only the risk of this name.
                 * @example Password in an environment variable
                 */
                risk_name?: string;
                /**
                 * @description Only risks of this level:
                 *     - `critical`: critical
                 *     - `high`: high
                 *     - `medium`: medium
                 *     - `low`: low
                 * @example high
                 */
                risk_level?: components["schemas"]["BuildCommandRiskLevel"];
            };
            header?: {
                /**
                 * @description Region id, e.g. `cn-north-4` (the header name is lower-case `region`).
                 * @example cn-north-4
                 */
                region?: components["parameters"]["OptionalRegion"];
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageBuildCommandRiskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    HandleImageVulnerability: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandleImageVulnerabilityRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ListGeneralImageVulOperations: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project whose assets to act on: `0` is the default enterprise project,
                 *     `all_granted_eps` every enterprise project the caller may see. Only meaningful once the
                 *     enterprise project function is enabled; a project the caller has no rights on gives a
                 *     permission error.
                 */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectId"];
                /**
                 * @description Number of records to skip before the page starts, 0 to 2,000,000.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Records per page, 10 to 200.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Id of the vulnerability (e.g. a CVE id).
                 * @example CVE-2024-6387
                 */
                vul_id: string;
                /**
                 * @description Only the records of the image of this id.
                 * @example 1034
                 */
                image_id?: string;
                /**
                 * @description Where the images live:
                 *     - `local`: local images (on hosts)
                 *     - `registry`: repository images
                 * @example registry
                 */
                image_type: "local" | "registry";
                /**
                 * @description Only the records of images of this name.
                 * @example nginx
                 */
                image_name?: string;
                /**
                 * @description Only records of vulnerabilities now in this state:
                 *     - `vul_status_unfix`: not handled
                 *     - `vul_status_ignored`: ignored
                 * @example vul_status_ignored
                 */
                status?: components["schemas"]["ImageVulOperationStatus"];
                /**
                 * @description Only the records of this user.
                 * @example secops-alice
                 */
                user_name?: string;
                /**
                 * @description Only records of this action:
                 *     - `ignore`: ignored
                 *     - `not_ignore`: ignore taken back
                 *     - `add_to_whitelist`: added to the whitelist
                 * @example ignore
                 */
                handle_type?: components["schemas"]["ImageVulHandleType"];
                /**
                 * @description Only records about this software.
                 * @example openssh-server
                 */
                app_name?: string;
                /**
                 * @description Only records about this software version.
                 * @example 1:9.2p1-2
                 */
                app_version?: string;
                /**
                 * @description Only records with this remark.
                 * @example Not reachable
                 */
                remark?: string;
            };
            header?: {
                /**
                 * @description Project id, sent by the official SDKs with AK/SK signing (and then signed); same value as
                 *     the `project_id` path parameter.
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description Project id of the region the assets belong to. The official SDKs never take it per
                 *     call: it comes with the credentials (`HUAWEICLOUD_SDK_PROJECT_ID`).
                 * @example 0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneralImageVulOperationsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["GatewayLimitExceeded"];
            414: components["responses"]["GatewayLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            494: components["responses"]["GatewayLimitExceeded"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
