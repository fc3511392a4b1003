// The Response the Node transport resolves with: the whole body already in memory (read within the
// request's limit by receive.ts), marked so the call path does not read it again (body-limit.ts).
import { BODY_IN_MEMORY } from './body-limit.js';

const utf8 = new TextDecoder();

/**
 * A response whose whole body is in memory, read without a web stream: a Response built over bytes
 * makes a ReadableStream, about a twentieth of a call's client CPU here (npm run bench profile).
 * Reads as any Response does (text, json, arrayBuffer, bytes, blob, body, clone), once.
 * Defined at the first response: `Response` is the global that loads undici.
 */
function defineBufferedResponse() {
  // Response as a base class without its declared members: undici's types declare the body readers as
  // properties, which a subclass may not replace with methods (they are methods at run time).
  const ResponseBase = Response as unknown as new (
    body: null,
    init: ResponseInit,
  ) => Pick<Response, 'headers' | 'status' | 'statusText'>;

  class BufferedResponse extends ResponseBase {
    readonly #bytes: Uint8Array;
    #used = false;

    constructor(bytes: Uint8Array, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    #take(): Uint8Array {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      this.#used = true;
      return this.#bytes;
    }

    /** The transport read this body within its limit: the call path reads it as is. */
    get [BODY_IN_MEMORY](): boolean {
      return true;
    }

    get bodyUsed(): boolean {
      return this.#used;
    }

    get body(): ReadableStream<Uint8Array> | null {
      return this.#used ? null : new Response(this.#bytes).body;
    }

    text(): Promise<string> {
      // A read of a used body rejects, as on any Response (the executor's throw).
      return new Promise((resolve) => resolve(utf8.decode(this.#take())));
    }

    async json(): Promise<unknown> {
      return JSON.parse(await this.text()) as unknown;
    }

    async arrayBuffer(): Promise<ArrayBuffer> {
      await Promise.resolve();
      const bytes = this.#take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    }

    async bytes(): Promise<Uint8Array> {
      return new Uint8Array(await this.arrayBuffer());
    }

    async blob(): Promise<Blob> {
      return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
    }

    clone(): Response {
      if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
      const init = { status: this.status, statusText: this.statusText, headers: this.headers };
      return new BufferedResponse(this.#bytes, init) as unknown as Response;
    }
  }
  return BufferedResponse;
}

type BufferedResponseClass = ReturnType<typeof defineBufferedResponse>;
let bufferedResponse: BufferedResponseClass | undefined;

export function buffered(bytes: Uint8Array, init: ResponseInit): Response {
  bufferedResponse ??= defineBufferedResponse();
  return new bufferedResponse(bytes, init) as unknown as Response;
}
