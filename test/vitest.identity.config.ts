import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { resolution } from './vitest.config.js';

// The credential-source suites: run by scripts/test-identity.ts, in a network namespace of their own
// where the machine allows it, and always behind the network guard (setupFiles). Resolution as in
// vitest.config.ts; only the files and the report differ.
export default defineConfig({
  ...resolution,
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/identity/**/*.test.ts'],
    setupFiles: ['test/identity/network-guard.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-identity.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
