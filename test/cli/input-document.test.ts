// --skeleton and --input: every operation's skeleton (YAML and JSON), given back unchanged with
// --input, becomes a request the strict mock accepts and that carries the document's values
// (parameters by spec name where the operation puts them, the body deep-equal). Then what a
// document may not do (unknown keys, bad YAML or JSON, a body twice), what flags do over it, exact
// big integers and secrets. In-process through main() (stdout and stderr captured) with the
// document in a file; stdin, which main() reads from the process, in two CLI children.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startMock, type RecordedRequest, type RunningMock } from 'imagesec/testing';
import { parseOperationArgs } from '../../src/cli/arguments.js';
import { cliCloud, findOperation, type CliOperation } from '../../src/cli/operations.js';
import { skeletonText } from '../../src/cli/skeleton.js';
import type { Stdin } from '../../src/cli/sources.js';
import { parseExactJson } from '../../src/core/exact-json.js';
import { CANARY } from '../helpers/canaries.js';
import { runCli } from '../helpers/cli.js';
import { allClouds } from '../helpers/cloud-clients.js';
import { runMain as run } from '../helpers/in-process-cli.js';

const HSS_KEY = { ak: 'SKELETONMOCKAK000001', sk: 'skeleton-mock-hss-secret-01' };
const SAS_KEY = { accessKeyId: 'LTAI5tSkeletonMock01', accessKeySecret: 'skeleton-mock-sas-secret-01' };
const ENV: Record<string, string> = {
  HUAWEICLOUD_SDK_AK: HSS_KEY.ak,
  HUAWEICLOUD_SDK_SK: HSS_KEY.sk,
  ALIBABA_CLOUD_ACCESS_KEY_ID: SAS_KEY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: SAS_KEY.accessKeySecret,
};
// Every other registered cloud (the test suite's own): a key under its own variable names, which its
// mock accepts (made by its `imagesec mock` key flag's parser).
const OTHER_KEYS: Record<string, unknown[]> = {};
for (const { id, credentials, gateway } of allClouds()) {
  const [idName, secretName] = credentials.secretEnv;
  if (idName in ENV) continue;
  ENV[idName] = `SKELETONMOCK${id.toUpperCase()}01`;
  ENV[secretName] = `skeleton-mock-${id}-secret-01`;
  OTHER_KEYS[id] = [gateway.credentialFlags[0]!.parse(`${ENV[idName]}:${ENV[secretName]}`)];
}
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const REGION = 'cn-north-4';
const OPERATIONS: readonly CliOperation[] = allClouds().flatMap(({ id }) => cliCloud(id).operations);
const MASK = '***';

let mock: RunningMock;
let dir: string;
beforeAll(async () => {
  [mock, dir] = await Promise.all([
    startMock({ credentials: { hss: [HSS_KEY], sas: [SAS_KEY], ...OTHER_KEYS } }),
    mkdtemp(join(tmpdir(), 'imagesec-input-')),
  ]);
}, 60_000);
afterAll(async () => Promise.all([mock.close(), rm(dir, { recursive: true, force: true })]));
beforeEach(() => {
  mock.reset();
  for (const [name, value] of Object.entries(ENV)) vi.stubEnv(name, value);
  for (const name of ['IMAGESEC_DEBUG', 'HUAWEICLOUD_SDK_PROJECT_ID', 'HUAWEICLOUD_SDK_REGION']) vi.stubEnv(name, '');
  return () => vi.unstubAllEnvs();
});

let files = 0;
async function documentFile(text: string, extension = 'yaml'): Promise<string> {
  const path = join(dir, `input-${(files += 1)}.${extension}`);
  await writeFile(path, text);
  return `@${path}`;
}

/** Where a call of the operation goes, and the client's own settings (the document leaves them null). */
function target(operation: CliOperation): string[] {
  const endpoint = ['--endpoint', (mock.urls as Readonly<Record<string, string>>)[operation.cloud]!];
  const fills = (flag: string) => operation.clientFilled.some((f) => f.flag === flag);
  return [
    ...endpoint,
    ...(fills('project-id') ? ['--project-id', PROJECT] : []),
    ...(fills('region') ? ['--region', REGION] : []),
  ];
}

function command(operation: CliOperation): string[] {
  return [operation.cloud, operation.command];
}

