// The code samples of each operation in the API reference (Redoc's x-codeSamples), from the
// operation table and the spec's example request: the call through the SDK (and, for a list, the
// walk over every item) and the same call from the CLI. test/docs/code-samples.test.ts runs every
// one of them against the mock, so the docs cannot show code that does not work.
import type { OpenAPI3 } from 'openapi-typescript';
import { operations as hssOperations } from '../../generated/hss.operations.js';
import { operations as sasOperations } from '../../generated/sas.operations.js';
import { exampleCommand } from '../../src/cli/help.js';
import { CLOUDS } from '../../src/cli/operations.js';
import { commandLine } from '../../src/cli/text.js';
import type { OperationEntry } from '../../src/core/operation-types.js';
import type { SpecName } from '../../src/mock/specs.js';
import { exampleRequest, sdkInput } from '../spec/examples.js';

export interface CodeSample {
  readonly lang: 'TypeScript' | 'Shell';
  readonly label: string;
  readonly source: string;
}

const TABLES: Readonly<Record<SpecName, Readonly<Record<string, OperationEntry>>>> = {
  hss: hssOperations,
  sas: sasOperations,
};

/** How each sample makes its client: the line the test points at the mock. */
export const CLIENT_LINE: Readonly<Record<SpecName, string>> = {
  hss: "const hss = new HssClient({ region: 'cn-north-4' });",
  sas: "const sas = new SasClient({ regionId: 'cn-shanghai' });",
};

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
export function sdkSample(cloud: SpecName, entry: OperationEntry, input: Record<string, unknown>): string {
  const lines = [
    `import { ${cloud === 'hss' ? 'HssClient' : 'SasClient'} } from 'imagesec';`,
    '',
    CLIENT_LINE[cloud],
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
export function codeSamples(cloud: SpecName, doc: OpenAPI3): Map<string, CodeSample[]> {
  const samples = new Map<string, CodeSample[]>();
  for (const entry of Object.values(TABLES[cloud])) {
    const input = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
    const operation = CLOUDS[cloud].operations.find((o) => o.operationId === entry.operationId);
    if (operation === undefined) throw new Error(`${entry.operationId} has no CLI command`);
    samples.set(entry.operationId, [
      { lang: 'TypeScript', label: 'SDK', source: sdkSample(cloud, entry, input) },
      { lang: 'Shell', label: 'CLI', source: commandLine(exampleCommand(operation), '') },
    ]);
  }
  return samples;
}
