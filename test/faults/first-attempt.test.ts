// The fault matrix, part 2: the fault on the first attempt only, then a correct answer: success
// after a retry where the policy allows one, else the first attempt's error.
// Vocabulary, column order and the runner: matrix.ts.
import { fault } from '../helpers/fault-server.js';
import {
  attemptTimeout,
  cutOk,
  describeMatrix,
  once,
  SLOWER_THAN_TIMEOUT_MS,
  truncatedOk,
  withStatus,
  type Row,
} from './matrix.js';

// prettier-ignore
const FIRST_ATTEMPT_ONLY: readonly Row[] = [
  //         repeatable            not repeatable        repeatable, body      not repeatable, body
  { fault: 'connection reset, then ok', script: once(() => fault.reset()),
    cells: ['ok after 2',           'ConnectionError ×1',   'ok after 2',           'ConnectionError ×1'], error: () => ({ code: 'ECONNRESET' }) },
  { fault: 'no answer (hang), then ok', script: once(() => fault.hang()),
    cells: ['ok after 2',           'TimeoutError ×1',      'ok after 2',           'TimeoutError ×1'], error: attemptTimeout },
  // Too late is as good as no answer: the attempt has timed out before the 200 arrives.
  { fault: `200 after ${SLOWER_THAN_TIMEOUT_MS} ms (past timeoutMs), then ok`, script: once((op) => fault.slow(SLOWER_THAN_TIMEOUT_MS, op.ok)),
    cells: ['ok after 2',           'TimeoutError ×1',      'ok after 2',           'TimeoutError ×1'], error: attemptTimeout },
  { fault: 'throttled, then ok', script: once((op) => op.throttle),
    cells: ['ok after 2',           'ok after 2',           'ok after 2',           'ok after 2'] },
  { fault: '500, then ok', script: once((op) => op.serverError(500)),
    cells: ['ok after 2',           'ServerError ×1',       'ok after 2',           'ServerError ×1'], error: withStatus(500) },
  { fault: '502, then ok', script: once((op) => op.serverError(502)),
    cells: ['ok after 2',           'ServerError ×1',       'ok after 2',           'ServerError ×1'], error: withStatus(502) },
  { fault: '503, then ok', script: once((op) => op.serverError(503)),
    cells: ['ok after 2',           'ok after 2',           'ok after 2',           'ok after 2'] },
  { fault: '504, then ok', script: once((op) => op.serverError(504)),
    cells: ['ok after 2',           'ServerError ×1',       'ok after 2',           'ServerError ×1'], error: withStatus(504) },
  { fault: '502 HTML error page, then ok', script: once(() => fault.html(502)),
    cells: ['ok after 2',           'ServerError ×1',       'ok after 2',           'ServerError ×1'], error: withStatus(502) },
  { fault: '500 with truncated JSON, then ok', script: once(() => fault.truncatedJson(500)),
    cells: ['ok after 2',           'ServerError ×1',       'ok after 2',           'ServerError ×1'], error: withStatus(500) },
  { fault: '503 with an empty body, then ok', script: once(() => fault.empty(503)),
    cells: ['ok after 2',           'ok after 2',           'ok after 2',           'ok after 2'] },
  // A 2xx the client cannot read is final: the next answer would be fine, but it is never asked for.
  { fault: '200 with truncated JSON, then ok', script: once(truncatedOk),
    cells: ['ApiError ×1',          'ApiError ×1',          'ApiError ×1',          'ApiError ×1'], error: withStatus(200) },
  { fault: '200 as text/html, then ok', script: once(() => fault.wrongType()),
    cells: ['ApiError ×1',          'ApiError ×1',          'ApiError ×1',          'ApiError ×1'], error: withStatus(200) },
  { fault: '200 body cut off on the wire, then ok', script: once(cutOk),
    cells: ['ok after 2',           'ConnectionError ×1',   'ok after 2',           'ConnectionError ×1'] },
  // The whole retry budget: two different refusals, then the answer on the last allowed attempt.
  { fault: 'throttled, then 503, then ok', script: (op) => [op.throttle, op.serverError(503), op.ok],
    cells: ['ok after 3',           'ok after 3',           'ok after 3',           'ok after 3'] },
];

describeMatrix('a fault on the first attempt only', FIRST_ATTEMPT_ONLY);
