// The shared frame of the property tests against the vendors' signers: the same random cases signed
// with node:crypto (400 runs) and WebCrypto (100 runs), each compared with the oracle, and a count
// of the cases actually compared, logged and asserted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import type { HashPort } from '../../src/core/crypto/port.js';
import { hashing as webHashing } from '../../src/core/crypto/web.js';

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
