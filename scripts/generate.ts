// Regenerates every spec's modules: <name>.d.ts (types, openapi-typescript), <name>.validators.ts
// (request schemas as data for src/core/request-validator.ts), <name>.operations.ts (the operation table the
// SDK reads), <name>.methods.ts (the clients' method types), <name>.cli.ts (the CLI's flags and help),
// <name>.waiters.ts (the waiters and the starts they follow) and <name>.skeleton.ts (the input document
// --skeleton prints). A shipped spec keyed by action (sas.yaml's `/#<Action>`) also gets one document
// per action beside it, openapi/<name>/<Action>.yaml, for other tools (scripts/spec/per-action.ts).
// Where they go follows from where the spec is (scripts/codegen/layout.ts):
// - openapi/<id>.yaml (a shipped cloud) → generated/, importing its client's types from
//   src/<id>/client-types.ts;
// - test/<name>/openapi/<id>.yaml (a cloud only the tests use) → test/<name>/generated/, importing its
//   client's types from test/<name>/client-types.ts.
// The client's types are named after the spec: `<Id>Args`, `<Id>Result`, `<Id>PageArgs`, `<Id>Item`
// (e.g. HssArgs), and the generated interfaces `<Id>Methods`, `<Id>WaiterMethods`.
// This script reads specs only, never the registry of clouds (src/clouds.ts): the clouds' descriptors
// import the modules it writes.
// `--check` writes nothing and exits 1 when a generated file is stale, missing or orphaned.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderCli } from './codegen/cli.js';
import { layoutOf } from './codegen/layout.js';
import { renderMethods } from './codegen/methods.js';
import { renderOperations } from './codegen/operations.js';
import { renderSkeleton } from './codegen/skeleton.js';
import { renderTypes } from './codegen/types.js';
import { renderValidators } from './codegen/validators.js';
import { renderWaiters } from './codegen/waiters.js';
import { actionDocuments } from './spec/per-action.js';

const root = new URL('../', import.meta.url);

interface Output {
  /** From the repository root: `generated/<id>.cli.ts`. */
  readonly target: string;
  readonly source: string;
  readonly text: string;
}

/** Every file generated from one spec (its path from the repository root). */
async function outputs(source: string): Promise<Output[]> {
  const layout = layoutOf(source);
  const spec = source.slice(source.lastIndexOf('/') + 1);
  const base = spec.replace(/\.yaml$/, '');
  const url = new URL(source, root);
  const yaml = await readFile(url, 'utf8');
  const files: [string, string][] = [
    [`${base}.d.ts`, await renderTypes(source, url)],
    [`${base}.validators.ts`, renderValidators(spec, yaml, layout)],
    [`${base}.operations.ts`, renderOperations(spec, yaml, layout)],
    [`${base}.methods.ts`, renderMethods(spec, yaml, layout)],
    [`${base}.cli.ts`, renderCli(spec, yaml, layout)],
    [`${base}.waiters.ts`, renderWaiters(spec, yaml, layout)],
    [`${base}.skeleton.ts`, renderSkeleton(spec, yaml, layout)],
  ];
  const modules = files.map(([file, text]) => ({ target: `${layout.outDir}/${file}`, source, text }));
  if (!source.startsWith('openapi/')) return modules;
  const documents = actionDocuments(source, yaml).map(({ action, text }) => ({
    target: `${actionDir(source)}/${action}.yaml`,
    source,
    text,
  }));
  return [...modules, ...documents];
}

/** Where a shipped spec's per-action documents go: `openapi/sas.yaml` → `openapi/sas`. */
function actionDir(source: string): string {
  return source.replace(/\.yaml$/, '');
}

/** The names in a folder of the repository (`[]` when it does not exist), sorted. */
async function list(dir: string, kind: 'file' | 'dir' = 'file'): Promise<string[]> {
  try {
    const entries = await readdir(new URL(`${dir}/`, root), { withFileTypes: true });
    return entries
      .filter((entry) => (kind === 'dir' ? entry.isDirectory() : entry.isFile()))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every spec, from the repository root: openapi/*.yaml, then test/<name>/openapi/*.yaml. */
async function specs(): Promise<string[]> {
  const folders = ['openapi', ...(await list('test', 'dir')).map((name) => `test/${name}/openapi`)];
  const found: string[] = [];
  for (const folder of folders) {
    for (const file of await list(folder)) if (file.endsWith('.yaml')) found.push(`${folder}/${file}`);
  }
  return found;
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
const sources = await specs();
const all: Output[] = [];
for (const source of sources) all.push(...(await outputs(source)));
const expected = new Set(all.map((o) => o.target));
const problems: string[] = [];

for (const { target, source, text } of all) {
  const url = new URL(target, root);
  const current = await readOrNull(url);
  if (current === text) continue;
  if (values.check) problems.push(`${target} is ${current === null ? 'missing' : 'stale'}`);
  else {
    await mkdir(new URL('./', url), { recursive: true });
    await writeFile(url, text);
    console.log(`${target} written from ${source}`);
  }
}
// Each output folder holds nothing but what its specs generate (also once its last spec is gone).
const outDirs = new Set(['generated', ...sources.map((source) => layoutOf(source).outDir)]);
for (const name of await list('test', 'dir')) outDirs.add(`test/${name}/generated`);
for (const source of sources) if (source.startsWith('openapi/')) outDirs.add(actionDir(source));
for (const dir of outDirs) {
  for (const file of await list(dir)) {
    if (!expected.has(`${dir}/${file}`))
      problems.push(
        dir.endsWith('generated')
          ? `${dir}/${file} has no spec in ${dir.replace(/generated$/, 'openapi')}/`
          : `${dir}/${file} is no action of ${dir}.yaml`,
      );
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(values.check ? 'Run `npm run generate` and commit the result.' : 'Remove the orphaned files.');
  process.exitCode = 1;
} else if (values.check) {
  const fresh = [...new Set(all.map(({ target }) => target.slice(0, target.lastIndexOf('/') + 1)))];
  console.log(`${fresh.join(', ')} ${fresh.length === 1 ? 'is' : 'are'} fresh (${sources.length} specs)`);
}
