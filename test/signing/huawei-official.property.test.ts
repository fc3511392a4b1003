// signHuawei against Huawei's own Node signer (AKSKSigner of @huaweicloud/huaweicloud-sdk-core,
// a dev dependency run as an oracle): random requests must get byte-identical Authorization headers.
// The generators stay inside the domain where the official signer is right; each place where it is
// not (signing-huawei.md section 6) has its own test below, named after the quirk.
import { createHash } from 'node:crypto';
import { parse as legacyParse } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import { canonicalQuery } from '../../src/core/canonical.js';
import { ValidationError } from '../../src/core/errors.js';
import { signHuawei, type HuaweiAkSk } from '../../src/hss/signer.js';
import { char, describeOracleComparison, text } from '../helpers/oracle-comparison.js';
import {
  AKSKSigner,
  huaweiOfficialAuthorization as officialAuthorization,
  type HuaweiOracleRequest as OracleRequest,
} from '../helpers/official-signers.js';

// ---- one request description, turned into both signers' inputs --------------------------------

interface Case {
  method: string;
  /** Lower-case methods check that ours upper-cases; the oracle always gets the upper-case form. */
  lowerCaseMethod: boolean;
  host: string;
  /** Decoded path segments (no `/`, no character the legacy url.parse would escape). */
  segments: string[];
  trailingSlash: boolean;
  /** Decoded query: each name once, with one or more values. */
  query: Array<[string, string[]]>;
  /** Wire order of the flattened query pairs (a permutation of their indices). */
  queryOrder: number[];
  headers: Array<[string, string]>;
  unsignedPayload: boolean;
  data: unknown;
  bodyAsBytes: boolean;
  credentials: HuaweiAkSk;
  time: Date;
}

