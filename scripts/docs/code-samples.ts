// The code samples of each operation in the API reference (Redoc's x-codeSamples), from the
// operation table and the spec's example request: the call through the SDK (and, for a list, the
// walk over every item) and the same call from the CLI. test/docs/code-samples.test.ts runs every
// one of them against the mock, so the docs cannot show code that does not work.
import type { OpenAPI3 } from 'openapi-typescript';
import { cloudOf } from '../../src/clouds.js';
import { exampleCommand } from '../../src/cli/help.js';
import { commandLine } from '../../src/cli/text.js';
import type { OperationEntry } from '../../src/core/operation-types.js';
import { exampleRequest, sdkInput } from '../spec/examples.js';

export interface CodeSample {
  readonly lang: 'TypeScript' | 'Shell';
  readonly label: string;
  readonly source: string;
}

/** How each sample of a cloud makes its client (the variable is the cloud's id): the line the test points at the mock. */
export function clientLine(cloud: string): string {
  const { id, clientName, regionOption, exampleRegion } = cloudOf(cloud);
  return `const ${id} = new ${clientName}({ ${regionOption}: ${literal(exampleRegion)} });`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as a TypeScript literal, two spaces per level (bigints as `123n`). */
export function literal(value: unknown, indent = ''): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const key = (name: string) => (IDENTIFIER.test(name) ? name : literal(name));
  return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join('\n')}\n${indent}}`;
}

/** The SDK sample: the call with the spec's example request, and for a list the walk over every item. */
export function sdkSample(cloud: string, entry: OperationEntry, input: Record<string, unknown>): string {
  const lines = [
    `import { ${cloudOf(cloud).clientName} } from 'imagesec';`,
    '',
    clientLine(cloud),
    `const { status, requestId, data } = await ${cloud}.${entry.method}(${literal(input)});`,
    'console.log(status, requestId, data);',
  ];
  const paging = entry.paginate;
  if (paging !== null) {
    const position = [paging.size, paging.offset, paging.page];
    const filters = Object.fromEntries(Object.entries(input).filter(([name]) => !position.includes(name)));
    lines.push(
      '',
      '// Every item, page after page (each page a call of its own):',
      `for await (const item of ${cloud}.${paging.method}(${literal(filters)}, { pageSize: ${paging.page === null ? 50 : 20} })) {`,
      '  console.log(item);',
      '}',
    );
  }
  return lines.join('\n');
}

/** Each operation's samples, by operation id. */
export function codeSamples(cloud: string, doc: OpenAPI3): Map<string, CodeSample[]> {
  const { operations, commands } = cloudOf(cloud);
  const samples = new Map<string, CodeSample[]>();
  for (const entry of Object.values(operations)) {
    const input = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
    const command = commands.find((o) => o.operationId === entry.operationId);
    if (command === undefined) throw new Error(`${entry.operationId} has no CLI command`);
    samples.set(entry.operationId, [
      { lang: 'TypeScript', label: 'SDK', source: sdkSample(cloud, entry, input) },
      { lang: 'Shell', label: 'CLI', source: commandLine(exampleCommand({ ...command, cloud }), '') },
    ]);
  }
  return samples;
}
