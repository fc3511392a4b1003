// The strict mock's signature verifiers (hss/verifier.ts, sas/verifier.ts): a request signed by our
// signers or by the vendors' own (Huawei's AKSKSigner, Alibaba's openapi-util) is accepted with the
// key that signed it; every way the gateways refuse one is told apart: unknown key, a signing time
// more than 15 minutes off, a temporary key's token missing or wrong, any signed byte changed.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashing } from '../../src/core/crypto/node.js';
import type { SignableRequest, SignatureVerdict } from '../../src/core/canonical.js';

/** A request made here: its URL is a whole URL (the tests read its origin and query). */
type UrlRequest = Omit<SignableRequest, 'url'> & { readonly url: URL };
import { signHuawei, type HuaweiAkSk } from '../../src/hss/signer.js';
import { verifyHuawei } from '../../src/hss/verifier.js';
import { signAcs3, type AlibabaAccessKey } from '../../src/sas/signer.js';
import { verifyAcs3 } from '../../src/sas/verifier.js';
import { alibabaOfficialAuthorization, huaweiOfficialAuthorization, OpenApiUtil } from '../helpers/official-signers.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const MINUTE = 60_000;

/** The request as it arrives: the unsigned one with the signer's headers added. */
function arrived(request: UrlRequest, added: Readonly<Record<string, string>>, query?: string): UrlRequest {
  const url = new URL(request.url);
  if (query !== undefined) url.search = query;
  return { ...request, url, headers: [...request.headers, ...Object.entries(added)] };
}

const reason = (verdict: SignatureVerdict) => (verdict.ok ? 'ok' : verdict.reason);

