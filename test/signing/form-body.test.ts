// A form body (PageImageRegistry) signed by imagesec and by Alibaba's own client, byte for byte.
// The official @alicloud/openapi-client sends the action to a loopback capture server as its
// generated SDK does (query map for SourceIp, a formData body map for the rest, `callApi`, V3);
// imagesec's SasClient sends the same input to the same server. Both must carry the same body
// bytes, content-type and body hash; signAcs3 must compute the official request's Authorization
// exactly, from its own date, nonce and headers; and the official getAuthorization must compute
// imagesec's.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SasClient } from 'imagesec';
import { hashing } from '../../src/core/crypto/node.js';
import { signAcs3 } from '../../src/sas/signer.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { alibabaOfficialAuthorization, OpenApiUtil } from '../helpers/official-signers.js';

const require = createRequire(import.meta.url);

interface OfficialModule {
  default: new (config: object) => { callApi(params: object, request: object, runtime: object): Promise<unknown> };
  Config: new (map: object) => object;
  Params: new (map: object) => object;
  OpenApiRequest: new (map: object) => object;
}
const official = require('@alicloud/openapi-client') as OfficialModule;
const { RuntimeOptions } = require('@alicloud/tea-util') as { RuntimeOptions: new (map: object) => object };
const util = (
  require('@alicloud/openapi-util') as { default: { query(map: object): object; parseToMap(map: object): object } }
).default;

const server = useCaptureServer();
const ID = 'LTAI5tFormOracleKeyId';
const SECRET = 'form-oracle-secret-0123456789';
const PAGE = { RequestId: 'R-1', PageInfo: { CurrentPage: 1, PageSize: 20, TotalCount: 0, Count: 0 }, List: [] };

/** The request as the generated official SDK builds it in pageImageRegistryWithOptions. */
async function officialCall(sourceIp: string | undefined, fields: Record<string, unknown>): Promise<CapturedRequest> {
  const endpoint = new URL(server.url).host;
  const client = new official.default(
    new official.Config({ accessKeyId: ID, accessKeySecret: SECRET, endpoint, protocol: 'HTTP' }),
  );
  const query: Record<string, unknown> = sourceIp === undefined ? {} : { SourceIp: sourceIp };
  await client.callApi(
    new official.Params({
      action: 'PageImageRegistry',
      version: '2018-12-03',
      protocol: 'HTTP',
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    }),
    new official.OpenApiRequest({ query: util.query(query), body: util.parseToMap(fields) }),
    new RuntimeOptions({}),
  );
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error('the official client sent nothing');
  return request;
}

async function ourCall(input: Record<string, unknown>): Promise<CapturedRequest> {
  const client = new SasClient({
    endpoint: server.url,
    credentials: { accessKeyId: ID, accessKeySecret: SECRET },
    env: {},
  });
  await client.pageImageRegistry(input);
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error('imagesec sent nothing');
  return request;
}

/** Signs the official client's request again with signAcs3, from its own date, nonce and headers. */
async function resign(request: CapturedRequest): Promise<string> {
  const url = new URL(request.target, server.url);
  const own = new Set(['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256', 'authorization']);
  const headers = Object.entries(request.headers).filter(([name]) => !own.has(name));
  const signature = await signAcs3(
    { method: request.method, url, headers, body: new Uint8Array(request.body) },
    { accessKeyId: ID, accessKeySecret: SECRET },
    new Date(request.headers['x-acs-date'] ?? ''),
    request.headers['x-acs-signature-nonce'] ?? '',
    hashing,
  );
  return signature.headers.Authorization ?? '';
}

const CASES: Array<[string, string | undefined, Record<string, unknown>]> = [
  [
    'every field, lists and reserved characters',
    '140.207.1.2',
    {
      CurrentPage: 3,
      PageSize: 50,
      RegistryNameLike: "prod *(x)!' ~é/&=+",
      RegistryTypeInList: ['harbor', 'CI/CD'],
      RegistryTypeNotInList: ['acr'],
    },
  ],
  ['no field at all (an empty form, still with its content-type)', undefined, {}],
  ['one list item and no query', undefined, { RegistryTypeInList: ['quay'] }],
];

describe('form bodies against the official client (@alicloud/openapi-client, V3)', () => {
  it.each(CASES)('%s', async (_label, sourceIp, fields) => {
    server.respond({ status: 200, body: PAGE });
    const theirs = await officialCall(sourceIp, fields);
    const ours = await ourCall({ ...(sourceIp === undefined ? {} : { SourceIp: sourceIp }), ...fields });

    expect(ours.body.toString('utf8')).toBe(theirs.body.toString('utf8'));
    expect(ours.headers['content-type']).toBe(theirs.headers['content-type']);
    expect(theirs.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(ours.headers['x-acs-content-sha256']).toBe(theirs.headers['x-acs-content-sha256']);
    expect(theirs.headers['x-acs-content-sha256']).toBe(createHash('sha256').update(theirs.body).digest('hex'));
    expect(new URL(ours.target, server.url).searchParams.get('SourceIp')).toBe(
      new URL(theirs.target, server.url).searchParams.get('SourceIp'),
    );

    // Our signer reproduces the official Authorization byte for byte from the official request...
    expect(await resign(theirs)).toBe(theirs.headers.authorization);
    // ...and the official signer reproduces ours from what arrived.
    const url = new URL(ours.target, server.url);
    expect(
      alibabaOfficialAuthorization(
        {
          method: ours.method,
          pathname: url.pathname,
          headers: { ...ours.headers },
          query: Object.fromEntries(url.searchParams),
        },
        OpenApiUtil.hash(ours.body, 'ACS3-HMAC-SHA256').toString('hex'),
        ID,
        SECRET,
      ),
    ).toBe(ours.headers.authorization);
  });
});
