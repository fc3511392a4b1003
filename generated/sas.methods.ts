// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The typed methods of the client.

import type { components } from './sas.js';
import type { SasArgs, SasItem, SasPageArgs, SasResult } from '../src/sas/client-types.js';

export interface SasMethods {
  /**
   * Fix (or otherwise handle) vulnerabilities of container images
   *
   * Acts on the image vulnerabilities named in `Info`. The documented operation is the fix,
   * `OperateType=vul_fix` with `Type=cve`: the image is rebuilt and pushed under each item's
   * `newTag`. Which `Info` fields each operation needs is not documented; `newTag` matters
   * only for the fix. All three parameters are optional in every official SDK model, and the
   * official client always sends them in the query string.
   *
   * Waiting (`--wait`, `operateImageVulAndWait`) is for the fix only. The answer names no
   * task, so the wait follows every fix task DescribeImageFixTask lists from five minutes
   * before the call was sent (an allowance for the two clocks), one page of 100, with the
   * `ImageFixTaskFinished` waiter: it succeeds when every listed rebuild has succeeded and
   * fails when any has failed. What can go wrong: a fix started by anyone else in that window
   * (another client, the console, an earlier call of yours) is waited for too, and its
   * failure fails the wait; an earlier fix in the window that has already succeeded can end
   * the wait before the rebuild this call started is listed; beyond 100 tasks in the window,
   * the rest are not seen; a rebuild that never shows up runs into the overall limit. With
   * any other `OperateType`, or none, waiting is refused before anything is sent (a
   * validation error, CLI exit 2): send such a call without `--wait`.
   */
  operateImageVul(...args: SasArgs<'OperateImageVul', { Info: components['schemas']['OperateImageVulInfo'] }>): Promise<SasResult<'OperateImageVul'>>;
  /**
   * List the vulnerabilities found in container images
   *
   * Returns one page of image vulnerability records with the images they affect. A record's
   * `PrimaryId` is the id OperateImageVul takes in `Info[].ids`; its `RepoNamespace`,
   * `RepoName` and `ImageDigest` name the image (`Tag`: see its note). Only `Type` is
   * required; every other parameter narrows the list. For the newest findings, start a scan
   * first (PublicCreateImageScanTask) and, as the vendor advises, wait one to five minutes.
   *
   * Two kinds of location filter exist side by side: `RepoRegionId`, `RepoInstanceId`,
   * `RepoId`, `RepoNamespace`, `RepoName` name the registry repository, while `RegionId`,
   * `InstanceId` and `Uuids` name the asset (server) the image was found on.
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageVulList`. Keyed
   * `/#DescribeImageVulList` in `sas.yaml` only because OpenAPI allows one operation per path;
   * tools that cannot cut the key at `#` take `openapi/sas/DescribeImageVulList.yaml`.
   */
  describeImageVulList(...args: SasArgs<'DescribeImageVulList'>): Promise<SasResult<'DescribeImageVulList'>>;
  /**
   * Every item of describeImageVulList, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageVulList(...args: SasPageArgs<'DescribeImageVulList'>): AsyncGenerator<SasItem<'DescribeImageVulList', "VulRecords">, string | undefined, undefined>;
  /**
   * List the images Security Center holds for given servers
   *
   * Returns, for the servers named in `Uuids`, the images Security Center knows, each with
   * the repository coordinates OperateImageVul's `Info` items ask for: `RegionId` (regionId),
   * `InstanceId` (instanceId), `RepoId` (repoId), `RepoNamespace` (namespace), `RepoName`
   * (repoName), `Tag` (tag) and `Digest` (digest). Not paged: the whole list comes at once.
   *
   * Caution: the vendor describes `Uuid` here as the server's UUID, and its `InstanceId`
   * example is an ECS-style `i-...` id, whereas OperateImageVul's `uuid` is documented as
   * the image's and its `instanceId` example is a registry `cri-...` id. Whether these values
   * can be passed on unchanged is not documented.
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageInfoList`. Keyed
   * `/#DescribeImageInfoList` in `sas.yaml` only because OpenAPI allows one operation per
   * path; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInfoList.yaml`.
   */
  describeImageInfoList(...args: SasArgs<'DescribeImageInfoList'>): Promise<SasResult<'DescribeImageInfoList'>>;
  /**
   * List the image fix tasks
   *
   * Returns one page of the image fix tasks (type `IMAGE_REPAIR`), such as those an
   * OperateImageVul `vul_fix` starts: which image (`RepoNamespace`, `RepoName`, `OldTag`)
   * was rebuilt into which tag (`NewTag`), for which vulnerability, and whether the rebuild
   * is running (`1`), succeeded (`2`) or failed (`3`). Filter by status and by a time window
   * in epoch milliseconds. `CurrentPage` and `PageSize` must both be sent.
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageFixTask`. Keyed
   * `/#DescribeImageFixTask` in `sas.yaml` only because OpenAPI allows one operation per path;
   * tools that cannot cut the key at `#` take `openapi/sas/DescribeImageFixTask.yaml`.
   */
  describeImageFixTask(...args: SasArgs<'DescribeImageFixTask'>): Promise<SasResult<'DescribeImageFixTask'>>;
  /**
   * Every item of describeImageFixTask, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageFixTask(...args: SasPageArgs<'DescribeImageFixTask'>): AsyncGenerator<SasItem<'DescribeImageFixTask', "BuildTasks">, string | undefined, undefined>;
  /**
   * Connect a self-managed image registry (Harbor or Quay)
   *
   * Connects a self-managed Harbor or Quay registry to Security Center, the first step of the
   * image loop for registries Security Center does not find itself (Container Registry
   * Enterprise Edition instances are picked up without this call). The answer is synchronous:
   * `Data.Id` is the new registry's id and `Data.Token` a token the vendor does not explain.
   * Security Center then discovers the registry's images on its own; no action reports when
   * that is done (list them with DescribeImageInstances, or PageImageRegistry for the
   * registry's image count). The registry is reached at `RegistryHostIp` / `DomainName`
   * over `ProtocolType` from the network `NetType` (with `VpcId` for a VPC).
   *
   * `Password` (and the `authToken` of a Quay registry's `ExtraParam`) are secrets: they are
   * marked `format: password` and `writeOnly`, and imagesec masks them wherever it shows a
   * request. RAM action: `yundun-sas:AddPrivateRegistry` (create).
   *
   * On the wire: `POST /` with `x-acs-action: AddPrivateRegistry`. Keyed
   * `/#AddPrivateRegistry` in `sas.yaml` only because OpenAPI allows one operation per path;
   * tools that cannot cut the key at `#` take `openapi/sas/AddPrivateRegistry.yaml`.
   */
  addPrivateRegistry(...args: SasArgs<'AddPrivateRegistry', { ExtraParam: components['schemas']['PrivateRegistryExtraParam'] }>): Promise<SasResult<'AddPrivateRegistry'>>;
  /**
   * List the images Security Center knows, with their scan status
   *
   * Returns one page of the container images Security Center holds (ACR Enterprise Edition
   * instances and connected Harbor, Quay or CI/CD registries), each with the identifiers the
   * rest of the loop takes: `Uuid` (what the finding actions call `ImageUuid`; see the note
   * on the field), `Digest` (PublicCreateImageScanTask's `Digests`, DescribeGroupedMaliciousFiles'
   * `ImageDigest`) and the repository coordinates PublicSyncAndCreateImageScanTask's `Images`
   * asks for. It also carries each image's scan state (`ScaStatus`, `ScaProgress`,
   * `ScaResult`), which the `ImageScanned` waiter polls, and the counters used to verify a
   * fix: `VulCount`, `HcCount` (baseline risks), `AlarmCount`.
   *
   * Narrow the list with `Criteria` (a JSON filter) and `Scanned`. RAM action:
   * `yundun-sas:DescribeImageInstances` (get).
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageInstances`. Keyed
   * `/#DescribeImageInstances` in `sas.yaml` only because OpenAPI allows one operation per
   * path; tools that cannot cut the key at `#` take `openapi/sas/DescribeImageInstances.yaml`.
   */
  describeImageInstances(...args: SasArgs<'DescribeImageInstances', { Criteria: components['schemas']['ImageSearchCriteria'] }>): Promise<SasResult<'DescribeImageInstances'>>;
  /**
   * Every item of describeImageInstances, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageInstances(...args: SasPageArgs<'DescribeImageInstances', { Criteria: components['schemas']['ImageSearchCriteria'] }>): AsyncGenerator<SasItem<'DescribeImageInstances', "ImageInstanceList">, string | undefined, undefined>;
  /**
   * Count the images and the scan quota a scan task would use
   *
   * The quota check the vendor asks for before PublicCreateImageScanTask: for the same
   * selection (every parameter as there; none given means every protected image), how many
   * images a scan would cover and how much container-image-scan quota it would consume. A
   * scan that runs out of quota stops part-way, so compare the answer with the quota left
   * first. RAM action: `yundun-sas:PublicPreCheckImageScanTask` (access level `none` on the
   * vendor's page).
   *
   * Caution: the SDK model (9.3.3) describes `NeedAuthCount` as the number of images to scan
   * and `ScanImageCount` as the quota to be consumed, which reads swapped against the names;
   * see the fields.
   *
   * On the wire: `POST /` with `x-acs-action: PublicPreCheckImageScanTask`. Keyed
   * `/#PublicPreCheckImageScanTask` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/PublicPreCheckImageScanTask.yaml`.
   */
  publicPreCheckImageScanTask(...args: SasArgs<'PublicPreCheckImageScanTask'>): Promise<SasResult<'PublicPreCheckImageScanTask'>>;
  /**
   * Start a scan of images Security Center already knows
   *
   * Starts one scan task over the images that match every given filter (each a
   * comma-separated list; none given means every protected image): registry types,
   * regions, instances, repository ids, names and namespaces, digests, tags. The images must
   * already be in Security Center (DescribeImageInstances lists them; to add an image and
   * scan it in one call, use PublicSyncAndCreateImageScanTask). Call
   * PublicPreCheckImageScanTask with the same filters first: a task that runs out of quota
   * stops part-way.
   *
   * The answer names the task: `Data.TaskId` is what GetOnceTaskResultInfo takes, with
   * `TaskType` and `TaskName` `IMAGE_SCAN` (the `ImageScanTaskFinished` waiter; `--wait`
   * starts it). It also gives the task's first state: `Data.Status`, `Data.Result`
   * (`TASK_NOT_SUPPORT_REGION` when the images are in a region without image scanning) and
   * `Data.CanCreate` (at most 10 scan tasks may exist at a time; past that, creating one
   * fails). Per image, DescribeImageInstances' `ScaStatus` follows the scan (the
   * `ImageScanned` waiter). RAM action: `yundun-sas:PublicCreateImageScanTask`.
   *
   * Waiting (`--wait`, `publicCreateImageScanTaskAndWait`) reads this answer first: a
   * `Data.Result` of `TASK_NOT_SUPPORT_REGION`, a `Data.Status` of `FAIL`, or no
   * `Data.TaskId` is a failure state at once, before any poll (CLI exit 5). `Data.CanCreate`
   * false alone is not: it says no further task can be created now, not that this one was
   * refused.
   *
   * On the wire: `POST /` with `x-acs-action: PublicCreateImageScanTask`. Keyed
   * `/#PublicCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one operation per
   * path; tools that cannot cut the key at `#` take
   * `openapi/sas/PublicCreateImageScanTask.yaml`.
   */
  publicCreateImageScanTask(...args: SasArgs<'PublicCreateImageScanTask'>): Promise<SasResult<'PublicCreateImageScanTask'>>;
  /**
   * Add images to Security Center and start a scan of them
   *
   * Brings the images named in `Images` into Security Center (if they are not there yet) and
   * starts one scan task over them: the way to get a freshly pushed image scanned without
   * waiting for the registry's image list to be refreshed, and the rescan of the verify step.
   * Each item of `Images` names one image by registry type, repository (id, namespace, name),
   * instance, region, digest and tag, as DescribeImageInstances reports them.
   *
   * The answer is that of PublicCreateImageScanTask: `Data.TaskId` for GetOnceTaskResultInfo
   * (`TaskType` = `TaskName` = `IMAGE_SCAN`; the `ImageScanTaskFinished` waiter, which
   * `--wait` starts), the first `Data.Status`, `Data.Result` and `Data.CanCreate` (at most
   * 10 scan tasks at a time). Waiting reads this answer first, as for
   * PublicCreateImageScanTask: `TASK_NOT_SUPPORT_REGION`, `Status` `FAIL` or no `TaskId` is
   * a failure state at once, before any poll. RAM action:
   * `yundun-sas:PublicSyncAndCreateImageScanTask` (access level `none` on the vendor's page).
   *
   * On the wire: `POST /` with `x-acs-action: PublicSyncAndCreateImageScanTask`. Keyed
   * `/#PublicSyncAndCreateImageScanTask` in `sas.yaml` only because OpenAPI allows one
   * operation per path; tools that cannot cut the key at `#` take
   * `openapi/sas/PublicSyncAndCreateImageScanTask.yaml`.
   */
  publicSyncAndCreateImageScanTask(...args: SasArgs<'PublicSyncAndCreateImageScanTask', { Images: components['schemas']['ImageScanTargets'] }>): Promise<SasResult<'PublicSyncAndCreateImageScanTask'>>;
  /**
   * Report the state of a one-time task, such as an image scan
   *
   * Reports the state of one one-time task: for the image loop, a scan task started by
   * PublicCreateImageScanTask or PublicSyncAndCreateImageScanTask, named by their
   * `Data.TaskId`, with `TaskType` and `TaskName` both `IMAGE_SCAN` (the vendor documents the
   * same value list for both and gives no reason to send them apart). `TaskInfo.Status` goes
   * `INIT` → `START` → `SUCCESS` or `TIMEOUT`, with `FinishCount` of `TotalCount` done; the
   * `ImageScanTaskFinished` waiter polls it. The task has no failure status: a finished task
   * can hold images whose scan failed, which DescribeImageInstances shows per image.
   *
   * RAM action: `yundun-aegis:GetOnceTaskResultInfo` (get). Note the namespace: the image
   * actions are `yundun-sas:*`, so a RAM policy written only for `yundun-sas` can start scans
   * but cannot follow them.
   *
   * On the wire: `POST /` with `x-acs-action: GetOnceTaskResultInfo`. Keyed
   * `/#GetOnceTaskResultInfo` in `sas.yaml` only because OpenAPI allows one operation per
   * path; tools that cannot cut the key at `#` take `openapi/sas/GetOnceTaskResultInfo.yaml`.
   */
  getOnceTaskResultInfo(...args: SasArgs<'GetOnceTaskResultInfo'>): Promise<SasResult<'GetOnceTaskResultInfo'>>;
  /**
   * List the malicious samples found in container images
   *
   * Returns one page of the malicious samples (webshells, miners, trojans...) found in
   * images, one record per sample with its severity (`Level`), how many images hold it and
   * its handling status. Narrow it to one image with `ImageDigest` (DescribeImageInstances'
   * `Digest`), or by repository, tag, layer, severity, name or MD5. For the newest findings,
   * scan first and wait for the scan (see PublicCreateImageScanTask).
   *
   * Unlike the other lists, `CurrentPage` and `PageSize` must both be sent, and `PageSize`
   * is a **string** here (page and SDK alike). No action handles an image's malicious
   * sample: the records can be read, not acted on, through the API (see `Status`). RAM
   * action: `yundun-sas:DescribeGroupedMaliciousFiles` (get).
   *
   * On the wire: `POST /` with `x-acs-action: DescribeGroupedMaliciousFiles`. Keyed
   * `/#DescribeGroupedMaliciousFiles` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/DescribeGroupedMaliciousFiles.yaml`.
   */
  describeGroupedMaliciousFiles(...args: SasArgs<'DescribeGroupedMaliciousFiles'>): Promise<SasResult<'DescribeGroupedMaliciousFiles'>>;
  /**
   * Every item of describeGroupedMaliciousFiles, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeGroupedMaliciousFiles(...args: SasPageArgs<'DescribeGroupedMaliciousFiles'>): AsyncGenerator<SasItem<'DescribeGroupedMaliciousFiles', "GroupedMaliciousFileResponse">, string | undefined, undefined>;
  /**
   * List the sensitive files found in an image
   *
   * Returns one page of the sensitive files (keys, credentials, configuration with secrets)
   * found in one image, named by `ImageUuid` (DescribeImageInstances' `Uuid`), optionally of
   * one kind (`SensitiveFileKey`): each with its path, the layer that added it, its MD5, the
   * risk level and advice. `Promt` holds an excerpt of the secret, masked by the vendor.
   * SetImageSensitiveFileStatus acts on these findings by image and kind. No parameter is
   * required by the vendor; without `ImageUuid` the list is not limited to one image. RAM
   * action: `yundun-sas:DescribeImageSensitiveFileByKey` (get).
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageSensitiveFileByKey`. Keyed
   * `/#DescribeImageSensitiveFileByKey` in `sas.yaml` only because OpenAPI allows one
   * operation per path; tools that cannot cut the key at `#` take
   * `openapi/sas/DescribeImageSensitiveFileByKey.yaml`.
   */
  describeImageSensitiveFileByKey(...args: SasArgs<'DescribeImageSensitiveFileByKey', { ScanRange: components['schemas']['ImageScanRange'] }>): Promise<SasResult<'DescribeImageSensitiveFileByKey'>>;
  /**
   * Every item of describeImageSensitiveFileByKey, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageSensitiveFileByKey(...args: SasPageArgs<'DescribeImageSensitiveFileByKey', { ScanRange: components['schemas']['ImageScanRange'] }>): AsyncGenerator<SasItem<'DescribeImageSensitiveFileByKey', "SensitiveFileList">, string | undefined, undefined>;
  /**
   * List the baseline (configuration) check items of an image
   *
   * Returns one page of the baseline check items of one image (`ImageUuid`,
   * DescribeImageInstances' `Uuid`): weak or duplicate accounts, leaked access keys and the
   * like, each with its category, name and item keys, its fix status and whether it is
   * whitelisted. An item's `BaselineItemKey` is what OperateImageBaselineWhitelist takes.
   * RAM action: `yundun-sas:DescribeImageBaselineItemList` (list).
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageBaselineItemList`. Keyed
   * `/#DescribeImageBaselineItemList` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/DescribeImageBaselineItemList.yaml`.
   */
  describeImageBaselineItemList(...args: SasArgs<'DescribeImageBaselineItemList'>): Promise<SasResult<'DescribeImageBaselineItemList'>>;
  /**
   * Every item of describeImageBaselineItemList, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageBaselineItemList(...args: SasPageArgs<'DescribeImageBaselineItemList'>): AsyncGenerator<SasItem<'DescribeImageBaselineItemList', "BaselineItemInfos">, string | undefined, undefined>;
  /**
   * List the build (Dockerfile) risks of an image
   *
   * Returns one page of the risks in how an image was built (its layers' Dockerfile
   * instructions, e.g. running as root), for one image (`ImageUuid`, DescribeImageInstances'
   * `Uuid`) and optionally one rule (`RiskKey`, as DescribeImageBuildRiskList names them):
   * each with the rule, its level, the offending layer and command, and advice. `Status`
   * filters by handling (the runner-up SetImageBuildRiskStatus sets it). RAM action:
   * `yundun-sas:DescribeImageBuildRiskByKey` (list).
   *
   * On the wire: `POST /` with `x-acs-action: DescribeImageBuildRiskByKey`. Keyed
   * `/#DescribeImageBuildRiskByKey` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/DescribeImageBuildRiskByKey.yaml`.
   */
  describeImageBuildRiskByKey(...args: SasArgs<'DescribeImageBuildRiskByKey'>): Promise<SasResult<'DescribeImageBuildRiskByKey'>>;
  /**
   * Every item of describeImageBuildRiskByKey, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateDescribeImageBuildRiskByKey(...args: SasPageArgs<'DescribeImageBuildRiskByKey'>): AsyncGenerator<SasItem<'DescribeImageBuildRiskByKey', "Data.List">, string | undefined, undefined>;
  /**
   * Whitelist, mark as false positive, or reopen sensitive files of images
   *
   * Sets the handling status of the sensitive-file findings of the images in `ImageUuids`
   * (DescribeImageInstances' `Uuid`, joined with commas) of one kind (`SensitiveFileKey`):
   * `1` whitelists them, `2` marks them as false positives, `0` makes them unhandled again.
   * This is the act step for sensitive files; verify it by reading
   * DescribeImageSensitiveFileByKey again (or after a rescan). Every parameter is optional in
   * the vendor's models; which combinations the service accepts is not documented. RAM
   * action: `yundun-sas:SetImageSensitiveFileStatus` (access level `none` on the vendor's
   * page).
   *
   * On the wire: `POST /` with `x-acs-action: SetImageSensitiveFileStatus`. Keyed
   * `/#SetImageSensitiveFileStatus` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/SetImageSensitiveFileStatus.yaml`.
   */
  setImageSensitiveFileStatus(...args: SasArgs<'SetImageSensitiveFileStatus', { ScanRange: components['schemas']['ImageScanRange'] }>): Promise<SasResult<'SetImageSensitiveFileStatus'>>;
  /**
   * Whitelist baseline check items of images, or remove them from the whitelist
   *
   * Adds the baseline check items named in `BaselineItemKeyList` (DescribeImageBaselineItemList's
   * `BaselineItemKey`, joined with commas) to the whitelist (`Operation=add`), or removes them
   * (`del`): for one image when `ImageUuid` is given, otherwise (as the parameter is
   * optional) presumably for every image. Whitelisted items stop counting as risks; verify
   * with DescribeImageBaselineItemList (`WhiteList`) or after a rescan. RAM action:
   * `yundun-sas:OperateImageBaselineWhitelist` (access level `none` on the vendor's page).
   *
   * On the wire: `POST /` with `x-acs-action: OperateImageBaselineWhitelist`. Keyed
   * `/#OperateImageBaselineWhitelist` in `sas.yaml` only because OpenAPI allows one operation
   * per path; tools that cannot cut the key at `#` take
   * `openapi/sas/OperateImageBaselineWhitelist.yaml`.
   */
  operateImageBaselineWhitelist(...args: SasArgs<'OperateImageBaselineWhitelist'>): Promise<SasResult<'OperateImageBaselineWhitelist'>>;
  /**
   * List the image registries Security Center knows, page by page
   *
   * Returns one page of the image registries connected to Security Center, of every type:
   * Container Registry (`acr`), Harbor, Quay and Jenkins (`CI/CD`), each with its id (what
   * the scan and image actions take as a registry), address, connection settings and image
   * count. Filter by a part of the registry's name and by the types to include or leave out.
   *
   * Unlike the other actions here, the official SDK sends this action's parameters in a form
   * body (`application/x-www-form-urlencoded`), not in the query: `CurrentPage`, `PageSize`,
   * `RegistryNameLike` and the two type lists; only `SourceIp` stays in the query. A list goes
   * as one field per item, numbered from 1 (`RegistryTypeInList.1=harbor&RegistryTypeInList.2=quay`).
   *
   * On the wire: `POST /` with `x-acs-action: PageImageRegistry`. Keyed `/#PageImageRegistry`
   * in `sas.yaml` only because OpenAPI allows one operation per path; tools that cannot cut
   * the key at `#` take `openapi/sas/PageImageRegistry.yaml`.
   */
  pageImageRegistry(...args: SasArgs<'PageImageRegistry'>): Promise<SasResult<'PageImageRegistry'>>;
  /**
   * Every item of pageImageRegistry, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginatePageImageRegistry(...args: SasPageArgs<'PageImageRegistry'>): AsyncGenerator<SasItem<'PageImageRegistry', "List">, string | undefined, undefined>;
}
