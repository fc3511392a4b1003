// Scripted answers: your automation's waiting, tested through every state of a scan, which Prism's
// fixed examples cannot give. The README shows this file as it is, and CI runs it.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HssClient, WaiterFailureError, WaiterTimeoutError } from 'imagesec';
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

// Your code under test: waits for the image's scan (the SDK's waiter), then says how it went.
// Against the mock, the waits between polls are made short; a real scan takes minutes.
async function scanOutcome(client: HssClient, image_name: string, maxWaitMs = 60_000): Promise<string> {
  const polls = { minDelayMs: 1, maxDelayMs: 5, maxWaitMs };
  try {
    await client.waitForLocalImageScanned({ image_name }, polls);
    return 'scanned';
  } catch (error) {
    if (error instanceof WaiterFailureError) return `failed (${error.lastState})`;
    if (error instanceof WaiterTimeoutError) return 'still running';
    throw error;
  }
}

// One ListImageLocal answer: checked against the spec when scripted (a misspelt state would throw).
const nginx = (scan_status: 'waiting' | 'scanning' | 'success' | 'failed') => ({
  body: { total_num: 1, data_list: [{ image_name: 'nginx', image_version: '1.25', scan_status }] },
});

it('waits while the scan runs, and says how it ended', async () => {
  // One answer per request, in order.
  mock.script('ListImageLocal', [nginx('waiting'), nginx('scanning'), nginx('success')]);
  await expect(scanOutcome(hss, 'nginx')).resolves.toBe('scanned');
  expect(mock.scripted('ListImageLocal')).toEqual({ served: 3, remaining: 0 });

  mock.script('ListImageLocal', [nginx('scanning'), nginx('failed')]);
  await expect(scanOutcome(hss, 'nginx')).resolves.toMatch(/^failed \(.*failed/);
});

it('gives up on a scan that never ends', async () => {
  // The last answer repeats once the others are served: a scan that is always running.
  mock.script('ListImageLocal', nginx('scanning'));
  await expect(scanOutcome(hss, 'nginx', 200)).resolves.toBe('still running');
  expect(mock.requests.every((r) => r.operation === 'ListImageLocal' && r.scripted?.index === 0)).toBe(true);
});
