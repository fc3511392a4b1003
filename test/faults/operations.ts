// The five operations as the fault suites drive them: one call each against a loopback endpoint,
// with canary credentials, tiny backoff delays, debug lines and retry events collected, and the
// vendor's own success and throttling answers.
import { expect } from 'vitest';
import { HssClient, SasClient, type CallOptions, type ClientCallOptions, type RetryEvent } from 'imagesec';
import { expectNoSecrets, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';
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

export type Vendor = 'hss' | 'sas';

export interface Operation {
  /** The client method, e.g. `addImageWhiteLists`. */
  readonly method: string;
  /** The vendor's operation name, as debug lines and retry events give it. */
  readonly name: string;
  readonly vendor: Vendor;
  /** A valid success answer of this operation. */
  readonly ok: ReplyFault;
  /** The vendor's throttling answer (HSS: 429 APIGW.0308; SAS: 400 Throttling.User), with `Retry-After: 1`. */
  readonly throttle: ReplyFault;
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
    body: { Code: status === 503 ? 'ServiceUnavailable' : 'ServerError', Message: 'try again later', RequestId: SAS_REQUEST_ID },
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

function hssOperation(
  method: string,
  name: string,
  ok: ReplyFault,
  call: (client: HssClient, options: CallOptions) => Promise<{ readonly status: number }>,
): Operation {
  return {
    method,
    name,
    vendor: 'hss',
    ok,
    throttle: HSS_THROTTLE,
    serverError: hssServerError,
    call: (endpoint, client, options = {}) => call(hssClient(endpoint, client), options),
  };
}

export const CHANGE_SENSITIVE_INFO = hssOperation('changeSensitiveInfo', 'ChangeSensitiveInfo', fault.json(200, {}), (c, o) =>
  c.changeSensitiveInfo({ image_type: 'private_image', body: { sensitive_info_id: 'x' } }, o),
);
export const ADD_IMAGE_WHITE_LISTS = hssOperation('addImageWhiteLists', 'AddImageWhiteLists', fault.json(200, {}), (c, o) =>
  c.addImageWhiteLists(
    { global_image_type: 'registry', type: 'vulnerability', body: { rule_type: 'all_images', vul_ids: ['CVE-2024-6387'] } },
    o,
  ),
);
export const BATCH_SCAN_LOCAL_IMAGE = hssOperation('batchScanLocalImage', 'BatchScanLocalImage', fault.json(200, {}), (c, o) =>
  c.batchScanLocalImage({}, o),
);
export const SHOW_IMAGE_SECURITY_REPORT_STATISTIC = hssOperation(
  'showImageSecurityReportStatistic',
  'ShowImageSecurityReportStatistic',
  fault.json(200, { total_num: 3 }),
  (c, o) => c.showImageSecurityReportStatistic({ security_report_type: 'vulnerability' }, o),
);
export const OPERATE_IMAGE_VUL: Operation = {
  method: 'operateImageVul',
  name: 'OperateImageVul',
  vendor: 'sas',
  ok: fault.json(200, { RequestId: SAS_REQUEST_ID }),
  throttle: SAS_THROTTLE,
  serverError: sasServerError,
  call: (endpoint, client, options = {}) =>
    sasClient(endpoint, client).operateImageVul({ OperateType: 'vul_fix', Type: 'cve', Info: [{ uuid: 'u', ids: [1] }] }, options),
};

/** The five operations, in the column order of the fault matrix. */
export const OPERATIONS: readonly Operation[] = [
  CHANGE_SENSITIVE_INFO,
  ADD_IMAGE_WHITE_LISTS,
  BATCH_SCAN_LOCAL_IMAGE,
  SHOW_IMAGE_SECURITY_REPORT_STATISTIC,
  OPERATE_IMAGE_VUL,
];

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
      resolve({ ok: false, error: new Error(`the call was still pending after ${withinMs} ms`), elapsedMs: elapsedMs() });
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
export function expectTrail(observer: Observer, operation: Operation, endpoint: string, attempts: number, maxAttempts = 3): void {
  const lines = attemptLines(observer.lines);
  expect(lines).toHaveLength(attempts);
  lines.forEach((line, i) => {
    expect(line).toContain(`imagesec ${operation.name} attempt ${i + 1}/${maxAttempts}: POST ${endpoint}/`);
  });
  expect(observer.lines.filter((line) => line.includes(' retrying in '))).toHaveLength(attempts - 1);
  expect(observer.events).toHaveLength(attempts - 1);
  observer.events.forEach((event, i) => {
    expect(event).toMatchObject({ operation: operation.name, attempt: i + 1, maxAttempts });
    expect(event.reason).toMatch(/^\w+Error\b/);
  });
  expectNoSecrets(...observer.events, ...observer.lines);
}
