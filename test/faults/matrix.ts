// The fault matrix's vocabulary and its runner. A table (every-attempt.test.ts,
// first-attempt.test.ts) has one row per fault and one cell per kind of operation: safe to repeat
// or not (the spec's x-imagesec-safe-to-repeat), with or without a documented response body. Every
// operation of the specs (OPERATIONS, from the generated tables) runs the cell of its kind, so a
// new operation is in the matrix without an edit here. A cell reads `ok` (first attempt),
// `ok after N` (success on attempt N) or `<ErrorClass> ×N` (that error after N attempts); the
// expected values follow src/core/retry.ts (isRetryable), with the default maxRetries of 2.
import { describe, expect, it } from 'vitest';
import { ApiError, ConnectionError, RateLimitError, ServerError, TimeoutError } from 'imagesec';
import { expectNoSecrets } from '../helpers/canaries.js';
import {
  closedPortUrl,
  fault,
  useFaultServer,
  type Fault,
  type FaultServer,
  type Script,
} from '../helpers/fault-server.js';
import {
  DEADLINE_MS,
  expectTrail,
  observe,
  OPERATIONS,
  settle,
  TIMEOUT_MS,
  TIMING_SLACK_MS,
  TINY_BACKOFF,
  type Operation,
} from './operations.js';

const ERRORS = { ApiError, ServerError, RateLimitError, ConnectionError, TimeoutError } as const;
type ErrorName = keyof typeof ERRORS;
export type Cell = 'ok' | `ok after ${number}` | `${ErrorName} ×${number}`;

export interface Row {
  readonly fault: string;
  /** What the fault server does with an operation's requests; `closed port`: nothing listens. */
  readonly script: ((op: Operation) => Script) | 'closed port';
  /** By kind: [repeatable, not repeatable, repeatable with a body, not repeatable with a body]. */
  readonly cells: readonly [Cell, Cell, Cell, Cell];
  /** What else the final error must show, e.g. its status or network code. */
  readonly error?: (op: Operation) => Record<string, unknown>;
}

/** The fault on every attempt. */
export const always =
  (make: (op: Operation) => Fault) =>
  (op: Operation): Script => [make(op)];

/** The fault on the first attempt only; a correct answer after it. */
export const once =
  (make: (op: Operation) => Fault) =>
  (op: Operation): Script => [make(op), op.ok];

export const SLOWER_THAN_TIMEOUT_MS = TIMEOUT_MS + 250;
export const FASTER_THAN_TIMEOUT_MS = 20;

export const attemptTimeout = () => ({ scope: 'attempt', timeoutMs: TIMEOUT_MS });
export const withStatus = (status: number) => () => ({ status });
/** The operation's own success body, half of it. */
export const truncatedOk = (op: Operation) => fault.truncatedJson(200, JSON.parse(op.ok.reply.body));
/** The operation's own success response, its body cut off on the wire half-way. */
export const cutOk = (op: Operation) => fault.cutBody(200, JSON.parse(op.ok.reply.body));

interface Expected {
  readonly outcome: 'ok' | ErrorName;
  readonly attempts: number;
}

function parseCell(cell: Cell): Expected {
  if (cell === 'ok') return { outcome: 'ok', attempts: 1 };
  const after = /^ok after (\d+)$/.exec(cell);
  if (after !== null) return { outcome: 'ok', attempts: Number(after[1]) };
  const [name, times] = cell.split(' ×') as [ErrorName, string];
  return { outcome: name, attempts: Number(times) };
}

/** One cell: the call, its outcome, the requests the server saw, and the trail it left. */
async function runCase(server: FaultServer, row: Row, op: Operation, expected: Expected): Promise<void> {
  const endpoint = row.script === 'closed port' ? await closedPortUrl() : server.url;
  if (row.script !== 'closed port') server.script(row.script(op));
  const observer = observe();
  const settled = await settle(() =>
    op.call(endpoint, { ...observer.options, backoff: TINY_BACKOFF, timeoutMs: TIMEOUT_MS, deadlineMs: DEADLINE_MS }),
  );

  expect(settled.elapsedMs, 'the call ended within its deadline').toBeLessThanOrEqual(DEADLINE_MS + TIMING_SLACK_MS);
  if (expected.outcome === 'ok') {
    if (!settled.ok) throw settled.error;
    expect(settled.value).toMatchObject({ status: 200, data: JSON.parse(op.ok.reply.body) as unknown });
  } else {
    expect(settled.ok, 'the call failed').toBe(false);
    const error = settled.ok ? undefined : settled.error;
    const cls = ERRORS[expected.outcome];
    expect(error).toBeInstanceOf(cls);
    // Exactly this class: a ServerError is not accepted where the table says ApiError.
    expect(Object.getPrototypeOf(error)).toBe(cls.prototype);
    expect(error).toMatchObject({ attempts: expected.attempts, ...row.error?.(op) });
    // Every retried attempt failed the way the last one did.
    for (const event of observer.events) expect(event.error.name).toBe(expected.outcome);
    expectNoSecrets(error);
  }
  expect(server.requests, 'requests that reached the server').toHaveLength(
    row.script === 'closed port' ? 0 : expected.attempts,
  );
  for (const event of observer.events) {
    expect(event.delayMs).toBeGreaterThanOrEqual(0);
    expect(event.delayMs).toBeLessThanOrEqual(TINY_BACKOFF.maxRetryAfterMs);
  }
  expectTrail(observer, op, endpoint, expected.attempts);
}

/** The matrix column of an operation's kind. */
function kindOf(op: Operation): 0 | 1 | 2 | 3 {
  return ((op.safeToRepeat ? 0 : 1) + (op.responseBody ? 2 : 0)) as 0 | 1 | 2 | 3;
}

/** One `it` per operation and row: `<row> › <method>: <cell>`. */
export function describeMatrix(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    const server = useFaultServer();
    for (const row of rows) {
      describe(row.fault, () => {
        OPERATIONS.forEach((op) => {
          const cell = row.cells[kindOf(op)];
          it(`${op.method}: ${cell}`, () => runCase(server, row, op, parseCell(cell)));
        });
      });
    }
  });
}
