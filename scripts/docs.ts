// `npm run docs`: builds the offline docs into build/docs/ (see scripts/docs/build.ts).
import { fileURLToPath } from 'node:url';
import { buildDocs } from './docs/build.js';

const outDir = fileURLToPath(new URL('../build/docs/', import.meta.url));
const started = performance.now();
const pages = await buildDocs(outDir);
for (const { file, bytes } of pages) console.log(`${file.padEnd(12)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB`);
console.log(
  `built ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: ${outDir}index.html`,
);
