// The README's recipes, one per seed operation: find what to act on, act, then check or undo. They
// run against the embedded mock in `npm start` and in CI (test/docs/readme.test.ts), and the README
// shows each function as it is here, so no recipe can rot. Each takes a ready client, and reports
// what it checks through `report` (console.log unless told otherwise).
import type { HssClient, SasClient } from 'imagesec';

/** The image the HSS recipes work on: an SWR private image, as HSS names it. */
export const IMAGE = {
  image_id: '1034',
  image_type: 'private_image',
  namespace: 'library',
  image_name: 'nginx',
} as const;

// recipe: ignore-sensitive-finding
/** Ignore the unhandled sensitive-information findings of an image, then read back their state. */
export async function ignoreSensitiveFindings(hss: HssClient, report = console.log): Promise<string[]> {
  const { image_id, image_type } = IMAGE;
  const ignored: string[] = [];
  for await (const finding of hss.paginateListImageSensitive({ image_id, image_type, handle_status: 'unhandled' })) {
    if (finding.sensitive_info_id === undefined) continue;
    await hss.changeSensitiveInfo({
      image_type,
      body: { sensitive_info_id: finding.sensitive_info_id, operate_type: 'ignore' },
    });
    ignored.push(finding.sensitive_info_id);
  }
  // Check: the list shows each finding's `operate_accept` (`ignore` once the change is in).
  for await (const finding of hss.paginateListImageSensitive({ image_id, image_type })) {
    report(`${finding.sensitive_info_id}: ${finding.operate_accept}`);
  }
  return ignored;
}
// end recipe

// recipe: whitelist-vulnerabilities
/** Whitelist an image's critical vulnerabilities, find the new entry, then take it out again. */
export async function whitelistVulnerabilities(hss: HssClient, report = console.log): Promise<string[]> {
  const { image_id, image_type, namespace, image_name } = IMAGE;
  const vulIds: string[] = [];
  const found = hss.paginateListImageVulnerabilities({ image_id, image_type, namespace, image_name, tag_name: '1.25' });
  for await (const vulnerability of found) {
    if (vulnerability.vul_id !== undefined) vulIds.push(vulnerability.vul_id);
  }
  const where = { global_image_type: 'registry', type: 'vulnerability' } as const;
  await hss.addImageWhiteLists({
    ...where,
    body: { vul_ids: vulIds, rule_type: 'specific_images', image_info: [{ id: Number(image_id), image_name }] },
  });
  // AddImageWhiteLists answers without a body: the entry's id is in the whitelist list.
  const ids: string[] = [];
  for await (const entry of hss.paginateListImageWhiteLists(where)) {
    if (entry.id !== undefined && entry.vul_id !== undefined && vulIds.includes(entry.vul_id)) ids.push(entry.id);
  }
  report(`whitelisted ${vulIds.join(', ')} as entries ${ids.join(', ')}`);
  // Undo: delete the entries by id.
  if (ids.length > 0) await hss.deleteImageWhiteLists({ ...where, body: { ids } });
  return ids;
}
// end recipe

// recipe: rescan-failed-images
/** Scan again the local images whose last scan failed, then read their scan status. */
export async function rescanFailedImages(hss: HssClient, report = console.log): Promise<number> {
  const images = [];
  for await (const image of hss.paginateListImageLocal({ scan_status: 'failed' }, { maxItems: 200 })) {
    const { image_name, image_version, image_digest, image_id } = image;
    if (image_name === undefined || image_version === undefined || image_digest === undefined || image_id === undefined)
      continue;
    images.push({ image_name, image_version, image_digest, image_id });
  }
  if (images.length === 0) return 0;
  await hss.batchScanLocalImage({ body: { image_info_list: images } });
  // Check: the local image list carries each image's scan status (waiting, scanning, success...).
  for await (const image of hss.paginateListImageLocal({ scan_status: 'waiting_for_scan' })) {
    report(`${image.image_name}:${image.image_version} ${image.scan_status}`);
  }
  return images.length;
}
// end recipe

// recipe: export-security-report
/** Count what a malware report export would hold, then start the export. */
export async function exportSecurityReport(hss: HssClient, report = console.log): Promise<string | undefined> {
  const { totalNum } = await hss.showImageSecurityReportStatistic({
    security_report_type: 'malwares',
    body: { operate_all: true, image_type: 'private_image' },
  });
  report(`the export will hold ${totalNum} records`);
  const { data } = await hss.exportImageSecurityReportTask({
    body: {
      export_size: Number(totalNum ?? 0),
      security_report_type: 'malwares',
      operate_all: true,
      image_type: 'private_image',
    },
  });
  // No HSS operation is documented to report this task's status; keep its id to ask support.
  return data.task_id;
}
// end recipe

// recipe: fix-image-vulnerabilities
/** Fix an image's urgent vulnerabilities (Alibaba rebuilds it under a new tag), then list fix tasks. */
export async function fixImageVulnerabilities(sas: SasClient, report = console.log): Promise<number> {
  // The vulnerabilities' ids (PrimaryId), by image (Uuid).
  const ids = new Map<string, number[]>();
  for await (const record of sas.paginateDescribeImageVulList({ Type: 'cve', Necessity: 'asap' }, { maxItems: 50 })) {
    if (record.Uuid === undefined || record.PrimaryId === undefined) continue;
    ids.set(record.Uuid, [...(ids.get(record.Uuid) ?? []), Number(record.PrimaryId)]);
  }
  if (ids.size === 0) return 0;
  // The vulnerability records lack the image's registry coordinates: the image list has them.
  const { data } = await sas.describeImageInfoList({ Uuids: [...ids.keys()].join(',') });
  const info = [];
  for (const image of data.ImageInfos ?? []) {
    const { RegionId: regionId, InstanceId: instanceId, RepoId: repoId, Uuid: uuid } = image;
    const { RepoNamespace: namespace, RepoName: repoName, Tag: tag, Digest: digest } = image;
    if (!regionId || !instanceId || !repoId || !uuid || !namespace || !repoName || !tag || !digest) continue;
    info.push({ regionId, instanceId, repoId, uuid, namespace, repoName, tag, digest, ids: ids.get(uuid) ?? [] });
  }
  await sas.operateImageVul({ Type: 'cve', OperateType: 'vul_fix', Info: info });
  // Check: each fix is a build task with a status and the new tag.
  for await (const task of sas.paginateDescribeImageFixTask({ CurrentPage: 1, PageSize: 20 })) {
    report(`${task.BuildTaskId}: status ${task.Status}, ${task.OldTag} -> ${task.NewTag}`);
  }
  return info.length;
}
// end recipe
