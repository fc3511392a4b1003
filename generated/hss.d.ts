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
         *     (`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default).
         */
        post: operations["ChangeSensitiveInfo"];
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
        get?: never;
        put?: never;
        /**
         * Add images to the vulnerability whitelist
         * @description Creates a whitelist entry that applies to all images, to images of given repository
         *     types, or to specific images. Only vulnerability whitelists exist today
         *     (`type=vulnerability`).
         */
        post: operations["AddImageWhiteLists"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Which finding to handle and how. */
        ChangeSensitiveInfoRequestInfo: {
            /**
             * @description Id of the sensitive-information finding.
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
             * @example swr_image
             * @enum {string}
             */
            local_image_type?: "other_image" | "swr_image";
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
            /**
             * @description Image type:
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
            image_type?: "private_image" | "shared_image" | "local_image" | "instance_image" | "harbor" | "jfrog" | "cicd";
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
            /**
             * @description Image risk level, known once a scan completed (capitalised, unlike
             *     `build_command_risk_level`):
             *     - `Security`: secure
             *     - `Low`, `Medium`, `High`: risk level
             * @example High
             * @enum {string}
             */
            severity_level?: "Security" | "Low" | "Medium" | "High";
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
            /**
             * @description Risk level of a build instruction (lower case).
             * @example high
             * @enum {string}
             */
            build_command_risk_level?: "critical" | "high" | "medium" | "low";
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
                image_type: "private_image" | "shared_image" | "instance_image" | "cicd" | "harbor";
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
                global_image_type: "local" | "registry";
                /**
                 * @description Whitelist type. Only `vulnerability` (vulnerability whitelist) exists.
                 * @example vulnerability
                 */
                type: "vulnerability";
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
}
