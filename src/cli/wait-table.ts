// The waiters the CLI offers (`imagesec <cloud> wait <waiter>`) and the operations `--wait` applies
// to, from the generated waiter tables, each joined with the CLI metadata of the operations it calls.
import { waiters as hssWaiters, waitStarts as hssStarts } from '../../generated/hss.waiters.js';
import { waiters as sasWaiters, waitStarts as sasStarts } from '../../generated/sas.waiters.js';
import type { WaitStartEntry, WaiterEntry } from '../core/waiter/types.js';
import { CLOUDS, type CliOperation, type Cloud } from './operations.js';

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

interface GeneratedWaiter extends WaiterEntry {
  readonly command: string;
  readonly description: string;
}

function operationOf(cloud: Cloud, operationId: string): CliOperation {
  const operation = CLOUDS[cloud].operations.find((o) => o.operationId === operationId);
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

function cliWaiters(cloud: Cloud, table: Readonly<Record<string, GeneratedWaiter>>): readonly CliWaiter[] {
  return Object.values(table).map((entry) => ({
    cloud,
    entry,
    command: entry.command,
    description: entry.description,
    summary: summaryOf(entry.description),
    operation: operationOf(cloud, entry.operationId),
  }));
}

export const WAITERS: Readonly<Record<Cloud, readonly CliWaiter[]>> = {
  hss: cliWaiters('hss', hssWaiters),
  sas: cliWaiters('sas', sasWaiters),
};

const STARTS: Readonly<Record<Cloud, Readonly<Record<string, WaitStartEntry>>>> = { hss: hssStarts, sas: sasStarts };

export function findWaiter(cloud: Cloud, command: string): CliWaiter | undefined {
  return WAITERS[cloud].find((w) => w.command === command);
}

/** What `--wait` does for an operation, or undefined when it starts nothing a waiter follows. */
export function waitStartOf(operation: Pick<CliOperation, 'cloud' | 'operationId'>): CliWaitStart | undefined {
  const entry = STARTS[operation.cloud][operation.operationId];
  if (entry === undefined) return undefined;
  const waiter = WAITERS[operation.cloud].find((w) => w.entry.name === entry.waiter);
  if (waiter === undefined) throw new Error(`${operation.operationId}: no waiter ${entry.waiter}`);
  return {
    entry,
    waiter,
    find: entry.find === null ? undefined : operationOf(operation.cloud, entry.find.operationId),
  };
}
