// What the gateway lets through goes on to Prism (its example answers and its own request
// validation), over Prism's private socket when it listens on one.
import { request as httpRequest, type IncomingMessage } from 'node:http';

/** Where the gateway sends what passes: Prism's base URL, over `socketPath` when it listens on one. */
export interface Upstream {
  readonly url: string;
  readonly socketPath?: string | undefined;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The body as Prism gets it: integers past 2^53-1, already checked exactly here (`parsed`, the body
 * as the check read it), brought within what Prism compares without refusing them (it picks the
 * example answer; the record keeps the original). Anything else goes as it came.
 */
export function forPrism(raw: Buffer, parsed: unknown): Buffer {
  if (parsed === undefined || !/\d{16}/.test(raw.toString('latin1'))) return raw;
  let clamped = false;
  const text = JSON.stringify(parsed, (_key, value: unknown) => {
    if (typeof value !== 'bigint') return value;
    clamped = true;
    return Number(value > MAX_SAFE ? MAX_SAFE : value < -MAX_SAFE ? -MAX_SAFE : value);
  });
  return clamped ? Buffer.from(text) : raw;
}

/**
 * Sends `req` (its method, the `path` with its query, its headers) with `body` to `upstream`;
 * `onAnswer` gets the answer, `onError` a failure to reach it.
 */
export function forward(
  upstream: Upstream,
  req: IncomingMessage,
  method: string,
  path: string,
  body: Buffer,
  onAnswer: (answer: IncomingMessage) => void,
  onError: (error: Error) => void,
): void {
  const { 'transfer-encoding': _chunked, ...headers } = req.headers;
  const prism = new URL(upstream.url);
  const outgoing = httpRequest(
    {
      ...(upstream.socketPath === undefined
        ? { host: prism.hostname, port: prism.port }
        : { socketPath: upstream.socketPath }),
      method,
      path,
      headers: { ...headers, host: prism.host, 'content-length': String(body.length) },
    },
    onAnswer,
  );
  outgoing.on('error', onError);
  outgoing.end(body);
}
