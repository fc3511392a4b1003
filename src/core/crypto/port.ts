/**
 * The two primitives both signers need. An implementation may answer synchronously (node:crypto)
 * or asynchronously (WebCrypto); signers go on synchronously after a synchronous answer (`andThen`),
 * so a signature over node:crypto costs no promise.
 */
export interface HashPort {
  /** Lower-case hex SHA-256 of the bytes (a string is hashed as UTF-8). */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** Lower-case hex HMAC-SHA256 with the key's UTF-8 bytes, over the message's UTF-8 bytes. */
  hmacSha256Hex(key: string, message: string): string | Promise<string>;
}

export type MaybePromise<T> = T | Promise<T>;

/** `next(value)`, at once when `value` is not a promise, else when it settles. */
export function andThen<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