function onlyRequest(): RecordedRequest {
  expect(mock.requests).toHaveLength(1);
  const [request] = mock.requests;
  expect(request).toMatchObject({ signature: 'valid', violations: [], status: 200 });
  return request!;
}

type Json = Record<string, unknown>;

/** A key with null is not sent, at any depth of an object. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** The document read independently of the CLI: JSON with exact integers, YAML with bigint for big ones. */
function readDocument(text: string, format: 'yaml' | 'json'): Json {
  if (format === 'json') return parseExactJson(text) as Json;
  const exact = (value: unknown): unknown =>
    typeof value === 'bigint'
      ? Number.isSafeInteger(Number(value))
        ? Number(value)
        : value
      : Array.isArray(value)
        ? value.map(exact)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exact(v)]))
          : value;
  return exact(parseYaml(text, { intAsBigInt: true })) as Json;
}

/**
 * The request parts the mock should have read, from the document: each parameter in its section
 * by spec name (a JSON-text one as the value its text holds), the client's own from the flags,
 * secrets masked as the mock's record keeps them.
 */
function expectedParts(operation: CliOperation, document: Json): Record<string, Json> {
  const parts: Record<string, Json> = {};
  const put = (section: string, name: string, value: unknown) => ((parts[section] ??= {})[name] = value);
  for (const [key, value] of Object.entries(document)) {
    if (key === 'body') {
      const body = withoutNulls(value) as Json;
      for (const option of operation.options)
        if (option.in === 'body' && option.secret === true) body[option.name] = MASK;
      parts.body = body;
      continue;
    }
    const option = operation.options.find((o) => o.name === key && o.in !== 'body');
    if (option !== undefined) {
      if (value !== null) put(option.in, key, option.secret === true ? MASK : value);
      continue;
    }
    const filled = operation.clientFilled.find((f) => f.name === key);
    expect(filled, `"${key}" is a parameter of ${operation.operationId}`).toBeDefined();
    expect(value, `"${key}" is left to the client`).toBeNull();
  }
  for (const filled of operation.clientFilled) put(filled.in, filled.name, filled.flag === 'region' ? REGION : PROJECT);
  return parts;
}

/** The mock's reading of the request, JSON-text parameters decoded (they are recorded as sent). */
function actualParts(operation: CliOperation, request: RecordedRequest): Record<string, Json> {
  const parts = structuredClone(request.parameters ?? {}) as Record<string, Json>;
  for (const option of operation.options) {
    const text = parts.query?.[option.name];
    if (option.json && option.secret !== true && typeof text === 'string')
      parts.query![option.name] = parseExactJson(text);
  }
  return parts;
}

function expectCarries(operation: CliOperation, document: Json, request: RecordedRequest): void {
  const expected = expectedParts(operation, document);
  const actual = actualParts(operation, request);
  for (const [section, values] of Object.entries(expected)) {
    // Headers also hold what the client adds (SAS action and version); every other part is exact.
    if (section === 'header') expect(actual.header, section).toMatchObject(values);
    else expect(actual[section], section).toEqual(values);
  }
  for (const section of ['query', 'form', 'body']) {
    if (expected[section] === undefined) expect(actual[section] ?? {}, section).toEqual({});
  }
}

/**
 * Required secrets the skeleton leaves empty (never an example): the one edit those documents
 * need. Unchanged, --input refuses them before anything is sent.
 */
const SECRETS_TO_FILL: Readonly<Record<string, { readonly name: string; fill(document: Json): void }>> = {
  AddRegistry: {
    name: '"body"."registry_password"',
    fill: (document) => void ((document.body as Json).registry_password = CANARY.registryPassword),
  },
  AddPrivateRegistry: {
    name: '"Password"',
    fill: (document) => void (document.Password = CANARY.registryPassword),
  },
};

