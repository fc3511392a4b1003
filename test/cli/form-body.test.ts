// The CLI with an action sent as a form body (SAS page-image-registry): a flag per form field (a
// list flag given once per item), --dry-run showing the body and its signed content-type, --all
// walking CurrentPage in the form, and a bulk line whose keys are form fields.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import { cliCloud } from '../../src/cli/operations.js';
import type { Pagination } from '../../src/core/operation-types.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { servePages } from '../helpers/paging-server.js';

const server = useCaptureServer();
const ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};
const REGISTRIES = sasOperations.PageImageRegistry.paginate as Pagination;
const FORM = 'application/x-www-form-urlencoded';

const sas = (...args: string[]) =>
  runCli(['sas', 'page-image-registry', ...args, '--endpoint', server.url, '--max-retries', '0'], { env: ENV });

describe('imagesec sas page-image-registry (a form body)', () => {
  it('has a flag per form field, the lists repeatable, besides --source-ip for the query', () => {
    const operation = cliCloud('sas').operations.find((o) => o.command === 'page-image-registry')!;
    expect(operation.options.map((o) => [o.flag, o.in, o.repeatable])).toEqual([
      ['source-ip', 'query', false],
      ['current-page', 'form', false],
      ['page-size', 'form', false],
      ['registry-name-like', 'form', false],
      ['registry-type-in-list', 'form', true],
      ['registry-type-not-in-list', 'form', true],
    ]);
  });

  it('--dry-run shows the form body and its signed content-type, the query only SourceIp', async () => {
    const text = await sas(
      '--dry-run',
      '--source-ip',
      '192.0.2.1',
      '--page-size',
      '5',
      '--registry-type-in-list',
      'harbor',
      '--registry-type-in-list',
      'CI/CD',
      '--registry-name-like',
      'a b',
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`POST ${server.url}/?SourceIp=192.0.2.1\n`);
    expect(text.stdout).toContain(`content-type: ${FORM}\n`);
    expect(text.stdout).toContain('SignedHeaders=content-type;host;');
    expect(text.stdout).toContain(
      '\n\nPageSize=5&RegistryNameLike=a%20b&RegistryTypeInList.1=harbor&RegistryTypeInList.2=CI%2FCD\n',
    );
    expect(text.stdout).toContain(
      "--data-raw 'PageSize=5&RegistryNameLike=a%20b&RegistryTypeInList.1=harbor&RegistryTypeInList.2=CI%2FCD'",
    );
    const json = await sas('--dry-run', '--output', 'json', '--current-page', '2');
    expect(json.code).toBe(0);
    const record = JSON.parse(json.stdout) as { request: { body: string; headers: Record<string, string> } };
    expect(record.request.body).toBe('CurrentPage=2');
    expect(record.request.headers['content-type']).toBe(FORM);
    expectNoSecrets(text.stdout, text.stderr, json.stdout, json.stderr);
    expect(server.requests).toHaveLength(0);
  });

  it("a value outside a list flag's choices is refused before anything is sent", async () => {
    const result = await sas('--registry-type-in-list', 'gitlab');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--registry-type-in-list[0] must be one of');
    expect(server.requests).toHaveLength(0);
  });

  it('--all walks CurrentPage in the form body, each page a request', async () => {
    servePages(server, { paging: REGISTRIES, count: 25, defaultSize: 10 });
    const { code, stdout, stderr } = await sas('--all', '--page-size', '10', '--registry-type-in-list', 'harbor');
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(Array.from({ length: 25 }, (_, i) => ({ id: `item-${i + 1}` })));
    expect(stderr).toBe('sas page-image-registry: 25 items\n');
    expect(server.requests.map((r) => r.body.toString())).toEqual([
      'CurrentPage=1&PageSize=10&RegistryTypeInList.1=harbor',
      'CurrentPage=2&PageSize=10&RegistryTypeInList.1=harbor',
      'CurrentPage=3&PageSize=10&RegistryTypeInList.1=harbor',
    ]);
    expect(server.requests.every((r) => r.target === '/')).toBe(true);
  });

  it('--each takes form fields as line keys, a list as a JSON array', async () => {
    server.respond({ status: 200, body: { RequestId: 'R-1', PageInfo: { TotalCount: 0 }, List: [] } });
    const lines = join(mkdtempSync(join(tmpdir(), 'imagesec-form-')), 'lines.jsonl');
    writeFileSync(lines, '{"RegistryTypeInList":["quay","acr"],"PageSize":3}\n{"registry-name-like":"x"}\n');
    const { code } = await sas('--each', lines, '--concurrency', '1');
    expect(code).toBe(0);
    expect(server.requests.map((r) => r.body.toString())).toEqual([
      'PageSize=3&RegistryTypeInList.1=quay&RegistryTypeInList.2=acr',
      'RegistryNameLike=x',
    ]);
  });
});
