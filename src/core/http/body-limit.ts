// Every response body imagesec reads is read under a limit, whatever fetch produced it: the Node
// transport applies it while it receives and decodes (receive.ts) and marks its responses so;
// any other fetch's body (a platform fetch, the user's) is read here as a stream, counted, and
// cancelled past the limit (there only decoded bytes can be counted: a compressed body that
// decodes to almost nothing is bounded by the attempt's time limit instead, in little memory). A
// body that cannot be read is a BodyRejected, which the caller turns into its own typed error (a
// ResponseError for a call, a CredentialsError for a credential source).
import { causeCode } from '../cause-code.js';
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

/** Content codings as they may be named in a message: short tokens, never raw server text. */
export function codingName(value: string): string {
  const tokens = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '');
  const readable = tokens.length > 0 && tokens.length <= 4 && tokens.every((t) => /^[a-z0-9._+-]{1,32}$/.test(t));
  return readable ? tokens.join(', ') : '(unreadable)';
}

// zlib's codes (`Z_DATA_ERROR`, `Z_BUF_ERROR`), brotli's decoder errors (`ERR__ERROR_FORMAT_CL_SPACE`,
// `ERR__ERROR_FORMAT_PADDING`...) and Node's own for both.
const DECODER_CODE = /^(Z_|ERR_BROTLI|ERR__ERROR_|ERR_ZLIB)/;

/** The decoder's error code down a cause chain, if there is one. */
export function zlibCode(error: unknown): string | undefined {
  return causeCode(error, (code) => DECODER_CODE.test(code));
}

/** A body whose `coding` layer could not be decoded, with the decoder's code when it gave one. */
export function badEncoding(
  coding: string,
  error: unknown,
  response: ConstructorParameters<typeof BodyRejected>[2],
): BodyRejected {
  const message = `the response body is not valid ${codingName(coding)} (${zlibCode(error) ?? 'corrupt'})`;
  return new BodyRejected('bad-encoding', message, response, error);
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
    if (zlibCode(error) === undefined) throw error;
    // The platform fetch does not say which layer of stacked codings failed: all of them are named.
    throw badEncoding(response.headers.get('content-encoding') ?? '', error, response);
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