describe('verifyHuawei (SDK-HMAC-SHA256)', () => {
  const key: HuaweiAkSk = { ak: 'VERIFYAK000000000001', sk: 'verify-secret-key-000000000001' };
  const temporary: HuaweiAkSk = {
    ak: 'VERIFYAK0000000TEMP1',
    sk: 'verify-temp-secret-0001',
    securityToken: 'token-0001-abc',
  };
  const keys = [key, temporary];
  const base: UrlRequest = {
    method: 'POST',
    url: new URL(
      'https://hss.cn-north-4.myhuaweicloud.com/v5/0123456789abcdef0123456789abcdef/image/whitelists?type=vulnerability&global_image_type=registry',
    ),
    headers: [
      ['content-type', 'application/json'],
      ['region', 'cn-north-4'],
      ['x-project-id', '0123456789abcdef0123456789abcdef'],
    ],
    body: '{"vul_ids":["CVE-2024-6387"],"rule_type":"all_images"}',
  };
  const signed = async (credentials: HuaweiAkSk, at = NOW, request = base) => {
    const signature = await signHuawei(request, credentials, at, hashing);
    return arrived(request, signature.headers, signature.canonicalQuery);
  };

  it('accepts what our signer signs, permanent and temporary keys, and names the key', async () => {
    expect(await verifyHuawei(await signed(key), keys, NOW, hashing)).toEqual({
      ok: true,
      keyId: key.ak,
      temporary: false,
    });
    expect(await verifyHuawei(await signed(temporary), keys, NOW, hashing)).toEqual({
      ok: true,
      keyId: temporary.ak,
      temporary: true,
    });
  });

  it("accepts what Huawei's own AKSKSigner signs", async () => {
    const date = '20261206T120000Z';
    const authorization = huaweiOfficialAuthorization(
      {
        method: 'POST',
        endpoint: `${base.url.origin}${base.url.pathname}`,
        queryParams: Object.fromEntries(base.url.searchParams),
        headers: { 'content-type': 'application/json', region: 'cn-north-4', 'X-Sdk-Date': date },
        data: JSON.parse(base.body as string) as unknown,
      },
      key.ak,
      key.sk,
    );
    const request: UrlRequest = {
      ...base,
      headers: [
        ['content-type', 'application/json'],
        ['region', 'cn-north-4'],
        ['host', base.url.host],
        ['x-sdk-date', date],
        ['authorization', authorization],
      ],
      body: JSON.stringify(JSON.parse(base.body as string)),
    };
    expect(await verifyHuawei(request, keys, NOW, hashing)).toMatchObject({ ok: true, keyId: key.ak });
  });

  it('refuses any signed byte changed: body, query, path, a signed header, the method', async () => {
    const good = await signed(key);
    const changes: [string, UrlRequest][] = [
      ['body', { ...good, body: '{"vul_ids":["CVE-2024-6388"],"rule_type":"all_images"}' }],
      ['query', { ...good, url: new URL(good.url.href.replace('registry', 'local')) }],
      ['path', { ...good, url: new URL(good.url.href.replace('whitelists', 'whitelist')) }],
      ['header', { ...good, headers: [...good.headers].map(([n, v]) => [n, n === 'region' ? 'cn-east-3' : v]) }],
      ['method', { ...good, method: 'PUT' }],
    ];
    for (const [what, request] of changes) {
      expect(reason(await verifyHuawei(request, keys, NOW, hashing)), what).toBe('mismatch');
    }
  });

  it('tells an unknown key, a stale or future signature and a bad or missing Authorization apart', async () => {
    const stranger = { ak: 'SOMEONEELSE000000001', sk: 'another-secret-000000000001' };
    expect(reason(await verifyHuawei(await signed(stranger), keys, NOW, hashing))).toBe('unknown-key');
    expect(
      reason(await verifyHuawei(await signed(key, new Date(NOW.getTime() - 16 * MINUTE)), keys, NOW, hashing)),
    ).toBe('expired');
    expect(
      reason(await verifyHuawei(await signed(key, new Date(NOW.getTime() + 16 * MINUTE)), keys, NOW, hashing)),
    ).toBe('expired');
    expect(
      reason(await verifyHuawei(await signed(key, new Date(NOW.getTime() - 14 * MINUTE)), keys, NOW, hashing)),
    ).toBe('ok');
    expect(reason(await verifyHuawei(base, keys, NOW, hashing))).toBe('missing');
    const garbled = arrived(base, { Authorization: 'SDK-HMAC-SHA256 Access=x' });
    expect(reason(await verifyHuawei(garbled, keys, NOW, hashing))).toBe('malformed');
  });

  it("checks a temporary key's security token: required, signed and the key's own", async () => {
    const noToken = await signed({ ak: temporary.ak, sk: temporary.sk });
    expect(reason(await verifyHuawei(noToken, keys, NOW, hashing))).toBe('token-missing');
    const otherToken = await signed({ ...temporary, securityToken: 'token-9999-xyz' });
    expect(reason(await verifyHuawei(otherToken, keys, NOW, hashing))).toBe('token-wrong');
    const tokenOnPermanent = await signed({ ...key, securityToken: 'token-0001-abc' });
    expect(reason(await verifyHuawei(tokenOnPermanent, keys, NOW, hashing))).toBe('token-wrong');
  });

  it('never puts a secret in its verdict', async () => {
    const otherToken = await signed({ ...temporary, securityToken: 'token-9999-xyz' });
    const verdicts = [
      await verifyHuawei(otherToken, keys, NOW, hashing),
      await verifyHuawei({ ...(await signed(temporary)), body: 'x' }, keys, NOW, hashing),
    ];
    const text = JSON.stringify(verdicts);
    for (const secret of [key.sk, temporary.sk, temporary.securityToken!, 'token-9999-xyz'])
      expect(text).not.toContain(secret);
  });
});

