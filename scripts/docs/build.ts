// Builds the offline docs into one folder: an API reference per spec (Redoc), the CLI reference and
// an index linking them. Used by `npm run docs` (scripts/docs.ts) and by test/docs.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse, stringify } from 'yaml';
import { allClouds } from '../../src/clouds.js';
import { helpPages } from '../../src/cli/help.js';
import type { CloudDescriptor } from '../../src/core/cloud.js';
import { specOperations } from '../spec/document.js';
import { codeSamples } from './code-samples.js';
import { renderCliReference } from './cli-page.js';
import { apiEntry, renderIndex } from './index-page.js';
import { buildApiReference } from './redoc.js';

export interface BuiltPage {
  /** File name inside the output folder. */
  readonly file: string;
  readonly bytes: number;
}

/** A cloud's spec, as its descriptor locates it. */
async function specOf(cloud: CloudDescriptor): Promise<OpenAPI3> {
  return parse(await readFile(cloud.spec, 'utf8')) as OpenAPI3;
}

/**
 * The spec as the reference shows it: each operation with its code samples (x-codeSamples, which
 * Redoc shows beside the request), written to `dir`.
 */
async function specWithSamples(cloud: CloudDescriptor, dir: string): Promise<string> {
  const doc = await specOf(cloud);
  const samples = codeSamples(cloud.id, doc);
  for (const { operationId, operation } of specOperations(doc)) {
    (operation as Record<string, unknown>)['x-codeSamples'] = samples.get(operationId);
  }
  const file = join(dir, `${cloud.id}.yaml`);
  await writeFile(file, stringify(doc));
  return file;
}

/**
 * Writes (overwrites) index.html, cli.html and <cloud>.html for every registered cloud in `outDir`;
 * other files are left alone.
 */
export async function buildDocs(outDir: string): Promise<readonly BuiltPage[]> {
  await mkdir(outDir, { recursive: true });
  const clouds = allClouds();
  const files = ['index.html', ...clouds.map((cloud) => `${cloud.id}.html`), 'cli.html'];
  const specs = await mkdtemp(join(tmpdir(), 'imagesec-docs-'));
  const reference = async (cloud: CloudDescriptor) =>
    buildApiReference(await specWithSamples(cloud, specs), join(outDir, `${cloud.id}.html`));
  const entry = async (cloud: CloudDescriptor) => apiEntry(cloud.id, await specOf(cloud));
  await Promise.all([
    ...clouds.map(reference),
    Promise.all(clouds.map(entry)).then((apis) => writeFile(join(outDir, 'index.html'), renderIndex(apis))),
    writeFile(join(outDir, 'cli.html'), renderCliReference(helpPages())),
  ]);
  await rm(specs, { recursive: true, force: true });
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(join(outDir, file))).size })));
}
