// The waiters the CLI offers (`imagesec <cloud> wait <waiter>`) and the operations `--wait` applies
// to, from each registered cloud's generated waiter tables, each joined with the CLI metadata of the
// operations it calls. Read from the registry when asked, so a cloud registered later has its waiters.
import { cloudOf, findCloud } from '../clouds.js';
import type { CloudDescriptor } from '../core/cloud.js';
import type { WaitStartEntry, WaiterEntry } from '../core/waiter/types.js';
import { cliCloud, type CliOperation, type Cloud } from './operations.js';

export interface CliWaiter {
  readonly cloud: Cloud;
  readonly entry: WaiterEntry;
  /** `image-scan-task-finished`: `imagesec <cloud> wait <command>`. */
  readonly command: string;
  readonly description: string;
  /** The description's first sentence, for lists. */
  readonly summary: string;
  /** The polling operation: its flags are the waiter's. */
  readonly operation: CliOperation;
}

/** An operation that starts work a waiter follows, with what `--wait` calls. */
export interface CliWaitStart {
  readonly entry: WaitStartEntry;
  readonly waiter: CliWaiter;
  /** The list searched for the started task, when the start's answer names none. */
  readonly find: CliOperation | undefined;
}

function operationOf(cloud: Cloud, operationId: string): CliOperation {
  const operation = cliCloud(cloud).operations.find((o) => o.operationId === operationId);
  if (operation === undefined) throw new Error(`${cloud}: no CLI operation ${operationId}`);
  return operation;
}

/**
 * A description's gist for lists: its first sentence up to the first colon or semicolon, without
 * the parenthesised asides (`Until every image the filters select has a finished scan.`).
 */
export function summaryOf(description: string): string {
  let depth = 0;
  let quoted = false;
  let gist = '';
  for (let i = 0; i < description.length; i += 1) {
    const c = description[i]!;
    if (c === '`') quoted = !quoted;
    else if (!quoted && c === '(') depth += 1;
    else if (!quoted && c === ')' && depth > 0) {
      depth -= 1;
      continue;
    }
    if (depth > 0) continue;
    if (!quoted && (c === ':' || c === ';')) break;
    if (!quoted && c === '.' && /^(\s|$)/.test(description[i + 1] ?? '') && !/\b(e\.g|i\.e|etc)$/.test(gist)) break;
    gist += c;
  }
  return `${gist
    .replace(/\s+/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim()}.`;
}

function cliWaiters(descriptor: CloudDescriptor): readonly CliWaiter[] {
  const cloud = descriptor.id;
  return Object.values(descriptor.waiters).map((entry) => ({
    cloud,
    entry,
    command: entry.command,
    description: entry.description,
    summary: summaryOf(entry.description),
    operation: operationOf(cloud, entry.operationId),
  }));
}

// Built once per descriptor, when first asked for.
const waiters = new WeakMap<CloudDescriptor, readonly CliWaiter[]>();

/** A cloud's waiters (none for an unregistered id), in the order its table lists them. */
export function cloudWaiters(cloud: Cloud): readonly CliWaiter[] {
  const descriptor = findCloud(cloud);
  if (descriptor === undefined) return [];
  let list = waiters.get(descriptor);
  if (list === undefined) {
    list = cliWaiters(descriptor);
    waiters.set(descriptor, list);
  }
  return list;
}

export function findWaiter(cloud: Cloud, command: string): CliWaiter | undefined {
  return cloudWaiters(cloud).find((w) => w.command === command);
}

/** What `--wait` does for an operation, or undefined when it starts nothing a waiter follows. */
export function waitStartOf(operation: Pick<CliOperation, 'cloud' | 'operationId'>): CliWaitStart | undefined {
  const entry = cloudOf(operation.cloud).waitStarts[operation.operationId];
  if (entry === undefined) return undefined;
  const waiter = cloudWaiters(operation.cloud).find((w) => w.entry.name === entry.waiter);
  if (waiter === undefined) throw new Error(`${operation.operationId}: no waiter ${entry.waiter}`);
  return {
    entry,
    waiter,
    find: entry.find === null ? undefined : operationOf(operation.cloud, entry.find.operationId),
  };
}
