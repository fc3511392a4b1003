// The users' middleware contract (the `middleware` client option, src/core/middleware.ts) against
// the strict mock, which verifies every signature: hooks run in the order given with the call's
// cloud, vendor, operation, attempt and one id per call; headers a hook adds are checked, signed and
// sent; every request a hook sees is masked (credentials, STS tokens, signatures, the request's own
// password fields); what onRequest throws is the call's failure, what onResponse and onError throw
// changes nothing; an abort during a retry wait is told once more; bad options fail construction.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConnectionError,
  HssClient,
  SasClient,
  ServerError,
  ValidationError,
  type CallMiddleware,
  type HssClientOptions,
  type SasClientOptions,
  type MiddlewareCall,
  type MiddlewareError,
  type MiddlewareRequest,
  type MiddlewareResponse,
} from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { canaryHssClient, canarySasClient } from '../helpers/canary-clients.js';
import { CANARY, expectNoSecrets, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';
import { constructionError, rejection } from '../helpers/outcomes.js';

type Hook = 'onRequest' | 'onResponse' | 'onError';
type Params = MiddlewareRequest | MiddlewareResponse | MiddlewareError;
interface Heard {
  readonly by: string;
  readonly hook: Hook;
  readonly params: Params;
}

// Every hook call of the test, in order, from every recorder: what afterEach scans for secrets.
let heard: Heard[] = [];

/** A middleware that notes each hook call under `by`. */
function recorder(by: string): CallMiddleware {
  return {
    onRequest: (params) => void heard.push({ by, hook: 'onRequest', params }),
    onResponse: (params) => void heard.push({ by, hook: 'onResponse', params }),
    onError: (params) => void heard.push({ by, hook: 'onError', params }),
  };
}

const order = () => heard.map(({ by, hook, params }) => `${by}.${hook}#${params.attempt}`);
const calls = (hook: Hook) => heard.filter((h) => h.hook === hook).map((h) => h.params);
const errorsHeard = () => calls('onError') as MiddlewareError[];

// Every request as it left, signed (the runtime's own headers aside): what the hooks' views are
// checked against. The clients send through this to the mock, a real loopback call.
interface Sent {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}
const sentEver: Sent[] = [];
let sent: Sent[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const one = { url: request.url, headers: Object.fromEntries(request.headers) };
  sent.push(one);
  sentEver.push(one);
  return fetch(request);
};

const signedHeaders = (authorization: string | undefined) =>
  (/SignedHeaders=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? '').split(';');

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({
    clouds: ['hss', 'sas'],
    credentials: { hss: [HSS_CANARY_CREDENTIALS], sas: [SAS_CANARY_CREDENTIALS] },
  });
}, 60_000);
afterAll(async () => {
  await mock?.close();
});
beforeEach(() => {
  mock.reset();
  heard = [];
  sent = [];
});
afterEach(() => {
  // No credential (STS tokens included), request secret or signature in anything a hook was given.
  const params = heard.map((h) => h.params);
  expectNoSecrets(params);
  const text = JSON.stringify(params);
  expect(text).not.toContain('CANARYPWq7');
  for (const { headers } of sent) {
    const signature = /Signature=([0-9a-f]{64})/.exec(headers.authorization ?? '')?.[1];
    expect(signature, headers.authorization).toBeDefined();
    expect(text).not.toContain(signature);
  }
});

const hss = (middleware: readonly CallMiddleware[], extra: Partial<HssClientOptions> = {}): HssClient =>
  canaryHssClient({ mock, fetch: recordingFetch }, middleware, extra);
const sas = (middleware: readonly CallMiddleware[], extra: Partial<SasClientOptions> = {}): SasClient =>
  canarySasClient({ mock, fetch: recordingFetch }, middleware, extra);

interface CallOptionsLike {
  signal?: AbortSignal;
  maxRetries?: number;
}

