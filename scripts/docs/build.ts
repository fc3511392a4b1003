// Builds the offline docs into one folder: an API reference per spec (Redoc), the CLI reference and
// an index linking them. Used by `npm run docs` (scripts/docs.ts) and by test/docs.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { helpPages } from '../../src/cli/help.js';
import { SPEC_NAMES, type SpecName } from '../../src/mock/specs.js';
import { loadSpec, operations } from '../spec/document.js';
import { codeSamples } from './code-samples.js';
import { renderCliReference } from './cli-page.js';
import { apiEntry, renderIndex } from './index-page.js';
import { buildApiReference } from './redoc.js';

export interface BuiltPage {
  /** File name inside the output folder. */
  readonly file: string;
  readonly bytes: number;
}

/**
 * The spec as the reference shows it: each operation with its code samples (x-codeSamples, which
 * Redoc shows beside the request), written to `dir`.
 */
async function specWithSamples(name: SpecName, dir: string): Promise<string> {
  const doc = await loadSpec(name);
  const samples = codeSamples(name, doc);
  for (const { operationId, operation } of operations(doc)) {
    (operation as Record<string, unknown>)['x-codeSamples'] = samples.get(operationId);
  }
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, stringify(doc));
  return file;
}

/** Writes (overwrites) index.html, cli.html and <spec>.html in `outDir`; other files are left alone. */
export async function buildDocs(outDir: string): Promise<readonly BuiltPage[]> {
  await mkdir(outDir, { recursive: true });
  const files = ['index.html', ...SPEC_NAMES.map((name) => `${name}.html`), 'cli.html'];
  const specs = await mkdtemp(join(tmpdir(), 'imagesec-docs-'));
  const reference = async (name: SpecName) =>
    buildApiReference(await specWithSamples(name, specs), join(outDir, `${name}.html`));
  await Promise.all([
    ...SPEC_NAMES.map(reference),
    Promise.all(SPEC_NAMES.map(apiEntry)).then((apis) => writeFile(join(outDir, 'index.html'), renderIndex(apis))),
    writeFile(join(outDir, 'cli.html'), renderCliReference(helpPages())),
  ]);
  await rm(specs, { recursive: true, force: true });
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(join(outDir, file))).size })));
}
