// The fault matrix, part 1: the fault on every attempt, so a call ends in the error its retry
// policy allows after as many attempts as it allows (or succeeds where the fault is harmless).
// Vocabulary, column order and the runner: matrix.ts.
import { fault } from '../helpers/fault-server.js';
import {
  always,
  attemptTimeout,
  cutOk,
  describeMatrix,
  FASTER_THAN_TIMEOUT_MS,
  truncatedOk,
  withStatus,
  type Row,
} from './matrix.js';

// prettier-ignore
const EVERY_ATTEMPT: readonly Row[] = [
  //         repeatable            not repeatable        repeatable, body      not repeatable, body
  // Refused: nothing was sent, so even the operations that are not repeatable are retried.
  { fault: 'connection refused (closed port)', script: 'closed port',
    cells: ['ConnectionError ×3',   'ConnectionError ×3',   'ConnectionError ×3',   'ConnectionError ×3'], error: () => ({ code: 'ECONNREFUSED' }) },
  { fault: 'connection reset after the request', script: always(() => fault.reset()),
    cells: ['ConnectionError ×3',   'ConnectionError ×1',   'ConnectionError ×3',   'ConnectionError ×1'], error: () => ({ code: 'ECONNRESET' }) },
  { fault: 'no answer (hang)', script: always(() => fault.hang()),
    cells: ['TimeoutError ×3',      'TimeoutError ×1',      'TimeoutError ×3',      'TimeoutError ×1'], error: attemptTimeout },
  { fault: `200 after ${FASTER_THAN_TIMEOUT_MS} ms (within timeoutMs)`, script: always((op) => fault.slow(FASTER_THAN_TIMEOUT_MS, op.ok)),
    cells: ['ok',                   'ok',                   'ok',                   'ok'] },
  { fault: 'throttled (HSS 429 APIGW.0308 / SAS 400 Throttling.User)', script: always((op) => op.throttle),
    cells: ['RateLimitError ×3',    'RateLimitError ×3',    'RateLimitError ×3',    'RateLimitError ×3'],
    error: (op) => op.throttleError },
  { fault: '500 with a JSON error body', script: always((op) => op.serverError(500)),
    cells: ['ServerError ×3',       'ServerError ×1',       'ServerError ×3',       'ServerError ×1'], error: withStatus(500) },
  { fault: '502 with a JSON error body', script: always((op) => op.serverError(502)),
    cells: ['ServerError ×3',       'ServerError ×1',       'ServerError ×3',       'ServerError ×1'], error: withStatus(502) },
  { fault: '503 with a JSON error body', script: always((op) => op.serverError(503)),
    cells: ['ServerError ×3',       'ServerError ×3',       'ServerError ×3',       'ServerError ×3'], error: withStatus(503) },
  { fault: '504 with a JSON error body', script: always((op) => op.serverError(504)),
    cells: ['ServerError ×3',       'ServerError ×1',       'ServerError ×3',       'ServerError ×1'], error: withStatus(504) },
  { fault: '502 HTML error page', script: always(() => fault.html(502)),
    cells: ['ServerError ×3',       'ServerError ×1',       'ServerError ×3',       'ServerError ×1'], error: () => ({ status: 502, code: undefined }) },
  { fault: '500 with truncated JSON', script: always(() => fault.truncatedJson(500)),
    cells: ['ServerError ×3',       'ServerError ×1',       'ServerError ×3',       'ServerError ×1'], error: () => ({ status: 500, code: undefined }) },
  { fault: '503 with an empty body', script: always(() => fault.empty(503)),
    cells: ['ServerError ×3',       'ServerError ×3',       'ServerError ×3',       'ServerError ×3'], error: () => ({ status: 503, body: undefined }) },
  { fault: '200 with truncated JSON', script: always(truncatedOk),
    cells: ['ApiError ×1',          'ApiError ×1',          'ApiError ×1',          'ApiError ×1'], error: withStatus(200) },
  { fault: '200 as text/html (wrong content type)', script: always(() => fault.wrongType()),
    cells: ['ApiError ×1',          'ApiError ×1',          'ApiError ×1',          'ApiError ×1'], error: withStatus(200) },
  // Only operations that document a response body need one.
  { fault: '200 with an empty body', script: always(() => fault.empty(200)),
    cells: ['ok',                   'ok',                   'ApiError ×1',          'ApiError ×1'], error: withStatus(200) },
  // The connection drops after the headers, half-way through the body: a network failure that
  // came after the request was carried out.
  { fault: '200 body cut off on the wire', script: always(cutOk),
    cells: ['ConnectionError ×3',   'ConnectionError ×1',   'ConnectionError ×3',   'ConnectionError ×1'] },
];

describeMatrix('a fault on every attempt', EVERY_ATTEMPT);
