// The consumer folder's own files: the signing fetch (examples/signing-fetch.ts, copied), the orval
// mutators a user writes around it, and one calling program per tool that calls every operation
// of every document through that tool's clients, the spec examples written in as typed literals
// (so tsc checks them against the generated types). Each program prints one JSON line: the calls
// with their statuses, and the URLs the `/#<Action>` operations would have been sent to.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, writeProject } from '../consumer-setup.js';
import { heyApiFolder, orvalFile, orvalMutator, type Tool } from './generate.js';
import type { Cloud, PlannedDocument, PlannedOperation } from './plan.js';

/** The keys each tool signs with: permanent for hey-api, temporary (with a token) for orval. */
export const KEYS = {
  'hey-api': {
    hss: { ak: 'HEYAPIHSSEXAMPLEAK01', sk: 'hey-api-hss-example-secret' },
    sas: { accessKeyId: 'LTAI5tHeyApiExampleId', accessKeySecret: 'hey-api-sas-example-secret' },
  },
  orval: {
    hss: { ak: 'ORVALHSSTEMPORARYAK1', sk: 'orval-hss-example-secret', securityToken: 'orval-hss-example-token' },
    sas: {
      accessKeyId: 'STS.OrvalExampleTempId',
      accessKeySecret: 'orval-sas-example-secret',
      securityToken: 'orval-sas-example-token',
    },
  },
} as const;

export interface ProgramCall {
  readonly document: string;
  readonly operation: string;
  /** The HTTP status; 0 when the call threw. */
  readonly status: number;
  readonly error?: string;
}

export interface ProgramOutput {
  /** In the order sent (one at a time): the mock's records come in the same order. */
  readonly calls: readonly ProgramCall[];
  /** The URL each `/#<Action>` operation of sas.yaml would be fetched at. */
  readonly fragments: readonly { document: string; operation: string; url: string }[];
}

const SIGNER: Record<Cloud, string> = { hss: 'huaweiSigningFetch', sas: 'alibabaSigningFetch' };
const literal = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));
const functionName = (operationId: string) => operationId[0]!.toLowerCase() + operationId.slice(1);
const nonEmpty = (group: Record<string, unknown>) => (Object.keys(group).length > 0 ? group : undefined);
const bodyOf = (operation: PlannedOperation) => operation.example.body ?? operation.example.form;

const PRELUDE = `const calls: { document: string; operation: string; status: number; error?: string }[] = [];
const fragments: { document: string; operation: string; url: string }[] = [];
async function call(document: string, operation: string, send: () => Promise<{ status: number } | undefined>) {
  try {
    const response = await send();
    if (response === undefined) throw new Error('no response');
    calls.push({ document, operation, status: response.status });
  } catch (error) {
    calls.push({ document, operation, status: 0, error: String(error) });
  }
}
`;
const OUTPUT = 'console.log(JSON.stringify({ calls, fragments }));\n';

/** The orval mutator a user writes: the generated functions hand it a relative URL and a RequestInit. */
function mutatorSource(cloud: Cloud): string {
  return `import { ${cloud.toUpperCase()}_URL } from '../endpoints.js';
import { ${SIGNER[cloud]} } from '../signing-fetch.js';

const signedFetch = ${SIGNER[cloud]}(${literal(KEYS.orval[cloud])});

export const ${orvalMutator(cloud).name} = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await signedFetch(new URL(url, ${cloud.toUpperCase()}_URL), init);
  const text = await response.text();
  return { data: text === '' ? undefined : JSON.parse(text), status: response.status, headers: response.headers } as T;
};
`;
}

/** package.json, tsconfig.json, the signing fetch and the orval mutators: before generation (orval reads them). */
export function writeConsumerBase(consumer: string): void {
  writeProject(consumer, {
    'package.json': JSON.stringify({ name: 'generated-clients', private: true, type: 'module' }),
    // As strict as this repository, but for exactOptionalPropertyTypes: hey-api's client runtime
    // (client/*.gen.ts, core/*.gen.ts) fails it (an optional property given `x | undefined`).
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2024', 'DOM', 'DOM.Iterable'],
        types: [],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        outDir: 'dist',
        rootDir: '.',
      },
      include: ['**/*.ts'],
      exclude: ['dist'],
    }),
    [orvalMutator('hss').path]: mutatorSource('hss'),
    [orvalMutator('sas').path]: mutatorSource('sas'),
  });
  copyFileSync(join(ROOT, 'examples/signing-fetch.ts'), join(consumer, 'signing-fetch.ts'));
}

