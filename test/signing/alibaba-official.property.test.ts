// signAcs3 against Alibaba's own OpenApiUtil.getAuthorization (@alicloud/openapi-util, a dev
// dependency run as an oracle): random requests must get byte-identical Authorization headers.
// The generators stay inside the domain where the official code is right; each place where it is
// not (sas-api.md section 3) has its own test below, named after the quirk.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import { signAcs3, type AlibabaAccessKey } from '../../src/sas/signer.js';
import { char, describeOracleComparison, text } from '../helpers/oracle-comparison.js';
import { OpenApiUtil, type AlibabaOracleRequest as OracleRequest } from '../helpers/official-signers.js';

const ALGORITHM = 'ACS3-HMAC-SHA256';

const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

// ---- one request description, turned into both signers' inputs --------------------------------

interface Case {
  method: string;
  lowerCaseMethod: boolean;
  host: string;
  /** Decoded path segments; RPC calls (all of SAS) have none, i.e. path `/`. */
  segments: string[];
  trailingSlash: boolean;
  /** Decoded query, each name once (ACS3 repeats flatten to Name.1, Name.2...). */
  query: Array<[string, string]>;
  /** Wire order of the query pairs. */
  queryOrder: number[];
  headers: Array<[string, string]>;
  /** Pass host as a header too (ours must then use it rather than URL.host). */
  explicitHost: boolean;
  body: string;
  bodyAsBytes: boolean;
  credentials: AlibabaAccessKey;
  time: Date;
  nonce: string;
}

/** The x-acs-date form, written independently of src: 2026-01-15T08:30:00.123Z -> 2026-01-15T08:30:00Z. */
function isoSeconds(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

function rawPath(c: Case): string {
  return `/${c.segments.join('/')}${c.trailingSlash && c.segments.length > 0 ? '/' : ''}`;
}

/** What the official client builds: encoded pathname, host and the x-acs-* headers it adds itself. */
function oracleRequest(c: Case): { request: OracleRequest; payloadHash: string } {
  const payloadHash = sha256Hex(c.body);
  const headers: Record<string, string> = Object.fromEntries(c.headers);
  headers.host = c.host;
  headers['x-acs-date'] = isoSeconds(c.time);
  headers['x-acs-signature-nonce'] = c.nonce;
  headers['x-acs-content-sha256'] = payloadHash;
  if (c.credentials.securityToken !== undefined) {
    headers['x-acs-security-token'] = c.credentials.securityToken;
    headers['x-acs-accesskey-id'] = c.credentials.accessKeyId;
  }
  const query = Object.fromEntries(c.query) as Record<string, string>;
  const pathname = OpenApiUtil.getEncodePath(rawPath(c));
  return { request: { method: c.method, pathname, headers, query }, payloadHash };
}

/** What openapi-fetch hands the middleware: path params and query serialised with encodeURIComponent. */
function ourRequest(c: Case): {
  method: string;
  url: URL;
  headers: Array<[string, string]>;
  body: string | Uint8Array;
} {
  const path = rawPath(c).split('/').map(encodeURIComponent).join('/');
  const ordered = c.queryOrder.map((i) => c.query[i]).filter((p) => p !== undefined);
  const search = ordered.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
  return {
    method: c.lowerCaseMethod ? c.method.toLowerCase() : c.method,
    url: new URL(`https://${c.host}${path}${search === '' ? '' : `?${search}`}`),
    headers: c.explicitHost ? [['Host', c.host], ...c.headers] : c.headers,
    body: c.bodyAsBytes ? new TextEncoder().encode(c.body) : c.body,
  };
}

// ---- generators ---------------------------------------------------------------------------------

// `.` and `..` would be resolved away by the URL parser; everything else is encoded by both sides.
const segment = fc
  .string({ unit: char, minLength: 1, maxLength: 10 })
  .filter((s) => !s.includes('/') && s !== '.' && s !== '..');

// Names from the unreserved set only: the official code does not encode names (see below).
const queryName = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/);
const query = fc.uniqueArray(fc.tuple(queryName, text), { maxLength: 6, selector: ([name]) => name });

// The signer owns these; a caller-supplied one would be overwritten.
const RESERVED_HEADERS = new Set([
  'host',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
  'x-acs-security-token',
  'x-acs-accesskey-id',
]);
// Token characters, `_` included: both sides sort by code unit. Half of them signed (x-acs-*).
const headerName = fc
  .tuple(fc.constantFrom('x-acs-', 'X-Acs-', 'x-', ''), fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/))
  .map(([prefix, rest]) => prefix + rest)
  .filter((n) => !RESERVED_HEADERS.has(n.toLowerCase()));