describe('--skeleton given back with --input: every operation, accepted and carried as written', () => {
  const cases = OPERATIONS.flatMap((operation) =>
    (['yaml', 'json'] as const).map((format) => [operation.cloud, operation.command, format, operation] as const),
  );

  it.each(cases)('%s %s (%s)', async (_cloud, _command, format, operation) => {
    const printed = await run([
      ...command(operation),
      '--skeleton',
      ...(format === 'json' ? ['--output', 'json'] : []),
    ]);
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    const document = readDocument(printed.stdout, format);
    const secret = SECRETS_TO_FILL[operation.operationId];
    let text = printed.stdout;
    if (secret !== undefined) {
      // Unchanged, it is refused before anything is sent, naming the empty secret.
      const unchanged = await run([
        ...command(operation),
        '--input',
        await documentFile(text, format),
        ...target(operation),
      ]);
      expect(unchanged.code).toBe(2);
      expect(unchanged.stderr).toContain(`--input ${secret.name} is empty: fill in the secret`);
      expect(mock.requests).toHaveLength(0);
      secret.fill(document);
      text = JSON.stringify(document, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
    }
    const sent = await run([
      ...command(operation),
      '--input',
      await documentFile(text, secret === undefined ? format : 'json'),
      ...target(operation),
      '--output',
      'json',
    ]);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    const request = onlyRequest();
    expect(request.operation).toBe(operation.operationId);
    expectCarries(operation, document, request);
  });

  it('covers every cloud, every operation', () => {
    const count = allClouds().reduce((sum, { id }) => sum + cliCloud(id).operations.length, 0);
    expect(cases).toHaveLength(2 * count);
  });
});

function operation(cloud: 'hss' | 'sas', name: string): CliOperation {
  const found = findOperation(cloud, name);
  if (found === undefined) throw new Error(`no ${cloud} ${name}`);
  return found;
}

/** One stderr line of a usage error (exit 2), nothing sent. */
async function usageError(args: readonly string[]): Promise<string> {
  const result = await run(args);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(mock.requests).toHaveLength(0);
  return result.stderr;
}

describe('what a document may not say', () => {
  const vulList = operation('sas', 'describe-image-vul-list');

  it('an unknown key is named, with the closest name and every name', async () => {
    const stderr = await usageError([
      ...command(vulList),
      '--input',
      await documentFile('Typ: cve\n'),
      ...target(vulList),
    ]);
    expect(stderr).toMatch(/unknown key "Typ" for sas describe-image-vul-list/);
    expect(stderr).toMatch(/did you mean "Type"\?/);
    expect(stderr).toMatch(/keys: Type, CurrentPage, PageSize, /);
  });

  it('a flag name points to the spec name, a body field to "body"', async () => {
    const flagged = await usageError([
      ...command(vulList),
      '--input',
      await documentFile('{"Type": "cve", "page-size": 5}', 'json'),
      ...target(vulList),
    ]);
    expect(flagged).toMatch(/unknown key "page-size".*did you mean "PageSize"\?/);
    const add = operation('hss', 'add-image-white-lists');
    const misplaced = await usageError([
      ...command(add),
      '--input',
      await documentFile('global_image_type: local\ntype: vulnerability\nrule_type: all_images\n'),
      ...target(add),
    ]);
    expect(misplaced).toMatch(/unknown key "rule_type".*"rule_type" is a body field: put it under "body"/);
  });

  it.each([
    ['YAML', 'Type: cve\nPageSize: 5: 6\n', /--input is not valid YAML: .* at line 2, column \d+\. Hint/],
    [
      'YAML with a duplicate key',
      'Type: cve\nType: sca\n',
      /--input is not valid YAML: Map keys must be unique at line 2, column 1/,
    ],
    ['JSON', '{"Type": "cve",\n "PageSize": 5,}', /--input is not valid JSON: .*(position|char|line)/i],
    ['a list', '- Type: cve\n', /--input must be a mapping of parameter names/],
    ['nothing', '# only a comment\n', /--input is empty/],
    ['two YAML documents', 'Type: cve\n---\nType: sca\n', /--input holds 2 YAML documents; give one/],
  ])('bad %s: exit 2, saying where it broke', async (_what, text, message) => {
    expect(await usageError([...command(vulList), '--input', await documentFile(text), ...target(vulList)])).toMatch(
      message,
    );
  });

  it('values are typed as the flags type them; a number where text is meant must be quoted', async () => {
    const typed = await usageError([
      ...command(vulList),
      '--input',
      await documentFile('Type: cve\nPageSize: many\n'),
      ...target(vulList),
    ]);
    expect(typed).toMatch(/--input "PageSize" must be a whole number, not 'many'/);
    const unquoted = await usageError([
      ...command(vulList),
      '--input',
      await documentFile('Type: cve\nTag: 1.10\n'),
      ...target(vulList),
    ]);
    expect(unquoted).toMatch(/--input "Tag" must be a string \(in YAML, quote it/);
    const registries = operation('sas', 'page-image-registry');
    const list = await usageError([
      ...command(registries),
      '--input',
      await documentFile('RegistryTypeInList: harbor\n'),
      ...target(registries),
    ]);
    expect(list).toMatch(/--input "RegistryTypeInList" must be a list/);
  });

  it('--input takes @file or -, not a bare path', async () => {
    expect(await usageError([...command(vulList), '--input', 'input.yaml', ...target(vulList)])).toMatch(
      /--input takes @file \(JSON or YAML\) or - for stdin.*e\.g\. --input @input\.yaml/,
    );
  });

  it('a body for an operation without one, and a body given twice, are refused', async () => {
    const noBody = await usageError([
      ...command(vulList),
      '--input',
      await documentFile('Type: cve\nbody: {}\n'),
      ...target(vulList),
    ]);
    expect(noBody).toMatch(/takes no request body/);
    const add = operation('hss', 'add-image-white-lists');
    const twice = await usageError([
      ...command(add),
      '--input',
      await documentFile('global_image_type: local\ntype: vulnerability\nbody: { rule_type: all_images }\n'),
      '--body',
      '{"rule_type":"all_images"}',
      ...target(add),
    ]);
    expect(twice).toMatch(/--body and the --input document's "body" both give the request body: give it once/);
  });

  it('--skeleton takes no values: an operation flag or --body with it is refused', async () => {
    expect(await usageError([...command(vulList), '--skeleton', '--type', 'cve'])).toMatch(
      /--skeleton prints an input document and sends nothing: --type does not go with it/,
    );
    expect(await usageError([...command(operation('hss', 'add-registry')), '--skeleton', '--body', '{}'])).toMatch(
      /--body does not go with it/,
    );
  });
});

describe('the document and the flags together', () => {
  it('flags override the document: parameters, body fields, and the client-filled ones', async () => {
    const add = operation('hss', 'add-image-white-lists');
    const result = await run([
      ...command(add),
      '--input',
      await documentFile(
        [
          'global_image_type: local',
          'type: vulnerability',
          'enterprise_project_id: from-document',
          "project_id: '11111111111111111111111111111111'",
          'body:',
          '  rule_type: all_images',
          '  description: from the document',
          '  vul_ids: [CVE-2024-0001]',
        ].join('\n'),
      ),
      '--global-image-type',
      'registry',
      '--description',
      'from the flag',
      ...target(add),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const request = onlyRequest();
    expect(request.parameters).toMatchObject({
      path: { project_id: PROJECT },
      query: { global_image_type: 'registry', type: 'vulnerability', enterprise_project_id: 'from-document' },
      body: { rule_type: 'all_images', description: 'from the flag', vul_ids: ['CVE-2024-0001'] },
    });
  });

  it("the document's project_id acts as --project-id where the flag is not given", async () => {
    const list = operation('hss', 'list-registry');
    const other = 'ffffffffffffffffffffffffffffffff';
    const result = await run([
      ...command(list),
      '--input',
      await documentFile(`{"project_id": "${other}", "limit": 10}`, 'json'),
      '--endpoint',
      mock.urls.hss!,
      '--region',
      REGION,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(onlyRequest().parameters).toMatchObject({ path: { project_id: other }, query: { limit: 10 } });
  });

  it('a JSON-text parameter takes the value or its text, and sends the same request', async () => {
    const operate = operation('sas', 'operate-image-vul');
    const info = [{ uuid: 'u-1', ids: [197540864, 197540865] }];
    const asValue = await run([
      ...command(operate),
      '--input',
      await documentFile('Info:\n  - uuid: u-1\n    ids: [197540864, 197540865]\nOperateType: vul_fix\nType: cve\n'),
      ...target(operate),
    ]);
    expect(asValue.code, asValue.stderr).toBe(0);
    expect(parseExactJson(onlyRequest().query.Info!)).toEqual(info);
    mock.reset();
    const textual = await run([
      ...command(operate),
      '--input',
      await documentFile(JSON.stringify({ Info: JSON.stringify(info), OperateType: 'vul_fix', Type: 'cve' }), 'json'),
      ...target(operate),
    ]);
    expect(textual.code, textual.stderr).toBe(0);
    const request = onlyRequest();
    expect(parseExactJson(request.query.Info!)).toEqual(info);
  });

  it.each(['json', 'yaml'] as const)('integers past 2^53-1 keep every digit (%s)', async (format) => {
    const add = operation('hss', 'add-image-white-lists');
    const document = {
      global_image_type: 'registry',
      type: 'vulnerability',
      body: { rule_type: 'specific_images', image_info: [{ id: 9223372036854775807n }] },
    };
    const text =
      format === 'json'
        ? '{"global_image_type":"registry","type":"vulnerability","body":{"rule_type":"specific_images","image_info":[{"id":9223372036854775807}]}}'
        : 'global_image_type: registry\ntype: vulnerability\nbody:\n  rule_type: specific_images\n  image_info:\n    - id: 9223372036854775807\n';
    const result = await run([...command(add), '--input', await documentFile(text, format), ...target(add)]);
    expect(result.code, result.stderr).toBe(0);
    expect(onlyRequest().parameters).toMatchObject({ body: document.body });
    expect(mock.requests[0]!.body).toContain('"id":9223372036854775807}');
  });
});

describe('secrets', () => {
  it('the skeletons show no example of a secret', async () => {
    for (const [cloud, name] of [
      ['hss', 'add-registry'],
      ['sas', 'add-private-registry'],
    ] as const) {
      for (const format of ['text', 'json'] as const) {
        const text = await skeletonText(operation(cloud, name), format);
        expect(text).not.toMatch(/example-(password|token)-not-real/);
      }
    }
  });

  it('a secret in the document is sent, and never shown in a message about it', async () => {
    const add = operation('sas', 'add-private-registry');
    const skeleton = readDocument(await skeletonText(add, 'json'), 'json');
    const wrongType = await usageError([
      ...command(add),
      '--input',
      await documentFile(JSON.stringify({ ...skeleton, Password: 12345678, ExtraParam: null }), 'json'),
      ...target(add),
    ]);
    expect(wrongType).toMatch(/--input "Password" must be a string/);
    expect(wrongType).not.toContain('12345678');
    const broken = await usageError([
      ...command(add),
      '--input',
      await documentFile(`RegistryType: harbor\nPassword: "${CANARY.registryPassword.replace('"', '')}\n`),
      ...target(add),
    ]);
    expect(broken).toMatch(/not valid YAML/);
    expect(broken).not.toContain('CANARYPW');
    const sent = await run([
      ...command(add),
      '--input',
      await documentFile(JSON.stringify({ ...skeleton, Password: CANARY.registryPassword }), 'json'),
      ...target(add),
      '--output',
      'json',
    ]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(onlyRequest().query).toMatchObject({ Password: MASK });
    expect(sent.stdout + sent.stderr).not.toContain('CANARYPW');
  });
});

describe('stdin', () => {
  /** A Stdin that hands out `text` once, and says who read it. */
  function fakeStdin(text: string): Stdin & { readonly readers: string[] } {
    const readers: string[] = [];
    const claim = (purpose: string) => {
      if (readers.length > 0) throw new Error(`${purpose} and ${readers[0]} cannot both read stdin (-)`);
      readers.push(purpose);
    };
    return { readers, claim, readAll: (purpose) => (claim(purpose), Promise.resolve(text)) };
  }

  it('--input - reads stdin once: a second reader is refused by name', async () => {
    const add = operation('hss', 'add-image-white-lists');
    const stdin = fakeStdin('global_image_type: local\ntype: vulnerability\n');
    await expect(parseOperationArgs(add, ['--input', '-', '--body', '-'], stdin)).rejects.toThrow(
      /--body and --input cannot both read stdin/,
    );
    const parsed = await parseOperationArgs(add, ['--input', '-'], fakeStdin('global_image_type: local\ntype: x\n'));
    expect(parsed.input).toEqual({ global_image_type: 'local', type: 'x' });
  });

  it.each([
    ['hss', 'add-image-white-lists'],
    ['sas', 'public-sync-and-create-image-scan-task'],
  ] as const)('%s %s: the CLI piped --skeleton into --input - sends it', async (cloud, name) => {
    const chosen = operation(cloud, name);
    const skeleton = await skeletonText(chosen, 'text');
    const result = await runCli([...command(chosen), '--input', '-', ...target(chosen), '--output', 'json'], {
      env: ENV,
      stdin: skeleton,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectCarries(chosen, readDocument(skeleton, 'yaml'), onlyRequest());
  });
});
