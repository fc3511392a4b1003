// --max-response-bytes: the CLI reads no answer larger than it (16 MiB by default). A larger one is
// a ResponseError (exit 1) with a hint naming the flag, sent once; for an operation not safe to
// repeat its outcome is unknown (the server answered, so it may have done the work), which a bulk
// run holds back with the other unknown lines (exit 4).
import { beforeAll, describe, expect, it } from 'vitest';
import { BULK_ENV, useBulkSuite, type BulkServer } from '../helpers/bulk-server.js';
import { jsonLines, runCli, type CliResult } from '../helpers/cli.js';

const suite = useBulkSuite();
let server: BulkServer;
beforeAll(() => {
  server = suite.server;
});

function call(...rest: string[]): Promise<CliResult> {
  return runCli(['hss', 'change-sensitive-info', '--endpoint', server.url, '--image-type', 'private_image', ...rest], {
    env: BULK_ENV,
    stdin: '{"sensitive_info_id":"t-2"}\n',
  });
}

const LARGE = { status: 200, headers: { 'x-request-id': 'rid-large' }, body: { padding: 'x'.repeat(500) } };

describe('--max-response-bytes', () => {
  it('an answer over it fails once, as a ResponseError with the request id and a hint naming the flag (exit 1)', async () => {
    server.respond(() => LARGE);
    const result = await call('--body', '{"sensitive_info_id":"t-1"}', '--max-response-bytes', '100');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'ResponseError 200 too-large: HTTP 200: the response body is larger than the limit of 100 bytes',
    );
    expect(result.stderr).toContain('(request id rid-large)');
    expect(result.stderr).toContain('raise it if the answer is expected');
    expect(server.requests).toHaveLength(1);
  });

  it('the same answer within it succeeds', async () => {
    server.respond(() => LARGE);
    const result = await call('--body', '{"sensitive_info_id":"t-1"}', '--max-response-bytes', '1000');
    expect(result.code).toBe(0);
  });

  it('--output json reports the problem as the code, with the status', async () => {
    server.respond(() => LARGE);
    const result = await call(
      '--body',
      '{"sensitive_info_id":"t-1"}',
      '--max-response-bytes',
      '100',
      '--output',
      'json',
    );
    expect(JSON.parse(result.stderr)).toMatchObject({
      error: { type: 'ResponseError', status: 200, code: 'too-large', requestId: 'rid-large', exitCode: 1 },
    });
  });

  it('in a bulk run, the line of an operation not safe to repeat is held as an unknown outcome (exit 4)', async () => {
    server.respond(() => LARGE);
    const result = await runCli(
      [
        'hss',
        'add-image-white-lists',
        '--endpoint',
        server.url,
        '--global-image-type',
        'registry',
        '--type',
        'vulnerability',
        '--each',
        '-',
        '--max-response-bytes',
        '100',
        '--output',
        'json',
      ],
      { env: BULK_ENV, stdin: '{"rule_type":"all_images","vul_ids":["CVE-2024-6387"]}\n' },
    );
    expect(result.code).toBe(4);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ line: 1, ok: false, unknownOutcome: true });
    expect(server.requests).toHaveLength(1);
  });

  it('a value that is not a whole number of bytes is a usage error (exit 2), nothing sent', async () => {
    for (const value of ['0', '1.5', '16MiB', '536870913']) {
      const result = await call('--body', '{}', '--max-response-bytes', value);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--max-response-bytes must be a whole number from 1 to 536870912');
    }
    expect(server.requests).toHaveLength(0);
  });
});