// Printable ASCII with blanks anywhere: both sides trim.
const headerValue = fc.stringMatching(/^[ -~\t]{0,24}$/);
const headers = fc.uniqueArray(fc.tuple(headerName, headerValue), { maxLength: 6, selector: ([n]) => n.toLowerCase() });
const usualHeaders = fc.subarray([
  ['x-acs-action', 'OperateImageVul'],
  ['x-acs-version', '2018-12-03'],
  ['x-acs-credentials-provider', 'static_ak'],
  ['accept', 'application/json'],
] as Array<[string, string]>);
const contentType = fc.constantFrom(
  [] as Array<[string, string]>,
  [['content-type', 'application/x-www-form-urlencoded']],
  [['Content-Type', 'application/json; charset=utf-8']],
);

const body = fc.oneof(
  fc.constant(''),
  text,
  fc.dictionary(queryName, text, { maxKeys: 4 }).map((form) => new URLSearchParams(form).toString()),
  fc.jsonValue({ stringUnit: char, maxDepth: 2 }).map((v) => JSON.stringify(v)),
);

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
  lowerCaseMethod: fc.boolean(),
  host: fc.constantFrom('tds.aliyuncs.com', 'tds.ap-southeast-1.aliyuncs.com', '127.0.0.1:8443', 'localhost:4010'),
  segments: fc.oneof(fc.constant<string[]>([]), fc.array(segment, { maxLength: 4 })),
  trailingSlash: fc.boolean(),
  query,
  queryOrder: fc.constant<number[]>([]),
  headers: fc
    .tuple(usualHeaders, contentType, headers)
    .map(([usual, type, random]) =>
      [...usual, ...type, ...random].filter(
        ([n], i, all) => all.findIndex(([m]) => m.toLowerCase() === n.toLowerCase()) === i,
      ),
    ),
  explicitHost: fc.boolean(),
  body,
  bodyAsBytes: fc.boolean(),
  credentials: fc.record(
    {
      accessKeyId: fc.stringMatching(/^(STS\.)?[A-Za-z0-9]{1,24}$/),
      accessKeySecret: fc.string({ unit: char, minLength: 1, maxLength: 40 }),
      // No surrounding blanks: see the failing test at the end.
      securityToken: fc.stringMatching(/^[!-~]([ -~]{0,40}[!-~])?$/),
    },
    { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
  ),
  time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
  nonce: fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-f]{32,64}$/)),
});

// A random wire order for the query: the canonical form must not depend on it.
const withWireOrder = caseArbitrary.chain((c) =>
  fc
    .shuffledSubarray(
      c.query.map((_, i) => i),
      { minLength: c.query.length, maxLength: c.query.length },
    )
    .map((queryOrder) => ({ ...c, queryOrder })),
);

// ---- the comparison -----------------------------------------------------------------------------

describeOracleComparison(
  'signAcs3 equals the official OpenApiUtil.getAuthorization',
  'alibaba (OpenApiUtil.getAuthorization)',
  withWireOrder,
  async (c, hashing) => {
    const { request, payloadHash } = oracleRequest(c);
    const { accessKeyId, accessKeySecret } = c.credentials;
    const official = OpenApiUtil.getAuthorization(request, ALGORITHM, payloadHash, accessKeyId, accessKeySecret);
    const ours = await signAcs3(ourRequest(c), c.credentials, c.time, c.nonce, hashing);
    expect(ours.headers.Authorization).toBe(official);
    expect(ours.headers['x-acs-content-sha256']).toBe(payloadHash);
  },
);

// ---- official quirks: where the oracle is wrong, and what we do instead ---------------------------

const KEYS = { accessKeyId: 'LTAI5tExampleAccessKeyId', accessKeySecret: 'ExampleAccessKeySecret0123456789' };
const TIME = new Date('2026-01-15T08:30:00Z');
const NONCE = '3f1c2b7a9d8e4f60a1b2c3d4e5f60718';
const EMPTY = sha256Hex('');

function acsHeaders(host = 'tds.aliyuncs.com'): Record<string, string> {
  return { host, 'x-acs-date': isoSeconds(TIME), 'x-acs-signature-nonce': NONCE, 'x-acs-content-sha256': EMPTY };
}

