// What SasClient puts on the wire, read by a raw loopback capture server: the RPC request line with
// the canonical query, no body, the x-acs-* headers, and a signature that Alibaba's own
// openapi-util reproduces from the captured request alone.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SasClient, type SasClientOptions, type sas } from 'imagesec';
import { SEED_INFO } from '../contract/seed-requests.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { alibabaOfficialAuthorization } from '../helpers/official-signers.js';

const server = useCaptureServer();
const ID = 'LTAI5tSasWireKeyId';
const SECRET = 'sas-wire-secret-0123456789';
const TARGETS = JSON.parse(SEED_INFO) as sas.OperateImageVulInfo;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function client(overrides: Partial<SasClientOptions> = {}): SasClient {
  return new SasClient({
    endpoint: server.url,
    credentials: { accessKeyId: ID, accessKeySecret: SECRET },
    env: {},
    ...overrides,
  });
}

/** Recomputes the Authorization of a captured request with Alibaba's openapi-util, from the wire alone. */
function officialAuthorization(request: CapturedRequest, id = ID): string {
  const url = new URL(request.target, server.url);
  return alibabaOfficialAuthorization(
    {
      method: request.method,
      pathname: url.pathname,
      headers: { ...request.headers },
      query: Object.fromEntries(url.searchParams),
    },
    createHash('sha256').update(request.body).digest('hex'),
    id,
    SECRET,
  );
}

describe('SasClient on the wire', () => {
  it("sends the vendor's example as a signed RPC call: POST / with the query, no body", async () => {
    server.respond({ status: 200, body: { RequestId: 'R-1' } });
    const result = await client().operateImageVul({ Info: TARGETS, OperateType: 'vul_fix', Type: 'cve' });
    expect(result).toMatchObject({ requestId: 'R-1', data: { RequestId: 'R-1' } });

    const [request] = server.requests;
    if (request === undefined) throw new Error('nothing captured');
    expect(request.method).toBe('POST');
    const url = new URL(request.target, server.url);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('Info')).toBe(SEED_INFO);
    // Sorted names, RFC 3986 values (`*` as %2A), exactly the canonical query.
    expect(request.target).toMatch(
      /^\/\?Info=%5B%7B%22namespace%22%3A%22cloud_oa%2A%2A%2A%2A%22.*&OperateType=vul_fix&Type=cve$/,
    );
    expect(request.body).toHaveLength(0);
    expect(request.headers).not.toHaveProperty('content-type');
    expect(request.headers).toMatchObject({
      'x-acs-action': 'OperateImageVul',
      'x-acs-version': '2018-12-03',
      'x-acs-date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/) as unknown,
      'x-acs-signature-nonce': expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      'x-acs-content-sha256': EMPTY_SHA256,
    });
    expect(request.headers.authorization).toMatch(
      new RegExp(
        `^ACS3-HMAC-SHA256 Credential=${ID},SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$`,
      ),
    );
    expect(request.headers.authorization).toBe(officialAuthorization(request));
  });

  it('raw Info text is sent unchanged; unicode and reserved characters are signed as sent', async () => {
    const info = '[{"uuid":"ü 😀 ~*\'()!+&=","ids":[1]}]';
    await client().operateImageVul({ Info: info, OperateType: 'vul_ignore', Type: 'sca' });
    const [request] = server.requests;
    if (request === undefined) throw new Error('nothing captured');
    expect(new URL(request.target, server.url).searchParams.get('Info')).toBe(info);
    expect(request.headers.authorization).toBe(officialAuthorization(request));
  });

  // Outer spaces are trimmed: fetch trims header values, and the gateway verifies what arrives.
  it.each([
    ['as given', 'STS.TempKeyId', 'sts-token-value-123'],
    ['with outer spaces, trimmed', ' STS.TempKeyId ', ' sts-token-value-123\t'],
  ])(
    'STS credentials (%s) send and sign x-acs-security-token and x-acs-accesskey-id',
    async (_label, accessKeyId, securityToken) => {
      await client({ credentials: { accessKeyId, accessKeySecret: SECRET, securityToken } }).operateImageVul({
        Info: TARGETS,
      });
      const [request] = server.requests;
      if (request === undefined) throw new Error('nothing captured');
      expect(request.headers).toMatchObject({
        'x-acs-security-token': 'sts-token-value-123',
        'x-acs-accesskey-id': 'STS.TempKeyId',
      });
      expect(request.headers.authorization).toContain('Credential=STS.TempKeyId,');
      expect(request.headers.authorization).toContain('x-acs-accesskey-id;x-acs-action;');
      expect(request.headers.authorization).toContain('x-acs-security-token;x-acs-signature-nonce;');
      expect(request.headers.authorization).toBe(officialAuthorization(request, 'STS.TempKeyId'));
    },
  );

  it('every call carries a fresh nonce (the gateway refuses a reused one)', async () => {
    const c = client();
    await c.operateImageVul({ Info: TARGETS });
    await c.operateImageVul({ Info: TARGETS });
    const nonces = server.requests.map((r) => r.headers['x-acs-signature-nonce']);
    expect(new Set(nonces).size).toBe(2);
  });

  it('extra x-acs-* headers are signed; others are sent unsigned', async () => {
    await client().operateImageVul(
      { Info: TARGETS },
      { headers: { 'x-acs-credentials-provider': 'static_ak', 'X-Trace': 't' } },
    );
    const [request] = server.requests;
    if (request === undefined) throw new Error('nothing captured');
    expect(request.headers['x-trace']).toBe('t');
    expect(request.headers.authorization).toContain('x-acs-content-sha256;x-acs-credentials-provider;x-acs-date');
    expect(request.headers.authorization).not.toContain('x-trace');
    expect(request.headers.authorization).toBe(officialAuthorization(request));
  });
});
