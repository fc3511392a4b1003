// The README's recipes: one per seed operation (find what to act on, act, then check or undo), and
// per cloud two of the image loop (scan and gate a CI step; accept findings, rescan, verify). They
// run against the embedded mock in `npm start` and in CI (test/docs/readme.test.ts; the loop ones
// with the scripted answers of examples/scenes/), and the README shows each function as it is here,
// so no recipe can rot. Each takes a ready client, reports what it checks through `report`
// (console.log unless told otherwise), and the loop ones take the waiters' options (the spec's
// delays between polls unless told otherwise).
import type { HssClient, SasClient, WaiterOptions } from 'imagesec';

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

/** The registry image the HSS loop recipes work on: an SWR private image, as HSS lists it. */
export const REGISTRY_IMAGE = { namespace: 'library', image_name: 'nginx', image_version: '1.25' } as const;

// recipe: hss-scan-gate
/**
 * A CI gate: scan a registry image, wait for the scan, and pass only when the image has no
 * unhandled vulnerability HSS says to repair at once (its critical and high) and no malicious file.
 */
export async function hssScanGate(hss: HssClient, wait: WaiterOptions = {}, report = console.log): Promise<boolean> {
  const { namespace, image_name, image_version } = REGISTRY_IMAGE;
  // The image's record: its `id` names it in a scan and, as text, in the finding lists.
  const { data } = await hss.listRegistryImages({ namespace, image_name, image_version, limit: 1 });
  const image = data.data_list?.[0];
  if (image?.id === undefined) throw new Error(`${namespace}/${image_name}:${image_version}: not in HSS, sync first`);
  // Scan it, and follow the task: the start names none, so imagesec finds it in the task list.
  await hss.createManualImageScanTaskAndWait(
    { global_image_type: 'registry', body: { image_info: [{ id: image.id }] } },
    wait,
  );
  // A task that ended is not an image that scanned: the image's own status says (fails if not).
  await hss.waitForRegistryImageScanned({ namespace, image_name, image_version }, wait);
  const where = { image_id: String(image.id), image_type: 'private_image', namespace, image_name } as const;
  let urgent = 0;
  const unhandled = {
    ...where,
    tag_name: image_version,
    handle_status: 'unhandled',
    repair_necessity: 'immediate_repair',
  } as const;
  for await (const vulnerability of hss.paginateListImageVulnerabilities(unhandled)) {
    report(`vulnerability ${vulnerability.vul_id} (${vulnerability.app_name} ${vulnerability.version})`);
    urgent += 1;
  }
  let malicious = 0;
  for await (const file of hss.paginateListImageMalware({ ...where, tag_name: image_version })) {
    report(`malicious file ${file.file_path}`);
    malicious += 1;
  }
  report(`${namespace}/${image_name}:${image_version}: ${urgent} to repair now, ${malicious} malicious files`);
  return urgent === 0 && malicious === 0;
}
// end recipe

// recipe: hss-accept-and-verify
/**
 * Whitelist the vulnerabilities we accept for an image, rescan it, and verify: HSS recorded the
 * handling, and the image's failed baseline items are all ones we accept (HSS has no operation to
 * whitelist an image's baseline item, so that part is a check on our side). Returns what is left.
 */
export async function hssAcceptAndVerify(
  hss: HssClient,
  accepted: { vulnerabilities: readonly string[]; baselineRules: readonly string[] },
  wait: WaiterOptions = {},
  report = console.log,
): Promise<string[]> {
  const { namespace, image_name, image_version } = REGISTRY_IMAGE;
  const { data } = await hss.listRegistryImages({ namespace, image_name, image_version, limit: 1 });
  const image = data.data_list?.[0];
  if (image?.id === undefined || image.image_id === undefined) throw new Error(`${image_name}: not in HSS`);
  await hss.handleImageVulnerability({
    body: {
      image_type: 'registry',
      type: 'app_vul',
      operate_type: 'add_to_whitelist',
      select_type: 'image_view',
      image_data_list: [{ image_id: image.image_id, vul_id_list: [...accepted.vulnerabilities] }],
      remark: 'accepted risk (hss-accept-and-verify)',
    },
  });
  // Rescan vulnerabilities (0x000f0000) and baseline (0x0000f000), and wait for the task.
  const scope = 0x000f0000 | 0x0000f000;
  await hss.createManualImageScanTaskAndWait(
    { global_image_type: 'registry', body: { scan_scope: scope, image_info: [{ id: image.id }] } },
    wait,
  );
  // Verify: each accepted vulnerability has a recorded whitelisting for this image.
  for (const vul_id of accepted.vulnerabilities) {
    const history = await hss.listGeneralImageVulOperations({
      vul_id,
      image_type: 'registry',
      image_id: image.image_id,
    });
    const done = history.data.data_list?.some((entry) => entry.handle_type === 'add_to_whitelist') ?? false;
    report(`${vul_id}: ${done ? 'whitelisted' : 'NOT whitelisted'}`);
  }
  // Verify: every failed baseline item is one we accept; the rest are left to fix.
  const left: string[] = [];
  const rules = {
    type: 'image',
    image_type: 'registry',
    namespace,
    image_name,
    image_version,
    scan_result: 'failed',
  } as const;
  for await (const rule of hss.paginateListCheckRulesInfo(rules)) {
    if (rule.check_rule_id !== undefined && !accepted.baselineRules.includes(rule.check_rule_id)) {
      report(`baseline item to fix: ${rule.check_rule_name} (${rule.check_rule_id})`);
      left.push(rule.check_rule_id);
    }
  }
  return left;
}
// end recipe

