// The shipped OpenAPI documents in the client generators users bring: for each document of the
// packed package, a client from @hey-api/openapi-ts (fetch) and one from orval (fetch), both
// generated in this process; one strict tsc run over the generated code and a calling program per
// tool that calls every operation with its spec example; then both programs run with node against
// the strict mock, signed by examples/signing-fetch.ts (hey-api with permanent keys, orval with
// temporary ones), and each request the mock recorded is compared with the example.
// sas.yaml's `/#<Action>` operations are not called: their URLs are checked to show why the
// per-action documents (openapi/sas/<Action>.yaml) exist.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RecordedRequest, type RunningMock } from '../../src/testing/index.js';
import { ROOT, runProgram, type ProcessResult } from './consumer-setup.js';
import { packedDocuments } from './packed-documents.js';
import { callResults, fragmentProblems, type OperationResult } from './spec-generators/checks.js';
import { README_HEY_API, README_HEY_API_ENV, writeReadmeSnippets } from './spec-generators/readme-snippets.js';
import { generateClients, TOOLS, type Tool } from './spec-generators/generate.js';
import { planDocument, type PlannedDocument } from './spec-generators/plan.js';
import { KEYS, writeConsumerBase, writePrograms, type ProgramOutput } from './spec-generators/programs.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** The documents of the source tree; the packed package must ship the same (checked below). */
const SOURCE_DOCUMENTS = readdirSync(join(ROOT, 'openapi'), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.yaml'))
  .map((path) => `openapi/${path}`)
  .sort();

let mock: RunningMock;
let packedRoot: string;
let packed: readonly string[];
let consumer: string;
let documents: PlannedDocument[];
let tsc: ProcessResult;
let readmeRun: ProcessResult;
let readmeRecords: RecordedRequest[];
const results = {} as Record<Tool, { run: ProcessResult; calls: OperationResult[]; fragments: OperationResult[] }>;

function table(): string {
  const rows = documents.map((document) => {
    const cells = TOOLS.map((tool) => {
      const mine = (list: readonly OperationResult[]) => list.filter((r) => r.document === document.document);
      const calls = mine(results[tool].calls);
      const passed = calls.filter((r) => r.problems.length === 0).length;
      const flawed = mine(results[tool].fragments).length;
      return `${passed}/${calls.length} passed${flawed > 0 ? `, ${flawed} not callable (/#Action)` : ''}`;
    });
    return `| ${document.document} | ${cells.join(' | ')} |`;
  });
  return [`| document | ${TOOLS.join(' | ')} |`, `|---|${TOOLS.map(() => '---|').join('')}`, ...rows].join('\n');
}

beforeAll(async () => {
  const started = Date.now();
  const credentials = {
    hss: TOOLS.map((tool) => KEYS[tool].hss),
    sas: TOOLS.map((tool) => KEYS[tool].sas),
  };
  // Prism starts while the package is packed and the clients are generated (they need no URL).
  consumer = mkdtempSync(join(tmpdir(), 'imagesec-generators-'));
  const generating = packedDocuments().then(async (shipped) => {
    packedRoot = shipped.root;
    packed = shipped.documents;
    documents = packed.map((document) => planDocument(packedRoot, document));
    writeConsumerBase(consumer);
    await generateClients(consumer, packedRoot, documents);
  });
  [mock] = await Promise.all([startMock({ credentials }), generating]);
  writePrograms(consumer, documents, { hss: mock.urls.hss!, sas: mock.urls.sas! });
  writeReadmeSnippets(consumer, documents, { hss: mock.urls.hss!, sas: mock.urls.sas! });
  const generated = Date.now();

  tsc = await runProgram(process.execPath, [TSC, '-p', consumer], { cwd: consumer, timeoutMs: 120_000 });
  const checked = Date.now();
  for (const tool of TOOLS) {
    mock.reset();
    const run = await runProgram(process.execPath, [join(consumer, `dist/run-${tool}.js`)], { cwd: consumer });
    const output = (
      run.code === 0 ? JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') : { calls: [], fragments: [] }
    ) as ProgramOutput;
    const fragments = output.fragments.map(({ document, operation, url }) => {
      const planned = documents
        .find((d) => d.document === document)!
        .operations.find((o) => o.operationId === operation)!;
      return { document, operation, problems: fragmentProblems(planned, url) };
    });
    results[tool] = { run, calls: callResults(tool, documents, output, mock.requests), fragments };
  }
  mock.reset();
  readmeRun = await runProgram(process.execPath, [join(consumer, README_HEY_API)], {
    cwd: consumer,
    env: README_HEY_API_ENV,
  });
  readmeRecords = [...mock.requests];
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `${table()}\n(generated in ${seconds(started, generated)} s, tsc ${seconds(generated, checked)} s, ` +
      `calls ${seconds(checked, Date.now())} s)`,
  );
}, 180_000);

afterAll(async () => {
  await mock?.close();
  if (consumer !== undefined) rmSync(consumer, { recursive: true, force: true });
  if (packedRoot !== undefined) rmSync(dirname(packedRoot), { recursive: true, force: true });
});

describe('the shipped OpenAPI documents in @hey-api/openapi-ts and orval', () => {
  it('the package ships every document of the source tree', () => {
    expect(packed).toEqual(SOURCE_DOCUMENTS);
  });

  it('the generated clients and the calling programs pass strict tsc', () => {
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  it("the README's hey-api example runs as written: signed with the keys from the environment, answered 200", () => {
    expect(readmeRun.stderr).toBe('');
    expect(readmeRun.code).toBe(0);
    expect(JSON.parse(readmeRun.stdout)).toEqual({ status: 200 });
    expect(readmeRecords.map((r) => [r.operation, r.signature, r.signedBy, r.status])).toEqual([
      ['DescribeImageVulList', 'valid', README_HEY_API_ENV.ALIBABA_CLOUD_ACCESS_KEY_ID, 200],
    ]);
  });

  describe.each(TOOLS)('%s', (tool) => {
    it('its calling program runs', () => {
      expect(results[tool].run.stderr).toBe('');
      expect(results[tool].run.code).toBe(0);
    });

    it.each(SOURCE_DOCUMENTS)('%s: every callable operation sends the example request, signed, and gets 2xx', (doc) => {
      const document = documents.find((d) => d.document === doc)!;
      const calls = results[tool].calls.filter((r) => r.document === doc);
      expect(calls.map((r) => r.operation)).toEqual(
        document.operations.filter((o) => !o.fragment).map((o) => o.operationId),
      );
      expect(calls.filter((r) => r.problems.length > 0)).toEqual([]);
    });

    // Why sas.yaml is not the document for these tools: its `/#<Action>` keys end up in the URL's fragment.
    it('openapi/sas.yaml: each /#<Action> operation would send POST / with its query in the fragment', () => {
      const fragments = results[tool].fragments;
      expect(fragments.map((r) => r.operation)).toEqual(
        documents
          .filter((d) => d.document === 'openapi/sas.yaml')
          .flatMap((d) => d.operations.filter((o) => o.fragment).map((o) => o.operationId)),
      );
      expect(fragments.length).toBeGreaterThan(0);
      expect(fragments.filter((r) => r.problems.length > 0)).toEqual([]);
    });
  });
});
