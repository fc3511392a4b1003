// The OpenAPI documents as the package ships them: `npm pack` of the repository without its build
// (the documents are files of the package, not built), unpacked into a new folder. The consumer
// checks of the specs give other tools these files, so a document left out of package.json's
// "files" fails them as it would fail a user.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { packTarball } from './consumer-setup.js';

const run = promisify(execFile);

export interface PackedDocuments {
  /** The unpacked package's root (`<tmp>/package`). */
  readonly root: string;
  /** Every shipped OpenAPI document, relative to the package root (`openapi/hss.yaml`, `openapi/sas/X.yaml`), sorted. */
  readonly documents: readonly string[];
}

function yamlFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(root, path);
    return entry.name.endsWith('.yaml') ? [relative(root, join(root, path))] : [];
  });
}

export async function packedDocuments(): Promise<PackedDocuments> {
  const tarball = await packTarball({ build: false });
  const dir = dirname(tarball);
  await run('tar', ['-xzf', tarball, '-C', dir, 'package/openapi']);
  const root = join(dir, 'package');
  return { root, documents: yamlFiles(root, 'openapi').sort() };
}
