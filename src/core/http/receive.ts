// How the Node transport reads an answer's body: as it streams in, counted on the wire and again
// once decoded (decode.ts), stopped the moment either passes the request's limit (so a compressed
// bomb costs at most the limit in memory, and the decoding runs on zlib's thread pool, never
// blocking the event loop, under the attempt's time limit like the rest of the exchange). A body cut
// off on the wire is reported as such with what had arrived; one over the limit or badly encoded is
// a BodyRejected, and its connection is closed.
import type { IncomingMessage } from 'node:http';
import { badEncoding, BodyRejected, tooLarge } from './body-limit.js';
import { decodingFor } from './decode.js';

export type Received =
  | { readonly complete: true; readonly body: Buffer }
  | { readonly complete: false; readonly body: Buffer; readonly failure: Error };

interface Answer {
  readonly status: number;
  readonly headers: [string, string][];
}

export function receive(response: IncomingMessage, maxBytes: number, answer: Answer): Promise<Received> {
  const rejected = (problem: BodyRejected['problem'], message: string) => {
    response.destroy();
    return new BodyRejected(problem, message, answer);
  };
  // A declared length over the limit is refused before a byte of it is read.
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.reject(rejected('too-large', tooLarge(maxBytes, false)));
  }
  const decoding = decodingFor(response.headers['content-encoding']);
  if ('unsupported' in decoding) {
    const message = `the response uses content-encoding ${decoding.unsupported}, which imagesec does not decode`;
    return Promise.reject(rejected('unsupported-encoding', message));
  }
  const { decoders } = decoding;

  return new Promise<Received>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let decoded = 0;
    let settled = false;
    let failure: Error | undefined;
    // Every way out stops the pipeline: nothing is read, decoded or kept open past the outcome.
    const stop = () => {
      if (!response.complete) response.destroy();
      for (const { stream } of decoders) stream.destroy();
    };
    const settle = (outcome: Received | BodyRejected) => {
      stop();
      if (settled) return;
      settled = true;
      if (outcome instanceof BodyRejected) reject(outcome);
      else resolve(outcome);
    };
    const body = () => Buffer.concat(chunks, decoded);

    let output: NodeJS.ReadableStream = response;
    for (const { coding, stream } of decoders) {
      output = output.pipe(stream);
      stream.once('error', (error) => {
        // An encoded answer with no bytes at all is an empty body, as fetch reads it.
        if (received === 0 && response.complete) return settle({ complete: true, body: Buffer.alloc(0) });
        settle(badEncoding(coding, error, answer));
      });
    }
    const keep = (chunk: Buffer) => {
      decoded += chunk.byteLength;
      if (decoded > maxBytes) {
        return settle(new BodyRejected('too-large', tooLarge(maxBytes, decoders.length > 0), answer));
      }
      chunks.push(chunk);
    };
    if (decoders.length === 0) {
      // Not encoded: what arrives is the body (one listener counts and keeps it).
      response.on('data', keep);
    } else {
      response.on('data', (chunk: Buffer) => {
        received += chunk.byteLength;
        if (received > maxBytes) settle(new BodyRejected('too-large', tooLarge(maxBytes, false), answer));
      });
      output.on('data', keep);
    }
    output.once('end', () => {
      // A decoder ends with its compressed stream; a body that goes on after it is not one answer.
      if (!response.complete) {
        const { coding } = decoders.at(-1) ?? { coding: '' };
        const message = `the response body goes on after the end of its ${coding} data`;
        return settle(new BodyRejected('bad-encoding', message, answer));
      }
      settle({ complete: true, body: body() });
    });
    response.once('error', (error) => (failure ??= error));
    // Closed before its end: the body was cut off on the wire (or the attempt was aborted).
    response.once('close', () => {
      if (response.complete) return;
      settle({ complete: false, body: body(), failure: failure ?? new Error('other side closed') });
    });
  });
}