/** The X-Sdk-Date form, written independently of src: 2019-11-15T03:36:55.123Z -> 20191115T033655Z. */
function basicIsoSeconds(time: Date): string {
  const iso = time.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function oracleRequest(c: Case): OracleRequest {
  const queryParams: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  // Copies: the oracle sorts arrays in place.
  for (const [name, values] of c.query) queryParams[name] = values.length === 1 ? (values[0] ?? '') : [...values];
  const headers: Record<string, string> = Object.fromEntries(c.headers);
  headers['X-Sdk-Date'] = basicIsoSeconds(c.time);
  if (c.credentials.securityToken !== undefined) headers['X-Security-Token'] = c.credentials.securityToken;
  if (c.unsignedPayload) headers['X-Sdk-Content-Sha256'] = 'UNSIGNED-PAYLOAD';
  const path = `/${c.segments.join('/')}${c.trailingSlash && c.segments.length > 0 ? '/' : ''}`;
  return { method: c.method, endpoint: `https://${c.host}${path}`, queryParams, headers, data: c.data };
}

/** What openapi-fetch hands the middleware: path params and query serialised with encodeURIComponent. */
function ourRequest(c: Case): {
  method: string;
  url: URL;
  headers: Array<[string, string]>;
  body: string | Uint8Array;
} {
  const path = `/${c.segments.map(encodeURIComponent).join('/')}${c.trailingSlash && c.segments.length > 0 ? '/' : ''}`;
  const pairs = c.query.flatMap(([name, values]) => values.map((value) => [name, value] as const));
  const ordered = c.queryOrder.map((i) => pairs[i]).filter((p) => p !== undefined);
  const search = ordered.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
  const headers = [...c.headers];
  if (c.unsignedPayload) headers.push(['X-Sdk-Content-Sha256', 'UNSIGNED-PAYLOAD']);
  const text = c.data === undefined ? '' : JSON.stringify(c.data);
  return {
    method: c.lowerCaseMethod ? c.method.toLowerCase() : c.method,
    url: new URL(`https://${c.host}${path}${search === '' ? '' : `?${search}`}`),
    headers,
    body: c.bodyAsBytes ? new TextEncoder().encode(text) : text,
  };
}

// ---- generators ---------------------------------------------------------------------------------

// The legacy url.parse the oracle uses escapes these (and would then encode them twice).
const LEGACY_ESCAPED = /[\t\n\v\f\r "'<>\\^`{|}]/;
const segment = fc
  .string({ unit: char, minLength: 1, maxLength: 10 })
  // url.parse also trims Unicode white space (e.g. U+00A0) off the end of the whole URL: none in paths.
  .filter(
    (s) =>
      // eslint-disable-next-line no-control-regex -- control characters are exactly what it leaves out
      !/[/?#%]/.test(s) && !LEGACY_ESCAPED.test(s) && !/[\s\u0000-\u001f\u007f]/.test(s) && s !== '.' && s !== '..',
  );

// Names without `_` (see the localeCompare quirk below) and not the ones the signers manage.
const RESERVED_HEADERS = new Set(['host', 'x-sdk-date', 'x-security-token', 'x-sdk-content-sha256', 'authorization']);
const headerName = fc
  .stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/)
  .filter((n) => !RESERVED_HEADERS.has(n.toLowerCase()));
// Printable ASCII, inner blanks allowed, no surrounding ones (the oracle does not trim: see below).
const headerValue = fc.stringMatching(/^([!-~]([ -~\t]{0,20}[!-~])?)?$/);
const headers = fc.uniqueArray(fc.tuple(headerName, headerValue), { maxLength: 5, selector: ([n]) => n.toLowerCase() });
const usualHeaders = fc.subarray([
  ['Content-Type', 'application/json'],
  ['X-Project-Id', '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c'],
  ['region', 'cn-north-4'],
] as Array<[string, string]>);

const jsonBody = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(text, fc.jsonValue({ stringUnit: char, maxDepth: 2 }), { maxKeys: 4 }),
  fc.array(fc.jsonValue({ stringUnit: char, maxDepth: 1 }), { maxLength: 3 }),
);

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
  lowerCaseMethod: fc.boolean(),
  host: fc.constantFrom(
    'hss.cn-north-4.myhuaweicloud.com',
    'service.region.example.com',
    '127.0.0.1:8443',
    'localhost:4010',
  ),
  segments: fc.array(segment, { maxLength: 4 }),
  trailingSlash: fc.boolean(),
  query: fc.uniqueArray(fc.tuple(text, fc.array(text, { minLength: 1, maxLength: 3 })), {
    maxLength: 5,
    selector: ([name]) => name,
  }),
  queryOrder: fc.constant<number[]>([]),
  headers: fc
    .tuple(usualHeaders, headers)
    .map(([usual, random]) =>
      [...usual, ...random].filter(([n], i, all) => all.findIndex(([m]) => m.toLowerCase() === n.toLowerCase()) === i),
    ),
  unsignedPayload: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  data: jsonBody,
  bodyAsBytes: fc.boolean(),
  credentials: fc.record(
    {
      ak: fc.stringMatching(/^[A-Z0-9]{1,24}$/),
      sk: fc.string({ unit: char, minLength: 1, maxLength: 40 }),
      securityToken: fc.stringMatching(/^[!-~]{1,40}$/),
    },
    { requiredKeys: ['ak', 'sk'] },
  ),
  time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
});

// A random wire order for the flattened query: the canonical form must not depend on it.
const withWireOrder = caseArbitrary.chain((c) => {
  const indices = Array.from({ length: c.query.reduce((n, [, values]) => n + values.length, 0) }, (_, i) => i);
  return fc
    .shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length })
    .map((queryOrder) => ({ ...c, queryOrder }));
});

// ---- the comparison -----------------------------------------------------------------------------

describeOracleComparison(
  'signHuawei equals the official AKSKSigner',
  'huawei (AKSKSigner)',
  withWireOrder,
  async (c, hashing) => {
    const official = officialAuthorization(oracleRequest(c), c.credentials.ak, c.credentials.sk);
    const ours = await signHuawei(ourRequest(c), c.credentials, c.time, hashing);
    expect(ours.headers.Authorization).toBe(official);
  },
);

// ---- official quirks: where the oracle is wrong, and what we do instead ---------------------------

