// Regenerates generated/ from every openapi/<name>.yaml: <name>.d.ts (types, openapi-typescript),
// <name>.validators.ts (request schemas as data for src/core/schema-check.ts), <name>.operations.ts (the
// operation table the SDK reads), <name>.methods.ts (the clients' method types), <name>.cli.ts
// (the CLI's flags and help), <name>.waiters.ts (the waiters and the starts they follow) and
// <name>.skeleton.ts (the input document --skeleton prints).
// `--check` writes nothing and exits 1 when a generated file is stale, missing or orphaned.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderCli } from './codegen/cli.js';
import { renderMethods } from './codegen/methods.js';
import { renderOperations } from './codegen/operations.js';
import { renderSkeleton } from './codegen/skeleton.js';
import { renderTypes } from './codegen/types.js';
import { renderValidators } from './codegen/validators.js';
import { renderWaiters } from './codegen/waiters.js';

const root = new URL('../', import.meta.url);
const specDir = new URL('openapi/', root);
const outDir = new URL('generated/', root);

interface Output {
  readonly target: string;
  readonly source: string;
  readonly text: string;
}

/** Every file generated from one spec. */
async function outputs(spec: string): Promise<Output[]> {
  const base = spec.replace(/\.yaml$/, '');
  const url = new URL(spec, specDir);
  const source = `openapi/${spec}`;
  return [
    { target: `${base}.d.ts`, source, text: await renderTypes(spec, url) },
    { target: `${base}.validators.ts`, source, text: renderValidators(spec, await readFile(url, 'utf8')) },
    { target: `${base}.operations.ts`, source, text: renderOperations(spec, await readFile(url, 'utf8')) },
    { target: `${base}.methods.ts`, source, text: renderMethods(spec, await readFile(url, 'utf8')) },
    { target: `${base}.cli.ts`, source, text: renderCli(spec, await readFile(url, 'utf8')) },
    { target: `${base}.waiters.ts`, source, text: renderWaiters(spec, await readFile(url, 'utf8')) },
    { target: `${base}.skeleton.ts`, source, text: renderSkeleton(spec, await readFile(url, 'utf8')) },
  ];
}

async function readOrNull(url: URL): Promise<string | null> {
  try {
    return await readFile(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const specs = (await readdir(specDir)).filter((f) => f.endsWith('.yaml')).sort();
const all: Output[] = [];
for (const spec of specs) all.push(...(await outputs(spec)));
const expected = new Set(all.map((o) => o.target));
const problems: string[] = [];

for (const { target, source, text } of all) {
  const url = new URL(target, outDir);
  const current = await readOrNull(url);
  if (current === text) continue;
  if (values.check) problems.push(`generated/${target} is ${current === null ? 'missing' : 'stale'}`);
  else {
    await writeFile(url, text);
    console.log(`generated/${target} written from ${source}`);
  }
}
for (const file of await readdir(outDir)) {
  if (!expected.has(file)) problems.push(`generated/${file} has no spec in openapi/`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(values.check ? 'Run `npm run generate` and commit the result.' : 'Remove the orphaned files.');
  process.exitCode = 1;
} else if (values.check) {
  console.log(`generated/ is fresh (${specs.length} specs)`);
}
