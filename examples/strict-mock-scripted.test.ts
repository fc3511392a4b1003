// Scripted answers: your automation's waiting, tested through every state of a scan, which Prism's
// fixed examples cannot give. The README shows this file as it is, and CI runs it.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HssClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

const credentials = { ak: 'TESTAK00000000000001', sk: 'test-secret-key-000000001' };
let mock: RunningMock;
let hss: HssClient;

beforeAll(async () => {
  mock = await startMock({ clouds: ['hss'], credentials: { hss: [credentials] } });
  hss = new HssClient({ endpoint: mock.urls.hss, region: 'cn-north-4', projectId: 'p1', credentials });
}, 60_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

// Your code under test: polls until the image's scan ends (a real one also pauses between polls).
async function waitForScan(client: HssClient, image_name: string, maxPolls = 10): Promise<string> {
  for (let poll = 1; poll <= maxPolls; poll++) {
    const { data } = await client.listImageLocal({ image_name });
    const state = data.data_list?.[0]?.scan_status;
    if (state !== 'scanning' && state !== 'waiting') return state ?? 'not found';
  }
  throw new Error(`the scan of ${image_name} did not end after ${maxPolls} polls`);
}

// One ListImageLocal answer: checked against the spec when scripted (a misspelt state would throw).
const nginx = (scan_status: 'waiting' | 'scanning' | 'success' | 'failed') => ({
  body: { total_num: 1, data_list: [{ image_name: 'nginx', image_version: '1.25', scan_status }] },
});

it('waits while the scan runs, and says how it ended', async () => {
  // One answer per request, in order.
  mock.script('ListImageLocal', [nginx('waiting'), nginx('scanning'), nginx('success')]);
  await expect(waitForScan(hss, 'nginx')).resolves.toBe('success');
  expect(mock.scripted('ListImageLocal')).toEqual({ served: 3, remaining: 0 });

  mock.script('ListImageLocal', [nginx('scanning'), nginx('failed')]);
  await expect(waitForScan(hss, 'nginx')).resolves.toBe('failed');
});

it('gives up on a scan that never ends', async () => {
  // The last answer repeats once the others are served: a scan that is always running.
  mock.script('ListImageLocal', nginx('scanning'));
  await expect(waitForScan(hss, 'nginx', 5)).rejects.toThrow('did not end after 5 polls');
  expect(mock.requests.map((r) => [r.operation, r.status, r.scripted?.call])).toEqual([
    ['ListImageLocal', 200, 1],
    ['ListImageLocal', 200, 2],
    ['ListImageLocal', 200, 3],
    ['ListImageLocal', 200, 4],
    ['ListImageLocal', 200, 5],
  ]);
});
