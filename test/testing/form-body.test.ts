// The strict mock and a form body (SAS PageImageRegistry): the signature is verified over the body
// as it came (a changed byte is a mismatch), the fields are read and checked as the SDK checks them
// (`Name.N` gathered into its list, integers exact, names exact), and the record keeps them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';
import { hashing } from '../../src/core/crypto/node.js';
import { signAcs3 } from '../../src/sas/signer.js';

const KEY = { accessKeyId: 'LTAI5tFormMock00001', accessKeySecret: 'form-mock-secret-000001' };
const FORM = 'application/x-www-form-urlencoded';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ clouds: ['sas'], credentials: { sas: [KEY] } });
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => mock.reset());

/** A request signed with the mock's key over exactly `body` (and `contentType`), sent as given. */
async function signedPost(body: string, contentType: string | undefined = FORM, sentBody = body): Promise<Response> {
  const url = new URL(`${mock.urls.sas!}/?SourceIp=192.0.2.1`);
  const headers: [string, string][] = [
    ['x-acs-action', 'PageImageRegistry'],
    ['x-acs-version', '2018-12-03'],
    ...(contentType === undefined ? [] : ([['content-type', contentType]] as [string, string][])),
  ];
  const signature = await signAcs3(
    { method: 'POST', url, headers, body },
    KEY,
    new Date(),
    crypto.randomUUID(),
    hashing,
  );
  return fetch(url, { method: 'POST', headers: [...headers, ...Object.entries(signature.headers)], body: sentBody });
}

describe('the strict mock with a form body', () => {
  it('records the SDK call with its form fields read back into lists, the signature valid', async () => {
    const client = new SasClient({ endpoint: mock.urls.sas!, credentials: KEY, env: {} });
    await expect(
      client.pageImageRegistry({ SourceIp: '192.0.2.1', PageSize: 5, RegistryTypeInList: ['harbor', 'quay'] }),
    ).resolves.toMatchObject({ status: 200 });
    const [record] = mock.requests;
    expect(record).toMatchObject({
      operation: 'PageImageRegistry',
      signature: 'valid',
      violations: [],
      status: 200,
      query: { SourceIp: '192.0.2.1' },
      body: 'PageSize=5&RegistryTypeInList.1=harbor&RegistryTypeInList.2=quay',
      parameters: { query: { SourceIp: '192.0.2.1' }, form: { PageSize: 5, RegistryTypeInList: ['harbor', 'quay'] } },
    });
  });

  it('verifies the signature over the body that came: one changed byte is a mismatch', async () => {
    const answer = await signedPost('PageSize=5', FORM, 'PageSize=6');
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { Code: string }).Code).toBe('SignatureDoesNotMatch');
    expect(mock.requests.map((r) => r.signature)).toEqual(['mismatch']);
    expect((await signedPost('PageSize=6')).status).toBe(200);
  });

  it.each([
    ['a list field sent under its bare name', 'RegistryTypeInList=harbor', 'RegistryTypeInList'],
    ['a list item outside the enum', 'RegistryTypeInList.1=gitlab', 'RegistryTypeInList[0]'],
    ['a field the action does not have', 'pagesize=5', 'pagesize'],
    ['a page size past int32 (checked exactly)', 'PageSize=2147483648', 'PageSize'],
    ['an empty page number', 'CurrentPage=', 'CurrentPage'],
  ])('refuses %s, naming it as the SDK does', async (_label, body, path) => {
    const answer = await signedPost(body);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { Code: string }).Code).toBe('InvalidParameter');
    expect(mock.requests[0]?.violations.map((v) => v.path)).toEqual([path]);
  });

  it('refuses a body that is not a form, and takes an empty one', async () => {
    const json = await signedPost('{"PageSize":5}', 'application/json');
    expect(json.status).toBe(400);
    expect(mock.requests[0]?.violations).toEqual([{ path: 'body', message: `must be ${FORM}` }]);
    expect((await signedPost('')).status).toBe(200);
    expect((await signedPost('', undefined)).status).toBe(200);
  });
});
