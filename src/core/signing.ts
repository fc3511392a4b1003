// What a signer sees of a request and what it gives back: vendor-neutral shapes shared by the
// Huawei and Alibaba signers, so each stays a pure function of (request, credentials, time[, nonce]).

export interface SignableRequest {
  readonly method: string;
  /** The URL as it will be sent; its query is canonicalised, and `canonicalQuery` should replace it. */
  readonly url: URL;
  /** The headers the signer may sign (the caller leaves out what the runtime may rewrite). */
  readonly headers: Iterable<readonly [string, string]>;
  /** The exact body bytes (a string is taken as UTF-8); empty for no body. */
  readonly body: Uint8Array | string;
}

export interface Signature {
  /** Headers to add to the request before sending (authorization, date, token...). */
  readonly headers: Readonly<Record<string, string>>;
  /** The query string the signature covers; send it as the URL's query so the bytes agree. */
  readonly canonicalQuery: string;
  /** For debugging a mismatch against a gateway's reply. Holds signed header values, the security
   * token among them: never log it unredacted. */
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/** Lower-cased names with trimmed values; a later duplicate name replaces an earlier one. */
export function lowerCaseHeaders(headers: Iterable<readonly [string, string]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of headers) out.set(name.toLowerCase(), value.trim());
  return out;
}

/** `name:value\n` per header in code-unit order of the names, and the `;`-joined name list. */
export function canonicalHeaders(headers: ReadonlyMap<string, string>): { block: string; signed: string } {
  const names = [...headers.keys()].sort();
  return {
    block: names.map((name) => `${name}:${headers.get(name) ?? ''}\n`).join(''),
    signed: names.join(';'),
  };
}
