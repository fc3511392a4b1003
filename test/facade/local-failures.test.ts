// Failures that are the caller's or the environment's, not the network's: each must be the right
// typed error, raised before anything reaches the socket where it can be, and the call's deadline
// and signal must also cover fetching credentials.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  HssClient,
  SasClient,
  TimeoutError,
  ValidationError,
  type HssClientOptions,
} from 'imagesec';
import { useCaptureServer } from '../helpers/capture-server.js';
import { rejection } from '../helpers/outcomes.js';

const server = useCaptureServer();
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

function hss(overrides: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: server.url,
    projectId: PROJECT,
    credentials: { ak: 'LOCALAK0123456789', sk: 'local-sk-0123456789' },
    env: {},
    ...overrides,
  });
}

describe('input the runtime would refuse is a ValidationError, and nothing is sent', () => {
  it.each([
    ['a fractional timeout', { timeoutMs: 1.5 }],
    ['a timeout past setTimeout’s limit', { timeoutMs: 2 ** 31 }],
    ['a non-ASCII header value', { headers: { 'X-Name': 'café' } }],
    ['a Host header (the runtime sends the URL’s host)', { headers: { Host: 'other.example' } }],
    ['a Content-Length header', { headers: { 'Content-Length': '5' } }],
  ])('%s', async (_label, options) => {
    expect(await rejection(hss().batchScanLocalImage({}, options))).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('a Headers instance is checked like a plain object', async () => {
    const headers = new Headers({ Host: 'other.example' });
    const options = { headers: headers as unknown as Record<string, string> };
    expect(await rejection(hss().batchScanLocalImage({}, options))).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('a circular body', async () => {
    const body: Record<string, unknown> = { image_name: 'x' };
    body.self = body;
    const error = await rejection(hss().batchScanLocalImage({ body: body }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('a lone surrogate in a query value', async () => {
    const error = await rejection(hss().batchScanLocalImage({ enterprise_project_id: 'a\uD800' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('circular SAS Info objects', async () => {
    const target: Record<string, unknown> = { uuid: 'u' };
    target.self = target;
    const sas = new SasClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'LTAIlocal', accessKeySecret: 'local-secret' },
      env: {},
    });
    expect(await rejection(sas.operateImageVul({ Info: [target] }))).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('client setup errors are ConfigurationError and print no secret', () => {
  it('a fetch option that is not a function', () => {
    expect(() => hss({ fetch: 'nope' as unknown as typeof fetch })).toThrow(ConfigurationError);
  });

  it('credentials with CR, LF, NUL or spaces inside', () => {
    for (const sk of ['sk-with\nnewline-inside', 'sk\u0000nul-0123456789', 'sk with space 0123']) {
      const error = (() => {
        try {
          hss({ credentials: { ak: 'LOCALAK0123456789', sk } });
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error?.message).toContain('sk');
      expect(error?.message).not.toContain(sk);
    }
  });

  it('an endpoint with a password is refused without echoing it', () => {
    expect(() => hss({ endpoint: 'https://admin:S3cr3tP4ss@host.example' })).toThrow(ConfigurationError);
    try {
      hss({ endpoint: 'https://admin:S3cr3tP4ss@host:99999' });
    } catch (error) {
      expect((error as Error).message).not.toContain('S3cr3tP4ss');
    }
  });
});

describe('the deadline and the signal cover the credential provider', () => {
  const hanging = () => new Promise<never>(() => undefined);

  it('a provider that never answers ends in TimeoutError at the deadline', async () => {
    const started = Date.now();
    const error = await rejection(
      hss({ credentials: undefined, credentialProvider: hanging }).batchScanLocalImage({}, { timeoutMs: 100 }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a user abort while the provider works rejects with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('stopped by the user');
    const call = hss({ credentials: undefined, credentialProvider: hanging }).batchScanLocalImage(
      {},
      { signal: controller.signal },
    );
    controller.abort(reason);
    expect(await rejection(call)).toBe(reason);
  });
});

describe('responses that are not the API', () => {
  it('a 200 HTML page (a WAF, a captive portal) is an ApiError even where no body is documented', async () => {
    server.respond({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Request blocked</body></html>',
    });
    const error = await rejection(hss().batchScanLocalImage());
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('not JSON');
  });

  it('a redirect is not followed with the signed request, and the error says where it pointed', async () => {
    server.respond({ status: 307, headers: { location: 'https://elsewhere.example/v5/x' } });
    const error = await rejection(hss().batchScanLocalImage());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 307 });
    expect((error as ApiError).message).toContain('https://elsewhere.example/v5/x');
    expect(server.requests).toHaveLength(1);
  });
});
