// The strict mock's ceiling on request bodies. The gateway keeps each body whole (it is signed,
// checked and recorded), so without one a client could make it hold any amount. The default is far
// above what these APIs take (their largest bodies are lists of ids: kilobytes), under Prism's own
// 10 MiB and Huawei's API gateway's 12 MB. The refusal is each cloud's own (descriptor.gateway.bodyTooLarge).
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Reads the body whole: `done` gets it, or undefined as soon as it is known to exceed `limit`
 * bytes (a Content-Length over it, or the bytes counted so far). What was read is then let go and
 * the rest is not kept.
 */
export function readBody(req: IncomingMessage, limit: number, done: (body: Buffer | undefined) => void): void {
  if (Number(req.headers['content-length']) > limit) {
    done(undefined);
    return;
  }
  let chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) {
      chunks.push(chunk);
      return;
    }
    chunks = [];
    req.off('data', onData).off('end', onEnd);
    done(undefined);
  };
  const onEnd = () => done(Buffer.concat(chunks));
  req.on('data', onData).on('end', onEnd);
}