const KEYS = { ak: 'QTWAOYTTINDUT2QVKYUC', sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
const TIME = new Date('2025-06-12T08:09:10Z');
const DATE = '20250612T080910Z';

async function ours(url: string, headers: Array<[string, string]> = [], body = '', method = 'GET') {
  return signHuawei({ method, url: new URL(url), headers, body }, KEYS, TIME, nodeHashing);
}

function official(endpoint: string, headers: Record<string, string> = {}, data?: unknown, queryParams = {}): string {
  return officialAuthorization(
    { method: 'GET', endpoint, queryParams, headers: { 'X-Sdk-Date': DATE, ...headers }, data },
    KEYS.ak,
    KEYS.sk,
  );
}

describe('official AKSKSigner quirks', () => {
  it('orders canonical headers by localeCompare (x_a before x-a) but SignedHeaders by code unit; we use code-unit order for both', async () => {
    // ICU puts `_` before `-`; code units put `-` (0x2D) before `_` (0x5F). The oracle mixes the two,
    // so the gateway, which reads the order from SignedHeaders, would reject its signature.
    expect(AKSKSigner.buildCanonicalHeaders({ 'x-a': '1', x_a: '2', 'x-sdk-date': DATE })).toBe(
      `x_a:2\nx-a:1\nx-sdk-date:${DATE}\n`,
    );
    const officialAuth = official('https://h.example/', { 'x-a': '1', x_a: '2' });
    expect(officialAuth).toContain('SignedHeaders=host;x-a;x-sdk-date;x_a,');

    const signature = await ours('https://h.example/', [
      ['x-a', '1'],
      ['x_a', '2'],
    ]);
    expect(signature.canonicalRequest).toContain(`\nx-a:1\nx-sdk-date:${DATE}\nx_a:2\n\nhost;x-a;x-sdk-date;x_a\n`);
    expect(signature.headers.Authorization).not.toBe(officialAuth);
  });

  it('signs header values untrimmed; we trim them, as the gateway and the Go and Python signers do', async () => {
    const signature = await ours('https://h.example/', [['x-a', '  v  ']]);
    expect(signature.canonicalRequest).toContain('\nx-a:v\n');
    expect(signature.headers.Authorization).toBe(official('https://h.example/', { 'x-a': 'v' }));
    expect(signature.headers.Authorization).not.toBe(official('https://h.example/', { 'x-a': '  v  ' }));
  });

  it('encodes an already-escaped path again (a space signs as %2520); we decode each segment once, then encode it', async () => {
    expect(AKSKSigner.CanonicalURI(legacyParse('https://h.example/v1/a b/x').pathname ?? '')).toBe('/v1/a%2520b/x/');
    expect(AKSKSigner.CanonicalURI(legacyParse("https://h.example/v1/it's").pathname ?? '')).toBe('/v1/it%2527s/');
    expect((await ours('https://h.example/v1/a%20b/x')).canonicalRequest.split('\n')[1]).toBe('/v1/a%20b/x/');
    expect((await ours("https://h.example/v1/it's")).canonicalRequest.split('\n')[1]).toBe('/v1/it%27s/');
  });

  it('re-parses a supplied X-Sdk-Date with moment (string to sign reformatted, canonical header raw); we write X-Sdk-Date ourselves', async () => {
    const extended = officialAuthorization(
      {
        method: 'GET',
        endpoint: 'https://h.example/',
        queryParams: {},
        headers: { 'X-Sdk-Date': '2025-06-12T08:09:10Z' },
      },
      KEYS.ak,
      KEYS.sk,
    );
    const signature = await ours('https://h.example/', [['X-Sdk-Date', '2025-06-12T08:09:10Z']]);
    expect(signature.headers['X-Sdk-Date']).toBe(DATE);
    expect(signature.headers.Authorization).toBe(official('https://h.example/'));
    expect(signature.headers.Authorization).not.toBe(extended);
  });

  it('hashes JSON.stringify(data), so a string body is quoted again; we hash the exact body bytes', async () => {
    const signature = await ours('https://h.example/', [], 'a=1', 'GET');
    expect(signature.canonicalRequest.endsWith(createHash('sha256').update('a=1').digest('hex'))).toBe(true);
    // The oracle's hash of the string 'a=1' is the hash of the 5 bytes "a=1" (quotes included).
    expect(official('https://h.example/', {}, 'a=1')).toBe(
      (await ours('https://h.example/', [], '"a=1"')).headers.Authorization,
    );
    expect(official('https://h.example/', {}, 'a=1')).not.toBe(signature.headers.Authorization);
  });

  it('hashes a falsy body (0, false, "") as empty; we hash the bytes we are given', async () => {
    expect(official('https://h.example/', {}, 0)).toBe((await ours('https://h.example/')).headers.Authorization);
    expect((await ours('https://h.example/', [], '0')).headers.Authorization).not.toBe(
      official('https://h.example/', {}, 0),
    );
  });

  it("sorts the caller's query arrays in place; we read the URL and change nothing", async () => {
    const values = ['b', 'a'];
    official('https://h.example/', {}, undefined, { m: values });
    expect(values).toEqual(['a', 'b']);

    const url = new URL('https://h.example/?m=b&m=a');
    await signHuawei({ method: 'GET', url, headers: [], body: '' }, KEYS, TIME, nodeHashing);
    expect(url.search).toBe('?m=b&m=a');
  });

  it("signs an explicit default port (url.parse keeps :443); we sign URL.host, which drops it as fetch's Host header does", async () => {
    const signature = await ours('https://h.example:443/x');
    expect(signature.canonicalRequest).toContain('\nhost:h.example\n');
    expect(signature.headers.Authorization).toBe(official('https://h.example/x'));
    expect(signature.headers.Authorization).not.toBe(official('https://h.example:443/x'));
  });

  it('leaves content-type unsigned only for multipart/form-data; we sign the content-type we are given (its boundary is fixed by then)', async () => {
    const type = 'multipart/form-data; boundary=xyz';
    const signature = await ours('https://h.example/', [['content-type', type]]);
    expect(signature.canonicalRequest).toContain(`\ncontent-type:${type}\n`);
    expect(official('https://h.example/', { 'content-type': type })).toContain('SignedHeaders=host;x-sdk-date,');
  });

  it('uses X-Sdk-Content-Sha256 only under that exact spelling; we match the header name case-insensitively', async () => {
    const signature = await ours('https://h.example/', [['x-sdk-content-sha256', 'UNSIGNED-PAYLOAD']], 'body');
    expect(signature.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    expect(signature.headers.Authorization).not.toBe(
      official('https://h.example/', { 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' }, { a: 1 }),
    );
  });

  it('reads every surrogate as the first of a pair: a lone one swallows the next character or throws at the end; we refuse lone surrogates with ValidationError', () => {
    expect(AKSKSigner.urlEncode('\uDC00a')).toBe(encodeURIComponent('\u{10061}')); // `a` is gone
    expect(AKSKSigner.urlEncode('\uD800a')).toBe(encodeURIComponent('\u{10061}'));
    expect(() => AKSKSigner.urlEncode('a\uDC00')).toThrow(); // RequiredError, field ERR_INVALID_URI
    // A URL turns a lone surrogate into U+FFFD, so only canonicalQuery can meet the raw value.
    for (const lone of ['\uDC00a', '\uD800a', 'a\uDC00']) {
      expect(() => canonicalQuery([['k', lone]])).toThrow(ValidationError);
    }
  });
});

// A token read from a file often ends in "\n". fetch's Headers strips surrounding blanks before
// sending, and the gateway trims what it verifies, so the signature must cover "tok".
describe('headers the signer adds itself', () => {
  it('signs an STS token with surrounding white space trimmed, as fetch sends it and the gateway verifies it', async () => {
    const url = new URL('https://h.example/');
    const signature = await signHuawei(
      { method: 'GET', url, headers: [], body: '' },
      { ...KEYS, securityToken: 'tok\n' },
      TIME,
      nodeHashing,
    );
    expect(signature.canonicalRequest).toContain('\nx-security-token:tok\n\nhost;x-sdk-date;x-security-token\n');
    expect(signature.headers.Authorization).toBe(official('https://h.example/', { 'X-Security-Token': 'tok' }));
  });
});
