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
   */
  paginateListImageSensitive(...args: HssPageArgs<'ListImageSensitive'>): AsyncGenerator<HssItem<'ListImageSensitive', "data_list">, void, undefined>;
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
   */
  paginateListImageWhiteLists(...args: HssPageArgs<'ListImageWhiteLists'>): AsyncGenerator<HssItem<'ListImageWhiteLists', "data_list">, void, undefined>;
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
   */
  paginateListImageVulnerabilities(...args: HssPageArgs<'ListImageVulnerabilities'>): AsyncGenerator<HssItem<'ListImageVulnerabilities', "data_list">, void, undefined>;
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
   */
  paginateListImageLocal(...args: HssPageArgs<'ListImageLocal'>): AsyncGenerator<HssItem<'ListImageLocal', "data_list">, void, undefined>;
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
}
