/**
 * The two primitives both signers need. An implementation may answer synchronously (node:crypto)
 * or asynchronously (WebCrypto); signers always await, so either fits.
 */
export interface HashPort {
  /** Lower-case hex SHA-256 of the bytes (a string is hashed as UTF-8). */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** Lower-case hex HMAC-SHA256 with the key's UTF-8 bytes, over the message's UTF-8 bytes. */
  hmacSha256Hex(key: string, message: string): string | Promise<string>;
}