function official(request: Partial<OracleRequest>): string {
  const full: OracleRequest = { method: 'GET', pathname: '/', headers: acsHeaders(), query: {}, ...request };
  return OpenApiUtil.getAuthorization(full, ALGORITHM, EMPTY, KEYS.accessKeyId, KEYS.accessKeySecret);
}

async function ours(url: string, headers: Array<[string, string]> = [], method = 'GET') {
  return signAcs3({ method, url: new URL(url), headers, body: '' }, KEYS, TIME, NONCE, nodeHashing);
}

describe('official OpenApiUtil.getAuthorization quirks', () => {
  it('leaves query names unencoded; we encode names as the V3 documentation says (same result for A-Za-z0-9._~-)', async () => {
    const signature = await ours(`https://tds.aliyuncs.com/?${encodeURIComponent('a b*é')}=1`);
    expect(signature.canonicalRequest.split('\n')[2]).toBe('a%20b%2A%C3%A9=1');
    expect(signature.headers.Authorization).not.toBe(official({ query: { 'a b*é': '1' } }));
    // With the name already encoded the official code signs what we sign.
    expect(signature.headers.Authorization).toBe(official({ query: { 'a%20b%2A%C3%A9': '1' } }));
  });

  it('takes the pathname as given, replacing only the first +, * and %7E; we decode each segment once and encode all of it', async () => {
    const signature = await ours('https://tds.aliyuncs.com/a*b*c/x+y+z/%7E%7E');
    expect(signature.canonicalRequest.split('\n')[1]).toBe('/a%2Ab%2Ac/x%2By%2Bz/~~');
    expect(signature.headers.Authorization).not.toBe(official({ pathname: '/a*b*c/x+y+z/%7E%7E' }));
    expect(signature.headers.Authorization).toBe(official({ pathname: OpenApiUtil.getEncodePath('/a*b*c/x+y+z/~~') }));
  });

  it('signs host only when the caller puts it in the headers; we add URL.host when no host header is given', async () => {
    const signature = await ours('https://tds.aliyuncs.com/');
    expect(signature.canonicalRequest).toContain('\nhost:tds.aliyuncs.com\n');
    const withoutHost = acsHeaders();
    delete withoutHost.host;
    expect(official({ headers: withoutHost })).toContain('SignedHeaders=x-acs-content-sha256;');
    expect(signature.headers.Authorization).toBe(official({}));
  });

  it("joins header names that differ only in case with ',' (values sorted); we keep the last value, as fetch's Headers has merged duplicates already", async () => {
    const joined = official({ headers: { ...acsHeaders(), 'x-acs-a': 'b', 'X-Acs-A': 'a' } });
    expect(joined).toBe(official({ headers: { ...acsHeaders(), 'x-acs-a': 'a,b' } }));
    const signature = await ours('https://tds.aliyuncs.com/', [
      ['x-acs-a', 'b'],
      ['X-Acs-A', 'a'],
    ]);
    expect(signature.canonicalRequest).toContain('\nx-acs-a:a\n');
    expect(signature.headers.Authorization).toBe(official({ headers: { ...acsHeaders(), 'x-acs-a': 'a' } }));
  });

  it('puts the method into the canonical request as given; we upper-case it (the documented HTTPRequestMethod)', async () => {
    const signature = await ours('https://tds.aliyuncs.com/', [], 'post');
    expect(signature.canonicalRequest.split('\n')[0]).toBe('POST');
    expect(signature.headers.Authorization).toBe(official({ method: 'POST' }));
    expect(signature.headers.Authorization).not.toBe(official({ method: 'post' }));
  });
});

// A token read from a file often ends in "\n". fetch's Headers strips surrounding blanks before
// sending, and the official code trims every signed value, so the signature must cover "tok".
describe('headers the signer adds itself', () => {
  it('signs an STS token with surrounding white space trimmed, as the official code does and fetch sends it', async () => {
    const credentials = { ...KEYS, securityToken: 'tok\n' };
    const signature = await signAcs3(
      { method: 'GET', url: new URL('https://tds.aliyuncs.com/'), headers: [], body: '' },
      credentials,
      TIME,
      NONCE,
      nodeHashing,
    );
    const headers = { ...acsHeaders(), 'x-acs-security-token': 'tok\n', 'x-acs-accesskey-id': KEYS.accessKeyId };
    expect(signature.canonicalRequest).toContain('\nx-acs-security-token:tok\nx-acs-signature-nonce:');
    expect(signature.headers.Authorization).toBe(official({ headers }));
  });
});