describe('verifyAcs3 (ACS3-HMAC-SHA256)', () => {
  const key: AlibabaAccessKey = { accessKeyId: 'LTAI5tVerifyKeyId0001', accessKeySecret: 'verify-secret-0001' };
  const sts: AlibabaAccessKey = {
    accessKeyId: 'STS.VerifyTempKey0001',
    accessKeySecret: 'verify-sts-secret',
    securityToken: 'sts-token-0001',
  };
  const keys = [key, sts];
  const base: UrlRequest = {
    method: 'POST',
    url: new URL('https://tds.cn-shanghai.aliyuncs.com/?Type=cve&CurrentPage=1&PageSize=20'),
    headers: [
      ['x-acs-action', 'DescribeImageVulList'],
      ['x-acs-version', '2018-12-03'],
    ],
    body: '',
  };
  const signed = async (credentials: AlibabaAccessKey, at = NOW, nonce = 'nonce-0001') => {
    const signature = await signAcs3(base, credentials, at, nonce, hashing);
    return arrived(base, signature.headers, signature.canonicalQuery);
  };

  it('accepts what our signer signs, AccessKey and STS, and names the key', async () => {
    expect(await verifyAcs3(await signed(key), keys, NOW, hashing)).toEqual({
      ok: true,
      keyId: key.accessKeyId,
      temporary: false,
    });
    expect(await verifyAcs3(await signed(sts), keys, NOW, hashing)).toEqual({
      ok: true,
      keyId: sts.accessKeyId,
      temporary: true,
    });
  });

  it("accepts what Alibaba's own openapi-util signs", async () => {
    const payloadHash = createHash('sha256').update('').digest('hex');
    const headers = {
      host: base.url.host,
      'x-acs-action': 'DescribeImageVulList',
      'x-acs-version': '2018-12-03',
      'x-acs-date': '2026-12-06T12:00:00Z',
      'x-acs-signature-nonce': 'official-nonce-1',
      'x-acs-content-sha256': payloadHash,
    };
    const authorization = alibabaOfficialAuthorization(
      {
        method: 'POST',
        pathname: OpenApiUtil.getEncodePath('/'),
        headers,
        query: Object.fromEntries(base.url.searchParams),
      },
      payloadHash,
      key.accessKeyId,
      key.accessKeySecret,
    );
    const request: UrlRequest = {
      ...base,
      headers: [...Object.entries(headers), ['authorization', authorization]],
    };
    expect(await verifyAcs3(request, keys, NOW, hashing)).toMatchObject({ ok: true, keyId: key.accessKeyId });
  });

  it('refuses any signed byte changed, a body whose hash is not the claimed one included', async () => {
    const good = await signed(key);
    const changes: [string, UrlRequest][] = [
      ['query', { ...good, url: new URL(good.url.href.replace('cve', 'sca')) }],
      [
        'action',
        { ...good, headers: [...good.headers].map(([n, v]) => [n, n === 'x-acs-action' ? 'OperateImageVul' : v]) },
      ],
      ['body', { ...good, body: 'x' }],
      [
        'nonce',
        { ...good, headers: [...good.headers].map(([n, v]) => [n, n === 'x-acs-signature-nonce' ? 'other' : v]) },
      ],
    ];
    for (const [what, request] of changes)
      expect(reason(await verifyAcs3(request, keys, NOW, hashing)), what).toBe('mismatch');
  });

  it('tells an unknown key, a time more than 15 minutes off, and STS token faults apart', async () => {
    const stranger = { accessKeyId: 'LTAI5tSomeoneElse0001', accessKeySecret: 'x-secret' };
    expect(reason(await verifyAcs3(await signed(stranger), keys, NOW, hashing))).toBe('unknown-key');
    expect(reason(await verifyAcs3(await signed(key, new Date(NOW.getTime() - 16 * MINUTE)), keys, NOW, hashing))).toBe(
      'expired',
    );
    expect(
      reason(
        await verifyAcs3(
          await signed({ accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret }),
          keys,
          NOW,
          hashing,
        ),
      ),
    ).toBe('token-missing');
    expect(
      reason(await verifyAcs3(await signed({ ...sts, securityToken: 'sts-token-9999' }), keys, NOW, hashing)),
    ).toBe('token-wrong');
    expect(reason(await verifyAcs3(base, keys, NOW, hashing))).toBe('missing');
  });
});
