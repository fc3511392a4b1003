// ToyClient against the strict mock serving the toy spec: both operations, the toy's signature
// verified by the mock (a wrong secret refused inside a 200, as the toy's front door would), errors
// inside 200 answers read into the ApiError class their code names, faults with a status retried,
// and a list walked page by page. Nothing here is the toy's own code path but its folder: the
// mock, the call path and the error classes are the ones HSS and SAS use.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type ApiError,
} from '../../src/core/errors.js';
import { mayHaveTakenEffect } from '../../src/core/retry.js';
import { startMock, type RunningMock } from '../../src/testing/index.js';
import { expectNoSecrets } from '../helpers/canaries.js';
import '../clouds.js';
import { ToyClient, type ToyClientOptions } from './client.js';
import type { ToyKey } from './signer.js';

const KEY: ToyKey = { keyId: 'TOYKEYSDK0001', keySecret: 'toy-sdk-secret-0001' };
const TEMPORARY: ToyKey = { keyId: 'TOYTEMPSDK0001', keySecret: 'toy-sdk-temp-secret', sessionToken: 'toy-sdk-token' };
const TINY_BACKOFF = { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 } as const;

let mock: RunningMock;
let endpoint: string;
beforeAll(async () => {
  // The public types name the shipped clouds; a registered cloud is served by its id all the same.
  mock = await startMock({ clouds: ['toy'] as never, credentials: { toy: [KEY, TEMPORARY] } as never });
  endpoint = (mock.urls as Record<string, string>).toy!;
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => mock.reset());

function client(options: ToyClientOptions = {}): ToyClient {
  return new ToyClient({ endpoint, credentials: KEY, env: {}, backoff: TINY_BACKOFF, ...options });
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as ApiError;
}

describe('ToyClient on the strict mock', () => {
  it('lists images and ignores a finding, signed and verified', async () => {
    const list = await client().listImages({ limit: 20, repository: 'library/nginx' });
    expect(list.status).toBe(200);
    expect(list.data.Response.ImageSet?.map((image) => image.ImageId)).toEqual(['img-7f3a9c21', 'img-0b62e418']);
    expect(list.requestId).toBe('6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5');

    const ignored = await client().ignoreFinding({ finding_id: 'fnd-1a2b3c4d', body: { Reason: 'false positive' } });
    expect(ignored.data.Response.RecordId).toBe('ign-5e6f7a8b');

    expect(mock.requests.map((r) => [r.operation, r.signature, r.signedBy])).toEqual([
      ['ListImages', 'valid', KEY.keyId],
      ['IgnoreFinding', 'valid', KEY.keyId],
    ]);
    expect(mock.requests[0]?.query).toEqual({ limit: '20', repository: 'library/nginx' });
    expect(JSON.parse(mock.requests[1]?.body ?? '')).toEqual({ Reason: 'false positive' });
  });

  it('is refused inside a 200 when the secret is wrong: AuthenticationError with the code and request id', async () => {
    const wrong = client({ credentials: { keyId: KEY.keyId, keySecret: 'not-the-secret' } });
    const error = await failure(wrong.listImages());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 200, code: 'AuthFailure.SignatureFailure' });
    const body = error.body as { Response: { RequestId: string } };
    expect(error.requestId).toBe(body.Response.RequestId);
    expect(error.message).toContain(`(request id ${body.Response.RequestId})`);
    // A refusal is final: retrying a wrong signature would only repeat it.
    expect(mock.requests.map((r) => r.signature)).toEqual(['mismatch']);
    expect(JSON.stringify(error)).not.toContain('not-the-secret');
  });

  it('takes a temporary key with its session token, and refuses it with another token', async () => {
    await expect(client({ credentials: TEMPORARY }).listImages()).resolves.toMatchObject({ status: 200 });
    const wrong = client({ credentials: { ...TEMPORARY, sessionToken: 'not-the-token' } });
    const error = await failure(wrong.listImages());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 200, code: 'AuthFailure.TokenFailure' });
    expect(mock.requests.map((r) => r.signature)).toEqual(['valid', 'token-wrong']);
    expect(JSON.stringify(error)).not.toContain('not-the-token');
  });

  it('reads an error inside a 200 into the class its code names, with the request id the mock gave it', async () => {
    mock.script('ListImages', {
      body: { Response: { Error: { Code: 'ResourceNotFound.Repository', Message: 'No such repository.' } } },
    });
    const error = await failure(client().listImages({ repository: 'library/gone' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 200, code: 'ResourceNotFound.Repository' });
    expect(error.detail).toBe('No such repository.');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // A refusal: sent once.
    expect(mock.requests).toHaveLength(1);
    expectNoSecrets(error);
  });

  it('retries throttling inside a 200 (RateLimitError) and a front-door 503 (ServerError)', async () => {
    mock.script(
      'ListImages',
      [{ body: { Response: { Error: { Code: 'RequestLimitExceeded', Message: 'slow down' } } } }],
      { then: 'prism' },
    );
    const events: string[] = [];
    const result = await client({ onRetry: (event) => events.push(event.reason) }).listImages();
    expect(result.data.Response.TotalCount).toBe(2);
    expect(events).toEqual([expect.stringMatching(/^RateLimitError 200 RequestLimitExceeded/)]);

    mock.reset();
    mock.failNext('ListImages', { status: 503, times: 3 });
    const error = await failure(client().listImages());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, code: 'ResourceUnavailable' });
    expect(mock.requests).toHaveLength(3);
    expect(error).not.toBeInstanceOf(RateLimitError);
  });

  it('retries a server error inside a 200 as a 500: for a list (safe to repeat), not for an action', async () => {
    const internal = { body: { Response: { Error: { Code: 'InternalError', Message: 'try again' } } } };
    mock.script('ListImages', [internal], { then: 'prism' });
    await expect(client().listImages()).resolves.toMatchObject({ status: 200 });
    expect(mock.requests).toHaveLength(2);

    mock.reset();
    mock.script('IgnoreFinding', internal);
    const error = await failure(client().ignoreFinding({ finding_id: 'fnd-1a2b3c4d', body: { Reason: 'accepted' } }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 200, code: 'InternalError' });
    // The service may have done the work: sent once, and the outcome is unknown (as after a 500).
    expect(mock.requests).toHaveLength(1);
    expect(mayHaveTakenEffect(error)).toBe(true);
  });

  it('takes a refusal inside a 200 as not carried out (a bulk run re-sends it on --resume)', async () => {
    mock.script('IgnoreFinding', {
      body: { Response: { Error: { Code: 'InvalidParameter.Reason', Message: 'Reason is too long.' } } },
    });
    const error = await failure(client().ignoreFinding({ finding_id: 'fnd-1a2b3c4d', body: { Reason: 'x' } }));
    expect(error).toMatchObject({ status: 200, code: 'InvalidParameter.Reason' });
    expect(mayHaveTakenEffect(error)).toBe(false);
  });

  it('walks every page of a list', async () => {
    const images = Array.from({ length: 5 }, (_, i) => ({
      ImageId: `img-${String(i).padStart(8, '0')}`,
      Repository: 'library/app',
      Tag: `v${i}`,
      Digest: `sha256:${String(i).repeat(64)}`,
      FindingCount: i,
    }));
    mock.script('ListImages', (request) => {
      const offset = Number(request.query.offset ?? 0);
      const limit = Number(request.query.limit ?? 20);
      return { body: { Response: { TotalCount: images.length, ImageSet: images.slice(offset, offset + limit) } } };
    });
    const walked = [];
    for await (const image of client().paginateListImages({ limit: 2 })) walked.push(image.ImageId);
    expect(walked).toEqual(images.map((image) => image.ImageId));
    expect(mock.requests.map((r) => r.query.offset)).toEqual(['0', '2', '4']);
  });
});
