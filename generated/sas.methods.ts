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
   */
  describeImageVulList(...args: SasArgs<'DescribeImageVulList'>): Promise<SasResult<'DescribeImageVulList'>>;
  /**
   * Every item of describeImageVulList, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   */
  paginateDescribeImageVulList(...args: SasPageArgs<'DescribeImageVulList'>): AsyncGenerator<SasItem<'DescribeImageVulList', "VulRecords">, void, undefined>;
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
   */
  describeImageFixTask(...args: SasArgs<'DescribeImageFixTask'>): Promise<SasResult<'DescribeImageFixTask'>>;
  /**
   * Every item of describeImageFixTask, page after page (PageSize items a call, or `pageSize`),
   * from the page `CurrentPage` names (default 1) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   */
  paginateDescribeImageFixTask(...args: SasPageArgs<'DescribeImageFixTask'>): AsyncGenerator<SasItem<'DescribeImageFixTask', "BuildTasks">, void, undefined>;
}
