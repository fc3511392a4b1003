// imagesec/opentelemetry against the strict mock, read back through OpenTelemetry's own SDK (an
// in-memory exporter): one CLIENT span per call whatever its retries, an event per attempt, the
// attributes under the semantic conventions' names (their package's constants, which the module
// writes out), span status by the conventions' rules for a client, no secret or signature anywhere
// in a span, and no call's state left behind, also for a call aborted while it waits to retry.
import { AsyncLocalStorage } from 'node:async_hooks';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Context, type ContextManager } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import {
  ATTR_CLOUD_PROVIDER,
  CLOUD_PROVIDER_VALUE_ALIBABA_CLOUD,
} from '@opentelemetry/semantic-conventions/incubating';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsError, HssClient, SasClient, type CallMiddleware, type HssClientOptions } from 'imagesec';
import { tracingMiddleware } from 'imagesec/opentelemetry';
import { startMock, type RunningMock } from 'imagesec/testing';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { CallTracer } from '../../src/opentelemetry/call-tracer.js';
import { CANARY_PROJECT, canaryHssClient, canarySasClient } from '../helpers/canary-clients.js';
import { CANARY, expectNoSecrets, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';

/** The module's own names (not in the conventions): what the README tells users to query by. */
const CLOUD = 'imagesec.cloud';
const OPERATION = 'imagesec.operation';
const REQUEST_ID = 'imagesec.request_id';
const VENDOR_CODE = 'imagesec.vendor_code';
const ATTEMPT = 'imagesec.attempt';
const RETRY_DELAY = 'imagesec.retry_delay_ms';

/** The caller's context across awaits, as the SDK's async-hooks context manager keeps it. */
class AsyncContextManager implements ContextManager {
  readonly #storage = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.#storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.#storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.#storage.disable();
    return this;
  }
}

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracing = tracingMiddleware({ tracerProvider: provider });

// Every request as it left, signed: what no span may repeat. The clients send through this to the
// mock (a real loopback call); it only notes the headers.
const authorizations: string[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  authorizations.push(request.headers.get('authorization') ?? '');
  return fetch(request);
};

let mock: RunningMock;
beforeAll(async () => {
  context.setGlobalContextManager(new AsyncContextManager());
  mock = await startMock({ credentials: { hss: [HSS_CANARY_CREDENTIALS], sas: [SAS_CANARY_CREDENTIALS] } });
}, 60_000);
afterAll(async () => {
  context.disable();
  await Promise.all([mock?.close(), provider.shutdown()]);
});
beforeEach(() => {
  mock.reset();
  exporter.reset();
});
afterEach(() => {
  // Every call's state goes with its last hook.
  expect((tracing as CallTracer).openCalls).toBe(0);
  // What a span shows an exporter: no credential (the canaries, STS tokens included), no request
  // secret, no signature, neither in the Signature= form nor as the bare value sent.
  const shown = exporter
    .getFinishedSpans()
    .map(({ name, attributes, events, status }) => ({ name, attributes, events, status }));
  expectNoSecrets(shown);
  const text = JSON.stringify(shown);
  expect(text).not.toContain('CANARYPWq7');
  for (const authorization of authorizations) {
    const signature = /Signature=([0-9a-f]+)/.exec(authorization)?.[1];
    expect(signature, authorization).toBeDefined();
    expect(text).not.toContain(signature);
  }
});

const hss = (extra: Partial<HssClientOptions> = {}, middleware: readonly CallMiddleware[] = [tracing]): HssClient =>
  canaryHssClient({ mock, fetch: recordingFetch }, middleware, extra);
const sas = (middleware: readonly CallMiddleware[] = [tracing]): SasClient =>
  canarySasClient({ mock, fetch: recordingFetch }, middleware);

/** The one span the test's call left. */
function onlySpan(): ReadableSpan {
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0]!;
}

const events = (span: ReadableSpan) => span.events.map(({ name, attributes }) => ({ name, attributes }));
const port = (url: string | undefined) => Number(new URL(url!).port);