/** Each cloud, one read operation of it, and what its signed requests carry. */
const CLOUDS = [
  {
    cloud: 'hss',
    provider: 'huawei_cloud',
    operation: 'ListImageLocal',
    // Every header is signed; the token goes as X-Security-Token.
    signedHeader: 'x-trace-id',
    // An error answer the call does not retry.
    refusal: { status: 400, code: 'HSS.1001' },
    tokenHeader: 'x-security-token',
    authorization: /^SDK-HMAC-SHA256 Access=\*\*\*, SignedHeaders=[a-z0-9;-]+, Signature=\*\*\*$/,
    call: (middleware: readonly CallMiddleware[], extra: object = {}, options: CallOptionsLike = {}) =>
      hss(middleware, extra).listImageLocal({}, options),
  },
  {
    cloud: 'sas',
    provider: 'alibaba_cloud',
    operation: 'DescribeImageFixTask',
    // Only x-acs-* (with host and content-type) are signed.
    signedHeader: 'x-acs-trace-id',
    // (A bare 400 is Throttling.User on SAS, which is retried.)
    refusal: { status: 400, code: 'InvalidParameter' },
    tokenHeader: 'x-acs-security-token',
    authorization: /^ACS3-HMAC-SHA256 Credential=\*\*\*,SignedHeaders=[a-z0-9;-]+,Signature=\*\*\*$/,
    call: (middleware: readonly CallMiddleware[], extra: object = {}, options: CallOptionsLike = {}) =>
      sas(middleware, extra).describeImageFixTask({ CurrentPage: 1, PageSize: 20 }, options),
  },
] as const;

describe.each(CLOUDS)('$cloud: hooks and what they are told', (c) => {
  it('onRequest in the order given, then onResponse in that order; cloud, provider, operation, attempt, maxAttempts, callId', async () => {
    const result = await c.call([recorder('a'), recorder('b'), recorder('c')], { maxRetries: 2 });
    expect(order()).toEqual([
      'a.onRequest#1',
      'b.onRequest#1',
      'c.onRequest#1',
      'a.onResponse#1',
      'b.onResponse#1',
      'c.onResponse#1',
    ]);
    const callId = heard[0]!.params.callId;
    expect(typeof callId).toBe('string');
    for (const { params } of heard) {
      const { cloud, provider, operation, attempt, maxAttempts } = params;
      expect({ cloud, provider, operation, attempt, maxAttempts, callId: params.callId }).toEqual<MiddlewareCall>({
        cloud: c.cloud,
        provider: c.provider,
        operation: c.operation,
        attempt: 1,
        maxAttempts: 3,
        callId,
      });
    }
    const { response } = calls('onResponse')[0] as MiddlewareResponse;
    expect(response.status).toBe(200);
    expect(response.headers).toBeInstanceOf(Headers);
    expect(response.requestId).toBe(result.requestId);
    expect(result.requestId).toEqual(expect.any(String));
  });

  it('a 503 then an answer: onError (attempt 1, retryInMs a number) in order, then onRequest and onResponse of attempt 2; one callId', async () => {
    mock.failNext(c.operation, { status: 503 });
    await c.call([recorder('a'), recorder('b')]);
    expect(order()).toEqual([
      'a.onRequest#1',
      'b.onRequest#1',
      'a.onError#1',
      'b.onError#1',
      'a.onRequest#2',
      'b.onRequest#2',
      'a.onResponse#2',
      'b.onResponse#2',
    ]);
    // Each attempt's request is built afresh: attempt 2's onRequest sees it unsigned again.
    const retried = calls('onRequest').filter((p) => p.attempt === 2) as MiddlewareRequest[];
    for (const { request } of retried) expect(request.headers).not.toHaveProperty('authorization');
    const [first] = errorsHeard();
    expect(first!.error).toBeInstanceOf(ServerError);
    expect(first!.retryInMs).toEqual(expect.any(Number));
    expect(new Set(heard.map((h) => h.params.callId)).size).toBe(1);
    expect(mock.requests).toHaveLength(2);
  });

  it('every call has its own callId; maxAttempts follows a per-call maxRetries', async () => {
    const middleware = [recorder('a')];
    await c.call(middleware);
    await c.call(middleware, {}, { maxRetries: 0 });
    const [one, two] = calls('onRequest');
    expect(one!.callId).not.toBe(two!.callId);
    expect(two!.maxAttempts).toBe(1);
  });

  it('a vendor error not retried: onError with the ApiError the call rejects with, retryInMs undefined', async () => {
    mock.failNext(c.operation, c.refusal);
    const error = await rejection(c.call([recorder('a')]));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(order()).toEqual(['a.onRequest#1', 'a.onError#1']);
    const [failed] = errorsHeard();
    expect(failed!.error).toBe(error);
    expect(failed!.error).toBeInstanceOf(ApiError);
    expect(failed!.retryInMs).toBeUndefined();
    expect(failed!.request?.headers.authorization).toMatch(c.authorization);
  });
});

