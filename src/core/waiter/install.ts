// The waiter methods of a client, installed from its generated waiter table as the operation
// methods are from the operation table (call/method.ts): `waitFor<Waiter>(input, options)` for each
// waiter, polling through the client's own method of the polling operation, and `<start>AndWait`
// for each operation that starts work a waiter follows. Their types come from the generated
// interface merged into the client class.
import { waitUntil } from './loop.js';
import { waitPlan } from './options.js';
import { startAndWait } from './start.js';
import type { ItemCall, WaitStartEntry, WaiterCall, WaiterEntry, WaiterOptions } from './types.js';

type Input = Readonly<Record<string, unknown>>;

const INSTALLED = new WeakSet<object>();

function bound<F>(client: object, name: string): F {
  const method = (client as Record<string, unknown>)[name];
  if (typeof method !== 'function') throw new TypeError(`the client has no method ${name}`);
  return ((...args: unknown[]) => (method as (...a: unknown[]) => unknown).apply(client, args)) as F;
}

/** Defines the waiter methods on `prototype` (once per class, non-enumerable like class methods). */
export function installWaiterMethods(
  prototype: object,
  waiters: Readonly<Record<string, WaiterEntry>>,
  starts: Readonly<Record<string, WaitStartEntry>>,
): void {
  if (INSTALLED.has(prototype)) return;
  INSTALLED.add(prototype);
  for (const waiter of Object.values(waiters)) {
    const method = async function (this: object, input?: Input, options?: WaiterOptions) {
      const plan = waitPlan(waiter, options ?? {});
      return waitUntil(waiter, bound<WaiterCall>(this, waiter.pollMethod), input ?? {}, plan);
    };
    Object.defineProperty(prototype, waiter.method, { value: method, writable: true, configurable: true });
  }
  for (const start of Object.values(starts)) {
    const waiter = waiters[start.waiter];
    if (waiter === undefined) throw new Error(`${start.method}: no waiter ${start.waiter}`);
    const method = function (this: object, input?: Input, options?: WaiterOptions) {
      return startAndWait(
        start,
        waiter,
        {
          start: bound<WaiterCall>(this, start.startMethod),
          poll: bound<WaiterCall>(this, waiter.pollMethod),
          list: start.find === null ? undefined : bound<ItemCall>(this, start.find.pageMethod),
        },
        input ?? {},
        options ?? {},
      );
    };
    Object.defineProperty(prototype, start.method, { value: method, writable: true, configurable: true });
  }
}
