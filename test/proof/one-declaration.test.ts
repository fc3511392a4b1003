// The proof that an operation is declared once (issue 16): in a copy of the repository, two operations are
// added to openapi/hss.yaml and nothing else (a GET with path, query and header parameters, an
// int32 with bounds among them, and a response schema, and a waiter declared on it; a POST with a
// body). After `npm run generate`, the real tools must find: the SDK methods, type-checked with the
// right parameter types (tsc), the waiter's waitForProofThingsListed among them; the CLI commands
// with their help, and `imagesec hss wait proof-things-listed` polling a loopback list; the mock
// serving them and the SDK calling them (the copy's own contract suite); the fault matrix running
// them (the copy's own fault suite); the docs listing them (the copy's docs build).
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = ['--conditions=imagesec-source', '--import', 'tsx'];

// Written the way the vendors document operations: int32 integers with bounds, examples, the
// shared parameters and error responses, imagesec's repeat-safety word. Their paths are outside
// /image/, where the template /image/{image_id}/... would make them ambiguous.
const NEW_OPERATIONS = `  /v5/{project_id}/proof-things/{thing_id}:
    get:
      operationId: ListProofThings
      x-imagesec-safe-to-repeat:
        safe: true
        reason: A read; repeating it changes nothing.
      x-imagesec-waiters:
        ProofThingsListed:
          description: Until the thing named by \`thing_id\` lists at least one proof thing.
          minDelay: 1
          maxDelay: 2
          maxWait: 60
          acceptors:
            - state: success
              matcher:
                output:
                  path: "length(data_list) > \`0\`"
                  expected: "true"
                  comparator: booleanEquals
            - state: failure
              matcher:
                errorType: HSS.1099
      tags: [Container Images]
      summary: List the proof things of one thing
      description: A test-only operation added by the one-declaration proof.
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - name: thing_id
          in: path
          required: true
          description: The thing to list.
          schema: { type: string, minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$' }
          example: thing-1
        - name: limit
          in: query
          required: false
          description: Records per page.
          schema: { type: integer, format: int32, minimum: 10, maximum: 200, default: 10 }
          example: 20
        - name: offset
          in: query
          required: false
          description: Records to skip.
          schema: { type: integer, format: int32, minimum: 0 }
          example: 0
        - $ref: '#/components/parameters/Region'
        - $ref: '#/components/parameters/XProjectId'
      responses:
        '200':
          description: Request succeeded.
          headers:
            X-Request-Id:
              $ref: '#/components/headers/XRequestId'
          content:
            application/json:
              schema:
                type: object
                properties:
                  total_num: { type: integer, format: int32, minimum: 0, examples: [2] }
                  data_list: { type: array, items: { type: string, examples: [a] } }
              examples:
                one:
                  summary: Two things
                  value: { total_num: 2, data_list: [a, b] }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '500': { $ref: '#/components/responses/InternalServerError' }
  /v5/{project_id}/proof-things:
    post:
      operationId: CreateProofThing
      x-imagesec-safe-to-repeat:
        safe: false
        reason: Creates a thing; a repeat creates another.
      tags: [Container Images]
      summary: Create a proof thing
      description: A test-only operation added by the one-declaration proof.
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - $ref: '#/components/parameters/XProjectId'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [name]
              properties:
                name: { type: string, minLength: 1, maxLength: 32, description: Its name., examples: [proof] }
                size: { type: integer, format: int32, minimum: 1, maximum: 1000, description: Its size., examples: [3] }
            examples:
              one:
                summary: A thing
                value: { name: proof, size: 3 }
      responses:
        '200': { $ref: '#/components/responses/Success' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '500': { $ref: '#/components/responses/InternalServerError' }
`;