/** The registry image the SAS loop recipes work on, by digest (DescribeImageInstances' `Digest`). */
export const SAS_IMAGE_DIGEST = 'e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c4f2b';

// recipe: sas-scan-gate
/**
 * A CI gate: scan a registry image, wait for the scan, and pass only when the image has no
 * unhandled vulnerability Security Center rates `asap` (its high, the top of its three grades) and
 * no malicious file.
 */
export async function sasScanGate(sas: SasClient, wait: WaiterOptions = {}, report = console.log): Promise<boolean> {
  const digest = SAS_IMAGE_DIGEST;
  // Scan it and follow the task (GetOnceTaskResultInfo) to its end.
  await sas.publicCreateImageScanTaskAndWait({ Digests: digest }, wait);
  // A task that ended is not an image that scanned: the image's own status says (fails if not).
  await sas.waitForImageScanned(
    { Criteria: [{ name: 'digest', value: digest, logicalExp: 'AND' }], PageSize: 20 },
    wait,
  );
  let urgent = 0;
  for await (const record of sas.paginateDescribeImageVulList({ Type: 'cve', Digest: digest, Dealed: 'n' })) {
    if (record.Necessity !== 'asap') continue;
    report(`vulnerability ${record.Name} (${record.AliasName})`);
    urgent += 1;
  }
  let malicious = 0;
  const files = sas.paginateDescribeGroupedMaliciousFiles({ ImageDigest: digest, CurrentPage: 1, PageSize: '50' });
  for await (const file of files) {
    report(`malicious file ${file.MaliciousName} (${file.Level})`);
    malicious += 1;
  }
  report(`${digest.slice(0, 12)}: ${urgent} urgent vulnerabilities, ${malicious} malicious files`);
  return urgent === 0 && malicious === 0;
}
// end recipe

// recipe: sas-accept-and-verify
/**
 * Whitelist the baseline items we accept for an image, rescan it, and verify: each accepted item
 * shows as whitelisted, and every other failed item is listed as left to fix.
 */
export async function sasAcceptAndVerify(
  sas: SasClient,
  accepted: readonly string[],
  wait: WaiterOptions = {},
  report = console.log,
): Promise<string[]> {
  const digest = SAS_IMAGE_DIGEST;
  // The image's Uuid, which the baseline actions take.
  const criteria = [{ name: 'digest', value: digest, logicalExp: 'AND' as const }];
  const { data } = await sas.describeImageInstances({ Criteria: criteria, PageSize: 1 });
  const ImageUuid = data.ImageInstanceList?.[0]?.Uuid;
  if (ImageUuid === undefined) throw new Error(`${digest.slice(0, 12)}: not in Security Center`);
  await sas.operateImageBaselineWhitelist({ Operation: 'add', ImageUuid, BaselineItemKeyList: accepted.join(',') });
  await sas.publicCreateImageScanTaskAndWait({ Digests: digest }, wait);
  await sas.waitForImageScanned({ Criteria: criteria, PageSize: 20 }, wait);
  // Verify: accepted items are whitelisted (WhiteList 1); the failed ones not accepted are left.
  const left: string[] = [];
  for await (const item of sas.paginateDescribeImageBaselineItemList({ ImageUuid })) {
    const key = item.BaselineItemKey ?? '';
    if (accepted.includes(key)) report(`${key}: ${item.WhiteList === 1 ? 'whitelisted' : 'NOT whitelisted'}`);
    else if (item.Status !== 1 && item.WhiteList !== 1) left.push(key);
  }
  report(`${left.length} baseline items left to fix`);
  return left;
}
// end recipe
