// Every response body imagesec reads is read under a limit, whatever fetch produced it: the Node
// transport applies it while it receives and decodes (node-fetch.ts) and marks its responses so;
// any other fetch's body (a platform fetch, the user's) is read here as a stream, counted, and
// cancelled past the limit. A body that cannot be read is a BodyRejected, which the caller turns
// into its own typed error (a ResponseError for a call, a CredentialsError for a credential source).
import type { ResponseProblem } from '../errors.js';

/** Marks a Response whose transport read the whole body already, within the limit it was given. */
export const BODY_IN_MEMORY = Symbol.for('imagesec.body-in-memory');

/** A body that arrived but cannot be read: over the limit, a corrupt encoding, or an unknown one. */
export class BodyRejected extends Error {
  readonly problem: ResponseProblem;
  readonly status: number;
  readonly headers: Headers;

  constructor(
    problem: ResponseProblem,
    message: string,
    response: { readonly status: number; readonly headers: Headers | [string, string][] },
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.problem = problem;
    this.status = response.status;
    this.headers = response.headers instanceof Headers ? response.headers : new Headers(response.headers);
  }
}

export function tooLarge(maxBytes: number, decoded: boolean): string {
  return decoded
    ? `the response body decodes to more than the limit of ${maxBytes} bytes`
    : `the response body is larger than the limit of ${maxBytes} bytes`;
}

/** A content coding as it may be named in a message: a short token, never raw server text. */
export function codingName(value: string): string {
  const token = value.trim().toLowerCase();
  return /^[a-z0-9._+-]{1,32}$/.test(token) ? token : '(unreadable)';
}

/** The zlib error code down a cause chain (`Z_DATA_ERROR`, `Z_BUF_ERROR`...), if there is one. */
export function zlibCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^(Z_|ERR_BROTLI|ERR__ERROR_FORMAT_PADDING|ERR_ZLIB)/.test(code)) return code;
  }
  return undefined;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The whole body, read under `maxBytes` (decoded bytes: a fetch decodes as it reads). */
export async function bytesWithin(response: Response, maxBytes: number): Promise<Uint8Array> {
  if ((response as { [BODY_IN_MEMORY]?: boolean })[BODY_IN_MEMORY] === true) {
    return new Uint8Array(await response.arrayBuffer());
  }
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const reader: ReadableStreamDefaultReader<Uint8Array> = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Cancelling the body ends the download (the connection is not kept for another request).
        reader.cancel().catch(() => undefined);
        throw new BodyRejected('too-large', tooLarge(maxBytes, response.headers.has('content-encoding')), response);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BodyRejected) throw error;
    const code = zlibCode(error);
    if (code === undefined) throw error;
    const coding = codingName(response.headers.get('content-encoding') ?? '');
    throw new BodyRejected('bad-encoding', `the response body is not valid ${coding} (${code})`, response, error);
  }
  return concat(chunks, total);
}

/** The response with its body in memory, read under `maxBytes` (the same object when it already is). */
export async function bufferedWithin(response: Response, maxBytes: number): Promise<Response> {
  if ((response as { [BODY_IN_MEMORY]?: boolean })[BODY_IN_MEMORY] === true) return response;
  // Statuses without a body by definition have none (and the Response constructor refuses one).
  const hasBody = response.body !== null;
  const bytes = await bytesWithin(response, maxBytes);
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  return new Response(hasBody ? bytes : null, init);
}
