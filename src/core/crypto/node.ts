// HashPort over node:crypto: synchronous and the fastest option. Node, Bun and Deno provide it;
// package.json "imports" picks this file under the `node` condition. node:crypto loads at the first
// signature (load-later.ts).
import type * as Crypto from 'node:crypto';
import { loadLater } from '../load-later.js';
import type { HashPort } from './port.js';

const nodeCrypto = loadLater<typeof Crypto>('node:crypto');

export const hashing: HashPort = {
  // One-shot (crypto.hash, Node 21.7+): no Hash object per digest, about half the cost for short input.
  sha256Hex: (data) => nodeCrypto().hash('sha256', data, 'hex'),
  hmacSha256Hex: (key, message) => nodeCrypto().createHmac('sha256', key).update(message).digest('hex'),
};
