// The imagesec CLI running operations, as a subprocess: every operation against the Prism mock
// (request validation on) with the spec's own example, then against a raw capture server to check
// that the flags become exactly the request the spec names (query by spec name, body fields over
// --body, repeated flags as arrays, booleans and integers as JSON values, exact big ids, stdin and
// @file sources), that the signature verifies with the vendors' own signers, and which exit status
// and stderr each failure earns. Canary credentials throughout: no output may show one.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseLossless } from 'lossless-json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCloud, type CliOperation } from '../../src/cli/operations.js';
import type { CloudId } from '../../src/clouds.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { alibabaOfficialAuthorization, huaweiOfficialAuthorization } from '../helpers/official-signers.js';
import { usePrism } from '../helpers/prism.js';

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

/** Canary credentials of both clouds, temporary-key tokens included (more secrets that must not leak). */
const ENV = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  HUAWEICLOUD_SDK_SECURITY_TOKEN: CANARY.securityToken,
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
  ALIBABA_CLOUD_SECURITY_TOKEN: CANARY.stsToken,
};

const OPERATIONS: readonly CliOperation[] = [...cliCloud('hss').operations, ...cliCloud('sas').operations];

function cli(args: readonly string[], stdin?: string): Promise<CliResult> {
  return runCli(args, { env: ENV, ...(stdin === undefined ? {} : { stdin }) });
}

/** Neither stream shows a canary or a signature. */
function expectClean(...results: CliResult[]): void {
  for (const { stdout, stderr } of results) expectNoSecrets(stdout, stderr);
}

