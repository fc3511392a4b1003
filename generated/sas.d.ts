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
    "/#DescribeImageVulList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the vulnerabilities found in container images
         * @description Returns one page of image vulnerability records with the images they affect. A record's
         *     `PrimaryId` is the id OperateImageVul takes in `Info[].ids`; its `RepoNamespace`,
         *     `RepoName` and `ImageDigest` name the image (`Tag`: see its note). Only `Type` is
         *     required; every other parameter narrows the list. For the newest findings, start a scan
         *     first (PublicCreateImageScanTask) and, as the vendor advises, wait one to five minutes.
         *
         *     Two kinds of location filter exist side by side: `RepoRegionId`, `RepoInstanceId`,
         *     `RepoId`, `RepoNamespace`, `RepoName` name the registry repository, while `RegionId`,
         *     `InstanceId` and `Uuids` name the asset (server) the image was found on.
         */
        post: operations["DescribeImageVulList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageInfoList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the images Security Center holds for given servers
         * @description Returns, for the servers named in `Uuids`, the images Security Center knows, each with
         *     the repository coordinates OperateImageVul's `Info` items ask for: `RegionId` (regionId),
         *     `InstanceId` (instanceId), `RepoId` (repoId), `RepoNamespace` (namespace), `RepoName`
         *     (repoName), `Tag` (tag) and `Digest` (digest). Not paged: the whole list comes at once.
         *
         *     Caution: the vendor describes `Uuid` here as the server's UUID, and its `InstanceId`
         *     example is an ECS-style `i-...` id, whereas OperateImageVul's `uuid` is documented as
         *     the image's and its `instanceId` example is a registry `cri-...` id. Whether these values
         *     can be passed on unchanged is not documented.
         */
        post: operations["DescribeImageInfoList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageFixTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the image fix tasks
         * @description Returns one page of the image fix tasks (type `IMAGE_REPAIR`), such as those an
         *     OperateImageVul `vul_fix` starts: which image (`RepoNamespace`, `RepoName`, `OldTag`)
         *     was rebuilt into which tag (`NewTag`), for which vulnerability, and whether the rebuild
         *     is running (`1`), succeeded (`2`) or failed (`3`). Filter by status and by a time window
         *     in epoch milliseconds. `CurrentPage` and `PageSize` must both be sent.
         */
        post: operations["DescribeImageFixTask"];
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
        /** @description One page of image vulnerability records. */
        DescribeImageVulListResponseBody: {
            /**
             * @description Id of the request.
             * @example D6B20156-49B0-5CF0-B14D-7ECA4B50DAAB
             */
            RequestId?: string;
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Records per page.
             * @example 10
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Records matching the filters, over all pages (images, with `GroupByAsset=true`).
             * @example 2
             */
            TotalCount?: number;
            /** @description This page's records. */
            VulRecords?: components["schemas"]["ImageVulRecord"][];
        };
        /** @description One vulnerability found in one image. */
        ImageVulRecord: {
            /**
             * Format: int64
             * @description Id of the record; OperateImageVul takes it in `Info[].ids`.
             * @example 197540864
             */
            PrimaryId?: number;
            /**
             * @description Vulnerability name.
             * @example debian:10:CVE-2019-9893
             */
            Name?: string;
            /**
             * @description Vulnerability alias (display title).
             * @example CVE-2018-25010:libwebp up to 1.0.0 ApplyFilter out-of-bounds read
             */
            AliasName?: string;
            /**
             * @description Vulnerability type; `cve` for image vulnerabilities.
             * @example cve
             */
            Type?: string;
            /**
             * @description CVE id(s) of the vulnerability.
             * @example CVE-2019-9893
             */
            Related?: string;
            /**
             * @description Fix priority: `asap` (high), `later` (medium), `nntf` (low).
             * @example asap
             */
            Necessity?: string;
            /**
             * Format: int32
             * @description Fix status; documented here: `1` unfixed, `7` fixed (the filter also knows `4`, being fixed).
             * @example 1
             */
            Status?: number;
            /**
             * @description Whether the console can fix it: `yes` or `no`.
             * @example yes
             */
            CanFix?: string;
            /**
             * @description Whether Security Center can upgrade the affected package.
             * @example true
             */
            CanUpdate?: boolean;
            /**
             * @description Whether an agentless fix is possible; absent when unknown. (Newest SDK models only.)
             * @example false
             */
            AgentlessCanFix?: boolean;
            /**
             * @description Namespace of the image's repository (OperateImageVul `namespace`).
             * @example cloud_oa****
             */
            RepoNamespace?: string;
            /**
             * @description Repository name (OperateImageVul `repoName`).
             * @example hybirdc****
             */
            RepoName?: string;
            /**
             * @description Tag of the record: the vendor calls it a tag of the vulnerability, with the example
             *     `oval` (a detection source), not the image's tag; OperateImageVul's `tag` is better
             *     taken from DescribeImageInfoList or the image name.
             * @example oval
             */
            Tag?: string;
            /**
             * @description Image digest (OperateImageVul `digest`).
             * @example e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****
             */
            ImageDigest?: string;
            /**
             * @description Full image name.
             * @example registry.cn-wulanchabu.aliyuncs.com/sas_test/huxin-test-001:nuxeo6-conta****
             */
            Image?: string;
            /** @description Digests of the image's layers. */
            Layers?: string[];
            /**
             * @description UUID of the asset, which the vendor calls the server's (OperateImageVul's `uuid` is
             *     documented as the image's: not confirmed to be the same value).
             * @example 0004a32a0305a7f6ab5ff9600d47****
             */
            Uuid?: string;
            /**
             * @description Name of the asset.
             * @example testInstance
             */
            InstanceName?: string;
            /**
             * @description Public IP address of the server.
             * @example 1.2.XX.XX
             */
            InternetIp?: string;
            /**
             * @description Private IP address of the server.
             * @example 172.19.XX.XX
             */
            IntranetIp?: string;
            /**
             * @description Container cluster id.
             * @example c08d5fc1a329a4b88950a253d082f1****
             */
            ClusterId?: string;
            /**
             * @description Container cluster name.
             * @example docker-law
             */
            ClusterName?: string;
            /**
             * @description Kubernetes namespace.
             * @example test-002
             */
            Namespace?: string;
            /**
             * @description Pod name.
             * @example 22222-7xsqq
             */
            Pod?: string;
            /**
             * @description Container id.
             * @example 04d20e98c8e2c93b7b864372084320a15a58c8671e53c972ce3a71d9c163****
             */
            ContainerId?: string;
            /**
             * @description Vulnerability tag, e.g. `AI` (AI components).
             * @example AI
             */
            RuleTag?: string;
            /**
             * @description Where it was detected: `agentless`, `image` or `container`.
             * @example image
             */
            MaliciousSource?: string;
            /**
             * @description Id of the scanned object (agentless detection).
             * @example m-bp17m0pc0xprzbwo****
             */
            TargetId?: string;
            /**
             * @description Name of the scanned object.
             * @example source-test-obj-XM0Ma
             */
            TargetName?: string;
            /**
             * @description Kind of scanned object: `ECS_IMAGE` or `ECS_SNAPSHOT`.
             * @example ECS_IMAGE
             */
            TargetType?: string;
            /**
             * Format: int64
             * @description First detection, epoch milliseconds.
             * @example 1620752053000
             */
            FirstTs?: number;
            /**
             * Format: int64
             * @description Latest detection, epoch milliseconds.
             * @example 1631779996000
             */
            LastTs?: number;
            /**
             * Format: int64
             * @description Last change of the record, epoch milliseconds.
             * @example 1580808765000
             */
            ModifyTs?: number;
            /**
             * Format: int64
             * @description Scan time, epoch milliseconds.
             * @example 1649814050000
             */
            ScanTime?: number;
            ExtendContentJson?: components["schemas"]["ImageVulDetail"];
        };
        /** @description Operating system of the image and the packages that carry the vulnerability. */
        ImageVulDetail: {
            /**
             * @description Operating system name.
             * @example debian
             */
            Os?: string;
            /**
             * @description Operating system release.
             * @example 10.9
             */
            OsRelease?: string;
            /** @description The vulnerable packages. */
            RpmEntityList?: components["schemas"]["ImageVulPackage"][];
        };
        /** @description One vulnerable package in the image. */
        ImageVulPackage: {
            /**
             * @description Package name.
             * @example libseccomp2
             */
            Name?: string;
            /**
             * @description Package version.
             * @example 2.3.3-4
             */
            Version?: string;
            /**
             * @description Full package version.
             * @example 2.3.3-4
             */
            FullVersion?: string;
            /**
             * @description Digest of the layer that holds the package.
             * @example b1f5b9420803ad0657cf21566e3e20acc08581e7f22991249ef3aa80b8b1c587
             */
            Layer?: string;
            /**
             * @description Path of the vulnerable file.
             * @example /usr/lib64/libssh2.so.1
             */
            Path?: string;
            /**
             * @description Why the package matched.
             * @example libseccomp2 version less than equals 2.3.3-4
             */
            MatchDetail?: string;
            /** @description The matching rules. */
            MatchList?: string[];
            /**
             * @description Command that upgrades the package.
             * @example apt-get update && apt-get install libseccomp2 --only-upgrade
             */
            UpdateCmd?: string;
        };
        /** @description The images of the given servers (not paged). */
        DescribeImageInfoListResponseBody: {
            /**
             * @description Id of the request.
             * @example BC3B0DAE-CC0E-59E9-9383-6F060F22****
             */
            RequestId?: string;
            /** @description The images. */
            ImageInfos?: components["schemas"]["ImageInfo"][];
        };
        /** @description One image and where it lives. */
        ImageInfo: {
            /**
             * @description UUID of the server, as the vendor describes it.
             * @example ff9ca084-7faa-4ab2-8728-69024755****
             */
            Uuid?: string;
            /**
             * @description Region of the image instance (OperateImageVul `regionId`).
             * @example cn-hangzhou
             */
            RegionId?: string;
            /**
             * @description Id of the image instance (OperateImageVul `instanceId`; see the operation's caution).
             * @example i-wz95abw6pa7y79ve****
             */
            InstanceId?: string;
            /**
             * @description Repository id (OperateImageVul `repoId`).
             * @example crr-5qk9v2rdt0s****
             */
            RepoId?: string;
            /**
             * @description Repository namespace (OperateImageVul `namespace`).
             * @example libssh2
             */
            RepoNamespace?: string;
            /**
             * @description Repository name (OperateImageVul `repoName`).
             * @example opa-test
             */
            RepoName?: string;
            /**
             * @description Repository visibility: `PUBLIC` or `PRIVATE`.
             * @example PUBLIC
             */
            RepoType?: string;
            /**
             * @description Kind of registry, e.g. `harbor`; no list of values is documented.
             * @example harbor
             */
            RegistryType?: string;
            /**
             * @description Image tag (OperateImageVul `tag`).
             * @example v1
             */
            Tag?: string;
            /**
             * Format: int32
             * @description Tag immutability flag; its values are not documented (example `0`).
             * @example 0
             */
            TagImmutable?: number;
            /**
             * @description Image digest (OperateImageVul `digest`).
             * @example a3521b04dfdd1361a24be6263f2983cf12ba910989f4d9f7324da7e1e89f****
             */
            Digest?: string;
            /**
             * @description Image id.
             * @example bb0175afea16138815a8900adeeb0315d88a83a2376eeffa14db1d693a15****
             */
            ImageId?: string;
            /**
             * Format: int64
             * @description Image size; the unit is not documented (the example reads as bytes).
             * @example 157408623
             */
            ImageSize?: number;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             * @example 1636962328000
             */
            ImageCreate?: number;
            /**
             * Format: int64
             * @description Last update, epoch milliseconds.
             * @example 1636974116000
             */
            ImageUpdate?: number;
            /**
             * @description Endpoints of the image service.
             * @example cn-hangzhou-x7
             */
            Endpoints?: string;
            /**
             * @description Business tag of the image, e.g. `PAI`.
             * @example PAI
             */
            SourceBizTag?: string;
            /**
             * @description Image status, e.g. `NORMAL`; no list of values is documented.
             * @example NORMAL
             */
            Status?: string;
            /**
             * @description Whether the image has security risks: `YES` or `NO`.
             * @example YES
             */
            RiskStatus?: string;
            /**
             * @description Whether it has vulnerabilities: `YES` or `NO`.
             * @example YES
             */
            VulStatus?: string;
            /**
             * Format: int32
             * @description Number of vulnerabilities.
             * @example 1
             */
            VulCount?: number;
            /**
             * @description Whether it has security alerts: `YES` or `NO`.
             * @example YES
             */
            AlarmStatus?: string;
            /**
             * Format: int32
             * @description Number of alerts.
             * @example 10
             */
            AlarmCount?: number;
        };
        /** @description One page of image fix tasks. */
        DescribeImageFixTaskResponseBody: {
            /**
             * @description Id of the request.
             * @example 8AC52BBA-85D3-5F64-9B48-D08437CAF916
             */
            RequestId?: string;
            PageInfo?: components["schemas"]["ImageFixTaskPageInfo"];
            /** @description This page's tasks. */
            BuildTasks?: components["schemas"]["ImageFixTask"][];
        };
        /** @description Where this page sits in the whole list. */
        ImageFixTaskPageInfo: {
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Tasks per page.
             * @example 20
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Tasks matching the filters, over all pages.
             * @example 12
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Tasks on this page.
             * @example 12
             */
            Count?: number;
        };
        /** @description One image fix (rebuild) task. */
        ImageFixTask: {
            /**
             * @description Task id.
             * @example ivf-939536b5-c3ca-427b-8183-91007756
             */
            BuildTaskId?: string;
            /**
             * @description Task type; documented as always `IMAGE_REPAIR`.
             * @example IMAGE_REPAIR
             */
            TaskType?: string;
            /**
             * Format: int32
             * @description `1` running, `2` succeeded, `3` failed.
             * @example 2
             */
            Status?: number;
            /**
             * @description Region of the image.
             * @example cn-hangzhou
             */
            RegionId?: string;
            /**
             * @description Namespace of the image.
             * @example name-002
             */
            RepoNamespace?: string;
            /**
             * @description Repository name.
             * @example test-redhat
             */
            RepoName?: string;
            /**
             * @description Tag of the image that was fixed.
             * @example centos8.1-ja
             */
            OldTag?: string;
            /**
             * @description Security Center's UUID of the image that was fixed.
             * @example 2fa731681911ae8d1b5f11893ace****
             */
            OldUuid?: string;
            /**
             * @description Tag of the rebuilt image (OperateImageVul's `newTag`).
             * @example redhat8-vault
             */
            NewTag?: string;
            /**
             * @description Security Center's UUID of the rebuilt image.
             * @example 2fa731681911ae8d1b5f11893ace****
             */
            NewUuid?: string;
            /**
             * @description Alias of the vulnerability the task fixes.
             * @example CVE-2007-5686:rpath_linux Information Disclosure
             */
            VulAlias?: string;
            /**
             * @description When the fix started, `yyyy-MM-dd HH:mm:ss` (time zone not documented).
             * @example 2021-10-14 20:32:05
             */
            FixTime?: string;
            /**
             * @description When the fix ended, `yyyy-MM-dd HH:mm:ss` (time zone not documented).
             * @example 2021-10-14 20:34:07
             */
            FinishTime?: string;
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
         * @description Not authorized: `NoPermission` (the RAM user or role lacks the action's RAM permission,
         *     `yundun-sas:<Action>`, e.g. `yundun-sas:OperateImageVul`; documented by the API pages),
         *     `Forbidden.RAM`. Some product pages list `SignatureDoesNotMatch` as 403.
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
export type DescribeImageVulListResponseBody = components['schemas']['DescribeImageVulListResponseBody'];
export type ImageVulRecord = components['schemas']['ImageVulRecord'];
export type ImageVulDetail = components['schemas']['ImageVulDetail'];
export type ImageVulPackage = components['schemas']['ImageVulPackage'];
export type DescribeImageInfoListResponseBody = components['schemas']['DescribeImageInfoListResponseBody'];
export type ImageInfo = components['schemas']['ImageInfo'];
export type DescribeImageFixTaskResponseBody = components['schemas']['DescribeImageFixTaskResponseBody'];
export type ImageFixTaskPageInfo = components['schemas']['ImageFixTaskPageInfo'];
export type ImageFixTask = components['schemas']['ImageFixTask'];
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
    DescribeImageVulList: {
        parameters: {
            query: {
                /**
                 * @description Vulnerability type. The page says to send `cve` (container image vulnerabilities).
                 *     The sibling DescribeImageGroupedVulList also takes `sca` (image application
                 *     vulnerabilities); whether this action does is not documented.
                 * @example cve
                 */
                Type: string;
                /**
                 * @description Page to return, counted from 1.
                 * @example 1
                 */
                CurrentPage?: number;
                /**
                 * @description Records per page (default 10). No largest value is documented, so none is enforced
                 *     here; the server may cap it.
                 * @example 10
                 */
                PageSize?: number;
                /**
                 * @description Language of the request and response: `zh` (Chinese, default) or `en` (English).
                 * @example zh
                 */
                Lang?: "zh" | "en";
                /**
                 * @description Vulnerability name, e.g. `debian:10:CVE-2019-9893`.
                 * @example debian:10:CVE-2019-9893
                 */
                Name?: string;
                /**
                 * @description Vulnerability alias (its display title).
                 * @example High severity vulnerability that affects org.eclipse.jetty:jetty-server
                 */
                AliasName?: string;
                /**
                 * @description Fix priority: `asap` (high: fix as soon as possible), `later` (medium), `nntf` (low:
                 *     no need to fix for now). Several may be joined with commas (see the schema note).
                 * @example asap
                 */
                Necessity?: string;
                /**
                 * @description Fix status: `1` unfixed, `4` being fixed, `7` fixed. Several may be joined with commas
                 *     (see the schema note).
                 * @example 1
                 */
                StatusList?: string;
                /**
                 * @description Whether the vulnerability has been handled: `y` (handled) or `n` (not handled).
                 * @example y
                 */
                Dealed?: "y" | "n";
                /**
                 * @description Vulnerability tag; the one documented value is `AI` (vulnerabilities of AI components).
                 * @example AI
                 */
                RuleTag?: string;
                /**
                 * @description Region of the image's registry repository.
                 * @example cn-hangzhou
                 */
                RepoRegionId?: string;
                /**
                 * @description Container Registry instance of the repository.
                 * @example i-qewqrqcsadf****
                 */
                RepoInstanceId?: string;
                /**
                 * @description Repository id.
                 * @example qew****
                 */
                RepoId?: string;
                /**
                 * @description Namespace of the repository.
                 * @example libssh2
                 */
                RepoNamespace?: string;
                /**
                 * @description Repository (image) name.
                 * @example libssh2
                 */
                RepoName?: string;
                /**
                 * @description Tag to filter by. The vendor calls it the image's tag, yet its example `oval` reads as
                 *     a vulnerability tag (a detection source), like the record field of the same name;
                 *     which of the two it matches is not confirmed.
                 * @example oval
                 */
                Tag?: string;
                /**
                 * @description Image digest.
                 * @example 8f0fbdb41d3d1ade4ffdf21558443f4c03342010563bb8c43ccc09594d507012
                 */
                Digest?: string;
                /**
                 * @description Full image name, registry host and tag included.
                 * @example registry.cn-wulanchabu.aliyuncs.com/sas_test/huxin-test-001:nuxeo6-****
                 */
                Image?: string;
                /**
                 * @description Kubernetes namespace of the workload running the image.
                 * @example test-002
                 */
                Namespace?: string;
                /**
                 * @description Container cluster id.
                 * @example cc20a1024011c44b6a8710d6f8b****
                 */
                ClusterId?: string;
                /**
                 * @description Container cluster name.
                 * @example docker-law
                 */
                ClusterName?: string;
                /**
                 * @description Container id.
                 * @example c08d5fc1a329a4b88950a253d082f****
                 */
                ContainerId?: string;
                /**
                 * @description Pod name.
                 * @example 22222-7xsqq
                 */
                Pod?: string;
                /**
                 * @description UUIDs of the assets (servers), joined with commas.
                 * @example 0004a32a0305a7f6ab5ff9600d47****
                 */
                Uuids?: string;
                /**
                 * @description Region of the asset. A filter only; it does not choose the endpoint.
                 * @example cn-hangzhou
                 */
                RegionId?: string;
                /**
                 * @description Id of the asset instance.
                 * @example 1-qeqewqw****
                 */
                InstanceId?: string;
                /**
                 * @description `true`: one record per image asset, and `TotalCount` counts assets; `false` or absent:
                 *     one record per vulnerability. The vendor notes grouping is skipped when `MaxId` is
                 *     given, a parameter no model or page documents.
                 * @example false
                 */
                GroupByAsset?: boolean;
                /**
                 * @description Alibaba Cloud account id of a resource-directory member whose images to list (see
                 *     DescribeMonitorAccounts).
                 * @example 1234567890123456
                 */
                ResourceDirectoryAccountId?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageVulList
                 */
                "x-acs-action": "DescribeImageVulList";
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
            /** @description One page of vulnerability records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageVulListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageInfoList: {
        parameters: {
            query: {
                /**
                 * @description UUIDs of the servers, joined with commas (DescribeCloudCenterInstances lists them).
                 * @example 391abd09184cbd3743d7f5ec125d****,e6aeb2a5b6004479398b0bcd1160****
                 */
                Uuids: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageInfoList
                 */
                "x-acs-action": "DescribeImageInfoList";
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
            /** @description The images of the given servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageInfoListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageFixTask: {
        parameters: {
            query: {
                /**
                 * @description Page to return, counted from 1 (the vendor names 1 as the default, yet requires it).
                 * @example 1
                 */
                CurrentPage: number;
                /**
                 * @description Tasks per page (the vendor names 20 as the default, yet requires it). No largest
                 *     value is documented, so none is enforced here; the server may cap it.
                 * @example 20
                 */
                PageSize: number;
                /**
                 * @description Task status: `1` running, `2` succeeded, `3` failed.
                 * @example 1
                 */
                Status?: "1" | "2" | "3";
                /**
                 * @description Start of the time window, epoch milliseconds.
                 * @example 1634725571000
                 */
                StartTime?: number;
                /**
                 * @description End of the time window, epoch milliseconds.
                 * @example 1635575219000
                 */
                EndTime?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageFixTask
                 */
                "x-acs-action": "DescribeImageFixTask";
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
            /** @description One page of fix tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageFixTaskResponseBody"];
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
