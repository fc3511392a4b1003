// The lint rule that keeps each cloud in its folder (eslint.config.js): outside src/<cloud>/, the
// registry and the public entries, a module that names a cloud or reaches into a cloud's folder is
// refused; core may not read the registry either. Checked with ESLint's own API over text linted as
// if it were the named file.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function rulesHit(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('clouds stay in their folders', () => {
  it('refuses a cloud named by a literal outside the clouds’ folders', async () => {
    expect(await rulesHit('src/cli/operations.ts', "export const cloud = 'hss';\n")).toContain('no-restricted-syntax');
    expect(await rulesHit('scripts/start.ts', "export const cloud: string = 'sas';\n")).toContain(
      'no-restricted-syntax',
    );
  });

  it("refuses an import of a cloud's folder or generated tables outside them", async () => {
    const folder = "import { hssCloud } from '../hss/cloud.js';\nexport const cloud = hssCloud;\n";
    expect(await rulesHit('src/testing/index.ts', folder)).toContain('no-restricted-imports');
    const table =
      "import { operationTable } from '../../generated/sas.operations.js';\nexport const table = operationTable;\n";
    expect(await rulesHit('src/cli/operations.ts', table)).toContain('no-restricted-imports');
  });

  it('lets a cloud name itself in its own folder, and the registry list the clouds', async () => {
    expect(await rulesHit('src/hss/cloud.ts', "export const id = 'hss';\n")).toEqual([]);
    expect(
      await rulesHit('src/clouds.ts', "import { sasCloud } from './sas/cloud.js';\nexport const c = sasCloud;\n"),
    ).toEqual([]);
  });

  it('keeps core below the registry', async () => {
    const registry = "import { allClouds } from '../clouds.js';\nexport const clouds = allClouds;\n";
    expect(await rulesHit('src/core/cloud.ts', registry)).toContain('no-restricted-imports');
  });
});
