/**
 * Generated from openapi/sas.yaml by scripts/generate.ts (openapi-typescript). Do not edit by hand:
 * change the spec, then run `npm run generate`. `npm run generate -- --check` fails when stale.
 */
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fix (or otherwise handle) vulnerabilities of container images
         * @description Acts on the image vulnerabilities named in `Info`. The documented operation is the fix,
         *     `OperateType=vul_fix` with `Type=cve`: the image is rebuilt and pushed under each item's
         *     `newTag`. Which `Info` fields each operation needs is not documented; `newTag` matters
         *     only for the fix. All three parameters are optional in every official SDK model, and the
         *     official client always sends them in the query string.
         */
        post: operations["OperateImageVul"];
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
        /**
         * @description Decoded form of the `Info` parameter: one item per image. No field is marked required by
         *     the vendor, and which fields each `OperateType` needs is not documented.
         * @example [
         *       {
         *         "namespace": "cloud_oa****",
         *         "repoName": "hybirdc****",
         *         "regionId": "cn-shanghai",
         *         "instanceId": "cri-rv4nvbv8iju4****",
         *         "repoId": "crr-2q7302qrofxg****",
         *         "tag": "hybird-cloud-web_fix_167115945****",
         *         "digest": "e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****",
         *         "newTag": "hybird-cloud-web_fix_167115996****",
         *         "uuid": "4ad91dd8c0c02de6574fa98085d0****",
         *         "ids": [
         *           197540864,
         *           197540865,
         *           197540869
         *         ]
         *       }
         *     ]
         */
        OperateImageVulInfo: components["schemas"]["ImageVulTarget"][];
        /** @description One image and the vulnerability records to act on. */
        ImageVulTarget: {
            /**
             * @description Image namespace in Container Registry.
             * @example cloud_oa****
             */
            namespace?: string;
            /**
             * @description Container Registry repository name.
             * @example hybirdc****
             */
            repoName?: string;
            /**
             * @description Region of the repository (not the endpoint's region).
             * @example cn-shanghai
             */
            regionId?: string;
            /**
             * @description Container Registry (Enterprise Edition) instance id.
             * @example cri-rv4nvbv8iju4****
             */
            instanceId?: string;
            /**
             * @description Repository id.
             * @example crr-2q7302qrofxg****
             */
            repoId?: string;
            /**
             * @description The image's current tag.
             * @example hybird-cloud-web_fix_167115945****
             */
            tag?: string;
            /**
             * @description Image digest (64 hex characters).
             * @example e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****
             */
            digest?: string;
            /**
             * @description Tag the fixed image gets (fix only).
             * @example hybird-cloud-web_fix_167115996****
             */
            newTag?: string;
            /**
             * @description Security Center's UUID of the image.
             * @example 4ad91dd8c0c02de6574fa98085d0****
             */
            uuid?: string;
            /** @description Primary keys of the vulnerability records. */
            ids?: number[];
        };
        /** @description Success body; it has no other field. */
        OperateImageVulResponseBody: {
            /**
             * @description Id of the request.
             * @example 486F2228-438A-544A-A533-433F943C15CD
             */
            RequestId?: string;
        };
        /** @description Error body of Alibaba Cloud's API gateway and services. */
        AcsError: {
            /**
             * @description Id of the request.
             * @example 486F2228-438A-544A-A533-433F943C15CD
             */
            RequestId: string;
            /**
             * @description Host that answered.
             * @example tds.cn-shanghai.aliyuncs.com
             */
            HostId?: string;
            /**
             * @description Error code, e.g. `NoPermission`, `ServerError`, `SignatureDoesNotMatch`,
             *     `Throttling.User`. Kept open: gateways and services add codes.
             * @example NoPermission
             */
            Code: string;
            /**
             * @description Human-readable message.
             * @example caller has no permission
             */
            Message: string;
            /**
             * Format: uri
             * @description Troubleshooting URL.
             * @example https://api.aliyun.com/troubleshoot?q=NoPermission&product=Sas
             */
            Recommend?: string;
            AccessDeniedDetail?: components["schemas"]["AccessDeniedDetail"];
        };
        /** @description Why RAM denied the call (permission errors only). */
        AccessDeniedDetail: {
            /**
             * @description The RAM action that was checked.
             * @example yundun-sas:OperateImageVul
             */
            AuthAction?: string;
            /**
             * @description Kind of principal.
             * @example SubUser
             */
            AuthPrincipalType?: string;
            /**
             * @description Account that owns the principal.
             * @example 1234567890123456
             */
            AuthPrincipalOwnerId?: string;
            /**
             * @description Principal's display name.
             * @example ci-scanner
             */
            AuthPrincipalDisplayName?: string;
            /**
             * @description Kind of policy that decided.
             * @example AccountLevelIdentityBasedPolicy
             */
            PolicyType?: string;
            /**
             * @description `ImplicitDeny` (no policy allows it) or `ExplicitDeny`.
             * @example ImplicitDeny
             */
            NoPermissionType?: string;
            /**
             * @description Diagnostic message for RAM's DecodeDiagnosticMessage.
             * @example AQEAAAAAaNH2o4pGM0FCNTNDRC1FOTNGLTU2RTItOUNDRS1GQzk4NjMyRkRFMzg=
             */
            EncodedDiagnosticMessage?: string;
        };
    };
    responses: {
        /**
         * @description Rejected request: `MissingParameter`/`Missing<Name>`, `InvalidParameter`/`Invalid<Name>`,
         *     `IncompleteSignature`, `SignatureDoesNotMatch` (the message includes the server's
         *     string-to-sign), `InvalidAccessKeyId.NotFound` (404 in older lists),
         *     `InvalidAccessKeyId.Inactive`, `InvalidTimeStamp.Format`, `InvalidTimeStamp.Expired`
         *     (clock more than 15 minutes off), `SignatureNonceUsed`, and throttling: `Throttling`,
         *     `Throttling.User`, `Throttling.Api` (retry with backoff; `x-acs-retry-after` may say when).
         */
        BadRequest: {
            headers: {
                "x-acs-retry-after": components["headers"]["AcsRetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AcsError"];
            };
        };
        /**
         * @description Not authorized: `NoPermission` (the RAM user or role lacks
         *     `yundun-sas:OperateImageVul`; documented by the API page), `Forbidden.RAM`. Some product
         *     pages list `SignatureDoesNotMatch` as 403.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AcsError"];
            };
        };
        /**
         * @description `InvalidApi.NotFound`: action or version not found (names are case-sensitive); older
         *     lists also give `InvalidAccessKeyId.NotFound` as 404.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AcsError"];
            };
        };
        /** @description `ServerError` (documented by the API page) or `InternalError`: service fault, try again later. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AcsError"];
            };
        };
        /** @description `ServiceUnavailable`: temporarily unavailable; retry with backoff. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AcsError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before retrying a throttled call. The official SDK parses it as an
         *     integer and uses it as milliseconds; the unit is not documented.
         * @example 1000
         */
        AcsRetryAfter: number;
    };
    pathItems: never;
}
export type OperateImageVulInfo = components['schemas']['OperateImageVulInfo'];
export type ImageVulTarget = components['schemas']['ImageVulTarget'];
export type OperateImageVulResponseBody = components['schemas']['OperateImageVulResponseBody'];
export type AcsError = components['schemas']['AcsError'];
export type AccessDeniedDetail = components['schemas']['AccessDeniedDetail'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type HeaderAcsRetryAfter = components['headers']['AcsRetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    OperateImageVul: {
        parameters: {
            query?: {
                /**
                 * @description The vulnerabilities to act on: a JSON **array** sent as text. Each item names one image
                 *     (`namespace`, `repoName`, `regionId`, `instanceId`, `repoId`, `tag`, `digest`,
                 *     `newTag`, `uuid`) and the primary keys of its vulnerability records (`ids`). The
                 *     vendor page shows the example with backslash-escaped quotes; that is only how the page
                 *     displays it: the value is plain JSON.
                 * @example [{"namespace":"cloud_oa****","repoName":"hybirdc****","regionId":"cn-shanghai","instanceId":"cri-rv4nvbv8iju4****","repoId":"crr-2q7302qrofxg****","tag":"hybird-cloud-web_fix_167115945****","digest":"e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****","newTag":"hybird-cloud-web_fix_167115996****","uuid":"4ad91dd8c0c02de6574fa98085d0****","ids":[197540864,197540865,197540869]}]
                 */
                Info?: string;
                /**
                 * @description What to do. Documented: `vul_fix` (fix; the page calls it fixed for the image fix).
                 *     The summary also names verify, ignore and un-ignore without tokens; the sibling host
                 *     API ModifyOperateVul uses `vul_verify`, `vul_ignore`, `vul_undo_ignore` and
                 *     `vul_delete`, which this action probably accepts (unverified).
                 * @example vul_fix
                 */
                OperateType?: string;
                /**
                 * @description Vulnerability type. Documented: `cve` (the page calls it fixed). Sibling image APIs
                 *     also use `sca` (image application vulnerability); host APIs use `sys`, `cms`, `emg`
                 *     and `app`.
                 * @example cve
                 */
                Type?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example OperateImageVul
                 */
                "x-acs-action": "OperateImageVul";
                /**
                 * @description API version (signed).
                 * @example 2018-12-03
                 */
                "x-acs-version": "2018-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperateImageVulResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
