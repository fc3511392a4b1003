// The retry policy as data: which failure is retried for which operation, how long each wait is
// (jitter bounds with an injected random source), and how Retry-After is read (injected clock).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  CredentialsError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from 'imagesec';
import { parseRetryAfter } from '../../src/core/call/read.js';
import { failureReason } from '../../src/core/debug.js';
import { DEFAULT_RETRY_POLICY, isRetryable, mayHaveTakenEffect, retryDelay } from '../../src/core/retry.js';
import { operationTable } from '../../scripts/codegen/operations.js';
import { allClouds } from '../helpers/cloud-clients.js';

const api = (Class: typeof ApiError, status: number, code?: string, retryAfterMs?: number) =>
  new Class({ status, code, message: 'm', requestId: undefined, body: undefined, retryAfterMs });
const connection = (code: string | undefined) => new ConnectionError('request failed', { cause: undefined, code });

// [failure, retried for a repeatable operation, retried for one that is not]
const TABLE: Array<[string, unknown, boolean, boolean]> = [
  ['429', api(RateLimitError, 429, 'APIGW.0308'), true, true],
  ['SAS Throttling.User (400)', api(RateLimitError, 400, 'Throttling.User'), true, true],
  ['503', api(ServerError, 503), true, true],
  ['500', api(ServerError, 500), true, false],
  ['502', api(ServerError, 502), true, false],
  ['504', api(ServerError, 504), true, false],
  ['501', api(ServerError, 501), false, false],
  ['400', api(BadRequestError, 400, 'HSS.0001'), false, false],
  ['401 (a retried 401 locks the key)', api(AuthenticationError, 401, 'APIGW.0301'), false, false],
  ['200 that is not JSON', api(ApiError, 200), false, false],
  ['connection refused (nothing sent)', connection('ECONNREFUSED'), true, true],
  ['DNS failure (nothing sent)', connection('ENOTFOUND'), true, true],
  ['connect timeout (nothing sent)', connection('UND_ERR_CONNECT_TIMEOUT'), true, true],
  ['connection reset (maybe sent)', connection('ECONNRESET'), true, false],
  ['socket closed (maybe sent)', connection('UND_ERR_SOCKET'), true, false],
  ['unknown network failure', connection(undefined), true, false],
  ['certificate error', connection('CERT_HAS_EXPIRED'), false, false],
  ['attempt timeout', new TimeoutError('t', 10, 'attempt'), true, false],
  ['call deadline', new TimeoutError('t', 10, 'call'), false, false],
  ['validation', new ValidationError('v', []), false, false],
  ['credential provider', new CredentialsError('c', undefined), false, false],
  ['foreign error', new Error('x'), false, false],
];

// Whether each failure of TABLE may all the same have been carried out (bulk runs journal these as
// unknown outcomes and do not re-send them for operations not safe to repeat).
const TOOK_EFFECT: Readonly<Record<string, boolean>> = {
  '429': false,
  'SAS Throttling.User (400)': false,
  '503': false,
  '500': true,
  '502': true,
  '504': true,
  '501': false,
  '400': false,
  '401 (a retried 401 locks the key)': false,
  '200 that is not JSON': true,
  'connection refused (nothing sent)': false,
  'DNS failure (nothing sent)': false,
  'connect timeout (nothing sent)': false,
  'connection reset (maybe sent)': true,
  'socket closed (maybe sent)': true,
  'unknown network failure': true,
  'certificate error': false,
  'attempt timeout': true,
  'call deadline': true,
  validation: false,
  'credential provider': false,
  'foreign error': false,
};

describe('which failures may have been carried out', () => {
  it.each(TABLE.map(([label, error]) => [label, error] as const))('%s', (label, error) => {
    expect(TOOK_EFFECT[label], `TOOK_EFFECT names ${label}`).toBeDefined();
    expect(mayHaveTakenEffect(error)).toBe(TOOK_EFFECT[label]);
  });
});

describe('which failures are retried', () => {
  it.each(TABLE)('%s', (_label, error, repeatable, notRepeatable) => {
    expect(isRetryable(error, true)).toBe(repeatable);
    expect(isRetryable(error, false)).toBe(notRepeatable);
  });

  it("the operation tables carry each spec's x-imagesec-safe-to-repeat, the generator its reason", async () => {
    const all = allClouds().flatMap((cloud) => Object.values(cloud.operations));
    const safe = Object.fromEntries(all.map((o) => [o.operationId, o.safeToRepeat]));
    // The seeds' judgements, pinned: a change to one shows here.
    expect(safe).toMatchObject({
      ChangeSensitiveInfo: true,
      AddImageWhiteLists: false,
      BatchScanLocalImage: true,
      ShowImageSecurityReportStatistic: true,
      OperateImageVul: false,
    });
    // An operation that changes nothing can always be sent again.
    for (const o of all) if (o.readOnly) expect(o.safeToRepeat, o.operationId).toBe(true);
    // The reasons are written apart from the tables (no bundle carries them): read as generated.
    for (const cloud of allClouds()) {
      for (const entry of operationTable(await readFile(cloud.spec, 'utf8'))) {
        expect(entry.safeToRepeatReason.length, entry.operationId).toBeGreaterThan(20);
      }
    }
  });
});

describe('how long a retry waits', () => {
  const policy = DEFAULT_RETRY_POLICY;

  it('full jitter: from 0 up to base × 2^(n-1), capped at maxDelayMs', () => {
    expect(retryDelay(api(ServerError, 503), 1, policy, () => 0)).toBe(0);
    expect(retryDelay(api(ServerError, 503), 1, policy, () => 0.999999)).toBe(499);
    expect(retryDelay(api(ServerError, 503), 2, policy, () => 0.999999)).toBe(999);
    expect(retryDelay(api(ServerError, 503), 3, policy, () => 0.5)).toBe(1000);
    expect(retryDelay(api(ServerError, 503), 10, policy, () => 0.999999)).toBe(7999);
    expect(retryDelay(connection('ECONNRESET'), 30, policy, () => 0.999999)).toBeLessThan(policy.maxDelayMs);
  });

  it('Retry-After wins over backoff, capped at maxRetryAfterMs', () => {
    expect(retryDelay(api(RateLimitError, 429, undefined, 2_000), 1, policy, () => 0)).toBe(2_000);
    expect(retryDelay(api(RateLimitError, 429, undefined, 3_600_000), 1, policy)).toBe(policy.maxRetryAfterMs);
    expect(retryDelay(api(RateLimitError, 429, undefined, 0), 2, policy, () => 0.9)).toBe(0);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it.each([
    ['0', 0],
    ['7', 7_000],
    [' 120 ', 120_000],
    ['Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['Monday, 23-Nov-26 10:00:05 GMT', 5_000],
    ['Mon Nov 23 10:00:02 2026', 2_000],
    ['Mon, 23 Nov 2026 09:59:00 GMT', 0],
  ])('%j → %d ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([null, '', '-1', '1.5', 'soon', 'Mon, 99 Foo 2026 GMT'])('%j is ignored', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('failure reasons (retry events, debug lines)', () => {
  it('say what failed without the message', () => {
    expect(failureReason(api(RateLimitError, 429, 'APIGW.0308'))).toBe('RateLimitError 429 APIGW.0308');
    expect(failureReason(api(ServerError, 503))).toBe('ServerError 503');
    expect(failureReason(connection('ECONNRESET'))).toBe('ConnectionError ECONNRESET');
    expect(failureReason(new TimeoutError('t', 250, 'attempt'))).toBe('TimeoutError (attempt, 250 ms)');
  });
});
