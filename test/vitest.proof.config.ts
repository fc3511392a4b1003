import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { resolution } from './vitest.config.js';

// The one-declaration proof (test/proof): a copy of the repository with operations added to its
// spec, checked with tsc, the CLI, the copy's own suites and its docs build. It runs apart, after
// the main run, so its subprocesses do not load the machine under the timing-sensitive suites.
export default defineConfig({
  ...resolution,
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/proof/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-proof.json' },
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
