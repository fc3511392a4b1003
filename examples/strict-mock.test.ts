// How you test your own automation against imagesec's strict mock (vitest here; jest and node:test
// work the same way). The README shows this file as it is, and CI runs it.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HssClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

const credentials = { ak: 'TESTAK00000000000001', sk: 'test-secret-key-000000001' };
let mock: RunningMock;
let hss: HssClient;

beforeAll(async () => {
  // The strict gateway on a free loopback port, Prism behind it; only these keys' signatures pass.
  mock = await startMock({ clouds: ['hss'], credentials: { hss: [credentials] } });
  hss = new HssClient({
    endpoint: mock.urls.hss,
    region: 'cn-north-4',
    projectId: '0123456789abcdef0123456789abcdef',
    credentials,
  });
}, 60_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

it('my nightly job rescans the images whose last scan failed', async () => {
  // Your code under test: here, a few lines of it.
  const failed = [];
  for await (const { image_name, image_version, image_id } of hss.paginateListImageLocal({ scan_status: 'failed' })) {
    if (image_name !== undefined && image_version !== undefined && image_id !== undefined) {
      failed.push({ image_name, image_version, image_id });
    }
  }
  await hss.batchScanLocalImage({ body: { image_info_list: failed } });

  // What the mock saw: which operations, signed by whom, and that the cloud would have taken them.
  expect(mock.requests.map((r) => [r.operation, r.signedBy, r.status])).toEqual([
    ['ListImageLocal', credentials.ak, 200],
    ['BatchScanLocalImage', credentials.ak, 200],
  ]);
});

it('my job survives throttling', async () => {
  mock.failNext('ListImageLocal', { status: 429, retryAfter: 0, times: 2 });
  await expect(hss.listImageLocal({ scan_status: 'failed' })).resolves.toMatchObject({ status: 200 });
  expect(mock.requests.map((r) => r.status)).toEqual([429, 429, 200]);
});