// Uses the new methods as a user would; the @ts-expect-error lines must be errors.
const USAGE = `import { HssClient } from 'imagesec';
const hss = new HssClient({ region: 'cn-north-4', projectId: 'p', credentials: { ak: 'a', sk: 's' } });
export async function proof(): Promise<number> {
  const listed = await hss.listProofThings({ thing_id: 'thing-1', limit: 20, offset: 0, region: 'cn-north-4' });
  await hss.createProofThing({ body: { name: 'x', size: 3 } });
  // @ts-expect-error limit is an integer, not text
  await hss.listProofThings({ thing_id: 'thing-1', limit: '20' });
  // @ts-expect-error the body's name is required
  await hss.createProofThing({ body: { size: 3 } });
  // @ts-expect-error thing_id is required
  await hss.listProofThings({});
  // The waiter declared on ListProofThings: the list's input, waiter options, the list's result.
  const waited = await hss.waitForProofThingsListed(
    { thing_id: 'thing-1', limit: 20 },
    { maxWaitMs: 10_000, minDelayMs: 1, onProgress: (progress) => void progress.description, timeoutMs: 5_000 },
  );
  const polls: number = waited.attempts;
  // @ts-expect-error the waiter takes the list's input: thing_id is required
  await hss.waitForProofThingsListed({});
  // @ts-expect-error maxWaitMs is milliseconds, a number
  await hss.waitForProofThingsListed({ thing_id: 'thing-1' }, { maxWaitMs: '10' });
  return polls + (waited.result.data?.total_num ?? 0) + (listed.data?.total_num ?? 0);
}
`;

let copy: string;

async function inCopy(
  command: string,
  args: readonly string[],
  timeout = 240_000,
  env: Readonly<Record<string, string>> = {},
): Promise<{ stdout: string; stderr: string }> {
  return run(command, args, {
    cwd: copy,
    timeout,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'imagesec-one-declaration-'));
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  for (const file of stdout.split('\0').filter(Boolean))
    await cp(join(ROOT, file), join(copy, file), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const spec = join(copy, 'openapi/hss.yaml');
  const text = await readFile(spec, 'utf8');
  // A function, not a string: `$'` in a replacement string would mean "the rest of the file".
  await writeFile(
    spec,
    text.replace(/^paths:\n/m, () => `paths:\n${NEW_OPERATIONS}`),
  );
  await inCopy(process.execPath, [...SOURCE, 'scripts/generate.ts']);
}, 300_000);

afterAll(async () => {
  if (copy !== undefined) await rm(copy, { recursive: true, force: true });
});

