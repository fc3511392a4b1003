// npm run build: the publishable dist/. tsc compiles src/ and the generated modules (tsconfig.build.json);
// the generated type declarations and the OpenAPI documents are copied beside them, so dist/ mirrors
// the repository layout (dist/src, dist/generated, dist/openapi) and relative paths hold in both.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });

// tsc does not emit hand-placed .d.ts files: openapi-typescript's output is one.
for (const file of readdirSync(`${root}generated`)) {
  if (file.endsWith('.d.ts')) cpSync(`${root}generated/${file}`, `${dist}generated/${file}`);
}
cpSync(`${root}openapi`, `${dist}openapi`, { recursive: true });
console.log('built dist/');
