// How the Node transport decodes a compressed answer: as a stream, layer by layer for stacked
// codings (`Content-Encoding: gzip, br` was applied gzip first, so it is undone br first), on zlib's
// thread pool rather than the event loop. receive.ts pipes the body through these decoders and
// counts what comes out. imagesec asks for no encoding; these are what a server or proxy may still
// send, the codings fetch decodes.
import type { Transform } from 'node:stream';
import type * as Zlib from 'node:zlib';
import { loadLater } from '../load-later.js';
import { codingName } from './body-limit.js';

const zlib = loadLater<typeof Zlib>('node:zlib');

// More layers than this is not a real server's answer (a decoder per layer costs memory).
const MAX_LAYERS = 3;

/** One decoding step: the coding it undoes (for messages) and its stream. */
export interface Decoder {
  readonly coding: string;
  readonly stream: Transform;
}

/** The decoders for a Content-Encoding value, in the order to apply them, or the coding that cannot be decoded. */
export type Decoding = { readonly decoders: Decoder[] } | { readonly unsupported: string };

export function decodingFor(contentEncoding: string | undefined): Decoding {
  if (contentEncoding === undefined) return { decoders: [] };
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_LAYERS) return { unsupported: `${codings.length} stacked codings` };
  const decoders: Decoder[] = [];
  const { createBrotliDecompress, createGunzip, createInflate } = codings.length > 0 ? zlib() : ({} as typeof Zlib);
  for (const coding of codings.reverse()) {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        decoders.push({ coding, stream: createGunzip() });
        break;
      case 'deflate':
        decoders.push({ coding, stream: createInflate() });
        break;
      case 'br':
        decoders.push({ coding, stream: createBrotliDecompress() });
        break;
      default:
        for (const decoder of decoders) decoder.stream.destroy();
        return { unsupported: codingName(coding) };
    }
  }
  return { decoders };
}
