import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `#crypto` (package.json "imports") resolves to the TypeScript sources under this condition.
const conditions = ['imagesec-source'];

/** How test files resolve packages and `#` imports; shared with vitest.identity.config.ts. */
export const resolution = {
  resolve: { conditions: [...conditions, 'module', 'browser', 'development|production'] },
  // Not 'module' (Vite's default) on the server side: Node ignores it, and it points @opentelemetry/api
  // at an ESM build Node cannot load.
  ssr: { resolve: { conditions: [...conditions, 'node', 'development|production'] } },
};

export default defineConfig({
  ...resolution,
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // The examples' own tests (examples/*.test.ts) run too: the README shows them.
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // The credential-source suites run apart, isolated from the network (vitest.identity.config.ts),
    // and so does the one-declaration proof (vitest.proof.config.ts).
    exclude: ['test/identity/**', 'test/proof/**', '**/node_modules/**'],
    // Type-level tests (*.test-d.ts) run through tsc and count as tests.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
    reporters: ['default', 'json'],
    // Read by .ci/run for the closing "N passed, N failed" line.
    outputFile: { json: 'reports/vitest.json' },
    // Two test files at a time, also on a 2-core machine (vitest's default there is one): most suites
    // wait on Prism, loopback sockets and child processes rather than compute, so one file at a time
    // left a core idle (the whole run took about 1.6 times as long on the 2-core CI machine).
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
