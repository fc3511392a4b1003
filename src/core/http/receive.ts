// How the Node transport reads an answer's body: as it streams in, counted on the wire and again
// once decoded, stopped the moment either passes the request's limit (so a compressed bomb costs at
// most the limit in memory, and the decoding runs on zlib's thread pool, never blocking the event
// loop, under the attempt's time limit like the rest of the exchange). A body cut off on the wire
// is reported as such with what had arrived; one over the limit or badly encoded is a BodyRejected.
import type { IncomingMessage } from 'node:http';
import { BodyRejected, codingName, tooLarge, zlibCode } from './body-limit.js';
import { decodingFor } from './decode.js';

export type Received =
  | { readonly complete: true; readonly body: Buffer }
  | { readonly complete: false; readonly body: Buffer; readonly failure: Error };

interface Answer {
  readonly status: number;
  readonly headers: [string, string][];
}

export function receive(response: IncomingMessage, maxBytes: number, answer: Answer): Promise<Received> {
  const rejected = (problem: BodyRejected['problem'], message: string, cause?: unknown) => {
    response.destroy();
    return new BodyRejected(problem, message, answer, cause);
  };
  // A declared length over the limit is refused before a byte of it is read.
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    return Promise.reject(rejected('too-large', tooLarge(maxBytes, false)));
  const encoding = response.headers['content-encoding'];
  const decoding = decodingFor(encoding);
  if ('unsupported' in decoding) {
    return Promise.reject(
      rejected(
        'unsupported-encoding',
        `the response uses content-encoding ${decoding.unsupported}, which imagesec does not decode`,
      ),
    );
  }
  const { decoders } = decoding;

  return new Promise<Received>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let decoded = 0;
    let settled = false;
    let failure: Error | undefined;
    const stop = () => {
      response.destroy();
      for (const decoder of decoders) decoder.destroy();
    };
    const refuse = (error: BodyRejected) => {
      if (settled) return;
      settled = true;
      stop();
      reject(error);
    };
    const body = () => Buffer.concat(chunks, decoded);

    let output: NodeJS.ReadableStream = response;
    for (const decoder of decoders) {
      output = output.pipe(decoder);
      decoder.once('error', (error) => {
        const code = zlibCode(error) ?? 'corrupt';
        refuse(
          new BodyRejected(
            'bad-encoding',
            `the response body is not valid ${codingName(encoding ?? '')} (${code})`,
            answer,
            error,
          ),
        );
      });
    }
    if (decoders.length > 0) {
      response.on('data', (chunk: Buffer) => {
        received += chunk.byteLength;
        if (received > maxBytes) refuse(new BodyRejected('too-large', tooLarge(maxBytes, false), answer));
      });
    }
    output.on('data', (chunk: Buffer) => {
      decoded += chunk.byteLength;
      if (decoded > maxBytes)
        return refuse(new BodyRejected('too-large', tooLarge(maxBytes, decoders.length > 0), answer));
      chunks.push(chunk);
    });
    output.once('end', () => {
      if (settled) return;
      settled = true;
      resolve({ complete: true, body: body() });
    });
    response.once('error', (error) => (failure ??= error));
    // Closed before its end: the body was cut off on the wire (or the attempt was aborted).
    response.once('close', () => {
      if (response.complete) return;
      stop();
      if (settled) return;
      settled = true;
      resolve({ complete: false, body: body(), failure: failure ?? new Error('other side closed') });
    });
  });
}
