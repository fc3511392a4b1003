// Every operation of every cloud as the fault suites drive them (from the clouds' operation tables,
// with an input drawn from the spec's schemas): one call each against a loopback endpoint, with
// canary credentials, tiny backoff delays, debug lines and retry events collected, and the vendor's
// own success and throttling answers. HSS and SAS answer as written below; any other registered
// cloud (the test suite's own) as its spec's examples and its gateway rules say (derivedProfile).
import fc from 'fast-check';
import type { OpenAPI3, ParameterObject, ResponseObject } from 'openapi-typescript';
import { expect } from 'vitest';
import { HssClient, SasClient, type CallOptions, type ClientCallOptions, type RetryEvent } from 'imagesec';
import { specOperations, resolveRef } from '../../scripts/spec/document.js';
import type { CloudDescriptor } from '../../src/core/cloud.js';
import { operationRequest, SchemaArbitraries } from '../helpers/schema-arbitrary.js';
import { CANARY, expectNoSecrets, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';
import { allClouds, cloudClient, cloudOf, cloudSpec } from '../helpers/cloud-clients.js';
import { fault, type ReplyFault } from '../helpers/fault-server.js';

export const PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const SAS_REQUEST_ID = '7A1E3C55-2B0D-5E8F-A4C6-9B3D1F7E2A40';

/** Waits of a few milliseconds, so no test sleeps for real backoff time. */
export const TINY_BACKOFF = { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 } as const;
/** Long enough for a loopback answer, short enough that hanging attempts cost little. */
export const TIMEOUT_MS = 150;
export const DEADLINE_MS = 2_000;
/** Slack for timers and the event loop when checking that a call ended within its deadline. */
export const TIMING_SLACK_MS = 150;

/** The cloud's id in the registry. */
export type Vendor = string;

export interface Operation {
  /** The client method, e.g. `addImageWhiteLists`. */
  readonly method: string;
  /** The vendor's operation name, as debug lines and retry events give it. */
  readonly name: string;
  readonly vendor: Vendor;
  /** GET, POST, … as the spec says. */
  readonly httpMethod: string;
  /** The spec's x-imagesec-safe-to-repeat. */
  readonly safeToRepeat: boolean;
  /** A 2xx answer documents a JSON body. */
  readonly responseBody: boolean;
  /** A valid success answer of this operation. */
  readonly ok: ReplyFault;
  /** The vendor's throttling answer (HSS: 429 APIGW.0308; SAS: 400 Throttling.User), with `Retry-After: 1`. */
  readonly throttle: ReplyFault;
  /** The status and code of the error the throttling answer is read as. */
  readonly throttleError: { readonly status: number; readonly code: string | undefined };
  /** A 5xx with the vendor's JSON error body for that status. */
  serverError(status: 500 | 502 | 503 | 504): ReplyFault;
  call(endpoint: string, client: ClientCallOptions, options?: CallOptions): Promise<{ readonly status: number }>;
}

const HSS_THROTTLE = fault.status(429, {
  retryAfter: 1,
  body: { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached.' },
});
// The codes the specs document for each 5xx (openapi/hss.yaml, openapi/sas.yaml).
const HSS_SERVER_ERRORS = { 500: 'APIGW.0601', 502: 'APIGW.0610', 503: 'APIGW.0613', 504: 'APIGW.0201' } as const;
const hssServerError = (status: 500 | 502 | 503 | 504): ReplyFault =>
  fault.status(status, { body: { error_code: HSS_SERVER_ERRORS[status], error_msg: 'Internal server error' } });
const sasServerError = (status: 500 | 502 | 503 | 504): ReplyFault =>
  fault.status(status, {
    body: {
      Code: status === 503 ? 'ServiceUnavailable' : 'ServerError',
      Message: 'try again later',
      RequestId: SAS_REQUEST_ID,
    },
  });

const SAS_THROTTLE = fault.json(
  400,
  { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: SAS_REQUEST_ID },
  { 'retry-after': '1' },
);

export function hssClient(endpoint: string, options: ClientCallOptions = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint,
    projectId: PROJECT_ID,
    credentials: HSS_CANARY_CREDENTIALS,
    env: {},
    backoff: TINY_BACKOFF,
    ...options,
  });
}

