// Builds the offline docs into one folder: an API reference per spec (Redoc), the CLI reference and
// an index linking them. Used by `npm run docs` (scripts/docs.ts) and by test/docs.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { helpPages } from '../../src/cli/help.js';
import { SPEC_NAMES, specPath } from '../../src/mock/specs.js';
import { renderCliReference } from './cli-page.js';
import { apiEntry, renderIndex } from './index-page.js';
import { buildApiReference } from './redoc.js';

export interface BuiltPage {
  /** File name inside the output folder. */
  readonly file: string;
  readonly bytes: number;
}

/** Writes (overwrites) index.html, cli.html and <spec>.html in `outDir`; other files are left alone. */
export async function buildDocs(outDir: string): Promise<readonly BuiltPage[]> {
  await mkdir(outDir, { recursive: true });
  const files = ['index.html', ...SPEC_NAMES.map((name) => `${name}.html`), 'cli.html'];
  await Promise.all([
    ...SPEC_NAMES.map((name) => buildApiReference(specPath(name), join(outDir, `${name}.html`))),
    Promise.all(SPEC_NAMES.map(apiEntry)).then((apis) => writeFile(join(outDir, 'index.html'), renderIndex(apis))),
    writeFile(join(outDir, 'cli.html'), renderCliReference(helpPages())),
  ]);
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(join(outDir, file))).size })));
}
