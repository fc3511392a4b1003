// Request signing for clients generated from imagesec's OpenAPI documents by other tools
// (@hey-api/openapi-ts, orval, ...): a `fetch` that signs each request for Huawei Cloud
// (SDK-HMAC-SHA256) or Alibaba Cloud (ACS3-HMAC-SHA256) and sends it. Give it to the generated
// client as its fetch. No dependencies and no imagesec import: WebCrypto only (Node 22+, Deno,
// Bun, browsers), so the file can be copied as it is.
type Fetch = typeof fetch;

interface Signable {
  readonly method: string;
  /** The URL to send, its query already in canonical form (what is signed is what is sent). */
  readonly url: URL;
  /** The headers to send; the signer adds its own. */
  readonly headers: Headers;
  readonly body: Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();
const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (data: string | Uint8Array<ArrayBuffer>) =>
  hex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? utf8.encode(data) : data));

async function hmacSha256(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', utf8.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return hex(await crypto.subtle.sign('HMAC', key, utf8.encode(text)));
}

/** RFC 3986 percent-encoding (only A-Z a-z 0-9 - _ . ~ kept), as both clouds sign. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
// Both clouds sort by UTF-16 code unit (not localeCompare).
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each path segment decoded, then encoded once. */
const canonicalPath = (url: URL) =>
  url.pathname
    .split('/')
    .map((segment) => encode(decodeURIComponent(segment)))
    .join('/');

/** The query sorted by name, then value, each encoded: both clouds sign it this way, and it is sent as signed. */
const canonicalQuery = (url: URL) =>
  [...url.searchParams]
    .sort(([a, x], [b, y]) => byCodeUnit(a, b) || byCodeUnit(x, y))
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');

/** `name:value\n` lines and the `;`-joined names of the headers to sign (`host` among them). */
function headerBlock(url: URL, headers: Headers, include: (name: string) => boolean) {
  const entries = [['host', url.host] as const, ...[...headers].filter(([name]) => include(name))].sort(([a], [b]) =>
    byCodeUnit(a, b),
  );
  return {
    lines: entries.map(([name, value]) => `${name}:${value.trim()}\n`).join(''),
    names: entries.map(([name]) => name).join(';'),
  };
}

/** A fetch that reads each request, lets `sign` add its headers, and sends it with `send`. */
function signingFetch(sign: (request: Signable) => Promise<void>, send: Fetch): Fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    url.search = canonicalQuery(url);
    const body = new Uint8Array(await request.arrayBuffer());
    const headers = new Headers(request.headers);
    await sign({ method: request.method, url, headers, body });
    return send(url, {
      method: request.method,
      headers,
      signal: request.signal,
      ...(body.byteLength > 0 ? { body } : {}),
    });
  };
}

export interface HuaweiKeys {
  readonly ak: string;
  readonly sk: string;
  /** Temporary (STS) keys only: sent and signed as X-Security-Token. */
  readonly securityToken?: string;
  /** Sent (and signed) as X-Project-Id when the request has none: HSS is project-scoped. */
  readonly projectId?: string;
}

/** Signs with Huawei Cloud's SDK-HMAC-SHA256 (AK/SK): X-Sdk-Date and Authorization over every header sent. */
export function huaweiSigningFetch(keys: HuaweiKeys, send: Fetch = fetch): Fetch {
  return signingFetch(async ({ method, url, headers, body }) => {
    const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''); // 20261207T083000Z
    headers.set('X-Sdk-Date', date);
    if (keys.securityToken !== undefined) headers.set('X-Security-Token', keys.securityToken);
    if (keys.projectId !== undefined && !headers.has('X-Project-Id')) headers.set('X-Project-Id', keys.projectId);
    const { lines, names } = headerBlock(url, headers, () => true);
    const path = canonicalPath(url);
    const canonical = [method, path.endsWith('/') ? path : `${path}/`, url.search.slice(1), lines, names];
    const toSign = `SDK-HMAC-SHA256\n${date}\n${await sha256([...canonical, await sha256(body)].join('\n'))}`;
    const signature = await hmacSha256(keys.sk, toSign);
    headers.set('Authorization', `SDK-HMAC-SHA256 Access=${keys.ak}, SignedHeaders=${names}, Signature=${signature}`);
  }, send);
}

export interface AlibabaKeys {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS credentials only: sent and signed as x-acs-security-token. */
  readonly securityToken?: string;
}

/** Signs with Alibaba Cloud's ACS3-HMAC-SHA256 (V3): host, content-type and every x-acs-* header. */
export function alibabaSigningFetch(keys: AlibabaKeys, send: Fetch = fetch): Fetch {
  return signingFetch(async ({ method, url, headers, body }) => {
    const payloadHash = await sha256(body);
    headers.set('x-acs-date', new Date().toISOString().replace(/\.\d{3}/, '')); // 2026-12-07T08:30:00Z
    headers.set('x-acs-signature-nonce', crypto.randomUUID());
    headers.set('x-acs-content-sha256', payloadHash);
    if (keys.securityToken !== undefined) headers.set('x-acs-security-token', keys.securityToken);
    const { lines, names } = headerBlock(url, headers, (name) => name === 'content-type' || name.startsWith('x-acs-'));
    const canonical = [method, canonicalPath(url) || '/', url.search.slice(1), lines, names, payloadHash].join('\n');
    const signature = await hmacSha256(keys.accessKeySecret, `ACS3-HMAC-SHA256\n${await sha256(canonical)}`);
    headers.set(
      'Authorization',
      `ACS3-HMAC-SHA256 Credential=${keys.accessKeyId},SignedHeaders=${names},Signature=${signature}`,
    );
  }, send);
}
