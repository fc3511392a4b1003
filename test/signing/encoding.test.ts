// The encoding table of signing-huawei.md section 3, row by row, against the shared encoder both
// signers use (ACS3 follows the same rule for values: sas-api.md section 3, step 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashing } from '../../src/core/crypto/node.js';
import { canonicalPath, canonicalQuery, percentEncode, queryPairs } from '../../src/core/canonical.js';
import { ValidationError } from '../../src/core/errors.js';
import { signHuawei } from '../../src/hss/signer.js';

/** The canonical query of a URL's query string as it arrives on the wire. */
function canonicalOf(search: string): string {
  return canonicalQuery(queryPairs(new URL(`https://h.example/${search}`)));
}

describe('percentEncode (section 3 table)', () => {
  it.each([
    ['a b', 'a%20b', 'never +'],
    ['a+b', 'a%2Bb', 'a literal plus'],
    ['~', '~', 'unreserved, kept'],
    ['-_.', '-_.', 'unreserved, kept'],
    ['*', '%2A', 'encodeURIComponent keeps it'],
    ["!'()", '%21%27%28%29', 'encodeURIComponent keeps them'],
    ['/', '%2F', '/ in a query value'],
    ['%', '%25', 'why double encoding breaks signatures'],
    ['é', '%C3%A9', 'two UTF-8 bytes'],
    ['镜像', '%E9%95%9C%E5%83%8F', 'three bytes per character'],
    ['😀', '%F0%9F%98%80', 'four bytes (a surrogate pair)'],
  ])('%s -> %s (%s)', (input, canonical) => {
    expect(percentEncode(input)).toBe(canonical);
  });

  it('keeps exactly A-Z a-z 0-9 - _ . ~ among the ASCII characters', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    const kept = ascii.filter((c) => percentEncode(c) === c).join('');
    expect(kept).toBe('-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~');
  });

  // An independent statement of the rule: UTF-8 bytes, unreserved kept, the rest %XX upper case.
  it('equals the byte-level definition for any well-formed string', () => {
    const byByte = (s: string): string =>
      Array.from(new TextEncoder().encode(s), (b) =>
        /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      ).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => percentEncode(s) === byByte(s)),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it.each([['\uD800'], ['a\uDC00b'], ['\uDE00\uD83D']])(
    'rejects the lone surrogate in %j with ValidationError',
    (input) => {
      expect(() => percentEncode(input)).toThrow(ValidationError);
      expect(() => canonicalQuery([['k', input]])).toThrow(ValidationError);
      expect(() => canonicalQuery([[input, 'v']])).toThrow(ValidationError);
    },
  );
});

describe('canonicalQuery (section 3 table)', () => {
  it.each([
    ['?a=', 'a=', 'empty value'],
    ['?flag', 'flag=', 'no = gives an empty value'],
    ['?m=b&m=a&m=é&m=~', 'm=a&m=b&m=~&m=%C3%A9', 'raw values sorted before encoding: ~ (0x7E) < é'],
    ['?n=10&n=9', 'n=10&n=9', 'values compare as strings'],
    ['?b=1&a=2&A=3', 'A=3&a=2&b=1', 'upper case sorts before lower case'],
    ['?v=%2F', 'v=%2F', '/ in a query value'],
    ['?v=a+b', 'v=a%2Bb', '+ on the wire is a literal plus in our queries'],
    ['?v=a%20b&w=*', 'v=a%20b&w=%2A', 'decoded once, then encoded with the strict rule'],
    ['', '', 'no query gives an empty line'],
  ])('%s -> %s (%s)', (search, canonical) => {
    expect(canonicalOf(search)).toBe(canonical);
  });
});

describe('canonicalPath (section 3 table)', () => {
  it('keeps / as the separator', () => {
    expect(canonicalPath('/v1/a/b')).toBe('/v1/a/b');
  });

  it('encodes a space in a segment: /v1/a b/x -> /v1/a%20b/x', () => {
    expect(canonicalPath(new URL('https://h.example/v1/a b/x').pathname)).toBe('/v1/a%20b/x');
  });

  it('decodes an already-encoded path once, so % is never encoded twice', () => {
    expect(canonicalPath('/v1/a%20b/%25/%E9%95%9C')).toBe('/v1/a%20b/%25/%E9%95%9C');
  });

  it('encodes the sub-delimiters a URL leaves raw in a path', () => {
    expect(canonicalPath(new URL("https://h.example/x/!'()*;,=:@$&+").pathname)).toBe(
      '/x/%21%27%28%29%2A%3B%2C%3D%3A%40%24%26%2B',
    );
  });

  // The trailing slash belongs to the Huawei canonical URI, not to canonicalPath: signHuawei adds it.
  it('path /v1/a b/x gives the Huawei canonical URI /v1/a%20b/x/', async () => {
    const url = new URL('https://h.example/v1/a b/x');
    const signature = await signHuawei(
      { method: 'GET', url, headers: [], body: '' },
      { ak: 'AK', sk: 'SK' },
      new Date(0),
      hashing,
    );
    expect(signature.canonicalRequest.split('\n')[1]).toBe('/v1/a%20b/x/');
  });
});