describe('a call is one CLIENT span', () => {
  it('SAS: named by method and operation, with the HTTP client attributes under the conventions’ names', async () => {
    const result = await sas().describeImageFixTask({ CurrentPage: 1, PageSize: 20 });
    const span = onlySpan();
    expect(span.name).toBe('POST DescribeImageFixTask');
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.instrumentationScope.name).toBe('imagesec');
    expect(span.status).toEqual({ code: SpanStatusCode.UNSET });
    // toEqual: a name misspelt, or one more than these, fails here.
    expect(span.attributes).toEqual({
      [ATTR_HTTP_REQUEST_METHOD]: 'POST',
      [ATTR_SERVER_ADDRESS]: '127.0.0.1',
      [ATTR_SERVER_PORT]: port(mock.urls.sas),
      [ATTR_URL_FULL]: `${mock.urls.sas}/?CurrentPage=1&PageSize=20`,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
      [ATTR_CLOUD_PROVIDER]: CLOUD_PROVIDER_VALUE_ALIBABA_CLOUD,
      [CLOUD]: 'sas',
      [OPERATION]: 'DescribeImageFixTask',
      [REQUEST_ID]: result.requestId,
    });
    expect(events(span)).toEqual([
      {
        name: ATTEMPT,
        attributes: { [ATTEMPT]: 1, [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200, [REQUEST_ID]: result.requestId },
      },
    ]);
  });

  it('HSS: a 503 then an answer is one span with an event per attempt and the resend count; cloud.provider huawei_cloud (a value the conventions do not list yet)', async () => {
    mock.failNext('ListImageLocal', { status: 503 });
    const result = await hss().listImageLocal({ image_name: 'nginx' });
    const span = onlySpan();
    expect(span.name).toBe('GET ListImageLocal');
    expect(span.status).toEqual({ code: SpanStatusCode.UNSET });
    expect(span.attributes).toEqual({
      [ATTR_HTTP_REQUEST_METHOD]: 'GET',
      [ATTR_SERVER_ADDRESS]: '127.0.0.1',
      [ATTR_SERVER_PORT]: port(mock.urls.hss),
      [ATTR_URL_FULL]: expect.stringMatching(/\/image\/.*\?.*image_name=nginx/) as unknown,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
      [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1,
      [ATTR_CLOUD_PROVIDER]: 'huawei_cloud',
      [CLOUD]: 'hss',
      [OPERATION]: 'ListImageLocal',
      [REQUEST_ID]: result.requestId,
    });
    expect(String(span.attributes[ATTR_URL_FULL])).toContain(`${mock.urls.hss}/v5/${CANARY_PROJECT}/`);
    expect(events(span)).toEqual([
      {
        name: ATTEMPT,
        attributes: {
          [ATTEMPT]: 1,
          [ATTR_HTTP_RESPONSE_STATUS_CODE]: 503,
          [ATTR_ERROR_TYPE]: 'ServerError',
          [VENDOR_CODE]: expect.any(String) as unknown,
          [REQUEST_ID]: expect.any(String) as unknown,
          [RETRY_DELAY]: expect.any(Number) as unknown,
        },
      },
      {
        name: ATTEMPT,
        attributes: { [ATTEMPT]: 2, [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200, [REQUEST_ID]: result.requestId },
      },
    ]);
  });

  it('calls made side by side are a span each, children of the span active where each was made', async () => {
    const tracer = provider.getTracer('test');
    const parent = await tracer.startActiveSpan('parent', async (span) => {
      await Promise.all([sas().describeImageFixTask({ CurrentPage: 1, PageSize: 20 }), hss().listImageLocal({})]);
      span.end();
      return span.spanContext();
    });
    const calls = exporter.getFinishedSpans().filter((span) => span.name !== 'parent');
    expect(calls.map((span) => span.name).sort()).toEqual(['GET ListImageLocal', 'POST DescribeImageFixTask']);
    for (const span of calls) {
      expect(span.parentSpanContext?.spanId).toBe(parent.spanId);
      expect(span.spanContext().traceId).toBe(parent.traceId);
      expect(span.events).toHaveLength(1);
    }
  });
});

describe('secrets', () => {
  it('a secret request field shows masked in url.full (SAS AddPrivateRegistry Password, ExtraParam)', async () => {
    const example = sdkInput(
      exampleRequest(await loadSpec('sas'), 'AddPrivateRegistry'),
      sasOperations.AddPrivateRegistry.constHeaders,
    );
    const input = { ...example, Password: CANARY.registryPassword, ExtraParam: [{ namespace: 'team-a' }] };
    await sas().addPrivateRegistry(input as never);
    const url = new URL(String(onlySpan().attributes[ATTR_URL_FULL]));
    expect(url.searchParams.get('Password')).toBe('***');
    expect(url.searchParams.get('ExtraParam')).toBe('***');
    // (afterEach: the password shows nowhere else either)
  });
});

describe('a failed call', () => {
  it('a vendor error (4xx: an error for a client): status ERROR, error.type the class name, the vendor code', async () => {
    mock.failNext('DescribeImageFixTask', { status: 400, code: 'InvalidParameter' });
    const error = (await sas()
      .describeImageFixTask({ CurrentPage: 1, PageSize: 20 })
      .catch((e: unknown) => e)) as Error & { requestId: string };
    const span = onlySpan();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: error.message });
    expect(span.attributes).toMatchObject({
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 400,
      [ATTR_ERROR_TYPE]: 'BadRequestError',
      [VENDOR_CODE]: 'InvalidParameter',
      [REQUEST_ID]: error.requestId,
    });
    expect(span.attributes).not.toHaveProperty(ATTR_HTTP_REQUEST_RESEND_COUNT);
    expect(events(span)).toEqual([
      {
        name: ATTEMPT,
        attributes: {
          [ATTEMPT]: 1,
          [ATTR_HTTP_RESPONSE_STATUS_CODE]: 400,
          [ATTR_ERROR_TYPE]: 'BadRequestError',
          [VENDOR_CODE]: 'InvalidParameter',
          [REQUEST_ID]: error.requestId,
        },
      },
    ]);
  });

  it('aborted while it waits to retry: the span ends with the abort, no attempt event for the wait', async () => {
    mock.failNext('ListImageLocal', { status: 503, retryAfter: 20 });
    const controller = new AbortController();
    // A middleware after the tracing one stops the call as soon as a retry is announced.
    const stopper: CallMiddleware = {
      onError: ({ retryInMs }) => {
        if (retryInMs !== undefined) controller.abort();
      },
    };
    const error = await hss({}, [tracing, stopper])
      .listImageLocal({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    const span = onlySpan();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(span.attributes[ATTR_ERROR_TYPE]).toBe('AbortError');
    expect(span.attributes).not.toHaveProperty(ATTR_HTTP_REQUEST_RESEND_COUNT);
    expect(events(span)).toEqual([
      {
        name: ATTEMPT,
        attributes: expect.objectContaining({
          [ATTEMPT]: 1,
          [ATTR_ERROR_TYPE]: 'ServerError',
          [RETRY_DELAY]: 20_000,
        }) as unknown,
      },
    ]);
    expect(mock.requests).toHaveLength(1);
  });

  it('before any request was built (the credentials never came): a span named by the operation, CredentialsError', async () => {
    const client = hss({ credentials: undefined, credentialProvider: () => Promise.reject(new Error('vault down')) });
    await expect(client.listImageLocal({})).rejects.toBeInstanceOf(CredentialsError);
    const span = onlySpan();
    expect(span.name).toBe('ListImageLocal');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toEqual({
      [ATTR_CLOUD_PROVIDER]: 'huawei_cloud',
      [CLOUD]: 'hss',
      [OPERATION]: 'ListImageLocal',
      [ATTR_ERROR_TYPE]: 'CredentialsError',
    });
    expect(mock.requests).toHaveLength(0);
  });
});

it('the signatures sent were seen (the secret check above is not vacuous)', () => {
  expect(authorizations.length).toBeGreaterThan(5);
});
