// The strict mock's records with a secret request field (SAS AddPrivateRegistry's Password, and its
// ExtraParam, a JSON-text parameter marked secret as a whole): the signature is verified over the
// request as it came, the record keeps the secrets masked (query, body, parameters), whether the
// request was accepted, refused for its parameters or for its signature.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HssClient, SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';
import { loadSpec } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { operationTable } from '../../generated/sas.operations.js';
import { hashing } from '../../src/core/crypto/node.js';
import { signAcs3 } from '../../src/sas/signer.js';
import { CANARY } from '../helpers/canaries.js';

const KEY = { accessKeyId: 'LTAI5tSecretMock0001', accessKeySecret: 'secret-mock-secret-000001' };
const PASSWORD = CANARY.registryPassword;
const TOKEN = 'CANARYTOKq8-quay-robot-token';

const HSS_KEY = { ak: 'SECRETMOCKAK00000001', sk: 'secret-mock-hss-secret-01' };
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials: { sas: [KEY], hss: [HSS_KEY] } });
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => mock.reset());

const example = sdkInput(
  exampleRequest(await loadSpec('sas'), 'AddPrivateRegistry'),
  operationTable.AddPrivateRegistry.constHeaders,
);
const input = { ...example, Password: PASSWORD, ExtraParam: [{ namespace: 'team-a', authToken: TOKEN }] };

function expectNoPassword(): void {
  const recorded = JSON.stringify(mock.requests);
  expect(recorded).not.toContain('CANARYPWq7');
  expect(recorded).not.toContain('CANARYTOKq8');
}

describe('the strict mock records a secret masked', () => {
  it('accepts the signed request and keeps Password and ExtraParam masked in its record', async () => {
    const client = new SasClient({ endpoint: mock.urls.sas!, credentials: KEY, env: {} });
    await expect(client.addPrivateRegistry(input as never)).resolves.toMatchObject({ status: 200 });
    const [record] = mock.requests;
    expect(record).toMatchObject({ operation: 'AddPrivateRegistry', signature: 'valid', violations: [], status: 200 });
    expect(record?.query).toMatchObject({ Password: '***', ExtraParam: '***', UserName: example.UserName });
    expect(record?.parameters).toMatchObject({ query: { Password: '***', ExtraParam: '***' } });
    expectNoPassword();
  });

  it('a request refused for another parameter, or for its signature, is recorded masked too', async () => {
    // Past the SDK's own check: signed by hand, with a ProtocolType the spec does not allow.
    const url = new URL(mock.urls.sas!);
    url.search = new URLSearchParams({
      ...(Object.fromEntries(Object.entries(example).map(([k, v]) => [k, String(v)])) as Record<string, string>),
      Password: PASSWORD,
      ExtraParam: JSON.stringify(input.ExtraParam),
      ProtocolType: '3',
    }).toString();
    const headers: [string, string][] = [
      ['x-acs-action', 'AddPrivateRegistry'],
      ['x-acs-version', '2018-12-03'],
    ];
    const signature = await signAcs3({ method: 'POST', url, headers, body: '' }, KEY, new Date(), 'n-1', hashing);
    const refused = await fetch(url, { method: 'POST', headers: [...headers, ...Object.entries(signature.headers)] });
    expect(refused.status).toBe(400);
    // A client with the wrong secret: refused for its signature.
    const wrong = new SasClient({
      endpoint: mock.urls.sas!,
      credentials: { ...KEY, accessKeySecret: 'not-the-secret-000001' },
      env: {},
      maxRetries: 0,
    });
    await expect(wrong.addPrivateRegistry(input as never)).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(mock.requests.map((r) => [r.signature, r.violations.map((v) => v.path), r.query.Password])).toEqual([
      ['valid', ['ProtocolType'], '***'],
      ['mismatch', [], '***'],
    ]);
    expect(mock.requests[0]?.parameters).toMatchObject({ query: { Password: '***', ExtraParam: '***' } });
    expectNoPassword();
  });
});

describe('a secret in a JSON body (HSS AddRegistry registry_password)', () => {
  it('is masked in the recorded body and parameters; the signature is verified over the body as sent', async () => {
    const client = new HssClient({
      endpoint: mock.urls.hss!,
      region: 'cn-north-4',
      projectId: PROJECT,
      credentials: HSS_KEY,
      env: {},
    });
    const hssExample = sdkInput(
      exampleRequest(await loadSpec('hss'), 'AddRegistry'),
      hssOperations.AddRegistry.constHeaders,
    ) as { body: Record<string, unknown> };
    const body = { ...hssExample.body, registry_password: PASSWORD };
    await expect(client.addRegistry({ ...hssExample, body } as never)).resolves.toMatchObject({ status: 200 });
    const [record] = mock.requests;
    expect(record).toMatchObject({ operation: 'AddRegistry', signature: 'valid', violations: [] });
    const recordedBody = JSON.parse(record!.body) as Record<string, unknown>;
    expect(recordedBody.registry_password).toBe('***');
    expect(recordedBody.registry_name).toBe(hssExample.body.registry_name);
    expect(record?.parameters).toMatchObject({ body: { registry_password: '***' } });
    expectNoPassword();
  });
});
