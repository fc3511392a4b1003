// `--all`: every item of a list operation as JSON lines, page after page, from the CLI as users run
// it, against a loopback list that really pages; its flags only where an operation pages.
import { describe, expect, it } from 'vitest';
import { operations as hssOperations } from '../../generated/hss.operations.js';
import { operations as sasOperations } from '../../generated/sas.operations.js';
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

  it('pages by page number too (SAS), and --max-items stops early; --output json keeps stderr quiet', async () => {
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
    expect(stderr).toBe('');
    expect(server.requests.map((r) => new URL(r.target, 'http://x').searchParams.get('CurrentPage'))).toEqual([
      '1',
      '2',
    ]);
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