export function sasClient(endpoint: string, options: ClientCallOptions = {}): SasClient {
  return new SasClient({ endpoint, credentials: SAS_CANARY_CREDENTIALS, env: {}, backoff: TINY_BACKOFF, ...options });
}

// ---- the operations, from the clouds' operation tables -----------------------------------------

/** What the suites need of a cloud beyond its table: its answers, its client, the inputs a call takes. */
interface Profile {
  readonly doc: OpenAPI3;
  readonly arbitraries: SchemaArbitraries;
  /** The parameters a call gives itself (the rest the client fills in). */
  readonly takes: (p: ParameterObject) => boolean;
  /** The body of an empty success. */
  readonly emptyOk: unknown;
  readonly throttle: ReplyFault;
  readonly throttleError: Operation['throttleError'];
  readonly serverError: (status: 500 | 502 | 503 | 504) => ReplyFault;
  readonly client: (endpoint: string, options: ClientCallOptions) => unknown;
}

const EXACT = { exactIntegers: true } as const;

/** The shipped clouds, as the suites were written for them. */
async function shippedProfiles(): Promise<Readonly<Record<string, Profile>>> {
  const [hssDoc, sasDoc] = await Promise.all([cloudSpec(cloudOf('hss'), EXACT), cloudSpec(cloudOf('sas'), EXACT)]);
  return {
    hss: {
      doc: hssDoc,
      arbitraries: new SchemaArbitraries(hssDoc, { integerCap: BigInt(Number.MAX_SAFE_INTEGER) }),
      // What a call gives itself: query, path (but the project) and the region header.
      takes: (p) =>
        p.in === 'query' || (p.in === 'path' && p.name !== 'project_id') || (p.in === 'header' && p.name === 'region'),
      emptyOk: {},
      throttle: HSS_THROTTLE,
      throttleError: { status: 429, code: 'APIGW.0308' },
      serverError: hssServerError,
      client: hssClient,
    },
    sas: {
      doc: sasDoc,
      arbitraries: new SchemaArbitraries(sasDoc),
      // What a call gives itself: its query.
      takes: (p) => p.in === 'query',
      emptyOk: { RequestId: SAS_REQUEST_ID },
      throttle: SAS_THROTTLE,
      throttleError: { status: 400, code: 'Throttling.User' },
      serverError: sasServerError,
      client: sasClient,
    },
  };
}

/** The first example body of each documented answer of the spec, with its status. */
function documentedAnswers(doc: OpenAPI3): { status: number; body: unknown }[] {
  const found: { status: number; body: unknown }[] = [];
  for (const { operation } of specOperations(doc)) {
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      const media = resolveRef<ResponseObject>(doc, raw).content?.['application/json'];
      const bodies: unknown[] = [
        media?.example,
        ...Object.values(media?.examples ?? {}).map((e): unknown => resolveRef(doc, e).value),
      ];
      for (const body of bodies) {
        if (body !== undefined && /^\d{3}$/.test(status)) found.push({ status: Number(status), body: plainJson(body) });
      }
    }
  }
  return found;
}

/**
 * Any other cloud (registered by the tests): its throttling answer is the first example its spec
 * documents that its vendor reads as a rate limit (else its gateway's fault for a 429), a server
 * error the spec's example for that status (else its gateway's), its client built through its
 * descriptor with canary keys, and a call gives itself every parameter but the constant headers and
 * those a client setting fills (x-imagesec-client-setting).
 */
