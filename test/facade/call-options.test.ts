// Client and call options about time, retries and logging: checked before anything is sent, and
// the debug log: one redacted line per attempt, on with `debug: true` or IMAGESEC_DEBUG=1.
import { describe, expect, it } from 'vitest';
import { HssClient, SasClient, ValidationError, type HssClientOptions } from 'imagesec';
import { useCaptureServer } from '../helpers/capture-server.js';
import { HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS, expectNoSecrets } from '../helpers/canaries.js';
import { constructionError, rejection } from '../helpers/outcomes.js';

const server = useCaptureServer();
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

function hss(options: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: server.url,
    projectId: PROJECT,
    credentials: HSS_CANARY_CREDENTIALS,
    env: {},
    ...options,
  });
}

describe('bad limits are refused', () => {
  it.each([
    ['maxRetries below 0', { maxRetries: -1 }],
    ['fractional maxRetries', { maxRetries: 1.5 }],
    ['maxRetries above 20', { maxRetries: 21 }],
    ['a zero deadline', { deadlineMs: 0 }],
    ['a negative backoff base', { backoff: { baseDelayMs: -1 } }],
    ['a maxDelayMs past setTimeout’s limit', { backoff: { maxDelayMs: 2 ** 31 } }],
    ['an onRetry that is not a function', { onRetry: 'log' as unknown as () => void }],
    ['a logger that is not a function', { logger: {} as unknown as () => void }],
  ])('at construction: %s (ConfigurationError naming the option)', (_label, options) => {
    const error = constructionError(() => hss(options));
    expect(error.message).toMatch(/options\.(maxRetries|deadlineMs|backoff\.\w+|onRetry|logger)/);
  });

  it.each([
    ['maxRetries', { maxRetries: -1 }],
    ['deadlineMs', { deadlineMs: 1.5 }],
  ])('per call: %s (ValidationError, nothing sent)', async (_label, options) => {
    expect(await rejection(hss().batchScanLocalImage({}, options))).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('debug log', () => {
  it('is off by default', async () => {
    const lines: string[] = [];
    await hss({ logger: (line) => lines.push(line) }).batchScanLocalImage({});
    expect(lines).toEqual([]);
  });

  it('IMAGESEC_DEBUG=1 turns it on; one line per attempt with method, URL, status and time', async () => {
    const lines: string[] = [];
    const client = hss({ env: { IMAGESEC_DEBUG: '1' }, logger: (line) => lines.push(line) });
    await client.showImageSecurityReportStatistic({ security_report_type: 'vulnerability' });
    // The first line, at construction, names where the credentials come from (never their values).
    expect(lines.shift()).toBe('imagesec HSS credentials from options.credentials');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^imagesec ShowImageSecurityReportStatistic attempt 1\/3: POST http:\/\/127\.0\.0\.1:\d+\/v5\/0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c\/image\/security-report\/statistic\?security_report_type=vulnerability -> 200 in \d+ ms$/,
    );
  });

  it('debug: false wins over the environment', async () => {
    const lines: string[] = [];
    await hss({ env: { IMAGESEC_DEBUG: '1' }, debug: false, logger: (l) => lines.push(l) }).batchScanLocalImage({});
    expect(lines).toEqual([]);
  });

  it('logs each failed attempt and each wait, with no secret even when the server echoes them', async () => {
    // A gateway that quotes the request it refused, and the client's credentials with it.
    server.respond((request) => ({
      status: 503,
      body: {
        error_code: 'APIGW.0613',
        error_msg: `IAM unavailable for ${request.headers.authorization} ${Object.values(HSS_CANARY_CREDENTIALS).join(' ')}`,
      },
    }));
    const lines: string[] = [];
    const events: unknown[] = [];
    const client = hss({
      debug: true,
      logger: (line) => lines.push(line),
      onRetry: (event) => events.push(event),
      backoff: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    const error = await rejection(client.batchScanLocalImage({}));
    expect(lines.filter((l) => l.includes(' attempt '))).toHaveLength(3);
    expect(lines.filter((l) => l.includes(' retrying in '))).toHaveLength(2);
    expect(lines[1]).toContain('-> ServerError 503 APIGW.0613');
    expect(events).toHaveLength(2);
    expectNoSecrets(error, ...events, ...lines);
  });

  it('SAS lines carry the action and the canonical query', async () => {
    server.respond({ status: 200, body: { RequestId: 'R-1' } });
    const lines: string[] = [];
    const client = new SasClient({
      endpoint: server.url,
      credentials: SAS_CANARY_CREDENTIALS,
      env: {},
      debug: true,
      logger: (l) => lines.push(l),
    });
    await client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });
    expect(lines).toEqual([
      'imagesec SAS credentials from options.credentials',
      expect.stringMatching(
        /OperateImageVul attempt 1\/3: POST http:\S+\/\?OperateType=vul_fix&Type=cve -> 200 \(request id R-1\) in \d+ ms$/,
      ),
    ]);
    expectNoSecrets(...lines);
  });
});

describe('observers cannot change a call', () => {
  it('a logger that throws: the call still succeeds (the request was carried out)', async () => {
    const client = hss({
      debug: true,
      logger: () => {
        throw new Error('disk full');
      },
    });
    await expect(client.batchScanLocalImage({})).resolves.toMatchObject({ status: 200 });
  });

  it('an onRetry that throws: the retries still happen', async () => {
    let answered = 0;
    server.respond(() => (answered++ < 2 ? { status: 503, body: {} } : { status: 200, body: {} }));
    const client = hss({
      backoff: { baseDelayMs: 1, maxDelayMs: 1 },
      onRetry: () => {
        throw new Error('metrics down');
      },
    });
    await expect(client.batchScanLocalImage({})).resolves.toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(3);
  });
});
