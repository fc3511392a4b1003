// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The typed methods of the client.

import type { operations } from './hss.js';
import type { HssArgs, LiftOf, HssResult } from '../src/hss/client-types.js';

export interface HssMethods {
  /**
   * Ignore or un-ignore a sensitive-information finding of an image
   *
   * Handles one sensitive-information finding of an image: marks it as ignored
   * (`operate_type: ignore`) or takes the mark back (`do_not_ignore`, the default).
   */
  changeSensitiveInfo(...args: HssArgs<'ChangeSensitiveInfo'>): Promise<HssResult<'ChangeSensitiveInfo'>>;
  /**
   * Add images to the vulnerability whitelist
   *
   * Creates a whitelist entry that applies to all images, to images of given repository
   * types, or to specific images. Only vulnerability whitelists exist today
   * (`type=vulnerability`).
   */
  addImageWhiteLists(...args: HssArgs<'AddImageWhiteLists'>): Promise<HssResult<'AddImageWhiteLists'>>;
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
}
