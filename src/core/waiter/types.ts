// What the waiters read of the generated waiter tables (generated/<cloud>.waiters.ts, from the specs'
// x-imagesec-waiters and x-imagesec-wait), and what a caller gives and gets back. Smithy's waiter
// model: acceptors checked in order on each poll's answer or error, the first match deciding.
import type { CallOptions } from '../call-options.js';
import type { ApiError } from '../errors.js';
import type { ArgsOf } from '../operation-types.js';

/** success: stop and return; failure: stop with WaiterFailureError; retry: poll again. */
export type WaiterState = 'success' | 'failure' | 'retry';

export type Comparator = 'stringEquals' | 'booleanEquals' | 'allStringEquals' | 'anyStringEquals';

/** A JMESPath expression and what its value is compared with. */
export interface PathMatcher {
  readonly path: string;
  readonly expected: string;
  readonly comparator: Comparator;
}

/** Exactly one kind of matcher (the spec's `matcher` object). */
export type WaiterMatcher =
  | { readonly output: PathMatcher }
  | { readonly inputOutput: PathMatcher }
  | { readonly success: boolean }
  | { readonly errorType: string };

export interface Acceptor {
  readonly state: WaiterState;
  readonly matcher: WaiterMatcher;
}

/** One waiter of a generated table. */
export interface WaiterEntry {
  /** PascalCase, unique in its spec: `ImageScanTaskFinished`. */
  readonly name: string;
  /** The SDK method: `waitFor` + name. */
  readonly method: string;
  /** The polling operation, and its SDK method. */
  readonly operationId: string;
  readonly pollMethod: string;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  /** The default overall limit (the caller's `maxWaitMs` overrides it). */
  readonly maxWaitMs: number;
  readonly acceptors: readonly Acceptor[];
}

/** x-imagesec-wait.find: how to find the task a start began when its answer names none. */
export interface FindEntry {
  /** The list operation, and its item iterator (x-imagesec-paginate). */
  readonly operationId: string;
  readonly pageMethod: string;
  /** JMESPath over `{input, startedAt}`: the list's input. */
  readonly input: string;
  /** Item fields: its creation time (epoch milliseconds) and its id. */
  readonly createdAt: string;
  readonly id: string;
}

/**
 * x-imagesec-wait.requires: what the start's input must be for the wait to make sense (a
 * `vul_fix`, not any OperateImageVul), checked before anything is sent.
 */
export interface WaitRequirement {
  /** JMESPath over `{input}` (the start's input as given): the wait makes sense when it gives `true`. */
  readonly path: string;
  /** Why, in a few words, for the ValidationError: `only a vul_fix starts fix tasks to wait for`. */
  readonly message: string;
}

/** An operation that starts work a waiter can follow (x-imagesec-wait). */
export interface WaitStartEntry {
  readonly operationId: string;
  /** The SDK method that starts and waits: the start's method + `AndWait`. */
  readonly method: string;
  readonly startMethod: string;
  /** The waiter's name (a key of the same table). */
  readonly waiter: string;
  /** JMESPath over `{input, output, startedAt, found}`: the waiter's input. */
  readonly input: string;
  readonly find: FindEntry | null;
  /**
   * Checked on the start's input before anything is sent (the find's first list reading, the
   * start): anything but `true` rejects with ValidationError. Null: any input may be waited for.
   */
  readonly requires: WaitRequirement | null;
  /**
   * Checked once on the start's answer (`output`: its body; `inputOutput`: `{input, output}` with
   * the start's input), before anything is polled: a match is the waiter's failure state at once
   * (an answer that says nothing was started, or nothing this waiter can follow). Only `failure`
   * acceptors with `output` or `inputOutput` matchers (the code generator allows no other).
   */
  readonly acceptors: readonly Acceptor[];
}

/** One poll (or start) as the waiters call it: an SDK method. */
export type WaiterCall = (input: Readonly<Record<string, unknown>>, options: CallOptions) => Promise<unknown>;

/** A list operation's item iterator as the finder calls it. */
export type ItemCall = (
  input: Readonly<Record<string, unknown>>,
  options: CallOptions & { readonly maxItems?: number },
) => AsyncIterable<unknown>;

/** What the waiter saw at one poll (or one look for the started task), for `onProgress`. */
export interface WaiterProgress {
  readonly waiter: string;
  /** `find`: looking for the task the start began (HSS starts name none); `wait`: polling the waiter. */
  readonly phase: 'find' | 'wait';
  /** The poll's number in its phase (1 = the first). */
  readonly attempt: number;
  /** Milliseconds since the wait began (the search for the task included). */
  readonly elapsedMs: number;
  /** The state the acceptors matched, or `retry` when none did (or, finding, when no new task showed yet). */
  readonly state: WaiterState;
  /** The state seen, short and bounded: the values the acceptors read, or the API error's code. */
  readonly description: string;
  /** How long until the next poll; undefined when this one ended the wait. */
  readonly nextDelayMs: number | undefined;
  /** Something the caller should know (several new tasks appeared: the newest is followed). */
  readonly warning?: string;
}

/** How a wait runs; every call option applies to each poll. */
export interface WaiterOptions extends CallOptions {
  /** The overall limit, in milliseconds (default: the waiter's `maxWait` from the spec). */
  readonly maxWaitMs?: number | undefined;
  /** The shortest wait between polls, in milliseconds (default: the spec's `minDelay`). */
  readonly minDelayMs?: number | undefined;
  /** The longest wait between polls, in milliseconds (default: the spec's `maxDelay`). */
  readonly maxDelayMs?: number | undefined;
  /** Called after each poll with what it saw (never credentials); a throwing callback is ignored. */
  readonly onProgress?: ((progress: WaiterProgress) => void) | undefined;
}

/** What a wait that reached its success state returns. */
export interface WaiterResult<R> {
  readonly waiter: string;
  /**
   * The answer of the poll that matched the success state; undefined when the success state was
   * read off an API error (a waiter for something to be gone), which is then `error`.
   */
  readonly result: R;
  readonly error: ApiError | undefined;
  /** Polls made (the search for a started task not counted). */
  readonly attempts: number;
  readonly elapsedMs: number;
}

/** What `<start>AndWait` returns: the start's answer, the task found (if searched), the wait. */
export interface StartAndWaitResult<S, R, F> {
  /** The starting operation's answer. */
  readonly start: S;
  /** The list item of the task the start began, when the answer named none and it was searched for. */
  readonly found: F | undefined;
  /** The input the waiter polled with (built from the start's input and answer, and the task found). */
  readonly waiterInput: Readonly<Record<string, unknown>>;
  readonly wait: WaiterResult<R>;
}

type InputOf<M> = M extends (...args: infer A) => unknown ? NonNullable<A[0]> : never;

/** A waiter method's arguments: the SDK method `M`'s input, with waiter options instead of call options. */
export type WaitArgs<M> = ArgsOf<InputOf<M>, WaiterOptions>;
