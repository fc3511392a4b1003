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
         *
         *     Waiting (`--wait`, `operateImageVulAndWait`) is for the fix only. The answer names no
         *     task, so the wait follows every fix task DescribeImageFixTask lists from five minutes
         *     before the call was sent (an allowance for the two clocks), one page of 100, with the
         *     `ImageFixTaskFinished` waiter: it succeeds when every listed rebuild has succeeded and
         *     fails when any has failed. What can go wrong: a fix started by anyone else in that window
         *     (another client, the console, an earlier call of yours) is waited for too, and its
         *     failure fails the wait; an earlier fix in the window that has already succeeded can end
         *     the wait before the rebuild this call started is listed; beyond 100 tasks in the window,
         *     the rest are not seen; a rebuild that never shows up runs into the overall limit. With
         *     any other `OperateType`, or none, waiting is refused before anything is sent (a
         *     validation error, CLI exit 2): send such a call without `--wait`.
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
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageVulList`. Keyed
         *     `/#DescribeImageVulList` in `sas.yaml` only because OpenAPI allows one operation per path;
         *     tools that cannot cut the key at `#` take `openapi/sas/DescribeImageVulList.yaml`.
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
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageInfoList`. Keyed
         *     `/#DescribeImageInfoList` in `sas.yaml` only because OpenAPI allows one operation per
         *     path; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInfoList.yaml`.
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
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageFixTask`. Keyed
         *     `/#DescribeImageFixTask` in `sas.yaml` only because OpenAPI allows one operation per path;
         *     tools that cannot cut the key at `#` take `openapi/sas/DescribeImageFixTask.yaml`.
         */
        post: operations["DescribeImageFixTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AddPrivateRegistry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect a self-managed image registry (Harbor or Quay)
         * @description Connects a self-managed Harbor or Quay registry to Security Center, the first step of the
         *     image loop for registries Security Center does not find itself (Container Registry
         *     Enterprise Edition instances are picked up without this call). The answer is synchronous:
         *     `Data.Id` is the new registry's id and `Data.Token` a token the vendor does not explain.
         *     Security Center then discovers the registry's images on its own; no action reports when
         *     that is done (list them with DescribeImageInstances, or PageImageRegistry for the
         *     registry's image count). The registry is reached at `RegistryHostIp` / `DomainName`
         *     over `ProtocolType` from the network `NetType` (with `VpcId` for a VPC).
         *
         *     `Password` (and the `authToken` of a Quay registry's `ExtraParam`) are secrets: they are
         *     marked `format: password` and `writeOnly`, and imagesec masks them wherever it shows a
         *     request. RAM action: `yundun-sas:AddPrivateRegistry` (create).
         *
         *     On the wire: `POST /` with `x-acs-action: AddPrivateRegistry`. Keyed
         *     `/#AddPrivateRegistry` in `sas.yaml` only because OpenAPI allows one operation per path;
         *     tools that cannot cut the key at `#` take `openapi/sas/AddPrivateRegistry.yaml`.
         */
        post: operations["AddPrivateRegistry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the images Security Center knows, with their scan status
         * @description Returns one page of the container images Security Center holds (ACR Enterprise Edition
         *     instances and connected Harbor, Quay or CI/CD registries), each with the identifiers the
         *     rest of the loop takes: `Uuid` (what the finding actions call `ImageUuid`; see the note
         *     on the field), `Digest` (PublicCreateImageScanTask's `Digests`, DescribeGroupedMaliciousFiles'
         *     `ImageDigest`) and the repository coordinates PublicSyncAndCreateImageScanTask's `Images`
         *     asks for. It also carries each image's scan state (`ScaStatus`, `ScaProgress`,
         *     `ScaResult`), which the `ImageScanned` waiter polls, and the counters used to verify a
         *     fix: `VulCount`, `HcCount` (baseline risks), `AlarmCount`.
         *
         *     Narrow the list with `Criteria` (a JSON filter) and `Scanned`. RAM action:
         *     `yundun-sas:DescribeImageInstances` (get).
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageInstances`. Keyed
         *     `/#DescribeImageInstances` in `sas.yaml` only because OpenAPI allows one operation per
         *     path; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInstances.yaml`.
         */
        post: operations["DescribeImageInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#PublicPreCheckImageScanTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the images and the scan quota a scan task would use
         * @description The quota check the vendor asks for before PublicCreateImageScanTask: for the same
         *     selection (every parameter as there; none given means every protected image), how many
         *     images a scan would cover and how much container-image-scan quota it would consume. A
         *     scan that runs out of quota stops part-way, so compare the answer with the quota left
         *     first. RAM action: `yundun-sas:PublicPreCheckImageScanTask` (access level `none` on the
         *     vendor's page).
         *
         *     Caution: the SDK model (9.3.3) describes `NeedAuthCount` as the number of images to scan
         *     and `ScanImageCount` as the quota to be consumed, which reads swapped against the names;
         *     see the fields.
         *
         *     On the wire: `POST /` with `x-acs-action: PublicPreCheckImageScanTask`. Keyed
         *     `/#PublicPreCheckImageScanTask` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/PublicPreCheckImageScanTask.yaml`.
         */
        post: operations["PublicPreCheckImageScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#PublicCreateImageScanTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a scan of images Security Center already knows
         * @description Starts one scan task over the images that match every given filter (each a
         *     comma-separated list; none given means every protected image): registry types,
         *     regions, instances, repository ids, names and namespaces, digests, tags. The images must
         *     already be in Security Center (DescribeImageInstances lists them; to add an image and
         *     scan it in one call, use PublicSyncAndCreateImageScanTask). Call
         *     PublicPreCheckImageScanTask with the same filters first: a task that runs out of quota
         *     stops part-way.
         *
         *     The answer names the task: `Data.TaskId` is what GetOnceTaskResultInfo takes, with
         *     `TaskType` and `TaskName` `IMAGE_SCAN` (the `ImageScanTaskFinished` waiter; `--wait`
         *     starts it). It also gives the task's first state: `Data.Status`, `Data.Result`
         *     (`TASK_NOT_SUPPORT_REGION` when the images are in a region without image scanning) and
         *     `Data.CanCreate` (at most 10 scan tasks may exist at a time; past that, creating one
         *     fails). Per image, DescribeImageInstances' `ScaStatus` follows the scan (the
         *     `ImageScanned` waiter). RAM action: `yundun-sas:PublicCreateImageScanTask`.
         *
         *     Waiting (`--wait`, `publicCreateImageScanTaskAndWait`) reads this answer first: a
         *     `Data.Result` of `TASK_NOT_SUPPORT_REGION`, a `Data.Status` of `FAIL`, or no
         *     `Data.TaskId` is a failure state at once, before any poll (CLI exit 5). `Data.CanCreate`
         *     false alone is not: it says no further task can be created now, not that this one was
         *     refused.
         *
         *     On the wire: `POST /` with `x-acs-action: PublicCreateImageScanTask`. Keyed
         *     `/#PublicCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one operation per
         *     path; tools that cannot cut the key at `#` take
         *     `openapi/sas/PublicCreateImageScanTask.yaml`.
         */
        post: operations["PublicCreateImageScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#PublicSyncAndCreateImageScanTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add images to Security Center and start a scan of them
         * @description Brings the images named in `Images` into Security Center (if they are not there yet) and
         *     starts one scan task over them: the way to get a freshly pushed image scanned without
         *     waiting for the registry's image list to be refreshed, and the rescan of the verify step.
         *     Each item of `Images` names one image by registry type, repository (id, namespace, name),
         *     instance, region, digest and tag, as DescribeImageInstances reports them.
         *
         *     The answer is that of PublicCreateImageScanTask: `Data.TaskId` for GetOnceTaskResultInfo
         *     (`TaskType` = `TaskName` = `IMAGE_SCAN`; the `ImageScanTaskFinished` waiter, which
         *     `--wait` starts), the first `Data.Status`, `Data.Result` and `Data.CanCreate` (at most
         *     10 scan tasks at a time). Waiting reads this answer first, as for
         *     PublicCreateImageScanTask: `TASK_NOT_SUPPORT_REGION`, `Status` `FAIL` or no `TaskId` is
         *     a failure state at once, before any poll. RAM action:
         *     `yundun-sas:PublicSyncAndCreateImageScanTask` (access level `none` on the vendor's page).
         *
         *     On the wire: `POST /` with `x-acs-action: PublicSyncAndCreateImageScanTask`. Keyed
         *     `/#PublicSyncAndCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one
         *     operation per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/PublicSyncAndCreateImageScanTask.yaml`.
         */
        post: operations["PublicSyncAndCreateImageScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOnceTaskResultInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the state of a one-time task, such as an image scan
         * @description Reports the state of one one-time task: for the image loop, a scan task started by
         *     PublicCreateImageScanTask or PublicSyncAndCreateImageScanTask, named by their
         *     `Data.TaskId`, with `TaskType` and `TaskName` both `IMAGE_SCAN` (the vendor documents the
         *     same value list for both and gives no reason to send them apart). `TaskInfo.Status` goes
         *     `INIT` → `START` → `SUCCESS` or `TIMEOUT`, with `FinishCount` of `TotalCount` done; the
         *     `ImageScanTaskFinished` waiter polls it. The task has no failure status: a finished task
         *     can hold images whose scan failed, which DescribeImageInstances shows per image.
         *
         *     RAM action: `yundun-aegis:GetOnceTaskResultInfo` (get). Note the namespace: the image
         *     actions are `yundun-sas:*`, so a RAM policy written only for `yundun-sas` can start scans
         *     but cannot follow them.
         *
         *     On the wire: `POST /` with `x-acs-action: GetOnceTaskResultInfo`. Keyed
         *     `/#GetOnceTaskResultInfo` in `sas.yaml` only because OpenAPI allows one operation per
         *     path; tools that cannot cut the key at `#` take `openapi/sas/GetOnceTaskResultInfo.yaml`.
         */
        post: operations["GetOnceTaskResultInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeGroupedMaliciousFiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the malicious samples found in container images
         * @description Returns one page of the malicious samples (webshells, miners, trojans...) found in
         *     images, one record per sample with its severity (`Level`), how many images hold it and
         *     its handling status. Narrow it to one image with `ImageDigest` (DescribeImageInstances'
         *     `Digest`), or by repository, tag, layer, severity, name or MD5. For the newest findings,
         *     scan first and wait for the scan (see PublicCreateImageScanTask).
         *
         *     Unlike the other lists, `CurrentPage` and `PageSize` must both be sent, and `PageSize`
         *     is a **string** here (page and SDK alike). No action handles an image's malicious
         *     sample: the records can be read, not acted on, through the API (see `Status`). RAM
         *     action: `yundun-sas:DescribeGroupedMaliciousFiles` (get).
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeGroupedMaliciousFiles`. Keyed
         *     `/#DescribeGroupedMaliciousFiles` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/DescribeGroupedMaliciousFiles.yaml`.
         */
        post: operations["DescribeGroupedMaliciousFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageSensitiveFileByKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the sensitive files found in an image
         * @description Returns one page of the sensitive files (keys, credentials, configuration with secrets)
         *     found in one image, named by `ImageUuid` (DescribeImageInstances' `Uuid`), optionally of
         *     one kind (`SensitiveFileKey`): each with its path, the layer that added it, its MD5, the
         *     risk level and advice. `Promt` holds an excerpt of the secret, masked by the vendor.
         *     SetImageSensitiveFileStatus acts on these findings by image and kind. No parameter is
         *     required by the vendor; without `ImageUuid` the list is not limited to one image. RAM
         *     action: `yundun-sas:DescribeImageSensitiveFileByKey` (get).
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageSensitiveFileByKey`. Keyed
         *     `/#DescribeImageSensitiveFileByKey` in `sas.yaml` only because OpenAPI allows one
         *     operation per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/DescribeImageSensitiveFileByKey.yaml`.
         */
        post: operations["DescribeImageSensitiveFileByKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageBaselineItemList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the baseline (configuration) check items of an image
         * @description Returns one page of the baseline check items of one image (`ImageUuid`,
         *     DescribeImageInstances' `Uuid`): weak or duplicate accounts, leaked access keys and the
         *     like, each with its category, name and item keys, its fix status and whether it is
         *     whitelisted. An item's `BaselineItemKey` is what OperateImageBaselineWhitelist takes.
         *     RAM action: `yundun-sas:DescribeImageBaselineItemList` (list).
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageBaselineItemList`. Keyed
         *     `/#DescribeImageBaselineItemList` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/DescribeImageBaselineItemList.yaml`.
         */
        post: operations["DescribeImageBaselineItemList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeImageBuildRiskByKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the build (Dockerfile) risks of an image
         * @description Returns one page of the risks in how an image was built (its layers' Dockerfile
         *     instructions, e.g. running as root), for one image (`ImageUuid`, DescribeImageInstances'
         *     `Uuid`) and optionally one rule (`RiskKey`, as DescribeImageBuildRiskList names them):
         *     each with the rule, its level, the offending layer and command, and advice. `Status`
         *     filters by handling (the runner-up SetImageBuildRiskStatus sets it). RAM action:
         *     `yundun-sas:DescribeImageBuildRiskByKey` (list).
         *
         *     On the wire: `POST /` with `x-acs-action: DescribeImageBuildRiskByKey`. Keyed
         *     `/#DescribeImageBuildRiskByKey` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/DescribeImageBuildRiskByKey.yaml`.
         */
        post: operations["DescribeImageBuildRiskByKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SetImageSensitiveFileStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whitelist, mark as false positive, or reopen sensitive files of images
         * @description Sets the handling status of the sensitive-file findings of the images in `ImageUuids`
         *     (DescribeImageInstances' `Uuid`, joined with commas) of one kind (`SensitiveFileKey`):
         *     `1` whitelists them, `2` marks them as false positives, `0` makes them unhandled again.
         *     This is the act step for sensitive files; verify it by reading
         *     DescribeImageSensitiveFileByKey again (or after a rescan). Every parameter is optional in
         *     the vendor's models; which combinations the service accepts is not documented. RAM
         *     action: `yundun-sas:SetImageSensitiveFileStatus` (access level `none` on the vendor's
         *     page).
         *
         *     On the wire: `POST /` with `x-acs-action: SetImageSensitiveFileStatus`. Keyed
         *     `/#SetImageSensitiveFileStatus` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/SetImageSensitiveFileStatus.yaml`.
         */
        post: operations["SetImageSensitiveFileStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#OperateImageBaselineWhitelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whitelist baseline check items of images, or remove them from the whitelist
         * @description Adds the baseline check items named in `BaselineItemKeyList` (DescribeImageBaselineItemList's
         *     `BaselineItemKey`, joined with commas) to the whitelist (`Operation=add`), or removes them
         *     (`del`): for one image when `ImageUuid` is given, otherwise (as the parameter is
         *     optional) presumably for every image. Whitelisted items stop counting as risks; verify
         *     with DescribeImageBaselineItemList (`WhiteList`) or after a rescan. RAM action:
         *     `yundun-sas:OperateImageBaselineWhitelist` (access level `none` on the vendor's page).
         *
         *     On the wire: `POST /` with `x-acs-action: OperateImageBaselineWhitelist`. Keyed
         *     `/#OperateImageBaselineWhitelist` in `sas.yaml` only because OpenAPI allows one operation
         *     per path; tools that cannot cut the key at `#` take
         *     `openapi/sas/OperateImageBaselineWhitelist.yaml`.
         */
        post: operations["OperateImageBaselineWhitelist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#PageImageRegistry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the image registries Security Center knows, page by page
         * @description Returns one page of the image registries connected to Security Center, of every type:
         *     Container Registry (`acr`), Harbor, Quay and Jenkins (`CI/CD`), each with its id (what
         *     the scan and image actions take as a registry), address, connection settings and image
         *     count. Filter by a part of the registry's name and by the types to include or leave out.
         *
         *     Unlike the other actions here, the official SDK sends this action's parameters in a form
         *     body (`application/x-www-form-urlencoded`), not in the query: `CurrentPage`, `PageSize`,
         *     `RegistryNameLike` and the two type lists; only `SourceIp` stays in the query. A list goes
         *     as one field per item, numbered from 1 (`RegistryTypeInList.1=harbor&RegistryTypeInList.2=quay`).
         *
         *     On the wire: `POST /` with `x-acs-action: PageImageRegistry`. Keyed `/#PageImageRegistry`
         *     in `sas.yaml` only because OpenAPI allows one operation per path; tools that cannot cut
         *     the key at `#` take `openapi/sas/PageImageRegistry.yaml`.
         */
        post: operations["PageImageRegistry"];
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
        /**
         * @description Decoded form of AddPrivateRegistry's `ExtraParam` (needed for Quay): one item per Quay
         *     namespace, with the token Security Center reads it with.
         * @example [
         *       {
         *         "namespace": "team-a",
         *         "authToken": "example-token-not-real"
         *       }
         *     ]
         */
        PrivateRegistryExtraParam: components["schemas"]["PrivateRegistryNamespaceToken"][];
        /** @description One Quay namespace and its access token. */
        PrivateRegistryNamespaceToken: {
            /**
             * @description Quay namespace (organisation).
             * @example team-a
             */
            namespace?: string;
            /**
             * Format: password
             * @description Quay OAuth access token for the namespace; a secret, masked wherever imagesec shows a request.
             * @example example-token-not-real
             */
            authToken?: string;
        };
        /** @description The registry as added. */
        AddPrivateRegistryResponseBody: {
            /**
             * @description Id of the request.
             * @example F8B6F758-BCD4-597A-8A2C-DA5A552C****
             */
            RequestId?: string;
            Data?: components["schemas"]["PrivateRegistry"];
        };
        /** @description A self-managed registry connected to Security Center. */
        PrivateRegistry: {
            /**
             * Format: int64
             * @description Id of the registry in Security Center.
             * @example 273698001
             */
            Id?: number;
            /**
             * Format: int64
             * @description Alibaba Cloud account id that owns it.
             * @example 1766185894104001
             */
            AliUid?: number;
            /**
             * @description `harbor` or `quay`.
             * @example harbor
             */
            RegistryType?: string;
            /**
             * @description `V1`, `V2`, or `-` (the vendor's default version).
             * @example V2
             */
            RegistryVersion?: string;
            /**
             * Format: int64
             * @description `1` HTTP, `2` HTTPS.
             * @example 2
             */
            ProtocolType?: number;
            /**
             * Format: int64
             * @description `1` the Internet, `2` a VPC.
             * @example 2
             */
            NetType?: number;
            /**
             * @description The VPC, for `NetType=2`.
             * @example vpc-bp1example0fake00001
             */
            VpcId?: string;
            /**
             * @description IP address of the registry.
             * @example 192.0.2.10
             */
            RegistryHostIp?: string;
            /**
             * @description Domain name of the registry.
             * @example harbor.example.com
             */
            DomainName?: string;
            /**
             * @description Region the registry is assigned to.
             * @example cn-hangzhou
             */
            RegionId?: string;
            /**
             * @description User name Security Center logs on with (the vendor's example is masked).
             * @example scanner-robot
             */
            UserName?: string;
            /**
             * Format: password
             * @description The password, as the vendor returns it (masked in its example).
             * @example ********
             */
            Password?: string;
            /**
             * Format: int32
             * @description Images scanned per hour.
             * @example 10
             */
            TransPerHour?: number;
            /**
             * @description A token of the registry connection; what it is for is not documented.
             * @example 3c3c602c-fa1f-4bc0-992f-b4b2cac70000
             */
            Token?: string;
        };
        /**
         * @description Decoded form of DescribeImageInstances' `Criteria`: the conditions that filter the list.
         * @example [
         *       {
         *         "name": "instanceId",
         *         "value": "cri-rv4nvbv8iju4****",
         *         "logicalExp": "AND"
         *       }
         *     ]
         */
        ImageSearchCriteria: components["schemas"]["ImageSearchCondition"][];
        /** @description One condition. */
        ImageSearchCondition: {
            /**
             * @description What to match, one of the names DescribeImageRepoCriteria returns (e.g. `instanceId`, `vulStatus`).
             * @example instanceId
             */
            name?: string;
            /**
             * @description The value to match.
             * @example cri-rv4nvbv8iju4****
             */
            value?: string;
            /**
             * @description `OR` or `AND` between several values of this condition.
             * @example AND
             * @enum {string}
             */
            logicalExp?: "OR" | "AND";
        };
        /** @description One page of images. */
        DescribeImageInstancesResponseBody: {
            /**
             * @description Id of the request.
             * @example BE120DAB-F4E7-4C53-ADC3-A97578ABF384
             */
            RequestId?: string;
            PageInfo?: components["schemas"]["SasPageInfo"];
            /** @description This page's images. */
            ImageInstanceList?: components["schemas"]["ImageInstance"][];
        };
        /** @description Where this page sits in the whole list. */
        SasPageInfo: {
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Items per page.
             * @example 20
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Items matching the filters, over all pages.
             * @example 69
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Items on this page.
             * @example 4
             */
            Count?: number;
        };
        /** @description One image Security Center knows. */
        ImageInstance: {
            /**
             * @description Security Center's UUID of the image: what DescribeImageSensitiveFileByKey,
             *     DescribeImageBaselineItemList, DescribeImageBuildRiskByKey, SetImageSensitiveFileStatus
             *     and OperateImageBaselineWhitelist take as `ImageUuid`. The vendor's text calls it the
             *     server's UUID (as for DescribeImageInfoList), and its example has dashes where the
             *     `ImageUuid` examples have none: that the two are the same value is not confirmed.
             * @example 4ad91dd8c0c02de6574fa98085d0****
             */
            Uuid?: string;
            /**
             * @description Image id.
             * @example c20987f18b130f9d144c9828df630417e2a9523148930dc3963e9d0dab30****
             */
            ImageId?: string;
            /**
             * @description Image digest (PublicCreateImageScanTask `Digests`, DescribeGroupedMaliciousFiles `ImageDigest`).
             * @example a5ccdd9b166b67e02954aa9b618fe19b7968bd56a15463d2ad7f2643ba5b****
             */
            Digest?: string;
            /**
             * @description Image tag.
             * @example mysql_5.7
             */
            Tag?: string;
            /**
             * @description Repository id.
             * @example f2b86d20bf0855af6aa268ce90fd****
             */
            RepoId?: string;
            /**
             * @description Repository name.
             * @example sas-script-test
             */
            RepoName?: string;
            /**
             * @description Repository namespace.
             * @example cloud_oa****
             */
            RepoNamespace?: string;
            /**
             * @description `private` or `public` repository.
             * @example private
             */
            RepoType?: string;
            /**
             * @description `acr`, `harbor`, `quay` or `CI/CD`.
             * @example acr
             */
            RegistryType?: string;
            /**
             * @description Instance the image belongs to (a Container Registry instance for `acr`).
             * @example cri-rv4nvbv8iju4****
             */
            InstanceId?: string;
            /**
             * @description Region of the image.
             * @example cn-hangzhou
             */
            RegionId?: string;
            /**
             * @description Endpoints of the image resource, as text (example `[]`).
             * @example []
             */
            Endpoints?: string;
            /**
             * @description Creation time, epoch milliseconds as text.
             * @example 1600069948849
             */
            ImageCreate?: string;
            /**
             * @description Last update, epoch milliseconds as text.
             * @example 1600069948849
             */
            ImageUpdate?: string;
            /**
             * @description Image size as text; the vendor says megabytes.
             * @example 157
             */
            ImageSize?: string;
            /**
             * @description Image status; documented value `NORMAL`.
             * @example NORMAL
             */
            Status?: string;
            /**
             * @description Business tag of the image, e.g. `PAI`.
             * @example PAI
             */
            SourceBizTag?: string;
            /**
             * Format: int32
             * @description `1` deployed (running somewhere), `0` not.
             * @example 1
             */
            Deployed?: number;
            /**
             * @description Scan status. Running: `INIT` (waiting), `START`, `MESSAGE_SEND`, `START_RUN`,
             *     `DOWNLOAD`, `PRE_ANALYZER`, `PRE_ANALYZER_SUCCESS`, `WEB_SHELL_ANALYZER`,
             *     `CVE_ANALYZER`, `BIN_ANALYZER`, `OTHER_ANALYZER` (analysis stages). Ended: `SUCCESS`,
             *     `FAIL`, `TIMEOUT` (spelled so here; DescribeImageLatestScanTask writes `TIMOUT`).
             * @example SUCCESS
             */
            ScaStatus?: string;
            /**
             * Format: int32
             * @description Scan progress, 0 to 100.
             * @example 100
             */
            ScaProgress?: number;
            /**
             * @description Why a scan did not run: `TASK_NOT_EXISTS` (no such task), `TASK_NOT_SUPPORT_REGION`
             *     (the region has no image scanning), `forbid_create_repeat_task` (a scan is already
             *     running for the image).
             * @example TASK_NOT_SUPPORT_REGION
             */
            ScaResult?: string;
            /**
             * Format: int64
             * @description Latest scan, epoch milliseconds.
             * @example 1721363159000
             */
            LastScanTime?: number;
            /**
             * @description `YES` when the image has any risk, else `NO`.
             * @example NO
             */
            RiskStatus?: string;
            /**
             * @description `YES` when it has vulnerabilities, else `NO`.
             * @example NO
             */
            VulStatus?: string;
            /**
             * Format: int32
             * @description Number of vulnerabilities.
             * @example 0
             */
            VulCount?: number;
            /**
             * @description `YES` when it has baseline risks, else `NO`.
             * @example NO
             */
            HcStatus?: string;
            /**
             * Format: int32
             * @description Number of baseline risks.
             * @example 0
             */
            HcCount?: number;
            /**
             * @description `YES` when it has security alerts, else `NO`.
             * @example NO
             */
            AlarmStatus?: string;
            /**
             * Format: int32
             * @description Number of security alerts.
             * @example 0
             */
            AlarmCount?: number;
        };
        /** @description The images a scan would cover and the quota it would use. */
        PublicPreCheckImageScanTaskResponseBody: {
            /**
             * @description Id of the request.
             * @example F9353221-40F4-5F98-B73C-2803DC804033
             */
            RequestId?: string;
            Data?: components["schemas"]["ImageScanQuotaCheck"];
        };
        /**
         * @description The counts. The SDK model (9.3.3) describes them the other way round from their names:
         *     `NeedAuthCount` as the images to scan and `ScanImageCount` as the quota to consume. The
         *     names are followed here; compare both with the quota left before starting a scan.
         */
        ImageScanQuotaCheck: {
            /**
             * Format: int32
             * @description Quota units (authorisations) the scan would consume, by its name; the vendor's text says the number of images.
             * @example 6
             */
            NeedAuthCount?: number;
            /**
             * Format: int32
             * @description Images the scan would cover, by its name; the vendor's text says the quota to be consumed.
             * @example 3
             */
            ScanImageCount?: number;
        };
        /**
         * @description Decoded form of PublicSyncAndCreateImageScanTask's `Images`, one item per image.
         * @example [
         *       {
         *         "registryType": "acr",
         *         "repoId": "crr-red9kgqqi0fh75d5",
         *         "instanceId": "cri-1x2qtjd75ofqvfa8",
         *         "repoNamespace": "1125",
         *         "regionId": "cn-hangzhou",
         *         "repoName": "script1",
         *         "digest": "b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4",
         *         "tag": "v0113-ver2",
         *         "createTime": 1641267666666,
         *         "updateTime": 1641267909090
         *       }
         *     ]
         */
        ImageScanTargets: components["schemas"]["ImageScanTarget"][];
        /**
         * @description One image to add and scan. The vendor marks no field required; which ones the service
         *     needs is not documented (its example gives them all).
         */
        ImageScanTarget: {
            /**
             * @description `acr` (Container Registry), `harbor` or `quay`.
             * @example acr
             * @enum {string}
             */
            registryType?: "acr" | "harbor" | "quay";
            /**
             * @description Repository id.
             * @example crr-red9kgqqi0fh75d5
             */
            repoId?: string;
            /**
             * @description Container Registry instance of the repository.
             * @example cri-1x2qtjd75ofqvfa8
             */
            instanceId?: string;
            /**
             * @description Repository namespace.
             * @example 1125
             */
            repoNamespace?: string;
            /**
             * @description Region of the image.
             * @example cn-hangzhou
             */
            regionId?: string;
            /**
             * @description Repository name.
             * @example script1
             */
            repoName?: string;
            /**
             * @description Image digest.
             * @example b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4
             */
            digest?: string;
            /**
             * @description Image tag.
             * @example v0113-ver2
             */
            tag?: string;
            /**
             * Format: int64
             * @description When the image was created, epoch milliseconds.
             * @example 1641267666666
             */
            createTime?: number;
            /**
             * Format: int64
             * @description When the image was last updated, epoch milliseconds.
             * @example 1641267909090
             */
            updateTime?: number;
        };
        /**
         * @description Answer of PublicCreateImageScanTask and PublicSyncAndCreateImageScanTask (the same model
         *     in the SDK): the task started.
         */
        ImageScanTaskStartResponseBody: {
            /**
             * @description Id of the request.
             * @example F9353221-40F4-5F98-B73C-2803DC804033
             */
            RequestId?: string;
            Data?: components["schemas"]["ImageScanTaskStart"];
        };
        /** @description The scan task and its first state. */
        ImageScanTaskStart: {
            /**
             * @description Id of the task (hex text): GetOnceTaskResultInfo's `TaskId`, with `TaskType` and
             *     `TaskName` `IMAGE_SCAN`.
             * @example a410bb3e68c217a3368bc0238c66886d
             */
            TaskId?: string;
            /**
             * @description `INIT` (initialising), `PRE_ANALYZER` (pre-processing), `SUCCESS` or `FAIL`.
             * @example INIT
             */
            Status?: string;
            /**
             * @description `SUCCESS`, or `TASK_NOT_SUPPORT_REGION` when the images are in a region without
             *     image scanning (the vendor's page lists the regions that have it).
             * @example SUCCESS
             */
            Result?: string;
            /**
             * @description Whether more scan tasks can be created now: at most 10 may exist at a time, and past
             *     that, creating one fails until one of them ends.
             * @example true
             */
            CanCreate?: boolean;
            /**
             * Format: int32
             * @description Progress in percent.
             * @example 100
             */
            Progress?: number;
            /**
             * Format: int32
             * @description Images to scan.
             * @example 5
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Images scanned so far.
             * @example 5
             */
            FinishCount?: number;
            /**
             * Format: int64
             * @description When the image information was collected, epoch milliseconds.
             * @example 1644286364150
             */
            CollectTime?: number;
            /**
             * Format: int64
             * @description When the task started running, epoch milliseconds.
             * @example 1644286364150
             */
            ExecTime?: number;
        };
        /**
         * @description Kind (and name) of a one-time task, as GetOnceTaskResultInfo lists them; `IMAGE_SCAN` is
         *     the container image scan.
         * @example IMAGE_SCAN
         * @enum {string}
         */
        OnceTaskKind: "CLIENT_PROBLEM_CHECK" | "CLIENT_DEV_OPS" | "ASSET_SECURITY_CHECK" | "ASSETS_COLLECTION" | "IMAGE_SCAN" | "AI_SECURITY_CHECK" | "IDC_PROBE_SCAN" | "ATTACK_SURFACE_SCAN" | "ASSET_EXPOSURE_SCAN" | "VUL_CHECK_TASK";
        /** @description The state of one one-time task. */
        GetOnceTaskResultInfoResponseBody: {
            /**
             * @description Id of the request.
             * @example CE500770-42D3-442E-9DDD-156E0F9F****
             */
            RequestId?: string;
            /**
             * @description Id of the task (the vendor types it as a long, but its ids are hex text).
             * @example e7b70a4b030db086db52231f1b58****
             */
            TaskId?: string;
            TaskInfo?: components["schemas"]["OnceTaskInfo"];
            /**
             * Format: int32
             * @description Items (images, for a scan) the task covers.
             * @example 44
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Items done so far.
             * @example 44
             */
            FinishCount?: number;
            /**
             * Format: int64
             * @description When the task ran, epoch milliseconds (the English page; the Chinese one calls it
             *     the task's running time, yet its example is a timestamp).
             * @example 1671184531000
             */
            CollectTime?: number;
        };
        /** @description The task's state. */
        OnceTaskInfo: {
            /**
             * @description `INIT` (waiting to start), `START` (running), `SUCCESS` (ended), `TIMEOUT` (timed
             *     out). There is no failure value: per-image outcomes are in DescribeImageInstances.
             * @example START
             */
            Status?: string;
        };
        /** @description One page of malicious samples. */
        DescribeGroupedMaliciousFilesResponseBody: {
            /**
             * @description Id of the request.
             * @example 8045E03E-6D91-4C53-9F22-5A1B84BB29D9
             */
            RequestId?: string;
            PageInfo?: components["schemas"]["SasPageInfo"];
            /** @description This page's samples. */
            GroupedMaliciousFileResponse?: components["schemas"]["ImageMaliciousSample"][];
        };
        /** @description One malicious sample, over the images that hold it. */
        ImageMaliciousSample: {
            /**
             * @description Name of the sample.
             * @example testFile
             */
            MaliciousName?: string;
            /**
             * @description Key of the sample's kind, e.g. `WEBSHELL_IMG`.
             * @example WEBSHELL_IMG
             */
            MaliciousKey?: string;
            /**
             * @description MD5 of the malicious file (DescribeAffectedMaliciousFileImages takes it).
             * @example d836968041f7683b5459****
             */
            MaliciousMd5?: string;
            /**
             * @description `serious` (urgent), `suspicious` or `remind` (notice).
             * @example serious
             */
            Level?: string;
            /**
             * Format: int32
             * @description `0` unhandled, `1` handled, `2` being verified, `3` whitelisted.
             * @example 0
             */
            Status?: number;
            /**
             * Format: int64
             * @description Images holding the sample.
             * @example 3
             */
            ImageCount?: number;
            /**
             * Format: int64
             * @description First found, epoch milliseconds.
             * @example 1594907349000
             */
            FirstScanTimestamp?: number;
            /**
             * Format: int64
             * @description Last found, epoch milliseconds.
             * @example 1596533942000
             */
            LatestScanTimestamp?: number;
        };
        /**
         * @description Kind of sensitive file. The vendor lists about 110 kinds, among them `aws_access_key`,
         *     `aws_cli`, `aws_session_token`, `aws_s3cmd`, `googlecloud_api_key`, `google_oauth_key`,
         *     `google_oauth_token`, `tencentcloud_ak`, `huaweicloud_ak` (cloud credentials),
         *     `ssh_private_key`, `openssh_private_key`, `rsa_private_key`, `dsa_private_key`,
         *     `ec_private_key`, `pgp_private_key`, `pkcs_private_key`, `puttygen_private_key`,
         *     `common_private_key`, `pem` (private keys), `github_personal_token`,
         *     `gitLab_personal_token`, `npm_token`, `pypi_token`, `slack_token` and other service
         *     tokens, `docker_registry_cfg`, `k8s_client_key`, `kubernetes_dashboard_cred`,
         *     `git_cred`, `netrc_cfg` and other configuration with credentials, `common_cred`,
         *     `sshpasswd`, `apache_htpasswd` and database configuration files.
         * @example google_oauth_key
         * @example aws_access_key
         * @example pem
         */
        SensitiveFileKey: string;
        /**
         * @description Decoded form of a `ScanRange` parameter sent as JSON text.
         * @example [
         *       "image"
         *     ]
         */
        ImageScanRange: ("image" | "container")[];
        /** @description One page of an image's sensitive files. */
        DescribeImageSensitiveFileByKeyResponseBody: {
            /**
             * @description Id of the request.
             * @example CE500770-42D3-442E-9DDD-156E0F9F3B45
             */
            RequestId?: string;
            /**
             * @description Service status code; `200` for success.
             * @example 200
             */
            Code?: string;
            /**
             * Format: int32
             * @description HTTP status code.
             * @example 200
             */
            HttpStatusCode?: number;
            /**
             * @description Message, `successful` on success.
             * @example successful
             */
            Message?: string;
            /**
             * @description Whether the query succeeded.
             * @example true
             */
            Success?: boolean;
            PageInfo?: components["schemas"]["SensitiveFilePageInfo"];
            /** @description This page's sensitive files. */
            SensitiveFileList?: components["schemas"]["ImageSensitiveFile"][];
        };
        /** @description Where this page sits in the whole list. */
        SensitiveFilePageInfo: {
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Items per page.
             * @example 20
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Items over all pages.
             * @example 100
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Items on this page.
             * @example 2
             */
            Count?: number;
            /**
             * @description Key of the last item; no request parameter takes it.
             * @example CAESGgoSChAKDGNvbXBsZXRlVGltZRABCgQiAggAGAAiQAoJAGYXFWIAAAAACjMDLgAAADFT
             */
            LastRowKey?: string;
        };
        /** @description One sensitive file found in the image. */
        ImageSensitiveFile: {
            SensitiveFileKey?: components["schemas"]["SensitiveFileKey"];
            /**
             * @description Display name of the kind.
             * @example Google OAuth Key
             */
            SensitiveFileName?: string;
            /**
             * @description Path of the file in the image.
             * @example /usr/lib/abc.txt
             */
            FilePath?: string;
            /**
             * @description Digest of the layer that holds the file.
             * @example 0083a31cc0083a31ccf7c10367a6e783e8601e290f7c10367a6e783e860****
             */
            LayerDigest?: string;
            /**
             * @description MD5 of the file.
             * @example b484b0dff093f358897486b58266****
             */
            Md5?: string;
            /**
             * @description Excerpt of the sensitive content, masked by the vendor.
             * @example AKPIDteow289f9s************
             */
            Promt?: string;
            /**
             * @description `high`, `medium` or `low`.
             * @example low
             */
            RiskLevel?: string;
            /**
             * @description What the finding is.
             * @example Verify whether the leaked key is still valid.
             */
            Description?: string;
            /**
             * @description What to do about it.
             * @example Remove the file and rebuild the image.
             */
            Advice?: string;
            /**
             * Format: int64
             * @description First found, epoch milliseconds.
             * @example 1663321552000
             */
            FirstScanTime?: number;
            /**
             * Format: int64
             * @description Last found, epoch milliseconds.
             * @example 1663691592000
             */
            LastScanTime?: number;
        };
        /** @description One page of an image's baseline check items. */
        DescribeImageBaselineItemListResponseBody: {
            /**
             * @description Id of the request.
             * @example 24A20733-10A0-4AF6-BE6B-E3322413****
             */
            RequestId?: string;
            PageInfo?: components["schemas"]["SasPageInfo"];
            /** @description This page's check items. */
            BaselineItemInfos?: components["schemas"]["ImageBaselineItem"][];
        };
        /** @description One baseline check item of the image. */
        ImageBaselineItem: {
            /**
             * @description Key of the category.
             * @example ak_leak
             */
            BaselineClassKey?: string;
            /**
             * @description Display name of the category (in the requested language).
             * @example Access key leak
             */
            BaselineClassAlias?: string;
            /**
             * @description Key of the baseline.
             * @example ak_leak
             */
            BaselineNameKey?: string;
            /**
             * @description Display name of the baseline.
             * @example Access key leak
             */
            BaselineNameAlias?: string;
            /**
             * @description Key of the check item; OperateImageBaselineWhitelist's `BaselineItemKeyList` takes it.
             * @example hc.image.checklist.identify.ak_leak.item
             */
            BaselineItemKey?: string;
            /**
             * @description Display name of the check item.
             * @example Access key leak
             */
            BaselineItemAlias?: string;
            /**
             * Format: int32
             * @description `0` unfixed, `1` fixed, `2` waiting for verification, `3` fix failed.
             * @example 0
             */
            Status?: number;
            /**
             * Format: int32
             * @description `1` whitelisted, `0` not.
             * @example 0
             */
            WhiteList?: number;
        };
        /** @description One page of an image's build risks. */
        DescribeImageBuildRiskByKeyResponseBody: {
            /**
             * @description Id of the request.
             * @example 52870893-48A7-5A9E-9E05-6253E5B6****
             */
            RequestId?: string;
            /**
             * @description Service status code; `200` for success.
             * @example 200
             */
            Code?: string;
            /**
             * @description Message, `successful` on success.
             * @example successful
             */
            Message?: string;
            /**
             * @description Whether the query succeeded.
             * @example true
             */
            Success?: boolean;
            Data?: components["schemas"]["ImageBuildRiskPage"];
        };
        /** @description The page and its position. */
        ImageBuildRiskPage: {
            PageInfo?: components["schemas"]["ImageBuildRiskPageInfo"];
            /** @description This page's build risks. */
            List?: components["schemas"]["ImageBuildRisk"][];
        };
        /** @description Where this page sits in the whole list (no count of this page's items here). */
        ImageBuildRiskPageInfo: {
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Items per page.
             * @example 20
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Items over all pages.
             * @example 109
             */
            TotalCount?: number;
        };
        /** @description One build risk of the image. */
        ImageBuildRisk: {
            /**
             * @description Key of the rule.
             * @example no_user
             */
            RiskKey?: string;
            /**
             * @description Name of the rule.
             * @example no_user
             */
            RiskKeyName?: string;
            /**
             * @description Key of the rule's category.
             * @example other
             */
            RiskClass?: string;
            /**
             * @description Name of the rule's category.
             * @example other
             */
            RiskClassName?: string;
            /**
             * @description `high`, `medium` or `low`.
             * @example medium
             */
            RiskLevel?: string;
            /**
             * @description Digest of the offending layer.
             * @example 6ec898e6274f942e0e4a053eff1c3119026a6704e56cff206b2cec71f636****
             */
            LayerDigest?: string;
            /**
             * @description The layer's build instruction.
             * @example user root
             */
            LayerCmd?: string;
            /**
             * @description What is wrong, in short.
             * @example the root user has excessive permissions
             */
            Promt?: string;
            /**
             * @description Why it is a risk.
             * @example the root user has excessive permissions
             */
            Description?: string;
            /**
             * @description How to fix it.
             * @example do not use root user
             */
            Advice?: string;
        };
        /** @description The outcome. */
        SetImageSensitiveFileStatusResponseBody: {
            /**
             * @description Id of the request.
             * @example 20456DD5-5CBF-5015-9173-12CA4246****
             */
            RequestId?: string;
            /**
             * @description Service status code; `200` for success.
             * @example 200
             */
            Code?: string;
            /**
             * @description Message, `successful` on success.
             * @example successful
             */
            Message?: string;
            /**
             * @description Whether the status was set.
             * @example true
             */
            Success?: boolean;
            Data?: components["schemas"]["SensitiveFileStatusRecord"];
        };
        /** @description The record written. */
        SensitiveFileStatusRecord: {
            /**
             * Format: int64
             * @description Primary key of the record in the vendor's database.
             * @example 18551
             */
            Id?: number;
        };
        /** @description Success body; it has no other field. */
        OperateImageBaselineWhitelistResponseBody: {
            /**
             * @description Id of the request.
             * @example 75AD186B-B46A-56CC-BE35-987ADDF6****
             */
            RequestId?: string;
        };
        /** @description The form fields of PageImageRegistry, sent in this order by the official SDK. */
        PageImageRegistryForm: {
            /**
             * Format: int32
             * @description Page to return, counted from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Registries per page (default 20). No largest value is documented, so none is enforced
             *     here; the server may cap it.
             * @default 20
             * @example 20
             */
            PageSize?: number;
            /**
             * @description A part of the registry's name (its alias in Security Center); matches fuzzily.
             * @example asa
             */
            RegistryNameLike?: string;
            /**
             * @description Only registries of these types. Sent as `RegistryTypeInList.1`, `RegistryTypeInList.2`,
             *     ... (one form field per item).
             * @example [
             *       "harbor",
             *       "quay"
             *     ]
             */
            RegistryTypeInList?: components["schemas"]["ImageRegistryType"][];
            /**
             * @description Registries of these types left out. Sent as `RegistryTypeNotInList.1`, ... (one form
             *     field per item).
             * @example [
             *       "acr"
             *     ]
             */
            RegistryTypeNotInList?: components["schemas"]["ImageRegistryType"][];
        };
        /**
         * @description Registry type: `acr` (Container Registry), `harbor` (Harbor), `quay` (Quay), `CI/CD`
         *     (Jenkins).
         * @example harbor
         * @enum {string}
         */
        ImageRegistryType: "acr" | "harbor" | "quay" | "CI/CD";
        /** @description One page of image registries. */
        PageImageRegistryResponseBody: {
            /**
             * @description Id of the request.
             * @example FDA9E37C-6114-5945-8FF1-E3D4D397****
             */
            RequestId?: string;
            PageInfo?: components["schemas"]["ImageRegistryPageInfo"];
            /** @description This page's registries. */
            List?: components["schemas"]["ImageRegistry"][];
        };
        /** @description Where this page sits in the whole list. */
        ImageRegistryPageInfo: {
            /**
             * Format: int32
             * @description Number of this page, from 1.
             * @example 1
             */
            CurrentPage?: number;
            /**
             * Format: int32
             * @description Registries per page.
             * @example 20
             */
            PageSize?: number;
            /**
             * Format: int32
             * @description Registries matching the filters, over all pages.
             * @example 69
             */
            TotalCount?: number;
            /**
             * Format: int32
             * @description Registries on this page.
             * @example 20
             */
            Count?: number;
        };
        /** @description An image registry Security Center knows, and how it reaches it. */
        ImageRegistry: {
            /**
             * Format: int64
             * @description Id of the registry in Security Center.
             * @example 1078312
             */
            Id?: number;
            /**
             * @description The registry's name (alias) in Security Center.
             * @example test1
             */
            RegistryName?: string;
            /**
             * @description `acr` (Container Registry), `harbor`, `quay` or `CI/CD` (Jenkins).
             * @example harbor
             */
            RegistryType?: string;
            /**
             * @description IP address of the registry.
             * @example 39.104.XXX.XXX
             */
            RegistryHostIp?: string;
            /**
             * @description Domain name of the registry.
             * @example sinochem.com
             */
            DomainName?: string;
            /**
             * @description Region of the registry.
             * @example cn-hangzhou
             */
            RegionId?: string;
            /**
             * Format: int32
             * @description `1` HTTP, `2` HTTPS.
             * @example 1
             */
            ProtocolType?: number;
            /**
             * Format: int32
             * @description `1` the Internet, `2` a VPC.
             * @example 1
             */
            NetType?: number;
            /**
             * @description The VPC, for `NetType=2`.
             * @example vpc-5gu8iu68w9b472jbb****
             */
            VpcId?: string;
            /**
             * @description User name Security Center logs on to the registry with.
             * @example RegistryUser
             */
            UserName?: string;
            /**
             * Format: password
             * @description The password, as the vendor returns it (masked in its example).
             * @example Harbor******
             */
            Password?: string;
            /**
             * @description The user's authentication token for the registry connection.
             * @example c7b90d29-632f-4e58-88b8-00ad77f6****
             */
            Token?: string;
            /**
             * @description The Jenkins environment (`CI/CD` registries).
             * @example projectInfo
             */
            JenkinsEnv?: string;
            /**
             * Format: int32
             * @description Images scanned per hour.
             * @example 30
             */
            TransPerHour?: number;
            /**
             * Format: int32
             * @description Days the registry's assets are kept.
             * @example 30
             */
            PersistenceDay?: number;
            /**
             * Format: int32
             * @description Images in the registry.
             * @example 1
             */
            ImageCount?: number;
            /**
             * @description The IP address allow list.
             * @example 192.168.XXX.XXX
             */
            WhiteList?: string;
            /**
             * @description The IP address deny list.
             * @example 129.211.XXX.XXX
             */
            BlackList?: string;
            /**
             * @description When the registry was connected, `yyyy-MM-dd HH:mm:ss` (time zone not documented).
             * @example 2022-08-30 10:23:30
             */
            GmtCreate?: string;
            /**
             * @description When it was last changed, `yyyy-MM-dd HH:mm:ss` (time zone not documented).
             * @example 2022-09-30 10:23:30
             */
            GmtModified?: string;
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
export type PrivateRegistryExtraParam = components['schemas']['PrivateRegistryExtraParam'];
export type PrivateRegistryNamespaceToken = components['schemas']['PrivateRegistryNamespaceToken'];
export type AddPrivateRegistryResponseBody = components['schemas']['AddPrivateRegistryResponseBody'];
export type PrivateRegistry = components['schemas']['PrivateRegistry'];
export type ImageSearchCriteria = components['schemas']['ImageSearchCriteria'];
export type ImageSearchCondition = components['schemas']['ImageSearchCondition'];
export type DescribeImageInstancesResponseBody = components['schemas']['DescribeImageInstancesResponseBody'];
export type SasPageInfo = components['schemas']['SasPageInfo'];
export type ImageInstance = components['schemas']['ImageInstance'];
export type PublicPreCheckImageScanTaskResponseBody = components['schemas']['PublicPreCheckImageScanTaskResponseBody'];
export type ImageScanQuotaCheck = components['schemas']['ImageScanQuotaCheck'];
export type ImageScanTargets = components['schemas']['ImageScanTargets'];
export type ImageScanTarget = components['schemas']['ImageScanTarget'];
export type ImageScanTaskStartResponseBody = components['schemas']['ImageScanTaskStartResponseBody'];
export type ImageScanTaskStart = components['schemas']['ImageScanTaskStart'];
export type OnceTaskKind = components['schemas']['OnceTaskKind'];
export type GetOnceTaskResultInfoResponseBody = components['schemas']['GetOnceTaskResultInfoResponseBody'];
export type OnceTaskInfo = components['schemas']['OnceTaskInfo'];
export type DescribeGroupedMaliciousFilesResponseBody = components['schemas']['DescribeGroupedMaliciousFilesResponseBody'];
export type ImageMaliciousSample = components['schemas']['ImageMaliciousSample'];
export type SensitiveFileKey = components['schemas']['SensitiveFileKey'];
export type ImageScanRange = components['schemas']['ImageScanRange'];
export type DescribeImageSensitiveFileByKeyResponseBody = components['schemas']['DescribeImageSensitiveFileByKeyResponseBody'];
export type SensitiveFilePageInfo = components['schemas']['SensitiveFilePageInfo'];
export type ImageSensitiveFile = components['schemas']['ImageSensitiveFile'];
export type DescribeImageBaselineItemListResponseBody = components['schemas']['DescribeImageBaselineItemListResponseBody'];
export type ImageBaselineItem = components['schemas']['ImageBaselineItem'];
export type DescribeImageBuildRiskByKeyResponseBody = components['schemas']['DescribeImageBuildRiskByKeyResponseBody'];
export type ImageBuildRiskPage = components['schemas']['ImageBuildRiskPage'];
export type ImageBuildRiskPageInfo = components['schemas']['ImageBuildRiskPageInfo'];
export type ImageBuildRisk = components['schemas']['ImageBuildRisk'];
export type SetImageSensitiveFileStatusResponseBody = components['schemas']['SetImageSensitiveFileStatusResponseBody'];
export type SensitiveFileStatusRecord = components['schemas']['SensitiveFileStatusRecord'];
export type OperateImageBaselineWhitelistResponseBody = components['schemas']['OperateImageBaselineWhitelistResponseBody'];
export type PageImageRegistryForm = components['schemas']['PageImageRegistryForm'];
export type ImageRegistryType = components['schemas']['ImageRegistryType'];
export type PageImageRegistryResponseBody = components['schemas']['PageImageRegistryResponseBody'];
export type ImageRegistryPageInfo = components['schemas']['ImageRegistryPageInfo'];
export type ImageRegistry = components['schemas']['ImageRegistry'];
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
    AddPrivateRegistry: {
        parameters: {
            query: {
                /**
                 * @description Kind of registry: `harbor` (Harbor) or `quay` (Quay).
                 * @example harbor
                 */
                RegistryType: "harbor" | "quay";
                /**
                 * @description Registry API version: `V1` or `V2`.
                 * @example V2
                 */
                RegistryVersion: "V1" | "V2";
                /**
                 * @description Protocol the registry is reached with: `1` HTTP, `2` HTTPS.
                 * @example 2
                 */
                ProtocolType: 1 | 2;
                /**
                 * @description Network the registry is reached over: `1` the Internet, `2` a VPC (give `VpcId`).
                 * @example 2
                 */
                NetType: 1 | 2;
                /**
                 * @description The VPC the registry is reached in (with `NetType=2`).
                 * @example vpc-bp1example0fake00001
                 */
                VpcId?: string;
                /**
                 * @description IP address of the registry.
                 * @example 192.0.2.10
                 */
                RegistryHostIp: string;
                /**
                 * @description Domain name of the registry.
                 * @example harbor.example.com
                 */
                DomainName: string;
                /**
                 * @description Port of the registry (1 to 65535; no default is documented).
                 * @example 443
                 */
                Port?: number;
                /**
                 * @description User name Security Center logs on to the registry with.
                 * @example scanner-robot
                 */
                UserName: string;
                /**
                 * @description Password of that user. A secret: imagesec masks it wherever it shows a request (dry
                 *     run, debug lines, errors, the mock's records). The vendor's API sends it in the query
                 *     string, so it also reaches the gateway's request logs.
                 * @example example-password-not-real
                 */
                Password: string;
                /**
                 * @description Region the registry is assigned to in Security Center (ListImageRegistryRegion lists
                 *     the supported ones). A business parameter: it does not choose the endpoint.
                 * @example cn-hangzhou
                 */
                RegistryRegionId: string;
                /**
                 * @description How many images Security Center scans per hour from this registry.
                 * @example 10
                 */
                TransPerHour?: number;
                /**
                 * @description Extra settings, required by the vendor for a Quay registry (`RegistryType=quay`): a
                 *     JSON **array** sent as text whose items carry `namespace` and `authToken`. The token
                 *     is a secret, so the whole parameter is marked and masked like `Password`.
                 * @example [{"namespace":"team-a","authToken":"example-token-not-real"}]
                 */
                ExtraParam?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example AddPrivateRegistry
                 */
                "x-acs-action": "AddPrivateRegistry";
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
            /** @description The registry was added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddPrivateRegistryResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageInstances: {
        parameters: {
            query?: {
                /**
                 * @description Filter: a JSON **array** sent as text, each item a condition with `name`, `value` and
                 *     `logicalExp` (`OR` or `AND` between the values of one condition). The names are those
                 *     DescribeImageRepoCriteria returns (e.g. `instanceId`, `vulStatus`).
                 * @example [{"name":"instanceId","value":"cri-rv4nvbv8iju4****","logicalExp":"AND"}]
                 */
                Criteria?: string;
                /**
                 * @description How the conditions of `Criteria` combine: `OR` (any) or `AND` (all).
                 * @example AND
                 */
                LogicalExp?: "OR" | "AND";
                /**
                 * @description `true`: only images that have been scanned; `false`: only those never scanned.
                 * @example true
                 */
                Scanned?: boolean;
                /**
                 * @description Page to return, counted from 1.
                 * @example 1
                 */
                CurrentPage?: number;
                /**
                 * @description Images per page (default 20; the vendor advises always sending it). No largest value
                 *     is documented, so none is enforced here; the server may cap it.
                 * @example 20
                 */
                PageSize?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageInstances
                 */
                "x-acs-action": "DescribeImageInstances";
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
            /** @description One page of images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageInstancesResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPreCheckImageScanTask: {
        parameters: {
            query?: {
                /**
                 * @description Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor),
                 *     `quay` (Quay).
                 * @example acr
                 */
                RegistryTypes?: string;
                /**
                 * @description Regions of the images, joined with commas (where the images are, not the endpoint).
                 * @example cn-hangzhou
                 */
                RegionIds?: string;
                /**
                 * @description Container Registry instances holding the repositories, joined with commas.
                 * @example cri-rv4nvbv8iju4****
                 */
                InstanceIds?: string;
                /**
                 * @description Repository namespaces, joined with commas.
                 * @example cloud_oa****
                 */
                RepoNamespaces?: string;
                /**
                 * @description Repository ids, joined with commas.
                 * @example crr-2q7302qrofxg****
                 */
                RepoIds?: string;
                /**
                 * @description Repository names, joined with commas.
                 * @example hybirdc****
                 */
                RepoNames?: string;
                /**
                 * @description Image digests (SHA-256, hex), joined with commas.
                 * @example e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****
                 */
                Digests?: string;
                /**
                 * @description Image tags, joined with commas.
                 * @example hybird-cloud-web_fix_167115945****
                 */
                Tags?: string;
                /**
                 * @description Source IP address of the request (the vendor fills it in when absent).
                 * @example 192.0.2.20
                 */
                SourceIp?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example PublicPreCheckImageScanTask
                 */
                "x-acs-action": "PublicPreCheckImageScanTask";
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
            /** @description The images a scan would cover and the quota it would use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPreCheckImageScanTaskResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicCreateImageScanTask: {
        parameters: {
            query?: {
                /**
                 * @description Registry types, joined with commas: `acr` (Container Registry), `harbor` (Harbor),
                 *     `quay` (Quay).
                 * @example acr
                 */
                RegistryTypes?: string;
                /**
                 * @description Regions of the images, joined with commas (where the images are, not the endpoint).
                 * @example cn-hangzhou
                 */
                RegionIds?: string;
                /**
                 * @description Container Registry instances holding the repositories, joined with commas.
                 * @example cri-rv4nvbv8iju4****
                 */
                InstanceIds?: string;
                /**
                 * @description Repository namespaces, joined with commas.
                 * @example cloud_oa****
                 */
                RepoNamespaces?: string;
                /**
                 * @description Repository ids, joined with commas.
                 * @example crr-2q7302qrofxg****
                 */
                RepoIds?: string;
                /**
                 * @description Repository names, joined with commas.
                 * @example hybirdc****
                 */
                RepoNames?: string;
                /**
                 * @description Image digests (SHA-256, hex), joined with commas.
                 * @example e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****
                 */
                Digests?: string;
                /**
                 * @description Image tags, joined with commas.
                 * @example hybird-cloud-web_fix_167115945****
                 */
                Tags?: string;
                /**
                 * @description Source IP address of the request (the vendor fills it in when absent).
                 * @example 192.0.2.20
                 */
                SourceIp?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example PublicCreateImageScanTask
                 */
                "x-acs-action": "PublicCreateImageScanTask";
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
            /** @description The task was created; its id and first state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageScanTaskStartResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicSyncAndCreateImageScanTask: {
        parameters: {
            query: {
                /**
                 * @description The images: a JSON **array** sent as text, one item per image with `registryType`
                 *     (`acr`, `harbor` or `quay`), `repoId`, `instanceId`, `repoNamespace`, `regionId`,
                 *     `repoName`, `digest`, `tag`, and `createTime` / `updateTime` in epoch milliseconds.
                 *     The vendor lists the fields capitalised (`RegistryType`...) but its example, which
                 *     this follows, writes them in lower camel case.
                 * @example [{"registryType":"acr","repoId":"crr-red9kgqqi0fh75d5","instanceId":"cri-1x2qtjd75ofqvfa8","repoNamespace":"1125","regionId":"cn-hangzhou","repoName":"script1","digest":"b1064a5007786b6f82a50772858e8156bc1e5fbddb7dd20af6922761ad197fe4","tag":"v0113-ver2","createTime":1641267666666,"updateTime":1641267909090}]
                 */
                Images: string;
                /**
                 * @description Source IP address of the request (the vendor fills it in when absent).
                 * @example 192.0.2.20
                 */
                SourceIp?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example PublicSyncAndCreateImageScanTask
                 */
                "x-acs-action": "PublicSyncAndCreateImageScanTask";
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
            /** @description The images were added and the task created; its id and first state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageScanTaskStartResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    GetOnceTaskResultInfo: {
        parameters: {
            query: {
                /**
                 * @description Id of the task: `Data.TaskId` of PublicCreateImageScanTask or
                 *     PublicSyncAndCreateImageScanTask (a hex string).
                 * @example a410bb3e68c217a3368bc0238c66886d
                 */
                TaskId: string;
                /**
                 * @description Kind of task; `IMAGE_SCAN` for image scans. The vendor's values:
                 *     `CLIENT_PROBLEM_CHECK` (agent troubleshooting), `CLIENT_DEV_OPS` (cloud operations),
                 *     `ASSET_SECURITY_CHECK` (asset collection), `ASSETS_COLLECTION` (asset fingerprint
                 *     collection), `IMAGE_SCAN` (container image scan), `AI_SECURITY_CHECK` (AI asset sync),
                 *     `IDC_PROBE_SCAN` (data-center probe scan), `ATTACK_SURFACE_SCAN` (attack surface and
                 *     boundary assets), `ASSET_EXPOSURE_SCAN` (asset exposure), `VUL_CHECK_TASK`
                 *     (vulnerability scan).
                 * @example IMAGE_SCAN
                 */
                TaskType: components["schemas"]["OnceTaskKind"];
                /**
                 * @description Name of the task: the vendor lists the same values as for `TaskType`; send the same
                 *     value (`IMAGE_SCAN` for image scans).
                 * @example IMAGE_SCAN
                 */
                TaskName: components["schemas"]["OnceTaskKind"];
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example GetOnceTaskResultInfo
                 */
                "x-acs-action": "GetOnceTaskResultInfo";
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
            /** @description The task's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOnceTaskResultInfoResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeGroupedMaliciousFiles: {
        parameters: {
            query: {
                /**
                 * @description Page to return, counted from 1 (the vendor names 1 as the default, yet requires it).
                 * @example 1
                 */
                CurrentPage: number;
                /**
                 * @description Samples per page, as text (the vendor names 20 as the default, yet requires it). No
                 *     largest value is documented; the server may cap it.
                 * @example 20
                 */
                PageSize: string;
                /**
                 * @description Language of the request and response: `zh` (Chinese, default) or `en` (English).
                 * @example en
                 */
                Lang?: "zh" | "en";
                /**
                 * @description Severities, joined with commas: `serious` (urgent), `suspicious`, `remind` (notice).
                 * @example serious
                 */
                Levels?: string;
                /**
                 * @description Sample name, matched fuzzily.
                 * @example Mining
                 */
                FuzzyMaliciousName?: string;
                /**
                 * @description MD5 of the malicious file.
                 * @example d836968041f7683b5459****
                 */
                MaliciousMd5?: string;
                /**
                 * @description Digest of the image (DescribeImageInstances' `Digest`), for the samples of one image.
                 * @example e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****
                 */
                ImageDigest?: string;
                /**
                 * @description Image tag.
                 * @example hybird-cloud-web_fix_167115945****
                 */
                ImageTag?: string;
                /**
                 * @description Image layer (digest).
                 * @example 27213ad375b53628dd152a5ca****
                 */
                ImageLayer?: string;
                /**
                 * @description Region of the image's repository. The vendor lists `cn-beijing`, `cn-zhangjiakou`,
                 *     `cn-hangzhou`, `cn-shanghai`, `cn-shenzhen`, `cn-hongkong`, `ap-southeast-1`,
                 *     `ap-southeast-5`, `us-east-1`, `us-west-1`, `eu-central-1`, `eu-west-1` (and, on an
                 *     older page, `ap-south-1`).
                 * @example cn-shanghai
                 */
                RepoRegionId?: string;
                /**
                 * @description Container Registry instance of the repository (Container Registry's ListRepository gives it).
                 * @example cri-rv4nvbv8iju4****
                 */
                RepoInstanceId?: string;
                /**
                 * @description Repository id (Container Registry's ListRepository gives it).
                 * @example crr-2q7302qrofxg****
                 */
                RepoId?: string;
                /**
                 * @description Repository name, matched fuzzily.
                 * @example hybirdc****
                 */
                RepoName?: string;
                /**
                 * @description Repository namespace, matched fuzzily.
                 * @example cloud_oa****
                 */
                RepoNamespace?: string;
                /**
                 * @description Container cluster id.
                 * @example c556c8133b5ad4378b7fc533ddbda****
                 */
                ClusterId?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeGroupedMaliciousFiles
                 */
                "x-acs-action": "DescribeGroupedMaliciousFiles";
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
            /** @description One page of malicious samples. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeGroupedMaliciousFilesResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageSensitiveFileByKey: {
        parameters: {
            query?: {
                /**
                 * @description UUID of the image (DescribeImageInstances' `Uuid`).
                 * @example 0083a31ccf7c10367a6e783e8601****
                 */
                ImageUuid?: string;
                /**
                 * @description Kind of sensitive file, e.g. `aws_access_key` (see the schema for the vendor's list).
                 * @example google_oauth_key
                 */
                SensitiveFileKey?: components["schemas"]["SensitiveFileKey"];
                /**
                 * @description Where to look: a JSON **array** sent as text of `image` (images) and `container`
                 *     (containers), e.g. `["image"]`.
                 * @example ["image"]
                 */
                ScanRange?: string;
                /**
                 * @description Language of the request and response: `zh` (Chinese, default) or `en` (English).
                 * @example en
                 */
                Lang?: "zh" | "en";
                /**
                 * @description Page to return, counted from 1.
                 * @example 1
                 */
                CurrentPage?: number;
                /**
                 * @description Files per page (default 20). No largest value is documented, so none is enforced here;
                 *     the server may cap it.
                 * @example 20
                 */
                PageSize?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageSensitiveFileByKey
                 */
                "x-acs-action": "DescribeImageSensitiveFileByKey";
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
            /** @description One page of sensitive files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageSensitiveFileByKeyResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageBaselineItemList: {
        parameters: {
            query: {
                /**
                 * @description UUID of the image (DescribeImageInstances' `Uuid`).
                 * @example 0b5c7193300da2070220038718ad****
                 */
                ImageUuid: string;
                /**
                 * @description Fix status: `0` unfixed, `1` fixed, `2` waiting for verification, `3` fix failed.
                 * @example 0
                 */
                Status?: "0" | "1" | "2" | "3";
                /**
                 * @description Key of the baseline category, e.g. `ak_leak`.
                 * @example ak_leak
                 */
                BaselineClassKey?: string;
                /**
                 * @description Key of the baseline name, e.g. `ak_leak`.
                 * @example ak_leak
                 */
                BaselineNameKey?: string;
                /**
                 * @description Language of the request and response: `zh` (Chinese, default) or `en` (English).
                 * @example en
                 */
                Lang?: "zh" | "en";
                /**
                 * @description Page to return, counted from 1 (no default is documented; the server's is presumably 1).
                 * @example 1
                 */
                CurrentPage?: number;
                /**
                 * @description Items per page (no default or largest value is documented; the examples use 20).
                 * @example 20
                 */
                PageSize?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageBaselineItemList
                 */
                "x-acs-action": "DescribeImageBaselineItemList";
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
            /** @description One page of baseline check items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageBaselineItemListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DescribeImageBuildRiskByKey: {
        parameters: {
            query?: {
                /**
                 * @description UUID of the image (DescribeImageInstances' `Uuid`).
                 * @example a910053dd4710173ecc9e9d8931f****
                 */
                ImageUuid?: string;
                /**
                 * @description Key of the build risk rule, e.g. `no_user` (DescribeImageBuildRiskList lists them).
                 * @example no_user
                 */
                RiskKey?: string;
                /**
                 * @description Handling status: `0` unhandled, `1` ignored, `2` false positive.
                 * @example 0
                 */
                Status?: 0 | 1 | 2;
                /**
                 * @description Language of the request and response: `zh` (Chinese) or `en` (English); no default is documented.
                 * @example en
                 */
                Lang?: "zh" | "en";
                /**
                 * @description Page to return, counted from 1.
                 * @example 1
                 */
                CurrentPage?: number;
                /**
                 * @description Risks per page (default 20; the vendor advises always sending it). No largest value
                 *     is documented, so none is enforced here; the server may cap it.
                 * @example 20
                 */
                PageSize?: number;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example DescribeImageBuildRiskByKey
                 */
                "x-acs-action": "DescribeImageBuildRiskByKey";
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
            /** @description One page of build risks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeImageBuildRiskByKeyResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SetImageSensitiveFileStatus: {
        parameters: {
            query?: {
                /**
                 * @description UUIDs of the images (DescribeImageInstances' `Uuid`), joined with commas.
                 * @example 0083a31ccf7c10367a6e783e8601****,4ad91dd8c0c02de6574fa98085d0****
                 */
                ImageUuids?: string;
                /**
                 * @description Kind of sensitive file, e.g. `pem` (see the schema for the vendor's list).
                 * @example pem
                 */
                SensitiveFileKey?: components["schemas"]["SensitiveFileKey"];
                /**
                 * @description New status: `0` unhandled, `1` whitelisted, `2` false positive.
                 * @example 1
                 */
                Status?: 0 | 1 | 2;
                /**
                 * @description Where the findings were made: a JSON **array** sent as text of `image` (images) and
                 *     `container` (containers), e.g. `["image"]`.
                 * @example ["image"]
                 */
                ScanRange?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example SetImageSensitiveFileStatus
                 */
                "x-acs-action": "SetImageSensitiveFileStatus";
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
            /** @description The status was set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetImageSensitiveFileStatusResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperateImageBaselineWhitelist: {
        parameters: {
            query: {
                /**
                 * @description Keys of the check items (DescribeImageBaselineItemList's `BaselineItemKey`), joined
                 *     with commas (the vendor calls it a list and shows one key).
                 * @example hc.image.checklist.identify.hc_exploit_es_linux.item
                 */
                BaselineItemKeyList: string;
                /**
                 * @description `add` (whitelist the items) or `del` (remove them from the whitelist).
                 * @example add
                 */
                Operation: "add" | "del";
                /**
                 * @description UUID of the image (DescribeImageInstances' `Uuid`).
                 * @example a5250ebca765dc9eb1a84b790b0e****
                 */
                ImageUuid?: string;
                /**
                 * @description Language of the request and response: `zh` (Chinese, default) or `en` (English).
                 * @example en
                 */
                Lang?: "zh" | "en";
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example OperateImageBaselineWhitelist
                 */
                "x-acs-action": "OperateImageBaselineWhitelist";
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
            /** @description The whitelist was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperateImageBaselineWhitelistResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PageImageRegistry: {
        parameters: {
            query?: {
                /**
                 * @description Source IP address of the request, as the caller states it. The SDK models describe it
                 *     no further; the one parameter of this action that the official SDK puts in the query.
                 * @example 140.207.XXX.XXX
                 */
                SourceIp?: string;
            };
            header: {
                /**
                 * @description RPC action name (signed).
                 * @example PageImageRegistry
                 */
                "x-acs-action": "PageImageRegistry";
                /**
                 * @description API version (signed).
                 * @example 2018-12-03
                 */
                "x-acs-version": "2018-12-03";
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description The filters and the page, as form fields (all optional). The official SDK sends this
         *     body even when no field is set: empty, with its `content-type`.
         */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PageImageRegistryForm"];
            };
        };
        responses: {
            /** @description One page of image registries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageImageRegistryResponseBody"];
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
