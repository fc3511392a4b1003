// The README's code for generated clients ("Using the specs with other tools") cannot rot: its
// blocks marked `<!-- generated-client: name -->` are written into the consumer folder beside the
// clients the check generated, type-checked in the same tsc run; the hey-api one also runs, against
// the strict mock instead of the cloud, with the keys it reads from the environment.
import { readFileSync } from 'node:fs';
import { ROOT, writeProject } from '../consumer-setup.js';
import { heyApiFolder } from './generate.js';
import type { Cloud, PlannedDocument } from './plan.js';
import { KEYS } from './programs.js';

const README = readFileSync(`${ROOT}/README.md`, 'utf8');

function block(name: string): string {
  const found = new RegExp(`<!-- generated-client: ${name}\\b[^>]*-->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (found === null) throw new Error(`README.md has no block marked generated-client: ${name}`);
  return found[1]!;
}

/** Replaces `from` in `text`, which must hold it: a README edit that drops it fails loudly. */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the README block no longer holds ${from}`);
  return text.replaceAll(from, to);
}

/** The runnable README program: `readme/hey-api.ts`, compiled to `dist/readme/hey-api.js`. */
export const README_HEY_API = 'dist/readme/hey-api.js';

/** The environment the README's hey-api program reads its keys from (the vendor's variable names). */
export const README_HEY_API_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: KEYS['hey-api'].sas.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEYS['hey-api'].sas.accessKeySecret,
};

/** Writes the README's blocks under `readme/` in the consumer folder (after the clients are generated). */
export function writeReadmeSnippets(
  consumer: string,
  documents: readonly PlannedDocument[],
  urls: Record<Cloud, string>,
): void {
  const describe = documents.find((d) => d.document === 'openapi/sas/DescribeImageVulList.yaml');
  if (describe === undefined) throw new Error('no per-action document of DescribeImageVulList');
  let heyApi = replaced(block('hey-api'), './sas-describe-image-vul-list/', `../${heyApiFolder(describe)}/`);
  heyApi = replaced(heyApi, './signing-fetch.js', '../signing-fetch.js');
  heyApi = replaced(heyApi, "'https://tds.cn-shanghai.aliyuncs.com'", JSON.stringify(urls.sas));
  // What the check reads back: the answer's status.
  heyApi += 'console.log(JSON.stringify({ status: response?.status }));\n';
  const mutator = replaced(block('orval-mutator'), './signing-fetch.js', '../signing-fetch.js');
  writeProject(consumer, {
    'readme/hey-api.ts': heyApi,
    'readme/hss-fetch.ts': mutator,
    // What the blocks use of Node's types (a user's project has @types/node; this folder has no packages).
    'readme/node.d.ts': 'declare const process: { readonly env: Record<string, string | undefined> };\n',
  });
}