/** The only JSON document of an output: one line, newline-terminated. */
function onlyJson(text: string): Record<string, unknown> {
  expect(text.endsWith('\n'), 'ends with a newline').toBe(true);
  expect(text.trimEnd().split('\n'), 'exactly one line').toHaveLength(1);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The one line of a failure on stderr. */
function onlyLine(text: string): string {
  expect(text.endsWith('\n'), 'ends with a newline').toBe(true);
  const lines = text.trimEnd().split('\n');
  expect(lines, 'exactly one line').toHaveLength(1);
  expect(lines[0]).toMatch(/^imagesec: /);
  return lines[0]!;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** A JSON body as sent, with integers past 2^53-1 kept exact (as bigint). */
function losslessBody(request: CapturedRequest): unknown {
  return parseLossless(request.body.toString('utf8'), null, (text) => {
    const value = Number(text);
    return /^-?\d+$/.test(text) && !Number.isSafeInteger(value) ? BigInt(text) : value;
  });
}

function queryOf(request: CapturedRequest): Record<string, string> {
  return Object.fromEntries(new URL(request.target, 'http://x').searchParams);
}

// ---------------------------------------------------------------------------------------------
// What the spec promises for a successful call: the request id Prism answers with, and the body.

type Json = Record<string, unknown>;

function resolve(spec: Json, value: unknown): Json {
  let node = value as Json;
  while (typeof node?.$ref === 'string') {
    node = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((at, key) => at[key] as Json, spec);
  }
  return node;
}

interface SpecSuccess {
  readonly requestId: string;
  readonly data: Json | undefined;
}

async function specSuccesses(): Promise<Map<string, SpecSuccess>> {
  const out = new Map<string, SpecSuccess>();
  for (const name of ['hss', 'sas'] as const) {
    const spec = (await loadSpec(name)) as unknown as Json;
    for (const item of Object.values(spec.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        const op = operation as Json;
        if (typeof op?.operationId !== 'string') continue;
        const ok = resolve(spec, (op.responses as Json)['200']);
        const header = ok.headers === undefined ? undefined : resolve(spec, (ok.headers as Json)['X-Request-Id']);
        const examples = ((ok.content as Json | undefined)?.['application/json'] as Json | undefined)?.examples as
          Json | undefined;
        const first = examples === undefined ? undefined : (resolve(spec, Object.values(examples)[0]).value as Json);
        const requestId = (header?.example ?? first?.RequestId) as string | undefined;
        if (requestId === undefined) throw new Error(`${op.operationId}: the spec gives no request id example`);
        out.set(op.operationId, { requestId, data: first });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('every operation against the Prism mock (request validation on)', () => {
  const mocks = { hss: usePrism('hss'), sas: usePrism('sas') };
  let successes: Map<string, SpecSuccess>;
  beforeAll(async () => {
    successes = await specSuccesses();
  });

  /** The spec's example request as flags, pointed at the mock, plus what the example leaves out. */
  function exampleArgs(operation: CliOperation, ...extra: string[]): string[] {
    const args = [
      operation.cloud,
      operation.command,
      ...operation.example,
      '--endpoint',
      mocks[operation.cloud as CloudId].url,
    ];
    const needsRegion = operation.clientFilled.some((f) => f.flag === 'region' && f.required);
    if (needsRegion && !operation.example.includes('--region')) args.push('--region', 'cn-north-4');
    if (operation.cloud === 'hss' && !operation.example.includes('--project-id')) args.push('--project-id', PROJECT);
    return [...args, ...extra];
  }

  it.each(OPERATIONS.map((o) => [`${o.cloud} ${o.command}`, o] as const))(
    '%s: the example succeeds, as text and as one JSON document',
    async (_, operation) => {
      expect(operation.example.length, 'the spec has an example request').toBeGreaterThan(0);
      const expected = successes.get(operation.operationId);
      if (expected === undefined) throw new Error(`${operation.operationId} is not in the spec`);
      const [text, json] = await Promise.all([
        cli(exampleArgs(operation)),
        cli(exampleArgs(operation, '--output', 'json')),
      ]);
      expectClean(text, json);

      expect(text.stderr).toBe('');
      expect(text.code).toBe(0);
      const [head = '', ...rest] = text.stdout.trimEnd().split('\n');
      expect(head).toMatch(
        new RegExp(
          `^${operation.cloud} ${operation.command}: 200 OK, request id ${escapeRegExp(expected.requestId)}, \\d+ ms$`,
        ),
      );
      // The response body follows as `key: value` lines.
      for (const [key, value] of Object.entries(expected.data ?? {})) {
        if (value === null || typeof value !== 'object') expect(rest).toContain(`  ${key}: ${String(value)}`);
      }

      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const record = onlyJson(json.stdout);
      expect(record).toEqual({
        ok: true,
        operation: operation.operationId,
        status: 200,
        requestId: expected.requestId,
        elapsedMs: expect.any(Number) as unknown,
        ...(expected.data === undefined ? {} : { data: expected.data }),
      });
      expect(Number.isInteger(record.elapsedMs) && (record.elapsedMs as number) >= 0).toBe(true);
    },
  );

  it('a request the mock refuses (an id past 2^53-1, which the API allows) names the field and the reason, with no advice to ask the vendor', async () => {
    const body =
      '{"rule_type":"specific_images","vul_ids":["CVE-2024-6387"],"image_info":[{"id":9007199254740993,"image_name":"nginx","image_type":"private_image"}]}';
    const args = [
      'hss',
      'add-image-white-lists',
      '--endpoint',
      mocks.hss.url,
      '--region',
      'cn-north-4',
      '--project-id',
      PROJECT,
      '--global-image-type',
      'registry',
      '--type',
      'vulnerability',
      '--body',
      body,
    ];
    const [text, json] = await Promise.all([cli(args), cli([...args, '--output', 'json'])]);
    expectClean(text, json);
    expect(text.code).toBe(1);
    const line = onlyLine(text.stderr);
    expect(line).toMatch(
      /^imagesec: BadRequestError 400 HSS\.0001: Invalid parameter: body\.image_info\[0\]\.id .*9007199254740991/,
    );
    expect(line).not.toMatch(/vendor/);
    const error = (onlyJson(json.stderr) as { error: { violations: { path: string; message: string }[] } }).error;
    expect(error.violations).toEqual([
      { path: 'body.image_info[0].id', message: expect.stringContaining('9007199254740991') as unknown },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const server = useCaptureServer();

/** Huawei's own signer over a captured request, from the wire alone. */
function huaweiOfficial(request: CapturedRequest): string {
  const signed = /SignedHeaders=([^,]+)/.exec(request.headers.authorization ?? '')?.[1]?.split(';') ?? [];
  // The official signer reads the date only under exactly `X-Sdk-Date`.
  const headers = Object.fromEntries(
    signed.map((n) => [n === 'x-sdk-date' ? 'X-Sdk-Date' : n, request.headers[n] ?? '']),
  );
  const url = new URL(request.target, server.url);
  const queryParams: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (queryParams[name] ??= []).push(value);
  // The official signer hashes JSON.stringify(data), which cannot reproduce an integer past 2^53-1;
  // for the length of the call it stringifies the marker as the body bytes that were sent.
  const raw = request.body.toString('utf8');
  const marker = { body: 'as sent' };
  const original = JSON.stringify;
  JSON.stringify = ((value: unknown, ...rest: unknown[]) =>
    value === marker ? raw : (original as (...args: unknown[]) => string)(value, ...rest)) as typeof JSON.stringify;
  try {
    return huaweiOfficialAuthorization(
      {
        method: request.method,
        endpoint: `${url.origin}${url.pathname}`,
        queryParams,
        headers,
        data: raw === '' ? undefined : marker,
      },
      CANARY.ak,
      CANARY.sk,
    );
  } finally {
    JSON.stringify = original;
  }
}

/** Alibaba's openapi-util over a captured request, from the wire alone. */
function alibabaOfficial(request: CapturedRequest): string {
  const url = new URL(request.target, server.url);
  return alibabaOfficialAuthorization(
    {
      method: request.method,
      pathname: url.pathname,
      headers: { ...request.headers },
      query: Object.fromEntries(url.searchParams),
    },
    createHash('sha256').update(request.body).digest('hex'),
    CANARY.accessKeyId,
    CANARY.accessKeySecret,
  );
}

describe('flags become the request the spec names (capture server)', () => {
  const SAS_INFO = cliCloud('sas').operations[0]!.options.find((o) => o.flag === 'info')!.example!;
  const BIG_ID = '9223372036854775807';
  let dir: string;
  const results: Record<string, CliResult> = {};
  const requests: Record<string, CapturedRequest> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'imagesec-cli-ops-'));
    await writeFile(
      join(dir, 'finding.json'),
      '{"sensitive_info_id":"97daa311-d91d-4b9b-97ed-05b168344470","operate_type":"do_not_ignore"}\n',
    );
    await writeFile(join(dir, 'info.json'), SAS_INFO);
    server.requests.length = 0;
    server.respond((request) =>
      request.target.startsWith('/?')
        ? { status: 200, body: { RequestId: 'SAS-CAPTURE-REQ-1' } }
        : { status: 200, headers: { 'X-Request-Id': 'hss-capture-req-1' }, body: {} },
    );
    const base = (command: string, ...rest: string[]) => [
      'hss',
      command,
      '--endpoint',
      server.url,
      '--project-id',
      PROJECT,
      ...rest,
    ];
    const runs: Record<string, Promise<CliResult>> = {
      whitelist: cli(
        base(
          'add-image-white-lists',
          '--enterprise-project-id',
          'all_granted_eps',
          '--global-image-type',
          'local',
          '--type',
          'vulnerability',
          '--body',
          '-',
          '--vul-ids',
          'CVE-2024-6387',
          '--vul-ids',
          'CVE-2023-4911',
          '--description',
          'from the flag',
        ),
        `{"rule_type":"specific_images","image_info":[{"id":${BIG_ID},"image_name":"nginx","image_type":"private_image"}],"description":"from the body"}\n`,
      ),
      sensitive: cli(
        base(
          'change-sensitive-info',
          '--image-type',
          'harbor',
          '--enterprise-project-id',
          '0',
          '--body',
          `@${join(dir, 'finding.json')}`,
          '--operate-type',
          'ignore',
        ),
      ),
      scan: cli(
        base(
          'batch-scan-local-image',
          '--region',
          'cn-north-4',
          '--no-operate-all',
          '--image-size',
          '52428800',
          '--image-name',
          'nginx',
          '--debug',
        ),
      ),
      statistic: cli(
        base(
          'show-image-security-report-statistic',
          '--region',
          'ap-southeast-1',
          '--security-report-type',
          'sensitive-info',
          '--operate-all',
          '--image-type',
          'harbor',
          '--image-id-list',
          '1034',
          '--image-id-list',
          '1035',
          '--start-latest-update-time',
          '1717200000000',
        ),
      ),
      sas: cli([
        'sas',
        'operate-image-vul',
        '--endpoint',
        server.url,
        '--info',
        `@${join(dir, 'info.json')}`,
        '--operate-type',
        'vul_ignore',
        '--type',
        'sca',
      ]),
    };
    for (const [name, run] of Object.entries(runs)) results[name] = await run;
    const paths: Record<string, string> = {
      whitelist: `/v5/${PROJECT}/image/whitelists`,
      sensitive: `/v5/${PROJECT}/image/sensitive/operate`,
      scan: `/v5/${PROJECT}/image/local/batch-scan`,
      statistic: `/v5/${PROJECT}/image/security-report/statistic`,
      sas: '/',
    };
    for (const [name, path] of Object.entries(paths)) {
      const found = server.requests.filter((r) => new URL(r.target, server.url).pathname === path);
      if (found.length === 1) requests[name] = found[0]!;
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function request(name: string): CapturedRequest {
    expect(results[name]?.stderr, `${name}: stderr`).not.toMatch(/^imagesec: /m);
    expect(results[name]?.code, `${name}: exit status`).toBe(0);
    const captured = requests[name];
    if (captured === undefined) throw new Error(`${name}: not exactly one request arrived`);
    return captured;
  }

  it('each command sent exactly one request, succeeded, and printed no secret', () => {
    for (const name of Object.keys(results)) request(name);
    expectClean(...Object.values(results));
    expect(results.whitelist!.stdout).toMatch(
      /^hss add-image-white-lists: 200 OK, request id hss-capture-req-1, \d+ ms\n/,
    );
    expect(results.sas!.stdout).toMatch(/^sas operate-image-vul: 200 OK, request id SAS-CAPTURE-REQ-1, \d+ ms\n/);
  });

  it('add-image-white-lists: query by spec name, --body from stdin under body-field flags, --vul-ids repeated, a 2^63-1 id exact', () => {
    const sent = request('whitelist');
    expect(sent.method).toBe('POST');
    expect(new URL(sent.target, server.url).pathname).toBe(`/v5/${PROJECT}/image/whitelists`);
    expect(queryOf(sent)).toEqual({
      enterprise_project_id: 'all_granted_eps',
      global_image_type: 'local',
      type: 'vulnerability',
    });
    expect(sent.headers).toMatchObject({ 'content-type': 'application/json', 'x-project-id': PROJECT });
    // The id arrives as the exact JSON number, not rounded and not a string.
    expect(sent.body.toString('utf8')).toContain(`"id":${BIG_ID}`);
    expect(losslessBody(sent)).toEqual({
      rule_type: 'specific_images',
      image_info: [{ id: BigInt(BIG_ID), image_name: 'nginx', image_type: 'private_image' }],
      description: 'from the flag',
      vul_ids: ['CVE-2024-6387', 'CVE-2023-4911'],
    });
    expect(sent.headers.authorization).toBe(huaweiOfficial(sent));
  });

  it('change-sensitive-info: --image-type is the image_type query, --body @file, --operate-type overrides the body field', () => {
    const sent = request('sensitive');
    expect(queryOf(sent)).toEqual({ image_type: 'harbor', enterprise_project_id: '0' });
    expect(losslessBody(sent)).toEqual({
      sensitive_info_id: '97daa311-d91d-4b9b-97ed-05b168344470',
      operate_type: 'ignore',
    });
    expect(sent.headers.authorization).toBe(huaweiOfficial(sent));
  });

  it('batch-scan-local-image: --no-operate-all is false, --image-size a JSON number, --region the region header', () => {
    const sent = request('scan');
    expect(sent.target).toBe(`/v5/${PROJECT}/image/local/batch-scan`);
    expect(sent.headers.region).toBe('cn-north-4');
    const raw = sent.body.toString('utf8');
    expect(raw).toContain('"operate_all":false');
    expect(raw).toContain('"image_size":52428800');
    expect(losslessBody(sent)).toEqual({ operate_all: false, image_name: 'nginx', image_size: 52428800 });
    expect(sent.headers.authorization).toBe(huaweiOfficial(sent));
  });

  it('show-image-security-report-statistic: --security-report-type query, --operate-all true, repeated --image-id-list, integer time', () => {
    const sent = request('statistic');
    expect(queryOf(sent)).toEqual({ security_report_type: 'sensitive-info' });
    expect(sent.headers.region).toBe('ap-southeast-1');
    expect(sent.body.toString('utf8')).toContain('"start_latest_update_time":1717200000000');
    expect(losslessBody(sent)).toEqual({
      operate_all: true,
      image_type: 'harbor',
      image_id_list: ['1034', '1035'],
      start_latest_update_time: 1717200000000,
    });
    expect(sent.headers.authorization).toBe(huaweiOfficial(sent));
  });

  it('sas operate-image-vul: --info @file, --operate-type and --type are the Info/OperateType/Type query, no body', () => {
    const sent = request('sas');
    expect(sent.method).toBe('POST');
    expect(new URL(sent.target, server.url).pathname).toBe('/');
    expect(queryOf(sent)).toEqual({ Info: SAS_INFO, OperateType: 'vul_ignore', Type: 'sca' });
    expect(sent.body).toHaveLength(0);
    expect(sent.headers).toMatchObject({ 'x-acs-action': 'OperateImageVul', 'x-acs-security-token': CANARY.stsToken });
    expect(sent.headers.authorization).toBe(alibabaOfficial(sent));
  });

  it('--debug logs each attempt on stderr (method, URL, outcome), without headers, bodies or secrets', () => {
    const { stderr, stdout } = results.scan!;
    expect(stdout).toMatch(/^hss batch-scan-local-image: 200 OK/);
    const [first, ...lines] = stderr.trimEnd().split('\n');
    // First where the credentials come from (the source, never a value), then one line per attempt.
    expect(first).toBe('imagesec HSS credentials from environment (HUAWEICLOUD_SDK_AK)');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^imagesec BatchScanLocalImage /);
    expect(stderr).toMatch(
      new RegExp(
        `attempt 1/\\d+: POST ${escapeRegExp(server.url)}/v5/${PROJECT}/image/local/batch-scan -> 200 \\(request id hss-capture-req-1\\) in \\d+ ms`,
      ),
    );
    expect(stderr.toLowerCase()).not.toContain('authorization');
    expect(stderr).not.toContain('SDK-HMAC-SHA256');
    expect(stderr).not.toContain('52428800'); // no body
    expectNoSecrets(stderr);
  });
});

// ---------------------------------------------------------------------------------------------

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('failures: exit status and the report on stderr', () => {
  const results: Record<string, CliResult> = {};
  const received: Record<string, number> = {};

  beforeAll(async () => {
    server.requests.length = 0;
    // One responder for every scenario, told apart by the enterprise project id of the request.
    server.respond((request) => {
      switch (queryOf(request).enterprise_project_id) {
        case 'bad-request':
          return {
            status: 400,
            headers: { 'X-Request-Id': 'req-bad-request-7' },
            body: { error_code: 'HSS.0001', error_msg: 'Invalid parameter' },
          };
        case 'throttled':
          return {
            status: 429,
            headers: { 'X-Request-Id': 'req-throttled-7' },
            body: { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached' },
          };
        case 'hang':
          return { hang: true };
        case 'huge-count':
          // A count past 2^53-1: the SDK parses it as a (rounded) number; printing must not fail.
          return {
            status: 200,
            headers: { 'X-Request-Id': 'req-huge-7', 'content-type': 'application/json' },
            body: '{"total_num":12345678901234567890}',
          };
        default:
          return { status: 500, body: { error_code: 'TEST.0000', error_msg: 'unexpected scenario' } };
      }
    });
    const port = await closedPort();
    const statistic = (endpoint: string, scenario: string, ...rest: string[]) => [
      'hss',
      'show-image-security-report-statistic',
      '--endpoint',
      endpoint,
      '--project-id',
      PROJECT,
      '--region',
      'cn-north-4',
      '--security-report-type',
      'vulnerability',
      '--enterprise-project-id',
      scenario,
      ...rest,
    ];
    const runs: Record<string, Promise<CliResult>> = {
      badRequest: cli(statistic(server.url, 'bad-request')),
      badRequestJson: cli(statistic(server.url, 'bad-request', '--output', 'json')),
      throttled: cli(statistic(server.url, 'throttled', '--max-retries', '0')),
      refused: cli(statistic(`http://127.0.0.1:${port}`, 'refused', '--max-retries', '0')),
      // 2 s, not less: under a loaded CI machine a child's first request could take longer than a
      // short attempt limit to reach the server, and then the server never saw the attempt at all.
      hang: cli(statistic(server.url, 'hang', '--timeout', '2', '--max-retries', '0')),
      huge: cli(statistic(server.url, 'huge-count')),
      hugeJson: cli(statistic(server.url, 'huge-count', '--output', 'json')),
    };
    for (const [name, run] of Object.entries(runs)) results[name] = await run;
    for (const request of server.requests) {
      const scenario = queryOf(request).enterprise_project_id ?? '';
      received[scenario] = (received[scenario] ?? 0) + 1;
    }
  });

  it('a success whose count passes 2^53-1 is printed, not reported as invalid input (exit 0)', () => {
    expect(results.huge!.code).toBe(0);
    expect(results.huge!.stdout).toMatch(/^ {2}total_num: 1234567890123456\d{4}$/m);
    expect(results.hugeJson!.code).toBe(0);
    expect(onlyJson(results.hugeJson!.stdout)).toMatchObject({
      ok: true,
      requestId: 'req-huge-7',
      // JSON.parse reads it as the nearest double, and so does Number().
      data: { total_num: Number('12345678901234567890') },
    });
  });

  it('no failure prints a secret, and nothing goes to stdout', () => {
    expectClean(...Object.values(results));
    for (const [name, result] of Object.entries(results))
      if (!name.startsWith('huge')) expect(result.stdout, name).toBe('');
  });

  it('a 400 HSS error exits 1 with the type, code, message and request id on one stderr line', () => {
    const { code, stderr } = results.badRequest!;
    expect(code).toBe(1);
    const line = onlyLine(stderr);
    expect(line).toMatch(/^imagesec: BadRequestError 400 HSS\.0001: /);
    expect(line).toContain('Invalid parameter');
    expect(line).toContain('req-bad-request-7');
    expect(line).toMatch(/Hint: /);
    // A 400 is not retried: two runs, two requests.
    expect(received['bad-request']).toBe(2);
  });

  it('the 400 line says the code and the request id once each', () => {
    // errorLine() puts the code in the head and appends "(request id …)", while the SDK's message
    // already carries both: "HSS.0001: HSS.0001: Invalid parameter (request id X) (request id X)".
    const line = onlyLine(results.badRequest!.stderr);
    expect(occurrences(line, 'req-bad-request-7')).toBe(1);
    expect(occurrences(line, 'HSS.0001')).toBe(1);
  });

  it('with --output json the 400 is one JSON document on stderr', () => {
    const { code, stderr } = results.badRequestJson!;
    expect(code).toBe(1);
    const document = onlyJson(stderr);
    expect(document).toEqual({
      ok: false,
      error: expect.objectContaining({
        type: 'BadRequestError',
        status: 400,
        code: 'HSS.0001',
        message: expect.stringContaining('Invalid parameter') as unknown,
        requestId: 'req-bad-request-7',
        hint: expect.any(String) as unknown,
        exitCode: 1,
      }) as unknown,
    });
    const allowed = ['type', 'status', 'code', 'message', 'requestId', 'hint', 'exitCode', 'attempts'];
    for (const key of Object.keys(document.error as Json)) expect(allowed).toContain(key);
  });

  it('429 throttling with --max-retries 0 exits 1 after a single request', () => {
    const { code, stderr } = results.throttled!;
    expect(code).toBe(1);
    const line = onlyLine(stderr);
    expect(line).toMatch(/^imagesec: RateLimitError 429 APIGW\.0308: /);
    expect(line).toContain('req-throttled-7');
    expect(line).toContain('--max-retries');
    expect(received.throttled).toBe(1);
  });

  it('a refused connection (closed port) exits 3', () => {
    const { code, stderr } = results.refused!;
    expect(code).toBe(3);
    expect(onlyLine(stderr)).toMatch(/^imagesec: ConnectionError ECONNREFUSED: .*Hint: check --region or --endpoint/);
  });

  it('a server that never answers, with --timeout 2 --max-retries 0, exits 3', () => {
    const { code, stderr } = results.hang!;
    expect(code).toBe(3);
    expect(onlyLine(stderr)).toMatch(/^imagesec: TimeoutError: .*2000 ms.*Hint: .*--timeout/);
    expect(received.hang).toBe(1);
  });
});
