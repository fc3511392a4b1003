// npm run build: the publishable dist/.
// - dist/esm/: every published entry bundled by esbuild, with code splitting, so an import loads a
//   handful of files (the entries and their shared chunks; the CLI's mock, bulk and --all runners are
//   chunks of their own, loaded only when used). Dependencies and the runtime-conditional `#...`
//   imports (package.json "imports") stay imports: each runtime resolves them for itself.
// - dist/types/: declarations for the public API only (the entries' and what they reach).
// - source maps beside the bundles (linked, with their sources); `--no-sourcemap` builds without.
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
const { values } = parseArgs({ options: { sourcemap: { type: 'boolean', default: true } }, allowNegative: true });

/** Published entries (package.json "exports", "imports" and the bin) by bundle name. */
export const ENTRIES = {
  index: 'src/index.ts',
  credentials: 'src/credentials.ts',
  testing: 'src/testing/index.ts',
  cli: 'src/cli/main.ts',
  'crypto-node': 'src/core/crypto/node.ts',
  'crypto-web': 'src/core/crypto/web.ts',
  'fetch-node': 'src/core/http/node-fetch.ts',
  'fetch-platform': 'src/core/http/platform-fetch.ts',
  'hss-chain': 'src/hss/identity/chain.ts',
  'hss-chain-browser': 'src/hss/identity/chain-browser.ts',
  'sas-chain': 'src/sas/identity/chain.ts',
  'sas-chain-browser': 'src/sas/identity/chain-browser.ts',
} as const;

/** Declarations users see: the public entries' and every declaration file they import. */
const PUBLIC_TYPES = ['src/index.d.ts', 'src/credentials.d.ts', 'src/testing/index.d.ts'];

rmSync(dist, { recursive: true, force: true });

const conditional = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { imports: Record<string, unknown> }).imports,
);
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: join(dist, 'esm'),
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  // Node 22 and current browsers; nothing newer than the sources use.
  target: 'es2022',
  packages: 'external',
  external: [...conditional, 'node:*'],
  sourcemap: values.sourcemap ? 'linked' : false,
  sourcesContent: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// Declarations: tsc emits them all into a scratch folder; only those the public entries reach ship.
const scratch = join(dist, '.declarations');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', scratch], {
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
console.log(`built dist/ (${Object.keys(ENTRIES).length} entries, ${reached.size} declaration files)`);