async function derivedProfile(cloud: CloudDescriptor): Promise<Profile> {
  const doc = await cloudSpec(cloud, EXACT);
  const { gateway, responses } = cloud;
  const answers = documentedAnswers(doc);
  const errorOf = ({ status, body }: { status: number; body: unknown }) => responses.errorOf(status, body);
  const throttled = answers.find((answer) => {
    const error = errorOf(answer);
    return error !== undefined && responses.errorKind(answer.status, error) === 'rate-limit';
  });
  const retryAfter = gateway.retryAfterHeaders(1);
  const throttle = throttled ?? gateway.error(429, gateway.faultCode(429), 'throttled');
  const serverError = (status: 500 | 502 | 503 | 504): ReplyFault => {
    const documented = answers.find((answer) => answer.status === status && errorOf(answer) !== undefined);
    return fault.json(status, documented?.body ?? gateway.error(status, gateway.faultCode(status), 'try again').body);
  };
  const key = { id: CANARY.ak, secret: CANARY.sk, token: CANARY.securityToken };
  return {
    doc,
    arbitraries: new SchemaArbitraries(doc),
    takes: (p) =>
      (p.in === 'query' || p.in === 'path' || p.in === 'header') &&
      (p as { 'x-imagesec-client-setting'?: unknown })['x-imagesec-client-setting'] === undefined &&
      !('const' in resolveRef(doc, (p.schema ?? {}) as object)),
    emptyOk: gateway.completeBody({}),
    throttle: fault.json(throttle.status, throttle.body, retryAfter),
    throttleError: { status: throttle.status, code: errorOf(throttle)?.code },
    serverError,
    client: (endpoint, options) => cloudClient(cloud, endpoint, key, { backoff: TINY_BACKOFF, ...options }),
  };
}

/** JSON with bigints as numbers, as it goes on the wire. */
function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as unknown;
}

const SHIPPED = await shippedProfiles();
const PROFILES = new Map<string, Profile>(
  await Promise.all(
    allClouds().map(async (cloud) => [cloud.id, SHIPPED[cloud.id] ?? (await derivedProfile(cloud))] as const),
  ),
);

/** A valid input of the operation, drawn once from its spec's schemas (a fixed seed). */
function exampleInput(profile: Profile, operationId: string): Record<string, unknown> {
  const arbs = profile.arbitraries;
  const request = operationRequest(arbs, operationId, profile.takes);
  const [drawn] = fc.sample(arbs.valid(request.schema), { seed: 20261204, numRuns: 1 }) as [
    Record<string, Record<string, unknown>>,
  ];
  const { region: _region, ...headers } = drawn.header ?? {};
  return { ...drawn.path, ...drawn.query, ...headers, ...('body' in drawn ? { body: drawn.body } : {}) };
}

