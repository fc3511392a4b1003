// What the property tests against the vendors' signers share: random text weighted towards what
// encoders get wrong, and the frame that signs the same random cases with node:crypto (400 runs) and
// WebCrypto (100 runs), compares each with the oracle, and logs and asserts how many were compared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import type { HashPort } from '../../src/core/crypto/port.js';
import { hashing as webHashing } from '../../src/core/crypto/web.js';

// ---- random text for both vendors' cases ---------------------------------------------------------

const SPECIAL = [...`~*'()!+/%&=?# -_.:;,@$[]`, '\t', '\n'];
const WIDE = ['é', 'ß', '\u00a0', '镜', '像', '😀', '👍🏽', '𠜎', '\u{10FFFD}', '\uFFFD', '\uE000'];
/** Characters weighted towards the ones encoders get wrong; grapheme units never hold lone surrogates. */
export const char = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...WIDE) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
/** Short random text made of those characters. */
export const text = fc.string({ unit: char, maxLength: 12 });

const RUNS: ReadonlyArray<readonly [label: string, hashing: HashPort, numRuns: number, seed: number]> = [
  ['node:crypto', nodeHashing, 400, 20261123],
  ['WebCrypto', webHashing, 100, 20261124],
];

/** `expectSame` signs one case with ours and the oracle and asserts they agree. */
export function describeOracleComparison<Case>(
  title: string,
  logLabel: string,
  cases: fc.Arbitrary<Case>,
  expectSame: (c: Case, hashing: HashPort) => Promise<void>,
): void {
  let compared = 0;
  describe(title, () => {
    for (const [label, hashing, numRuns, seed] of RUNS) {
      it(`on random requests (${label})`, async () => {
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            await expectSame(c, hashing);
            compared += 1;
          }),
          { numRuns, seed },
        );
      });
    }

    it('compared every generated case', () => {
      console.log(`${logLabel}: ${compared} random requests compared`);
      expect(compared).toBeGreaterThanOrEqual(500);
    });
  });
}
