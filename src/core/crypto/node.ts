// HashPort over node:crypto: synchronous and the fastest option. Node, Bun and Deno provide it;
// package.json "imports" picks this file under the `node` condition. node:crypto loads at the first
// signature (load-later.ts).
import type * as Crypto from 'node:crypto';
import { loadLater } from '../load-later.js';
import type { HashPort } from './port.js';

const nodeCrypto = loadLater<typeof Crypto>('node:crypto');

// The last HMAC key as a KeyObject: a client signs every call with the same secret, and an HMAC
// over a KeyObject made once costs about a third less than one given the key as text (npm run
// bench). One entry: a process signing with several secrets in turn makes one per change.
let lastKey: string | undefined;
let lastKeyObject: Crypto.KeyObject | undefined;

function hmacKey(key: string): string | Crypto.KeyObject {
  // A KeyObject cannot be empty; an empty secret (refused by the credential checks) stays text.
  if (key === '') return key;
  if (key !== lastKey || lastKeyObject === undefined) {
    lastKeyObject = nodeCrypto().createSecretKey(key, 'utf8');
    lastKey = key;
  }
  return lastKeyObject;
}

export const hashing: HashPort = {
  // One-shot (crypto.hash, Node 21.7+): no Hash object per digest, about half the cost for short input.
  sha256Hex: (data) => nodeCrypto().hash('sha256', data, 'hex'),
  hmacSha256Hex: (key, message) => nodeCrypto().createHmac('sha256', hmacKey(key)).update(message).digest('hex'),
};
