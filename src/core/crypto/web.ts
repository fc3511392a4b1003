// HashPort over WebCrypto (crypto.subtle), for browsers and edge runtimes: the `default` branch of
// the `#crypto` import in package.json.
import type { HashPort } from './port.js';

const utf8 = new TextEncoder();

function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

// Importing a key costs as much as the HMAC itself; a client signs with one secret for a long
// time, so the last key is kept (keyed by the secret, which never leaves this closure).
let lastSecret: string | undefined;
// (The key type is spelled through importKey: the project's lib has no DOM types.)
type HmacKey = ReturnType<typeof crypto.subtle.importKey>;
let lastKey: HmacKey | undefined;

function hmacKey(secret: string): HmacKey {
  if (secret !== lastSecret || lastKey === undefined) {
    lastSecret = secret;
    lastKey = crypto.subtle.importKey('raw', utf8.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  }
  return lastKey;
}

export const hashing: HashPort = {
  async sha256Hex(data) {
    const bytes = typeof data === 'string' ? utf8.encode(data) : data;
    return hex(await crypto.subtle.digest('SHA-256', bytes));
  },
  async hmacSha256Hex(key, message) {
    return hex(await crypto.subtle.sign('HMAC', await hmacKey(key), utf8.encode(message)));
  },
};
