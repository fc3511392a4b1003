// The same kind of test with Node's own runner (node --test), to show imagesec/testing needs no
// particular framework: start in before(), close in after().
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

const credentials = { accessKeyId: 'LTAI5tNodeTest000001', accessKeySecret: 'node-test-secret-0001' };
let mock: RunningMock;

before(async () => {
  mock = await startMock({ clouds: ['sas'], credentials: { sas: [credentials] } });
});
after(() => mock.close());

void test('lists the fix tasks with the right key, and is refused with another', async () => {
  const sas = new SasClient({ endpoint: mock.urls.sas, credentials });
  const { status } = await sas.describeImageFixTask({ CurrentPage: 1, PageSize: 20 });
  assert.equal(status, 200);
  const stranger = new SasClient({
    endpoint: mock.urls.sas,
    credentials: { ...credentials, accessKeySecret: 'wrong-secret-0001' },
  });
  await assert.rejects(stranger.describeImageFixTask({ CurrentPage: 1, PageSize: 20 }), {
    code: 'SignatureDoesNotMatch',
  });
  assert.deepEqual(
    mock.requests.map((r) => r.signature),
    ['valid', 'mismatch'],
  );
});
