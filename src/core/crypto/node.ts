// HashPort over node:crypto: synchronous and the fastest option. Node, Bun and Deno provide it;
// package.json "imports" picks this file under the `node` condition. node:crypto loads at the first
// signature, not with the SDK (an import's cold start: npm run bench).
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { HashPort } from './port.js';

let crypto: typeof Crypto | undefined;
const nodeCrypto = () => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto);

export const hashing: HashPort = {
  sha256Hex: (data) => nodeCrypto().createHash('sha256').update(data).digest('hex'),
  hmacSha256Hex: (key, message) => nodeCrypto().createHmac('sha256', key).update(message).digest('hex'),
};
