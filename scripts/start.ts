// The main job (`npm start`): starts the embedded mock for both specs on loopback and runs all five
// operations through the SDK, signed as for the real clouds, printing status, request id and latency
// per operation. Exits 1 if any call fails. The mock checks that credentials are present, not their
// signatures, so the example keys below are placeholders.
import { HssClient, SasClient, type ApiResult } from 'imagesec';
import { startPrism, type RunningPrism } from '../src/mock/prism.js';
import { specPath } from '../src/mock/specs.js';

const EXAMPLE_PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

const servers: RunningPrism[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

async function mock(name: 'hss' | 'sas'): Promise<string> {
  const server = await startPrism({ spec: specPath(name) });
  servers.push(server);
  console.log(`mock for openapi/${name}.yaml listening on ${server.url}`);
  return server.url;
}

const rows: string[][] = [['cloud', 'operation', 'status', 'request id', 'ms']];
let failures = 0;

async function run(cloud: string, operation: string, call: () => Promise<ApiResult<unknown>>): Promise<void> {
  const started = performance.now();
  let status: string;
  let requestId: string;
  try {
    const result = await call();
    status = String(result.status);
    requestId = result.requestId ?? '-';
  } catch (error) {
    failures += 1;
    status = error instanceof Error ? error.name : 'error';
    requestId = (error as { requestId?: string }).requestId ?? '-';
    console.error(`${operation}: ${String(error)}`);
  }
  rows.push([cloud, operation, status, requestId, (performance.now() - started).toFixed(1)]);
}

try {
  const [hssUrl, sasUrl] = await Promise.all([mock('hss'), mock('sas')]);
  const hss = new HssClient({
    region: 'cn-north-4',
    endpoint: hssUrl,
    projectId: EXAMPLE_PROJECT,
    credentials: { ak: 'EXAMPLEAK0123456789', sk: 'example-sk-for-the-mock' },
  });
  const sas = new SasClient({
    regionId: 'cn-shanghai',
    endpoint: sasUrl,
    credentials: { accessKeyId: 'LTAI5tExampleKeyId', accessKeySecret: 'example-secret-for-the-mock' },
  });

  await run('hss', 'changeSensitiveInfo', () =>
    hss.changeSensitiveInfo({
      image_type: 'private_image',
      body: { sensitive_info_id: '97daa311-d91d-4b9b-97ed-05b168344470', operate_type: 'ignore' },
    }),
  );
  await run('hss', 'addImageWhiteLists', () =>
    hss.addImageWhiteLists({
      global_image_type: 'registry',
      type: 'vulnerability',
      body: { vul_ids: ['CVE-2024-6387'], rule_type: 'specific_images', image_info: [{ id: 1034, image_name: 'nginx' }] },
    }),
  );
  await run('hss', 'batchScanLocalImage', () =>
    hss.batchScanLocalImage({ enterprise_project_id: 'all_granted_eps', body: { operate_all: true, scan_status: 'unscan' } }),
  );
  await run('hss', 'showImageSecurityReportStatistic', () =>
    hss.showImageSecurityReportStatistic({ security_report_type: 'vulnerability', body: { operate_all: true } }),
  );
  await run('sas', 'operateImageVul', () =>
    sas.operateImageVul({
      OperateType: 'vul_fix',
      Type: 'cve',
      Info: [{ regionId: 'cn-shanghai', repoName: 'web', tag: 'v1', newTag: 'v1-fixed', uuid: '4ad91dd8c0c02de6574fa98085d0aaaa', ids: [197540864] }],
    }),
  );
} finally {
  await stopAll();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
console.log(failures === 0 ? `all ${rows.length - 1} operations succeeded` : `${failures} operations failed`);
process.exitCode = failures === 0 ? 0 : 1;
