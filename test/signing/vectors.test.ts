// The worked examples of the reference files (test/vectors/signing.json) through both signers, with
// both hash implementations: the published signatures are the fixed points every change must keep.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashing as resolvedHashing } from '#crypto';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import type { HashPort } from '../../src/core/crypto/port.js';
import { hashing as webHashing } from '../../src/core/crypto/web.js';
import type { SignableRequest, Signature } from '../../src/core/canonical.js';
import { signHuawei, type HuaweiAkSk } from '../../src/hss/signer.js';
import { signAcs3, type AlibabaAccessKey } from '../../src/sas/signer.js';

type Pair = [string, string];

interface VectorRequest {
  method: string;
  host: string;
  path: string;
  /** Decoded pairs in wire order. */
  query: Pair[];
  headers: Pair[];
  body: string;
}

interface Expected {
  authorization: string;
  payloadHash?: string;
  /** Lines joined with "\n". */
  canonicalRequest?: string[];
  stringToSign?: string[];
}

interface Vector<Credentials> {
  name: string;
  credentials: Credentials;
  time: string;
  nonce?: string;
  request: VectorRequest;
  expected: Expected;
}

interface SigningVectors {
  huawei: Vector<HuaweiAkSk>[];
  acs3: Vector<AlibabaAccessKey>[];
}

const vectors = JSON.parse(readFileSync(new URL('../vectors/signing.json', import.meta.url), 'utf8')) as SigningVectors;

/** The query serialised as openapi-fetch does (encodeURIComponent), so the signer must canonicalise it. */
function signable(request: VectorRequest): SignableRequest {
  const query = request.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const url = new URL(`https://${request.host}${request.path}${query.length > 0 ? `?${query.join('&')}` : ''}`);
  return { method: request.method, url, headers: request.headers, body: request.body };
}

const implementations: Array<[string, HashPort]> = [
  ['node:crypto', nodeHashing],
  ['WebCrypto', webHashing],
];

function expectSignature(signature: Signature, expected: Expected): void {
  expect(signature.headers.Authorization).toBe(expected.authorization);
  if (expected.canonicalRequest) expect(signature.canonicalRequest).toBe(expected.canonicalRequest.join('\n'));
  if (expected.stringToSign) expect(signature.stringToSign).toBe(expected.stringToSign.join('\n'));
}

describe.each(implementations)('reference vectors with %s', (_label, hashing) => {
  it.each(vectors.huawei.map((v) => [v.name, v] as const))('Huawei %s', async (_name, vector) => {
    const signature = await signHuawei(signable(vector.request), vector.credentials, new Date(vector.time), hashing);
    expectSignature(signature, vector.expected);
    // X-Sdk-Date is the basic ISO form of the vector's time: 2019-11-15T03:36:55Z -> 20191115T033655Z.
    expect(signature.headers['X-Sdk-Date']).toBe(vector.time.replace(/[-:]/g, ''));
    if (vector.expected.payloadHash)
      expect(signature.canonicalRequest.endsWith(`\n${vector.expected.payloadHash}`)).toBe(true);
  });

  it.each(vectors.acs3.map((v) => [v.name, v] as const))('ACS3 %s', async (_name, vector) => {
    const nonce = vector.nonce ?? '';
    const signature = await signAcs3(
      signable(vector.request),
      vector.credentials,
      new Date(vector.time),
      nonce,
      hashing,
    );
    expectSignature(signature, vector.expected);
    expect(signature.headers['x-acs-date']).toBe(vector.time);
    expect(signature.headers['x-acs-signature-nonce']).toBe(nonce);
    if (vector.expected.payloadHash)
      expect(signature.headers['x-acs-content-sha256']).toBe(vector.expected.payloadHash);
  });
});

describe('vector file', () => {
  it('holds every worked example of the reference files', () => {
    expect(vectors.huawei.map((v) => v.expected.authorization.slice(-64, -56))).toEqual([
      '7be66680',
      '64cadccb',
      'b389d7be',
    ]);
    expect(vectors.acs3.map((v) => v.expected.authorization.slice(-64, -56))).toEqual([
      '9e18a2dc',
      '6a1bbb94',
      'd658b47d',
      '51d159ef',
      'c174c7a2',
    ]);
  });

  it('keeps the HSS example body as 100 bytes of UTF-8 (镜像 unescaped)', () => {
    const body = vectors.huawei[2]?.request.body ?? '';
    expect(new TextEncoder().encode(body).byteLength).toBe(100);
  });
});

describe('#crypto', () => {
  // package.json "imports" maps #crypto to node.ts under the `node` condition, which vitest sets.
  it('resolves to the node:crypto implementation under vitest', () => {
    expect(resolvedHashing).toBe(nodeHashing);
    expect(resolvedHashing).not.toBe(webHashing);
  });
});