describe.each(CLOUDS)('$cloud: headers a hook adds', (c) => {
  it('are signed and sent: the mock verifies the signature over them', async () => {
    const tagger: CallMiddleware = {
      onRequest: ({ headers }) => {
        headers.set(c.signedHeader, 'trace-0001');
        // Sent either way; on SAS a header outside x-acs-* is not signed.
        headers.set('x-request-tag', 'nightly');
      },
    };
    await c.call([tagger, recorder('after')]);
    expect(mock.requests).toHaveLength(1);
    // A header the signature covers is in the request the mock verified, with this value, or the
    // verification fails ("signed header … is not in the request", or a mismatch).
    expect(mock.requests[0]!.signature).toBe('valid');
    const [out] = sent;
    expect(out!.headers[c.signedHeader]).toBe('trace-0001');
    expect(out!.headers['x-request-tag']).toBe('nightly');
    expect(signedHeaders(out!.headers.authorization)).toContain(c.signedHeader);
    if (c.cloud === 'hss') expect(signedHeaders(out!.headers.authorization)).toContain('x-request-tag');
    // The next middleware sees them in the request as it stands; onResponse in the request as sent.
    const [before] = calls('onRequest') as MiddlewareRequest[];
    expect(before!.request.headers[c.signedHeader]).toBe('trace-0001');
    const [after] = calls('onResponse') as MiddlewareResponse[];
    expect(after!.request.headers[c.signedHeader]).toBe('trace-0001');
  });

  it('an async onRequest is awaited: a header set after a timer is sent and signed', async () => {
    const slow: CallMiddleware = {
      onRequest: async ({ headers }) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        headers.set(c.signedHeader, 'late-but-awaited');
      },
    };
    await c.call([slow]);
    expect(mock.requests[0]!.signature).toBe('valid');
    expect(sent[0]!.headers[c.signedHeader]).toBe('late-but-awaited');
    expect(signedHeaders(sent[0]!.headers.authorization)).toContain(c.signedHeader);
  });

  it.each([
    ['host', 'evil.example'],
    ['content-length', '0'],
    ['x-note', 'café'],
    ['x-note', 'a\u007fb'],
  ])('%s: %j is refused with a ValidationError before anything is sent', async (name, value) => {
    const bad: CallMiddleware = { onRequest: ({ headers }) => headers.set(name, value) };
    const error = await rejection(c.call([bad, recorder('a')], { maxRetries: 2 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(`middleware headers.${name}`);
    expect(sent).toHaveLength(0);
    expect(mock.requests).toHaveLength(0);
    // Not retried; the call's end is told to the middleware.
    expect(order()).toEqual(['a.onError#1']);
    expect(errorsHeard()[0]!.error).toBe(error);
    expect(errorsHeard()[0]!.retryInMs).toBeUndefined();
  });

  it('a value with a line break: Headers itself throws in the hook, so the call fails with that TypeError, nothing sent', async () => {
    // (Not a ValidationError: Headers.set refuses CR/LF/NUL before the SDK's check could see it, and
    // what an onRequest hook throws is the call's failure as thrown.)
    let thrown: unknown;
    const bad: CallMiddleware = {
      onRequest: ({ headers }) => {
        try {
          headers.set('x-note', 'a\nb');
        } catch (error) {
          thrown = error;
          throw error;
        }
      },
    };
    const error = await rejection(c.call([bad]));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBe(thrown);
    expect(mock.requests).toHaveLength(0);
  });
});

describe.each(CLOUDS)('$cloud: the request a hook sees is masked', (c) => {
  it('onRequest: before signing (no authorization, no token); onResponse: as sent, the authorization and token masked', async () => {
    await c.call([recorder('a')]);
    const [before] = calls('onRequest') as MiddlewareRequest[];
    expect(before!.request.headers).not.toHaveProperty('authorization');
    expect(before!.request.headers).not.toHaveProperty(c.tokenHeader);
    expect(before!.request.url.startsWith(mock.urls[c.cloud]!)).toBe(true);
    const [after] = calls('onResponse') as MiddlewareResponse[];
    expect(after!.request.headers.authorization).toMatch(c.authorization);
    expect(after!.request.headers[c.tokenHeader]).toBe('***');
    // What was sent in its place: the real values (so the masking above is not vacuous).
    expect(sent[0]!.headers[c.tokenHeader]).toBe(c.cloud === 'hss' ? CANARY.securityToken : CANARY.stsToken);
    expect(after!.request.method).toBe(c.cloud === 'hss' ? 'GET' : 'POST');
    // (afterEach: no secret or signature anywhere in any params object)
  });
});

describe('the request’s own password fields are masked in what hooks see', () => {
  it('SAS AddPrivateRegistry: Password and ExtraParam are *** in the URL of onRequest and onResponse', async () => {
    const example = sdkInput(
      exampleRequest(await loadSpec('sas'), 'AddPrivateRegistry'),
      sasOperations.AddPrivateRegistry.constHeaders,
    );
    const input = { ...example, Password: CANARY.registryPassword, ExtraParam: [{ namespace: 'team-a' }] };
    await sas([recorder('a')]).addPrivateRegistry(input as never);
    expect(mock.requests[0]!.signature).toBe('valid');
    const views = [...calls('onRequest'), ...calls('onResponse')].map((p) => (p as MiddlewareResponse).request);
    expect(views).toHaveLength(2);
    for (const view of views) {
      const url = new URL(view.url);
      expect(url.searchParams.get('Password')).toBe('***');
      expect(url.searchParams.get('ExtraParam')).toBe('***');
    }
    // The password did go out (masked only in the views).
    expect(new URL(sent[0]!.url).searchParams.get('Password')).toBe(CANARY.registryPassword);
  });
});

describe.each(CLOUDS)('$cloud: hooks that fail', (c) => {
  it.each([
    [
      'rejects with an Error',
      (error: unknown) => async () => {
        await Promise.resolve();
        throw error;
      },
      new Error('policy hook broke'),
    ],
    [
      'rejects with a non-Error',
      (error: unknown) => async () => {
        await Promise.resolve();
        throw error;
      },
      'a bare string',
    ],
    [
      'throws synchronously',
      (error: unknown) => () => {
        throw error;
      },
      new RangeError('sync'),
    ],
  ])('onRequest %s: the call rejects with exactly it, not retried, nothing sent', async (_label, make, thrown) => {
    const broken: CallMiddleware = { onRequest: make(thrown) };
    const error = await rejection(c.call([recorder('a'), broken, recorder('b')], { maxRetries: 2 }));
    expect(error).toBe(thrown);
    expect(mock.requests).toHaveLength(0);
    expect(sent).toHaveLength(0);
    // The hooks after it never saw the request; onError is told the failure, as the call's last.
    expect(order()).toEqual(['a.onRequest#1', 'a.onError#1', 'b.onError#1']);
    expect(errorsHeard()[0]!.error).toBe(thrown);
    expect(errorsHeard()[0]!.retryInMs).toBeUndefined();
  });

  // An ImagesecError a hook throws (e.g. one it passes on from another imagesec call) is the hook's
  // failure, not the attempt's: not retried whatever its class, and no attempt count written on it.
  it('onRequest that throws an ImagesecError: still the call’s failure as thrown, not retried', async () => {
    const thrown = new ConnectionError('vault unreachable', { cause: undefined, code: 'ECONNREFUSED' });
    const broken: CallMiddleware = {
      onRequest: () => {
        throw thrown;
      },
    };
    const error = await rejection(c.call([recorder('a'), broken], { maxRetries: 2 }));
    expect(error).toBe(thrown);
    expect(mock.requests).toHaveLength(0);
    expect(order()).toEqual(['a.onRequest#1', 'a.onError#1']);
    expect(thrown.attempts).toBeUndefined();
  });

  it('onResponse that throws or rejects: the call still resolves, later middleware still told', async () => {
    const throwing: CallMiddleware = {
      onResponse: () => {
        throw new Error('logger down');
      },
    };
    const rejecting: CallMiddleware = { onResponse: () => Promise.reject(new Error('exporter down')) };
    const result = await c.call([throwing, rejecting, recorder('a')]);
    expect(result.status).toBe(200);
    expect(order()).toEqual(['a.onRequest#1', 'a.onResponse#1']);
  });

  it('onError that throws or rejects: a vendor error stays the call’s error', async () => {
    mock.failNext(c.operation, c.refusal);
    const broken: CallMiddleware = {
      onError: () => {
        throw new Error('logger down');
      },
    };
    const rejecting: CallMiddleware = { onError: () => Promise.reject(new Error('exporter down')) };
    const error = await rejection(c.call([broken, rejecting, recorder('a')]));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(errorsHeard()[0]!.error).toBe(error);
  });

  it('onError that throws on a retried failure: the retry still happens and the call succeeds', async () => {
    mock.failNext(c.operation, { status: 503 });
    const broken: CallMiddleware = {
      onError: () => {
        throw new Error('logger down');
      },
    };
    const result = await c.call([broken, recorder('a')]);
    expect(result.status).toBe(200);
    expect(order()).toEqual(['a.onRequest#1', 'a.onError#1', 'a.onRequest#2', 'a.onResponse#2']);
  });
});

describe.each(CLOUDS)('$cloud: aborted during a retry wait', (c) => {
  it('one more onError for the same attempt, with the abort reason and no retry', async () => {
    // Retry-After of 20 s: the wait outlasts the test unless the abort ends it.
    mock.failNext(c.operation, { status: 503, retryAfter: 20 });
    const controller = new AbortController();
    const reason = new Error('the user gave up');
    const stopper: CallMiddleware = {
      onError: ({ retryInMs }) => {
        // Aborted a little after the wait began, not from within the hook.
        if (retryInMs !== undefined) setTimeout(() => controller.abort(reason), 20);
      },
    };
    const error = await rejection(c.call([recorder('a'), stopper], {}, { signal: controller.signal }));
    expect(error).toBe(reason);
    expect(order()).toEqual(['a.onRequest#1', 'a.onError#1', 'a.onError#1']);
    const [retrying, aborted] = errorsHeard();
    expect(retrying!.error).toBeInstanceOf(ServerError);
    expect(retrying!.retryInMs).toBe(20_000);
    expect(aborted!.error).toBe(reason);
    expect(aborted!.retryInMs).toBeUndefined();
    expect(aborted!.callId).toBe(retrying!.callId);
    expect(mock.requests).toHaveLength(1);
  });
});

describe('bad middleware options fail construction', () => {
  it.each([
    ['not an array', { onRequest: () => undefined }],
    ['an item that is not an object', [null]],
    ['an item with no hooks', [{}]],
    ['a hook that is not a function', [{ onRequest: 'log' }]],
    ['a hook that is not a function beside one that is', [{ onResponse: () => undefined, onError: 1 }]],
  ])('%s: ConfigurationError naming the option', (_label, middleware) => {
    for (const make of [hss, sas]) {
      const error = constructionError(() => make(middleware as unknown as CallMiddleware[]));
      expect(error.message).toContain('options.middleware');
    }
  });
});

it('the signatures sent were seen (the secret check is not vacuous)', () => {
  expect(sentEver.filter(({ headers }) => headers.authorization?.includes('Signature=')).length).toBeGreaterThan(20);
});