/** The spec's first 2xx example body, else what the vendor sends for an empty success. */
function okBody(profile: Profile, operationId: string): unknown {
  const { doc } = profile;
  const found = specOperations(doc).find((o) => o.operationId === operationId);
  for (const [status, raw] of Object.entries(found?.operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const media = resolveRef<ResponseObject>(doc, raw).content?.['application/json'];
    const example: unknown =
      media?.example ?? Object.values(media?.examples ?? {}).map((e): unknown => resolveRef(doc, e).value)[0];
    if (example !== undefined) return plainJson(example);
  }
  return profile.emptyOk;
}

interface Entry {
  readonly operationId: string;
  readonly method: string;
  readonly httpMethod: string;
  readonly safeToRepeat: boolean;
  readonly responseBody: boolean;
}

function operation(vendor: Vendor, entry: Entry): Operation {
  const profile = PROFILES.get(vendor)!;
  const input = exampleInput(profile, entry.operationId);
  const invoke = (client: Record<string, unknown>, options: CallOptions) =>
    (client[entry.method] as (input: unknown, options: CallOptions) => Promise<{ readonly status: number }>).call(
      client,
      input,
      options,
    );
  return {
    method: entry.method,
    name: entry.operationId,
    vendor,
    httpMethod: entry.httpMethod,
    safeToRepeat: entry.safeToRepeat,
    responseBody: entry.responseBody,
    ok: fault.json(200, okBody(profile, entry.operationId)),
    throttle: profile.throttle,
    throttleError: profile.throttleError,
    serverError: profile.serverError,
    call: (endpoint, client, options = {}) =>
      invoke(profile.client(endpoint, client) as Record<string, unknown>, options),
  };
}

/** Every operation of every cloud, in the registry's order and each spec's: the fault matrix runs each. */
export const OPERATIONS: readonly Operation[] = allClouds().flatMap((cloud) =>
  Object.values(cloud.operations).map((entry) => operation(cloud.id, entry)),
);

/** One operation by its id, for the tests that single one out. */
export function operationById(operationId: string): Operation {
  const found = OPERATIONS.find((o) => o.name === operationId);
  if (found === undefined) throw new Error(`no operation ${operationId}`);
  return found;
}

export const BATCH_SCAN_LOCAL_IMAGE = operationById('BatchScanLocalImage');
export const SHOW_IMAGE_SECURITY_REPORT_STATISTIC = operationById('ShowImageSecurityReportStatistic');
export const OPERATE_IMAGE_VUL = operationById('OperateImageVul');

/** Retry events and debug lines of the clients built with `options`. */
export interface Observer {
  readonly events: RetryEvent[];
  readonly lines: string[];
  readonly options: ClientCallOptions;
}

export function observe(): Observer {
  const events: RetryEvent[] = [];
  const lines: string[] = [];
  return {
    events,
    lines,
    options: { debug: true, logger: (line) => lines.push(line), onRetry: (event) => events.push(event) },
  };
}

/** A call's outcome and how long it took. */
export type Settled =
  | { readonly ok: true; readonly value: unknown; readonly elapsedMs: number }
  | { readonly ok: false; readonly error: unknown; readonly elapsedMs: number };

/** Longer than any call of these suites may take: past it, a call is reported as still pending. */
export const WATCHDOG_MS = DEADLINE_MS + 2 * TIMING_SLACK_MS;

/**
 * Runs the call and times it. A call still pending after `withinMs` is given up on (its server's
 * close ends it later), so a limit the client fails to enforce fails the test quickly and clearly.
 */
export async function settle(call: () => Promise<unknown>, withinMs = WATCHDOG_MS): Promise<Settled> {
  const start = performance.now();
  const elapsedMs = () => performance.now() - start;
  let watchdog: NodeJS.Timeout | undefined;
  const stillPending = new Promise<Settled>((resolve) => {
    watchdog = setTimeout(() => {
      resolve({
        ok: false,
        error: new Error(`the call was still pending after ${withinMs} ms`),
        elapsedMs: elapsedMs(),
      });
    }, withinMs);
  });
  const outcome = call().then(
    (value): Settled => ({ ok: true, value, elapsedMs: elapsedMs() }),
    (error: unknown): Settled => ({ ok: false, error, elapsedMs: elapsedMs() }),
  );
  try {
    return await Promise.race([outcome, stillPending]);
  } finally {
    clearTimeout(watchdog);
  }
}

/** The debug lines of attempts (not of retry waits). */
export function attemptLines(lines: readonly string[]): string[] {
  return lines.filter((line) => / attempt \d+\/\d+: /.test(line));
}

/**
 * What every call must leave behind: one debug line per attempt naming the operation, the attempt,
 * the method and the URL; one retry line and one retry event per retry; and no secret anywhere.
 */
export function expectTrail(
  observer: Observer,
  operation: Operation,
  endpoint: string,
  attempts: number,
  maxAttempts = 3,
): void {
  const lines = attemptLines(observer.lines);
  expect(lines).toHaveLength(attempts);
  lines.forEach((line, i) => {
    expect(line).toContain(
      `imagesec ${operation.name} attempt ${i + 1}/${maxAttempts}: ${operation.httpMethod} ${endpoint}/`,
    );
  });
  expect(observer.lines.filter((line) => line.includes(' retrying in '))).toHaveLength(attempts - 1);
  expect(observer.events).toHaveLength(attempts - 1);
  observer.events.forEach((event, i) => {
    expect(event).toMatchObject({ operation: operation.name, attempt: i + 1, maxAttempts });
    expect(event.reason).toMatch(/^\w+Error\b/);
  });
  expectNoSecrets(...observer.events, ...observer.lines);
}
