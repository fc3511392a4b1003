// Regenerates generated/<name>.d.ts from every openapi/<name>.yaml with openapi-typescript.
// `--check` writes nothing and exits 1 when a generated file is stale, missing or orphaned.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import openapiTS, { astToString, NUMBER, tsUnion, type OpenAPITSOptions } from 'openapi-typescript';
import ts from 'typescript';

const BIGINT = ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword);

const OPTIONS: OpenAPITSOptions = {
  // Export each component schema at the top level (e.g. `ChangeSensitiveInfoRequestInfo`).
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  // A `default` is the server's value when a field is omitted; it must not make the field required
  // in request types (openapi-typescript's default would force callers to send `operate_type`).
  defaultNonNullable: false,
  silent: true,
  // An integer whose documented range goes past 2^53-1 (HSS `image_info[].id`, up to 2^63-1) cannot
  // be carried exactly by a JavaScript number: such fields also accept a bigint, which the SDK writes
  // as a bare JSON number. Integers whose range fits (or is not given) stay `number`.
  transform(schema) {
    const { maximum } = schema as { maximum?: unknown };
    if (schema.type === 'integer' && typeof maximum === 'number' && maximum > Number.MAX_SAFE_INTEGER) {
      return tsUnion([NUMBER, BIGINT]);
    }
    return undefined;
  },
};

const root = new URL('../', import.meta.url);
const specDir = new URL('openapi/', root);
const outDir = new URL('generated/', root);

function header(spec: string): string {
  return [
    '/**',
    ` * Generated from openapi/${spec} by scripts/generate.ts (openapi-typescript). Do not edit by hand:`,
    ' * change the spec, then run `npm run generate`. `npm run generate -- --check` fails when stale.',
    ' */',
    '',
  ].join('\n');
}

async function render(spec: string): Promise<string> {
  const nodes = await openapiTS(new URL(spec, specDir), OPTIONS);
  return header(spec) + astToString(nodes);
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
const expected = new Set(specs.map((s) => s.replace(/\.yaml$/, '.d.ts')));
const problems: string[] = [];

for (const spec of specs) {
  const target = spec.replace(/\.yaml$/, '.d.ts');
  const url = new URL(target, outDir);
  const text = await render(spec);
  const current = await readOrNull(url);
  if (current === text) continue;
  if (values.check) problems.push(`generated/${target} is ${current === null ? 'missing' : 'stale'}`);
  else {
    await writeFile(url, text);
    console.log(`generated/${target} written from openapi/${spec}`);
  }
}
for (const file of await readdir(outDir)) {
  if (file.endsWith('.d.ts') && !expected.has(file)) problems.push(`generated/${file} has no spec in openapi/`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(values.check ? 'Run `npm run generate` and commit the result.' : 'Remove the orphaned files.');
  process.exitCode = 1;
} else if (values.check) {
  console.log(`generated/ is fresh (${specs.length} specs)`);
}
