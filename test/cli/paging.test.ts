// `--all`: every item of a list operation as JSON lines, page after page, from the CLI as users run
// it, against a loopback list that really pages; its flags only where an operation pages.
import { describe, expect, it } from 'vitest';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import type { Pagination } from '../../src/core/operation-types.js';
import { CANARY } from '../helpers/canaries.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { servePages } from '../helpers/paging-server.js';

const server = useCaptureServer();

const ENV = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  HUAWEICLOUD_SDK_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};

const WHITELISTS = hssOperations.ListImageWhiteLists.paginate as Pagination;
const VULNERABILITIES = sasOperations.DescribeImageVulList.paginate as Pagination;
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i + 1}` }));

const hss = (...args: string[]) =>
  runCli(
    [
      'hss',
      'list-image-white-lists',
      '--global-image-type',
      'registry',
      '--type',
      'vulnerability',
      ...args,
      '--endpoint',
      server.url,
      '--region',
      'cn-north-4',
      '--max-retries',
      '0',
    ],
    { env: ENV },
  );

describe('imagesec <cloud> <list operation> --all', () => {
  it('prints every item of every page as one JSON line each (HSS, offset and limit)', async () => {
    servePages(server, { paging: WHITELISTS, count: 25, defaultSize: 10 });
    const { code, stdout, stderr } = await hss('--all', '--limit', '10');
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(ids(25));
    expect(stderr).toBe('hss list-image-white-lists: 25 items\n');
    expect(server.requests).toHaveLength(3);
  });

  it('pages by page number too (SAS), and --max-items stops early; --output json: only the token line on stderr', async () => {
    servePages(server, { paging: VULNERABILITIES, count: 40, defaultSize: 10 });
    const { code, stdout, stderr } = await runCli(
      [
        'sas',
        'describe-image-vul-list',
        '--type',
        'cve',
        '--all',
        '--page-size',
        '10',
        '--max-items',
        '15',
        '--output',
        'json',
        '--endpoint',
        server.url,
        '--region',
        'cn-shanghai',
      ],
      { env: ENV },
    );
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(ids(15));
    expect(stderr).toMatch(/^\{"nextToken":"[\w-]+"\}\n$/);
    expect(server.requests.map((r) => new URL(r.target, 'http://x').searchParams.get('CurrentPage'))).toEqual([
      '1',
      '2',
    ]);
  });

  it('--max-items prints the token on stderr and --starting-token goes on from the next item (HSS, offset)', async () => {
    servePages(server, { paging: WHITELISTS, count: 25, defaultSize: 10 });
    const first = await hss('--all', '--limit', '10', '--max-items', '3');
    expect(first.code).toBe(0);
    expect(jsonLines(first.stdout)).toEqual(ids(3));
    const token = /^imagesec: more items; go on with --starting-token ([\w-]+)$/m.exec(first.stderr)?.[1];
    expect(first.stderr).toBe(
      `hss list-image-white-lists: 3 items\nimagesec: more items; go on with --starting-token ${token}\n`,
    );
    const rest = await hss('--all', '--limit', '10', '--starting-token', token!);
    expect(rest.code).toBe(0);
    expect(jsonLines(rest.stdout)).toEqual(ids(22).map((_, i) => ({ id: `item-${i + 4}` })));
    // Read to the end: no token.
    expect(rest.stderr).toBe('hss list-image-white-lists: 22 items\n');
    expect(server.requests.map((r) => new URL(r.target, 'http://x').searchParams.get('offset'))).toEqual([
      '0',
      '3',
      '13',
      '23',
    ]);
  });

  it('--starting-token goes on inside a page, with the page size the token was counted with (SAS, page number)', async () => {
    servePages(server, { paging: VULNERABILITIES, count: 12, defaultSize: 10 });
    const sas = (...args: string[]) =>
      runCli(
        [
          'sas',
          'describe-image-vul-list',
          '--type',
          'cve',
          '--all',
          ...args,
          '--output',
          'json',
          '--endpoint',
          server.url,
        ],
        { env: ENV },
      );
    const first = await sas('--page-size', '5', '--max-items', '7');
    expect(jsonLines(first.stdout)).toEqual(ids(7));
    const [{ nextToken }] = jsonLines(first.stderr) as [{ nextToken: string }];
    // No --page-size this time: the token's (5) is sent, so page 2 is the same page.
    const rest = await sas('--starting-token', nextToken);
    expect(rest.code).toBe(0);
    expect(jsonLines(rest.stdout)).toEqual(ids(5).map((_, i) => ({ id: `item-${i + 8}` })));
    expect(rest.stderr).toBe('');
    const query = (r: (typeof server.requests)[number]) => new URL(r.target, 'http://x').searchParams;
    expect(server.requests.map((r) => [query(r).get('CurrentPage'), query(r).get('PageSize')])).toEqual([
      ['1', '5'],
      ['2', '5'],
      ['2', '5'],
      ['3', '5'],
    ]);
  });

  it('refuses a damaged token, or a page size other than its own, with exit 2 before anything is sent', async () => {
    const damaged = await hss('--all', '--starting-token', 'eyJ2IjoxfQ');
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/--starting-token is not a token a walk of this list gave/);
    servePages(server, { paging: VULNERABILITIES, count: 12, defaultSize: 10 });
    const sas = ['sas', 'describe-image-vul-list', '--type', 'cve', '--all', '--endpoint', server.url];
    const first = await runCli([...sas, '--page-size', '5', '--max-items', '2', '--output', 'json'], { env: ENV });
    const [{ nextToken }] = jsonLines(first.stderr) as [{ nextToken: string }];
    const other = await runCli([...sas, '--page-size', '10', '--starting-token', nextToken], { env: ENV });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--page-size must be 5 or left out/);
    const elsewhere = await hss('--all', '--starting-token', nextToken);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(
      /belongs to another list operation \(DescribeImageVulList\), not ListImageWhiteLists/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('a page that fails ends the run with its error and exit status, after the items before it', async () => {
    const refused = { status: 400, body: { error_code: 'HSS.0001', error_msg: 'bad page' } };
    servePages(server, { paging: WHITELISTS, count: 30, defaultSize: 10, faults: { 2: refused } });
    const { code, stdout, stderr } = await hss('--all', '--limit', '10');
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toEqual(ids(10));
    expect(stderr).toMatch(/BadRequestError 400 HSS\.0001: bad page/);
  });

  it('refuses --all for an operation that does not page, and --max-items without --all (exit 2)', async () => {
    const notAList = await runCli(['hss', 'change-sensitive-info', '--image-type', 'private_image', '--all'], {
      env: ENV,
    });
    expect(notAList.code).toBe(2);
    expect(notAList.stderr).toMatch(/--all is for list operations; change-sensitive-info does not page/);
    const alone = await hss('--max-items', '3');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--max-items goes with --all/);
    expect(server.requests).toHaveLength(0);
  });

  it('offers --all and --max-items in the help of list operations only', async () => {
    const list = await runCli(['hss', 'list-image-local', '--help']);
    expect(list.stdout).toMatch(/--all\b/);
    expect(list.stdout).toMatch(/--max-items\b/);
    const other = await runCli(['hss', 'batch-scan-local-image', '--help']);
    expect(other.stdout).not.toMatch(/--all\b/);
  });
});
