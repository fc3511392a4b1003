// `<start>AndWait`: start async work, then wait for it (x-imagesec-wait). The waiter's input is
// built by the spec's JMESPath expression from `{input, output, startedAt, found}`: the start's
// input and answer, the client's clock just before imagesec began (epoch ms), and, for a start
// whose answer names no task, the list item of the task it began (finder.ts). The overall limit
// counts from the start's answer, the search for the task included. Before anything is sent, the
// start's requirement (x-imagesec-wait.requires) reads its input: a wait that cannot make sense (a
// fix waiter for a call that fixes nothing) is refused with ValidationError, the call not sent.
// Before anything is polled (or searched for), the start's own acceptors (x-imagesec-wait.acceptors,
// failure states only) read its answer once: an answer that says nothing was started, or nothing
// the waiter can follow, ends the wait at once with WaiterFailureError, the answer as its `result`.
import type { JSONValue } from '@jmespath-community/jmespath';
import { ImagesecError, ValidationError, WaiterError, WaiterFailureError } from '../errors.js';
import { matchAcceptors } from './acceptors.js';
import { shortValue } from './describe.js';
import { findStarted, listedIds } from './finder.js';
import { jsonData, searcher, type Searcher } from './jmespath.js';
import { waitUntil } from './loop.js';
import { waitPlan } from './options.js';
import type {
  ItemCall,
  StartAndWaitResult,
  WaitStartEntry,
  WaiterCall,
  WaiterEntry,
  WaiterOptions,
  WaiterResult,
} from './types.js';

type Input = Readonly<Record<string, unknown>>;

export interface StartCalls {
  readonly start: WaiterCall;
  readonly poll: WaiterCall;
  /** The find operation's item iterator, when the start has `find`. */
  readonly list?: ItemCall | undefined;
}

/**
 * An object built by one of the spec's expressions (codegen checks each is a `{...}` hash), its
 * null members left out: a value the answer lacked is then reported missing by the next call's checks.
 */
function built(engine: Searcher, expression: string, data: JSONValue, what: string): Input {
  const value = engine.search(expression, data);
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImagesecError(`${what}: its expression gave no object`);
  }
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null));
}

/**
 * The start's requirement on its input, when it has one: anything but `true` is a ValidationError
 * naming the waiter, located at the one input member the expression reads (the whole input when it
 * reads several, or none).
 */
function checkRequirement(start: WaitStartEntry, waiter: WaiterEntry, given: JSONValue, engine: Searcher): void {
  const requires = start.requires;
  if (requires === null) return;
  const value = engine.search(requires.path, { input: given });
  if (value === true) return;
  const read = engine.paths(requires.path, 'input');
  const violation = {
    path: read.length === 1 ? read[0]! : '',
    message: `does not suit waiter ${waiter.name}: ${requires.message} (\`${requires.path}\` is ${shortValue(value)})`,
  };
  throw ValidationError.listing(`${start.method} sent nothing`, [violation]);
}

export async function startAndWait<S, R>(
  start: WaitStartEntry,
  waiter: WaiterEntry,
  calls: StartCalls,
  input: Input,
  options: WaiterOptions,
): Promise<StartAndWaitResult<S, R, unknown>> {
  const plan = waitPlan(waiter, options);
  const engine = await searcher();
  const given = jsonData(input);
  checkRequirement(start, waiter, given, engine);
  const startedAt = Date.now();
  const find = start.find;
  let listInput: Input | undefined;
  let before: Set<string> | undefined;
  if (find !== null) {
    if (calls.list === undefined) throw new TypeError(`${start.method} needs ${find.pageMethod}`);
    listInput = built(
      engine,
      find.input,
      { input: given, startedAt },
      `the ${find.operationId} input of ${start.method}`,
    );
    before = await listedIds(find, calls.list, listInput, plan.call);
  }
  const started = (await calls.start(input, plan.call)) as S;
  const clock = { since: performance.now() };
  if (start.acceptors.length > 0) {
    const { status, data } = started as { status: number; data?: unknown };
    const { state, description } = matchAcceptors(start.acceptors, input, { ok: true, status, data }, engine);
    if (state === 'failure') {
      const elapsedMs = performance.now() - clock.since;
      throw new WaiterFailureError(
        `waiter ${waiter.name} reached a failure state on the answer of ${start.operationId}, before any poll: ${description}`,
        { waiter: waiter.name, lastState: description, attempts: 0, elapsedMs: Math.round(elapsedMs), result: started },
      );
    }
  }
  let found: unknown;
  if (find !== null && calls.list !== undefined && listInput !== undefined && before !== undefined) {
    found = await findStarted(waiter.name, find, calls.list, listInput, before, startedAt, plan, clock);
  }
  const output = jsonData((started as { data?: unknown }).data);
  const context = { input: given, output, startedAt, ...(find === null ? {} : { found: jsonData(found) }) };
  const waiterInput = built(engine, start.input, context, `the ${waiter.name} input of ${start.method}`);
  let wait: WaiterResult<R>;
  try {
    wait = await waitUntil<R>(waiter, calls.poll, waiterInput, plan, clock);
  } catch (error) {
    // What to wait again with: the work goes on after the wait gave up.
    if (error instanceof WaiterError) error.waiterInput = waiterInput;
    // The start was sent: input the waiter cannot use is no usage error, but an answer it cannot follow.
    if (error instanceof ValidationError) {
      throw new ImagesecError(
        `${start.operationId} started, but ${waiter.name} cannot follow it: the input built from its answer is refused (${error.message})`,
        { cause: error },
      );
    }
    throw error;
  }
  return { start: started, found, waiterInput, wait };
}