function heyApiProgram(documents: readonly PlannedDocument[], urls: Record<Cloud, string>): string {
  const lines = [`import { alibabaSigningFetch, huaweiSigningFetch } from './signing-fetch.js';`];
  const body: string[] = [
    // Records the URL instead of sending: the `/#<Action>` operations are not called.
    `const capturing = (urls: string[]): typeof fetch => async (input, init) => {
  urls.push(new Request(input, init).url);
  return Response.json({});
};
`,
  ];
  documents.forEach((document, i) => {
    const folder = heyApiFolder(document);
    lines.push(`import { createClient as createClient${i} } from './${folder}/client/index.js';`);
    lines.push(`import * as sdk${i} from './${folder}/sdk.gen.js';`);
    const signing = `${SIGNER[document.cloud]}(${literal(KEYS['hey-api'][document.cloud])})`;
    body.push(`const client${i} = createClient${i}({ baseUrl: ${literal(urls[document.cloud])}, fetch: ${signing} });`);
    for (const operation of document.operations) {
      const { example } = operation;
      const options = Object.entries({
        path: nonEmpty(example.path),
        query: nonEmpty(example.query),
        headers: nonEmpty(example.header),
        body: bodyOf(operation),
      })
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${name}: ${literal(value)}`);
      const fn = `sdk${i}.${functionName(operation.operationId)}`;
      const names = `${literal(document.document)}, ${literal(operation.operationId)}`;
      const record = `document: ${literal(document.document)}, operation: ${literal(operation.operationId)}`;
      if (operation.fragment) {
        body.push(`{
  const urls: string[] = [];
  await ${fn}({ client: createClient${i}({ baseUrl: ${literal(urls[document.cloud])}, fetch: capturing(urls) }), ${options.join(', ')} });
  fragments.push({ ${record}, url: urls[0] ?? '' });
}`);
      } else {
        const options2 = [`client: client${i}`, ...options].join(', ');
        body.push(`await call(${names}, async () => (await ${fn}({ ${options2} })).response);`);
      }
    }
  });
  return [...lines, '', PRELUDE, ...body, OUTPUT].join('\n');
}

/** orval's positional parameters, as its generated function declares them (`name` or `name?`). */
function orvalParameters(source: string, fn: string): { name: string; optional: boolean }[] {
  // `fn = async (a: A,\n b?: B, options?: O): Promise<R> => {`, or a URL builder's `fn = (params?: P,) => {`.
  const declared = new RegExp(`export const ${fn} = (?:async )?\\(([\\s\\S]*?)\\)(?:: [^=]*)? => \\{`).exec(
    source,
  )?.[1];
  if (declared === undefined) throw new Error(`orval generated no function ${fn}`);
  return declared.split(/,\s*(?=[A-Za-z_$][\w$]*\??:)/).flatMap((parameter) => {
    const [, name, optional] = /^\s*([\w$]+)(\?)?:/.exec(parameter) ?? [];
    return name === undefined ? [] : [{ name, optional: optional === '?' }];
  });
}

/** The arguments for orval's function: path values by name, then body, query (`params`), `headers`. */
function orvalArguments(source: string, fn: string, operation: PlannedOperation): string {
  const { example } = operation;
  const squash = (name: string) => name.replace(/[-_]/g, '').toLowerCase();
  const values = orvalParameters(source, fn)
    .filter(({ name }) => name !== 'options')
    .map(({ name, optional }) => {
      const empty = optional ? undefined : {};
      if (name === 'params') return nonEmpty(example.query) ?? empty;
      if (name === 'headers') return nonEmpty(example.header) ?? empty;
      const pathName = Object.keys(example.path).find((key) => squash(key) === squash(name));
      return pathName === undefined ? bodyOf(operation) : example.path[pathName];
    });
  while (values.length > 0 && values.at(-1) === undefined) values.pop();
  return values.map(literal).join(', ');
}

function orvalProgram(consumer: string, documents: readonly PlannedDocument[], urls: Record<Cloud, string>): string {
  const lines: string[] = [];
  const body: string[] = [];
  documents.forEach((document, i) => {
    const file = orvalFile(document);
    const source = readFileSync(join(consumer, file), 'utf8');
    lines.push(`import * as api${i} from './${file.replace(/\.ts$/, '.js')}';`);
    for (const operation of document.operations) {
      const fn = functionName(operation.operationId);
      const names = `${literal(document.document)}, ${literal(operation.operationId)}`;
      const record = `document: ${literal(document.document)}, operation: ${literal(operation.operationId)}`;
      if (operation.fragment) {
        // The URL orval builds, resolved as the mutator resolves it: the `/#<Action>` operations are not called.
        const builder = `get${operation.operationId}Url`;
        const url = `api${i}.${builder}(${orvalArguments(source, builder, operation)})`;
        body.push(`fragments.push({ ${record}, url: new URL(${url}, ${literal(urls.sas)}).href });`);
      } else {
        body.push(`await call(${names}, () => api${i}.${fn}(${orvalArguments(source, fn, operation)}));`);
      }
    }
  });
  return [...lines, '', PRELUDE, ...body, OUTPUT].join('\n');
}

/**
 * Writes `run-hey-api.ts`, `run-orval.ts` (after generation: orval's signatures are read from its
 * output) and `endpoints.ts`, the mock's URLs the mutators read.
 */
export function writePrograms(consumer: string, documents: readonly PlannedDocument[], urls: Record<Cloud, string>) {
  const programs: Record<Tool, string> = {
    'hey-api': heyApiProgram(documents, urls),
    orval: orvalProgram(consumer, documents, urls),
  };
  writeProject(consumer, {
    'run-hey-api.ts': programs['hey-api'],
    'run-orval.ts': programs.orval,
    'endpoints.ts': `export const HSS_URL = ${literal(urls.hss)};\nexport const SAS_URL = ${literal(urls.sas)};\n`,
  });
}
