// What SasClient puts on the wire for an action whose official SDK sends a form body
// (PageImageRegistry): the form fields in the body, percent-encoded as the SDK's querystring
// encoding does, lists as `Name.1`, `Name.2`, the signed content-type and the body's SHA-256, the
// query keeping only what the SDK puts there; the signature reproduced by Alibaba's openapi-util
// from the captured request alone, and the body byte for byte what the SDK's own form writer makes
// of the same fields. Every page of paginatePageImageRegistry walks CurrentPage in the form.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SasClient } from 'imagesec';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { alibabaOfficialAuthorization } from '../helpers/official-signers.js';

const require = createRequire(import.meta.url);
// The official SDK's form writer (@alicloud/openapi-util toForm: flattening, then querystring).
const officialUtil = (require('@alicloud/openapi-util') as { default: { toForm(map: object): string } }).default;

const server = useCaptureServer();
const ID = 'LTAI5tSasFormKeyId';
const SECRET = 'sas-form-secret-0123456789';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function client(): SasClient {
  return new SasClient({ endpoint: server.url, credentials: { accessKeyId: ID, accessKeySecret: SECRET }, env: {} });
}

function officialAuthorization(request: CapturedRequest): string {
  const url = new URL(request.target, server.url);
  return alibabaOfficialAuthorization(
    {
      method: request.method,
      pathname: url.pathname,
      headers: { ...request.headers },
      query: Object.fromEntries(url.searchParams),
    },
    createHash('sha256').update(request.body).digest('hex'),
    ID,
    SECRET,
  );
}

function only(): CapturedRequest {
  const [request] = server.requests;
  if (request === undefined || server.requests.length !== 1) throw new Error(`captured ${server.requests.length}`);
  return request;
}

const PAGE = { RequestId: 'R-1', PageInfo: { CurrentPage: 1, PageSize: 20, TotalCount: 0, Count: 0 }, List: [] };

describe('SasClient form bodies on the wire (PageImageRegistry)', () => {
  it('sends the form fields in the body, SourceIp in the query, signed over the body', async () => {
    server.respond({ status: 200, body: PAGE });
    const result = await client().pageImageRegistry({
      SourceIp: '192.0.2.7',
      CurrentPage: 2,
      PageSize: 50,
      RegistryNameLike: 'prod*(team) a~b/ü',
      RegistryTypeInList: ['harbor', 'CI/CD'],
      RegistryTypeNotInList: ['acr'],
    });
    expect(result.data).toEqual(PAGE);

    const request = only();
    expect(request.method).toBe('POST');
    expect(request.target).toBe('/?SourceIp=192.0.2.7');
    const body = request.body.toString('utf8');
    expect(body).toBe(
      'CurrentPage=2&PageSize=50&RegistryNameLike=prod*(team)%20a~b%2F%C3%BC' +
        '&RegistryTypeInList.1=harbor&RegistryTypeInList.2=CI%2FCD&RegistryTypeNotInList.1=acr',
    );
    // Byte for byte what the official SDK's form writer makes of the same map, in its order.
    expect(body).toBe(
      officialUtil.toForm({
        CurrentPage: 2,
        PageSize: 50,
        RegistryNameLike: 'prod*(team) a~b/ü',
        RegistryTypeInList: ['harbor', 'CI/CD'],
        RegistryTypeNotInList: ['acr'],
      }),
    );
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers['content-length']).toBe(String(request.body.length));
    expect(request.headers['x-acs-content-sha256']).toBe(createHash('sha256').update(request.body).digest('hex'));
    expect(request.headers.authorization).toContain(
      'SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,',
    );
    expect(request.headers.authorization).toBe(officialAuthorization(request));
  });

  it('with no field given, sends an empty form with its content-type, as the official SDK does', async () => {
    server.respond({ status: 200, body: PAGE });
    await client().pageImageRegistry();
    const request = only();
    expect(request.target).toBe('/');
    expect(request.body).toHaveLength(0);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers['x-acs-content-sha256']).toBe(EMPTY_SHA256);
    expect(request.headers.authorization).toBe(officialAuthorization(request));
  });

  it('an empty list sends no field; a form field not of the action is refused before sending', async () => {
    server.respond({ status: 200, body: PAGE });
    await client().pageImageRegistry({ RegistryTypeInList: [], PageSize: 10 });
    expect(only().body.toString()).toBe('PageSize=10');
    await expect(client().pageImageRegistry({ RegistryTypeInList: ['gitlab'] } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      violations: [{ path: 'RegistryTypeInList[0]', message: 'must be one of "acr", "harbor", "quay", "CI/CD"' }],
    });
    await expect(client().pageImageRegistry({ PageSize: 0 })).rejects.toMatchObject({
      violations: [{ path: 'PageSize', message: 'must be an integer from 1 to 2147483647' }],
    });
    expect(server.requests).toHaveLength(1);
  });

  it('paginatePageImageRegistry walks CurrentPage in the form, each page signed over its own body', async () => {
    const registry = (id: number) => ({ Id: id, RegistryName: `r${id}`, RegistryType: 'harbor' });
    server.respond((request) => {
      const page = Number(new URLSearchParams(request.body.toString()).get('CurrentPage'));
      const list = page === 1 ? [registry(1), registry(2)] : page === 2 ? [registry(3)] : [];
      return {
        status: 200,
        body: {
          RequestId: `R-${page}`,
          PageInfo: { CurrentPage: page, PageSize: 2, TotalCount: 3, Count: list.length },
          List: list,
        },
      };
    });
    const ids: unknown[] = [];
    for await (const item of client().paginatePageImageRegistry({ RegistryTypeInList: ['harbor'] }, { pageSize: 2 })) {
      ids.push(item.Id);
    }
    expect(ids).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.body.toString())).toEqual([
      'CurrentPage=1&PageSize=2&RegistryTypeInList.1=harbor',
      'CurrentPage=2&PageSize=2&RegistryTypeInList.1=harbor',
    ]);
    for (const request of server.requests) {
      expect(request.target).toBe('/');
      expect(request.headers.authorization).toBe(officialAuthorization(request));
    }
  });
});
