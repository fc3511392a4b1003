// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The typed methods of the client.

import type { operations } from './hss.js';
import type { HssArgs, HssItem, LiftOf, HssPageArgs, HssResult } from '../src/hss/client-types.js';

export interface HssMethods {
  /**
   * Ignore or un-ignore a sensitive-information finding of an image
   *
   * Handles one sensitive-information finding of an image: marks it as ignored
   * (`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default). The
   * finding's id comes from `ListImageSensitive`, whose `operate_accept` then shows the change.
   */
  changeSensitiveInfo(...args: HssArgs<'ChangeSensitiveInfo'>): Promise<HssResult<'ChangeSensitiveInfo'>>;
  /**
   * List the sensitive-information findings of an image
   *
   * Lists, a page at a time, the sensitive information (keys, passwords and the like) that
   * scanning found in one image. A CI/CD image is pinned down by `image_type=cicd` and the image
   * id in the path; an image of any other repository type by `image_type` together with
   * `namespace`, `image_name` and `image_version`.
   *
   * Each finding's `sensitive_info_id` is the id that `ChangeSensitiveInfo` takes. After a
   * finding has been ignored there (or the ignore taken back), its `operate_accept` reads
   * `ignore` (or `do_not_ignore`).
   */
  listImageSensitive(...args: HssArgs<'ListImageSensitive'>): Promise<HssResult<'ListImageSensitive'>>;
  /**
   * Every item of listImageSensitive, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageSensitive(...args: HssPageArgs<'ListImageSensitive'>): AsyncGenerator<HssItem<'ListImageSensitive', "data_list">, string | undefined, undefined>;
  /**
   * List the image whitelist entries
   *
   * Lists, a page at a time, the whitelist entries of local or repository images. Only
   * vulnerability whitelists exist today (`type=vulnerability`). Each entry's `id` is what
   * `DeleteImageWhiteLists` takes; the images an entry applies to (`image_info`) are returned
   * only by the vendor's detail query, not by this list.
   */
  listImageWhiteLists(...args: HssArgs<'ListImageWhiteLists'>): Promise<HssResult<'ListImageWhiteLists'>>;
  /**
   * Every item of listImageWhiteLists, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageWhiteLists(...args: HssPageArgs<'ListImageWhiteLists'>): AsyncGenerator<HssItem<'ListImageWhiteLists', "data_list">, string | undefined, undefined>;
  /**
   * Add images to the vulnerability whitelist
   *
   * Creates a whitelist entry that applies to all images, to images of given repository
   * types, or to specific images. Only vulnerability whitelists exist today
   * (`type=vulnerability`).
   */
  addImageWhiteLists(...args: HssArgs<'AddImageWhiteLists'>): Promise<HssResult<'AddImageWhiteLists'>>;
  /**
   * Delete image whitelist entries
   *
   * Deletes whitelist entries, given by the `id`s that `ListImageWhiteLists` returns. Only
   * vulnerability whitelists exist today (`type=vulnerability`).
   */
  deleteImageWhiteLists(...args: HssArgs<'DeleteImageWhiteLists'>): Promise<HssResult<'DeleteImageWhiteLists'>>;
  /**
   * List the vulnerabilities of an image
   *
   * Lists, a page at a time, the vulnerabilities found in one repository or CI/CD image, named by its
   * id in the path and by `image_type`, `namespace`, `image_name` and `tag_name` (all required).
   */
  listImageVulnerabilities(...args: HssArgs<'ListImageVulnerabilities'>): Promise<HssResult<'ListImageVulnerabilities'>>;
  /**
   * Every item of listImageVulnerabilities, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageVulnerabilities(...args: HssPageArgs<'ListImageVulnerabilities'>): AsyncGenerator<HssItem<'ListImageVulnerabilities', "data_list">, string | undefined, undefined>;
  /**
   * List local images
   *
   * Lists, a page at a time, the local images on the protected hosts, with their scan state and
   * finding counts; every query parameter is an optional filter. An item's `image_id`,
   * `image_digest`, `image_name` and `image_version` are what `BatchScanLocalImage` takes to scan
   * it.
   *
   * The scan-state filter value for "waiting to be scanned" is `waiting_for_scan`, while the
   * items report that state as `waiting`: the vendor documents the two spellings so.
   */
  listImageLocal(...args: HssArgs<'ListImageLocal'>): Promise<HssResult<'ListImageLocal'>>;
  /**
   * Every item of listImageLocal, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageLocal(...args: HssPageArgs<'ListImageLocal'>): AsyncGenerator<HssItem<'ListImageLocal', "data_list">, string | undefined, undefined>;
  /**
   * Scan local images in batch
   *
   * Starts scans of local (host) images: either the images listed in `image_info_list`, or
   * with `operate_all: true` every local image that matches the filter fields.
   * The vendor documents no length limits for this body's fields.
   */
  batchScanLocalImage(...args: HssArgs<'BatchScanLocalImage'>): Promise<HssResult<'BatchScanLocalImage'>>;
  /**
   * Count the records of an image security report export
   *
   * Returns how many records an export of the given image security report would contain,
   * for the images selected by the body (a dry run of the export). All body fields are
   * optional filters.
   */
  showImageSecurityReportStatistic(...args: HssArgs<'ShowImageSecurityReportStatistic'>): Promise<HssResult<'ShowImageSecurityReportStatistic'> & LiftOf<operations['ShowImageSecurityReportStatistic'], {"totalNum":"total_num"}>>;
  /**
   * Start an export of image security report records
   *
   * Creates a task that exports one kind of image security report record (malicious files,
   * software, files, sensitive information, software compliance or build-instruction risks),
   * for the images listed in `image_id_list` or, with `operate_all: true`, for every image
   * that matches the filter fields, and returns the task's id.
   *
   * `ShowImageSecurityReportStatistic` counts the matching records for these report types
   * and filters (it also knows `vulnerability` and `risk-config`, which cannot be exported
   * here).
   */
  exportImageSecurityReportTask(...args: HssArgs<'ExportImageSecurityReportTask'>): Promise<HssResult<'ExportImageSecurityReportTask'>>;
  /**
   * List the connected image registries
   *
   * Lists, a page at a time, the image registries HSS knows: SWR registries (private, shared,
   * enterprise) once SWR access is authorised, and the Harbor and JFrog registries connected
   * with `AddRegistry`, with their connection state. Every query parameter is an optional
   * filter.
   *
   * Each registry's `id` and `registry_type` are what `CreateImageSynchronizeTask` and
   * `CreateManualImageScanTask` take; `status` shows whether a connection started with
   * `AddRegistry` is still being made (`accessing`), made (`success`) or failed (`fail`, with
   * `fail_reason`).
   */
  listRegistry(...args: HssArgs<'ListRegistry'>): Promise<HssResult<'ListRegistry'>>;
  /**
   * Every item of listRegistry, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListRegistry(...args: HssPageArgs<'ListRegistry'>): AsyncGenerator<HssItem<'ListRegistry', "data_list">, string | undefined, undefined>;
  /**
   * Connect a Harbor or JFrog registry
   *
   * Connects a third-party (Harbor or JFrog) image registry to HSS. SWR registries need no call:
   * they are listed by `ListRegistry` once SWR access is authorised.
   *
   * The sync and scan jobs of the registry run as tasks on a cluster already protected by HSS,
   * named by `connect_cluster_id`. With `get_scan_image_channel: Other` the scan component's
   * image must be pushed to the registry first (the vendor's `ShowImageUploadCommand` gives
   * the commands), into the project named by `namespace`.
   *
   * The answer is an empty 200: the connection is made in the background. `ListRegistry`,
   * filtered by `registry_name`, then shows the registry with `status` `accessing`, and later
   * `success` or `fail` (with `fail_reason`): the `RegistryAccessed` waiter follows that. The
   * password is used to reach the registry and, the vendor says, not stored by HSS.
   */
  addRegistry(...args: HssArgs<'AddRegistry'>): Promise<HssResult<'AddRegistry'>>;
  /**
   * Start a sync of registry image lists
   *
   * Starts a task that brings HSS's list of registry images up to date: of every registry
   * (`sync_all_registries: true`) or of those in `registry_info` (ids and types from
   * `ListRegistry`). The synced images then appear in `ListRegistryImages`.
   *
   * The answer is an empty 200: no task id comes back. The task is found in
   * `ListImageScanTask` (`type=image_sync`, `task_type=manualSync`, the newest `begin_time`
   * at or after the call), and its per-registry progress in `ListAssociateRegistries`
   * (`sync_status` `running`, then `finished` or `failed`), which the `ImageSyncFinished`
   * waiter follows. A scheduled or console sync started at the same moment can be taken for
   * this one.
   */
  createImageSynchronizeTask(...args: HssArgs<'CreateImageSynchronizeTask'>): Promise<HssResult<'CreateImageSynchronizeTask'>>;
  /**
   * List the registries of an image sync task and their sync state
   *
   * Lists, a page at a time, the registries an image sync task covers, each with its
   * `sync_status`: `running`, then `finished`, or `failed` with `failed_reason`. The task id
   * is the `task_id` of a `ListImageScanTask` item of `type=image_sync` (the sync started by
   * `CreateImageSynchronizeTask` returns none).
   */
  listAssociateRegistries(...args: HssArgs<'ListAssociateRegistries'>): Promise<HssResult<'ListAssociateRegistries'>>;
  /**
   * Every item of listAssociateRegistries, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListAssociateRegistries(...args: HssPageArgs<'ListAssociateRegistries'>): AsyncGenerator<HssItem<'ListAssociateRegistries', "data_list">, string | undefined, undefined>;
  /**
   * List registry images
   *
   * Lists, a page at a time, the images of every connected registry (SWR private, shared and
   * enterprise, Harbor, JFrog) that a sync brought in, with their scan state and finding
   * counts; every query parameter is an optional filter.
   *
   * An item's `id`, `image_id`, `image_digest`, `registry_id`, `registry_name`,
   * `registry_type`, `namespace`, `image_name` and `image_version` are what
   * `CreateManualImageScanTask` takes in `image_info` to scan it. `scan_status` follows the
   * scan (`waiting_for_scan`, `scanning`, then `success`, `failed`, `download_failed` or
   * `image_oversized`, with `scan_failed_code`); the `RegistryImageScanned` waiter follows
   * it. `vul_num`, `malicious_file_num` and `unsafe_setting_num` count the findings that
   * `ListImageVulnerabilities`, `ListImageMalware` and `ListCheckRulesInfo` list.
   *
   * Unlike the other lists, `limit` may be as small as 1 here.
   */
  listRegistryImages(...args: HssArgs<'ListRegistryImages'>): Promise<HssResult<'ListRegistryImages'>>;
  /**
   * Every item of listRegistryImages, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListRegistryImages(...args: HssPageArgs<'ListRegistryImages'>): AsyncGenerator<HssItem<'ListRegistryImages', "data_list">, string | undefined, undefined>;
  /**
   * Start a scan of registry (or local) images
   *
   * Starts a manual scan task: of every image (`is_all: true`), of the images listed in
   * `image_info` (fields from `ListRegistryImages` items), or of the images that match
   * `query_info`. `scan_scope` picks what is looked for (vulnerabilities, baseline checks,
   * malicious files, sensitive information, software compliance, or all); `rate_limit` caps
   * the images scanned per hour.
   *
   * The answer is an empty 200: no task id comes back. The task is found in
   * `ListImageScanTask` (`type=image_scan`, `task_type=manual`, the newest `begin_time` at or
   * after the call), whose `task_status` counts up to `100` (done) or ends negative (stopped,
   * timed out, error); the `ImageScanTaskFinished` waiter follows it, and
   * `RegistryImageScanned` follows the images' own `scan_status` in `ListRegistryImages`. A
   * scheduled or console scan started at the same moment can be taken for this one. A
   * targeted rescan (one image in `image_info`) is how a fix is verified.
   */
  createManualImageScanTask(...args: HssArgs<'CreateManualImageScanTask'>): Promise<HssResult<'CreateManualImageScanTask'>>;
  /**
   * List image scan and sync tasks
   *
   * Lists, a page at a time, the image scan tasks (`type=image_scan`) or image sync tasks
   * (`type=image_sync`), scheduled and manual, with their progress. It is how the task a
   * `CreateManualImageScanTask` or `CreateImageSynchronizeTask` call started is found (they
   * return no id: the newest task of the right `task_type` whose `begin_time` is at or after
   * the call) and then followed by its `task_id`.
   *
   * `task_status` has two meanings: as a filter it is the text `scanning` or `finished`; in
   * the items it is a number, the progress `0` to `99`, `100` when done, or `-1` stopped,
   * `-2` timed out, `-3` failed. A finished scan task counts its images in `success_num`
   * and `failed_num` and lists the failed ones, with the reason, in `failed_images`.
   */
  listImageScanTask(...args: HssArgs<'ListImageScanTask'>): Promise<HssResult<'ListImageScanTask'>>;
  /**
   * Every item of listImageScanTask, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageScanTask(...args: HssPageArgs<'ListImageScanTask'>): AsyncGenerator<HssItem<'ListImageScanTask', "data_list">, string | undefined, undefined>;
  /**
   * List the malicious files of an image
   *
   * Lists, a page at a time, the malicious files scanning found in one image. A CI/CD image
   * is pinned down by `image_type=cicd` and the image id in the path alone; an image of any
   * other repository type also needs `namespace`, `image_name` and `tag_name`.
   * `malicious_file_num` of `ListRegistryImages` counts these files.
   *
   * HSS offers no operation to act on an image's malicious files (only to list them):
   * removing them means rebuilding the image, then rescanning it.
   */
  listImageMalware(...args: HssArgs<'ListImageMalware'>): Promise<HssResult<'ListImageMalware'>>;
  /**
   * Every item of listImageMalware, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageMalware(...args: HssPageArgs<'ListImageMalware'>): AsyncGenerator<HssItem<'ListImageMalware', "data_list">, string | undefined, undefined>;
  /**
   * List the baseline (configuration) check items of images
   *
   * Lists, a page at a time, the baseline (configuration) check items of images with their
   * result (`scan_result` `pass` or `failed`): of one image when it is pinned down by
   * `image_id` or by `namespace`, `image_name` and `image_version`, else over all images
   * of the kind (`image_num` then counts the images checked). `unsafe_setting_num` of
   * `ListRegistryImages` counts an image's failed items.
   *
   * The path is under `/baseline`, not `/image`, and `type=image` is required. HSS offers no
   * operation to act on an image's baseline items: a failed item is fixed in the image and
   * verified by a rescan.
   */
  listCheckRulesInfo(...args: HssArgs<'ListCheckRulesInfo'>): Promise<HssResult<'ListCheckRulesInfo'>>;
  /**
   * Every item of listCheckRulesInfo, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListCheckRulesInfo(...args: HssPageArgs<'ListCheckRulesInfo'>): AsyncGenerator<HssItem<'ListCheckRulesInfo', "data_list">, string | undefined, undefined>;
  /**
   * List the risky build instructions of images
   *
   * Lists, a page at a time, the risks found in images' build instructions (the Dockerfile
   * steps recorded in the image, such as a password set in `ENV`): of one image with
   * `image_id`, else over all images of the kind (`image_num` then counts the images
   * affected). Each risk's `rule_id` is what `ExportImageSecurityReportTask` and
   * `ShowImageSecurityReportStatistic` take in `build_command_rule_id_list`.
   *
   * HSS offers no operation to act on build risks: they are fixed in the image's build and
   * verified by a rescan.
   */
  listImageBuildCommandRisks(...args: HssArgs<'ListImageBuildCommandRisks'>): Promise<HssResult<'ListImageBuildCommandRisks'>>;
  /**
   * Every item of listImageBuildCommandRisks, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImageBuildCommandRisks(...args: HssPageArgs<'ListImageBuildCommandRisks'>): AsyncGenerator<HssItem<'ListImageBuildCommandRisks', "data_list">, string | undefined, undefined>;
  /**
   * Handle image vulnerabilities in bulk
   *
   * Acts on vulnerability findings of images: ignores them (`ignore`), takes an ignore back
   * (`not_ignore`), marks them fixed by hand (`manual_repair`) or adds them to the whitelist
   * (`add_to_whitelist`). `select_type` says which findings: all (`all_vul`), every
   * vulnerability of the images in `image_id_list`, every image with the vulnerabilities in
   * `vul_id_list`, or exact pairs given by vulnerability (`vul_data_list`) or by image
   * (`image_data_list`); `handle_status` narrows to unhandled or handled findings.
   *
   * Vulnerability ids come from `ListImageVulnerabilities`, image ids from the image lists.
   * The history of these actions is listed by `ListGeneralImageVulOperations`.
   */
  handleImageVulnerability(...args: HssArgs<'HandleImageVulnerability'>): Promise<HssResult<'HandleImageVulnerability'>>;
  /**
   * List the handling history of an image vulnerability
   *
   * Lists, a page at a time, who handled a vulnerability (`vul_id`, required) on which
   * images, when and how: the record a `HandleImageVulnerability` call leaves, and the way to
   * verify it was applied.
   *
   * Its lists are narrower than the handling's own: `image_type` is `local` or `registry`
   * (no `cicd`), and `handle_type` knows `ignore`, `not_ignore` and `add_to_whitelist` but
   * not `manual_repair`; whether CI/CD images and manual repairs appear here is not
   * documented.
   */
  listGeneralImageVulOperations(...args: HssArgs<'ListGeneralImageVulOperations'>): Promise<HssResult<'ListGeneralImageVulOperations'>>;
  /**
   * Every item of listGeneralImageVulOperations, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListGeneralImageVulOperations(...args: HssPageArgs<'ListGeneralImageVulOperations'>): AsyncGenerator<HssItem<'ListGeneralImageVulOperations', "data_list">, string | undefined, undefined>;
}
