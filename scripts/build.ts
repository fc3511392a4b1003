// npm run build: the publishable dist/.
// - dist/node/ (package.json "exports" under the `node` condition; Node, Bun, Deno) and
//   dist/default/ (browsers, workers): the published entries bundled by esbuild, once per target,
//   with the runtime-dependent modules (`#crypto`, each cloud's credential chain `#<cloud>-chain`)
//   chosen at build time (package.json "imports", one pattern for every cloud in src/<cloud>/),
//   so an import loads a handful of files. Code splitting within each: the entries share chunks (one
//   class per error, client, ...), and the CLI's mock, bulk and --all runners are chunks loaded only
//   when used. Dependencies stay imports, and so does `#fetch`: Bun and Deno take the node build but
//   keep their platform fetch (package.json "imports").
// - dist/types/: declarations for the public API only (the entries' and what they reach).
// - source maps only with `--sourcemap` (beside the bundles, linked, with their sources): the bundles
//   are readable as they are (not minified, names kept), and maps with sources would be half the
//   package (1.1 of 2.1 MB unpacked).
// All bundles sit one folder below dist/, two below the package root, as the sources sit in src/<dir>/:
// the path from a module to the shipped openapi/ documents (mock/specs.ts) holds in both layouts.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const { values } = parseArgs({ options: { sourcemap: { type: 'boolean', default: false } } });

// imagesec/opentelemetry's optional peer: always the application's own copy, the one its SDK
// registered the tracer provider with (a copy of another version bundled here might not see it).
// `packages: 'external'` leaves it out already; named so no change to that setting bundles it.
const OPENTELEMETRY_API = '@opentelemetry/api';

/** The entries of each build by bundle name (package.json "exports", "imports" and the bin). */
const BUILDS = {
  node: {
    conditions: ['node'],
    entryPoints: {
      index: 'src/index.ts',
      credentials: 'src/credentials.ts',
      opentelemetry: 'src/opentelemetry.ts',
      testing: 'src/testing/index.ts',
      cli: 'src/cli/main.ts',
      'fetch-node': 'src/core/http/node-fetch.ts',
      'fetch-platform': 'src/core/http/platform-fetch.ts',
    },
    // `#fetch` is chosen at run time: Bun and Deno take this build with their own fetch.
    external: ['#fetch', OPENTELEMETRY_API],
  },
  default: {
    conditions: [],
    entryPoints: { index: 'src/index.ts', credentials: 'src/credentials.ts', opentelemetry: 'src/opentelemetry.ts' },
    external: [OPENTELEMETRY_API],
  },
} as const;

/** Declarations users see: the public entries' and every declaration file they import. */
const PUBLIC_TYPES = ['src/index.d.ts', 'src/credentials.d.ts', 'src/opentelemetry.d.ts', 'src/testing/index.d.ts'];

rmSync(dist, { recursive: true, force: true });

for (const [target, { conditions, entryPoints, external }] of Object.entries(BUILDS)) {
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: join(dist, target),
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    // `imagesec-source` resolves the `#...` imports to src/, then the target's conditions pick one.
    conditions: ['imagesec-source', ...conditions],
    // Node 22 and current browsers; nothing newer than the sources use.
    target: 'es2022',
    packages: 'external',
    external: [...external, 'node:*'],
    sourcemap: values.sourcemap ? 'linked' : false,
    sourcesContent: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

// Declarations: tsc emits them all into a scratch folder (tsconfig.build.json's outDir); only those
// the public entries reach ship.
const scratch = join(dist, '.declarations');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
// tsc does not emit hand-placed .d.ts files: openapi-typescript's output is one.
for (const file of readdirSync(join(root, 'generated'))) {
  if (file.endsWith('.d.ts')) cpSync(join(root, 'generated', file), join(scratch, 'generated', file));
}

/** Relative module specifiers a declaration file imports or re-exports, as .d.ts paths. */
function referencedDeclarations(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), match[1]!).replace(/\.js$/, '.d.ts');
    found.push(target.endsWith('.d.ts') ? target : `${target}.d.ts`);
  }
  return found;
}

const reached = new Set<string>();
const queue = PUBLIC_TYPES.map((file) => join(scratch, file));
while (queue.length > 0) {
  const file = queue.pop()!;
  if (reached.has(file)) continue;
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`declaration not emitted: ${file}`);
  reached.add(file);
  queue.push(...referencedDeclarations(file));
}
for (const file of reached) cpSync(file, join(dist, 'types', relative(scratch, file)));
rmSync(scratch, { recursive: true, force: true });
console.log(`built dist/ (${Object.keys(BUILDS).join(' and ')} bundles, ${reached.size} declaration files)`);
