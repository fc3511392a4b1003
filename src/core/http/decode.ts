// How the Node transport decodes a compressed answer: as a stream, layer by layer for stacked
// codings (`Content-Encoding: gzip, br` was applied gzip first, so it is undone br first), on zlib's
// thread pool rather than the event loop, and never past the body limit (node-fetch.ts counts what
// comes out and stops the pipeline). imagesec asks for no encoding; these are what a server or proxy
// may still send, the codings fetch decodes.
import type { Transform } from 'node:stream';
import type * as Zlib from 'node:zlib';
import { loadLater } from '../load-later.js';
import { codingName } from './body-limit.js';

const zlib = loadLater<typeof Zlib>('node:zlib');

// More layers than this is not a real server's answer (a decoder per layer costs memory).
const MAX_LAYERS = 3;

/** The decoders for a Content-Encoding value, outermost first, or the coding that cannot be decoded. */
export type Decoding = { readonly decoders: Transform[] } | { readonly unsupported: string };

export function decodingFor(contentEncoding: string | undefined): Decoding {
  if (contentEncoding === undefined) return { decoders: [] };
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_LAYERS) return { unsupported: `${codings.length} stacked codings` };
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    const { createBrotliDecompress, createGunzip, createInflate } = zlib();
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        decoders.push(createGunzip());
        break;
      case 'deflate':
        decoders.push(createInflate());
        break;
      case 'br':
        decoders.push(createBrotliDecompress());
        break;
      default:
        for (const decoder of decoders) decoder.destroy();
        return { unsupported: codingName(coding) };
    }
  }
  return { decoders };
}
