// Finding the task a start began when its answer names none (HSS: CreateManualImageScanTask,
// CreateImageSynchronizeTask answer an empty 200). Before the start, the list operation
// (x-imagesec-wait.find) is read and the ids it shows are noted; after the start, the list is read
// again on the waiter's schedule until an item appears that was not there before and was created
// no earlier than the start, less an allowance for the two clocks (CREATED_SKEW_MS). If several
// appear at once, the newest is followed and the ambiguity reported (progress and a process
// warning), since another client, the console or a schedule may have started one at the same time.
import type { CallOptions } from '../call-options.js';
import { sleep } from '../call/time-limits.js';
import { emitProcessWarning } from '../process-warning.js';
import { shortValue } from './describe.js';
import { jsonData } from './jmespath.js';
import { timedOut, type WaitClock } from './loop.js';
import { report, type WaitPlan } from './options.js';
import { waiterDelay } from './schedule.js';
import type { FindEntry, ItemCall } from './types.js';

/** How much earlier than the client's clock at the start a new task's creation time may be. */
export const CREATED_SKEW_MS = 5 * 60_000;
/** The most items one reading of the list walks (the spec's find.input should narrow the list). */
export const FIND_MAX_ITEMS = 1_000;
/** The process warning's code when several new tasks appeared (printed by the CLI as its own). */
export const AMBIGUOUS_TASK_WARNING = 'IMAGESEC_WAIT_AMBIGUOUS_TASK';

type Item = Readonly<Record<string, unknown>>;

function field(item: unknown, name: string): unknown {
  return item !== null && typeof item === 'object' ? (item as Item)[name] : undefined;
}

/** An item's id as text (ids may be numbers or strings), or undefined when it has none. */
function idOf(item: unknown, find: FindEntry): string | undefined {
  const id = field(item, find.id);
  return typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : undefined;
}

/** An item's creation time in epoch milliseconds (a number, or digits), or undefined. */
function createdAtOf(item: unknown, find: FindEntry): number | undefined {
  const value = field(item, find.createdAt);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return Number(value);
  return undefined;
}

async function readList(list: ItemCall, input: Item, call: CallOptions): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of list(input, { ...call, maxItems: FIND_MAX_ITEMS })) items.push(item);
  return items;
}

/** The ids the list shows before the start. */
export async function listedIds(find: FindEntry, list: ItemCall, input: Item, call: CallOptions): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const item of await readList(list, input, call)) {
    const id = idOf(item, find);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Reads the list until a task not in `before`, created at or after `startedAt` less the skew, appears. */
export async function findStarted(
  waiter: string,
  find: FindEntry,
  list: ItemCall,
  input: Item,
  before: ReadonlySet<string>,
  startedAt: number,
  plan: WaitPlan,
  clock: WaitClock,
): Promise<unknown> {
  const signal = plan.call.signal;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    const items = await readList(list, input, plan.call);
    const fresh = items.filter((item) => {
      const id = idOf(item, find);
      const created = createdAtOf(item, find);
      return id !== undefined && !before.has(id) && created !== undefined && created >= startedAt - CREATED_SKEW_MS;
    });
    const elapsedMs = performance.now() - clock.since;
    const seen = { waiter, phase: 'find', attempt, elapsedMs: Math.round(elapsedMs) } as const;
    if (fresh.length > 0) {
      // The newest by creation time; of equal times, the first the list shows.
      const newest = fresh.reduce((a, b) => ((createdAtOf(b, find) ?? 0) > (createdAtOf(a, find) ?? 0) ? b : a));
      const description = `found ${find.id} = ${shortValue(jsonData(field(newest, find.id)))} in ${find.operationId}`;
      let warning: string | undefined;
      if (fresh.length > 1) {
        const ids = fresh.slice(0, 5).map((item) => shortValue(jsonData(field(item, find.id))));
        warning =
          `${fresh.length} new tasks appeared in ${find.operationId} after the start (${find.id} ${ids.join(', ')}` +
          `${fresh.length > 5 ? ', …' : ''}); waiting for the newest, ${shortValue(jsonData(field(newest, find.id)))}: ` +
          'another client, the console or a schedule may have started one at the same time';
        emitProcessWarning(warning, AMBIGUOUS_TASK_WARNING);
      }
      report(plan, { ...seen, state: 'success', description, nextDelayMs: undefined, ...(warning ? { warning } : {}) });
      return newest;
    }
    const description = `no new task in ${find.operationId} yet (${items.length} listed)`;
    const remainingMs = plan.maxWaitMs - elapsedMs;
    if (remainingMs <= 0) {
      report(plan, { ...seen, state: 'retry', description, nextDelayMs: undefined });
      throw timedOut(waiter, plan, { lastState: description, attempts: attempt, elapsedMs });
    }
    const delayMs = waiterDelay(attempt, plan.bounds, Math.ceil(remainingMs), clock.random);
    report(plan, { ...seen, state: 'retry', description, nextDelayMs: delayMs });
    await sleep(delayMs, signal);
  }
}
