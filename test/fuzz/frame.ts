// What both fuzz files share: how many cases they run and for how long, and the one assertion they
// make about a request with one violation (refused locally with a ValidationError that names
// exactly the corrupted place, nothing sent, no secret shown).
import { expect } from 'vitest';
import { ValidationError } from 'imagesec';
import { expectNoSecrets } from '../helpers/canaries.js';
import type { CapturedRequest } from '../helpers/capture-server.js';
import { inputPath, siteName, type Corrupted, type ViolationSite } from '../helpers/schema-arbitrary.js';

/** Valid requests per operation sent to Prism. */
export const VALID_RUNS = 100;
/** Cases per violation site. */
export const RUNS_PER_SITE = 4;
// Bounded in time too: a failing case is shrunk for at most this long, so its report (seed, path,
// counterexample) arrives well before the test's own timeout.
export const LIMITS = { interruptAfterTimeLimit: 40_000, markInterruptAsFailure: true } as const;

export function expectRefusedAt(
  error: unknown,
  corrupted: Corrupted,
  site: ViolationSite,
  seen: { readonly requests: readonly CapturedRequest[]; readonly logLines: readonly string[] },
): void {
  expectNoSecrets(error, ...seen.logLines);
  expect(error).toBeInstanceOf(ValidationError);
  // One violation, one place: every violation the error lists names the corrupted location.
  const paths = (error as ValidationError).violations.map((v) => v.path);
  expect(paths, siteName(site)).toContain(inputPath(corrupted.at));
  expect(new Set(paths), siteName(site)).toEqual(new Set([inputPath(corrupted.at)]));
  expect(seen.requests).toHaveLength(0);
}