describe('a new operation needs only its spec', () => {
  it('the spec passes the lint rules, and nothing outside openapi/ and generated/ changed', async () => {
    await inCopy(process.execPath, [join(ROOT, 'node_modules/@redocly/cli/bin/cli.js'), 'lint']);
    const { stdout } = await run('git', ['-C', ROOT, 'ls-files', '-z'], { maxBuffer: 16 * 1024 * 1024 });
    const changed: string[] = [];
    for (const file of stdout.split('\0').filter(Boolean)) {
      const [ours, theirs] = await Promise.all([readFile(join(ROOT, file)), readFile(join(copy, file))]);
      if (!ours.equals(theirs)) changed.push(file);
    }
    // The spec edit, and what the generator wrote from it: nothing else.
    expect(changed.filter((f) => f !== 'openapi/hss.yaml' && !f.startsWith('generated/'))).toEqual([]);
    expect(changed).toContain('openapi/hss.yaml');
    expect(changed).toEqual(
      expect.arrayContaining([
        'generated/hss.d.ts',
        'generated/hss.operations.ts',
        'generated/hss.methods.ts',
        'generated/hss.cli.ts',
        'generated/hss.waiters.ts',
      ]),
    );
  });

  it('the SDK methods exist and type-check with the parameter types of the spec', async () => {
    await writeFile(join(copy, 'test/proof-usage.ts'), USAGE);
    await inCopy(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  }, 300_000);

  it('the CLI has the commands, with help for every flag (path, query and body fields)', async () => {
    const list = await inCopy(process.execPath, [...SOURCE, 'bin/imagesec.js', 'hss', 'list-proof-things', '--help']);
    for (const flag of ['--thing-id', '--limit', '--offset', '--region']) expect(list.stdout).toContain(flag);
    const create = await inCopy(process.execPath, [
      ...SOURCE,
      'bin/imagesec.js',
      'hss',
      'create-proof-thing',
      '--help',
    ]);
    for (const flag of ['--name', '--size', '--body']) expect(create.stdout).toContain(flag);
  });

  it('the CLI waits with the waiter: its help, and `wait` polling until the success state', async () => {
    const help = await inCopy(process.execPath, [
      ...SOURCE,
      'bin/imagesec.js',
      'hss',
      'wait',
      'proof-things-listed',
      '--help',
    ]);
    for (const text of ['--thing-id', '--max-wait', 'length(data_list) > `0`']) expect(help.stdout).toContain(text);
    // A loopback list that is empty at the first poll and lists a thing from the second on.
    let polls = 0;
    const server = createServer((request, response) => {
      request.resume();
      polls += 1;
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `r-${polls}` });
      response.end(JSON.stringify({ total_num: polls > 1 ? 1 : 0, data_list: polls > 1 ? ['a'] : [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const waited = await inCopy(
        process.execPath,
        [
          ...SOURCE,
          'bin/imagesec.js',
          'hss',
          'wait',
          'proof-things-listed',
          '--endpoint',
          `http://127.0.0.1:${port}`,
          '--region',
          'cn-north-4',
          '--project-id',
          'p1',
          '--thing-id',
          'thing-1',
          '--min-delay',
          '0.001',
          '--max-delay',
          '0.002',
        ],
        60_000,
        { HUAWEICLOUD_SDK_AK: 'AK-PROOF', HUAWEICLOUD_SDK_SK: 'SK-PROOF' },
      );
      expect(waited.stdout).toMatch(/^hss wait proof-things-listed: success after 2 polls/);
      expect(waited.stderr).toMatch(/poll 1 at .*: retry \(length\(data_list\) > `0` = false\)/);
      expect(polls).toBe(2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("the copy's contract and fault suites run them against the mock and the fault server", async () => {
    const report = join(copy, 'reports/proof.json');
    await inCopy(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'test/vitest.config.ts',
        '--typecheck.enabled=false',
        '--reporter=json',
        `--outputFile=${report}`,
        '-t',
        'roofThing',
        'test/contract/spec-examples.test.ts',
        'test/faults/every-attempt.test.ts',
      ],
      600_000,
    );
    const results = JSON.parse(await readFile(report, 'utf8')) as {
      testResults: { assertionResults: { fullName: string; status: string }[] }[];
    };
    const tests = results.testResults
      .flatMap((r) => r.assertionResults)
      .filter((t) => t.status !== 'skipped' && t.status !== 'pending');
    const names = tests.map((t) => t.fullName);
    expect(names.some((n) => n.includes('listProofThings with its spec example gets 200'))).toBe(true);
    expect(names.some((n) => n.includes('createProofThing with its spec example gets 200'))).toBe(true);
    expect(
      names.filter((n) => n.includes('a fault on every attempt') && n.includes('listProofThings')).length,
    ).toBeGreaterThan(10);
    expect(
      names.filter((n) => n.includes('a fault on every attempt') && n.includes('createProofThing')).length,
    ).toBeGreaterThan(10);
    expect(tests.filter((t) => t.status !== 'passed').map((t) => t.fullName)).toEqual([]);
  }, 600_000);

  it('the docs list them', async () => {
    await inCopy(process.execPath, [...SOURCE, 'scripts/docs.ts'], 300_000);
    const docs = await readFile(join(copy, 'build/docs/hss.html'), 'utf8').catch(async () =>
      readFile(join(copy, 'build/docs/index.html'), 'utf8'),
    );
    expect(docs).toContain('ListProofThings');
    const cli = await readFile(join(copy, 'build/docs/cli.html'), 'utf8');
    expect(cli).toContain('list-proof-things');
    expect(cli).toContain('imagesec hss wait proof-things-listed');
  }, 300_000);
});
