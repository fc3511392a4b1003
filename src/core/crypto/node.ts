// HashPort over node:crypto: synchronous and the fastest option. Node, Bun and Deno provide it;
// package.json "imports" picks this file under the `node` condition.
import { createHash, createHmac } from 'node:crypto';
import type { HashPort } from './port.js';

export const hashing: HashPort = {
  sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
  hmacSha256Hex: (key, message) => createHmac('sha256', key).update(message).digest('hex'),
};
