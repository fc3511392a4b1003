// The commands the CLI offers: each registered cloud's generated command table (flags, help,
// example), joined with the client method that performs each. Read from the registry (src/clouds.ts)
// when asked, so a cloud registered after this module loads is offered too.
import { allClouds, cloudOf, findCloud } from '../clouds.js';
import type { CallOptions, PageOptions } from '../core/call-options.js';
import type { ApiResult } from '../core/call/read.js';
import type { CloudClient, CloudDescriptor } from '../core/cloud.js';
import type { CommandEntry } from '../core/command-table.js';
import type { OperationEntry, Pagination } from '../core/operation-types.js';

/** A registered cloud's id: `imagesec <cloud> …`. */
export type Cloud = string;

export type { ClientFilled, CommandOption as CliOption } from '../core/command-table.js';

/** A command of the generated table, with the cloud it belongs to. */
export interface CliOperation extends CommandEntry {
  readonly cloud: Cloud;
}

export interface CloudInfo {
  readonly cloud: Cloud;
  readonly title: string;
  /** Short name of the API and its version, e.g. `HSS API v5`. */
  readonly api: string;
  /** A region for examples and hints. */
  readonly exampleRegion: string;
  readonly operations: readonly CliOperation[];
}

// Built once per descriptor, when first asked for.
const infos = new WeakMap<CloudDescriptor, CloudInfo>();

function infoOf(descriptor: CloudDescriptor): CloudInfo {
  let info = infos.get(descriptor);
  if (info === undefined) {
    const cloud = descriptor.id;
    info = {
      cloud,
      title: descriptor.title,
      api: descriptor.api,
      exampleRegion: descriptor.exampleRegion,
      operations: descriptor.commands.map((o): CliOperation => ({ ...o, cloud })),
    };
    infos.set(descriptor, info);
  }
  return info;
}

/** Every registered cloud as the CLI offers it, in the registry's order. */
export function cliClouds(): readonly CloudInfo[] {
  return allClouds().map(infoOf);
}

/** A registered cloud as the CLI offers it; an unregistered id is a programming error. */
export function cliCloud(cloud: Cloud): CloudInfo {
  return infoOf(cloudOf(cloud));
}

/** Whether a word is a registered cloud's id. */
export function isCloud(word: string): boolean {
  return findCloud(word) !== undefined;
}

export function findOperation(cloud: Cloud, command: string): CliOperation | undefined {
  const descriptor = findCloud(cloud);
  return descriptor === undefined ? undefined : infoOf(descriptor).operations.find((o) => o.command === command);
}

/** The operation's entry in its cloud's generated operation table. */
function entryOf(operation: Pick<CliOperation, 'cloud' | 'operationId'>): OperationEntry | undefined {
  return cloudOf(operation.cloud).operations[operation.operationId];
}

/** How the operation pages (the spec's x-imagesec-paginate), or null when it does not. */
export function pagination(operation: Pick<CliOperation, 'cloud' | 'operationId'>): Pagination | null {
  return entryOf(operation)?.paginate ?? null;
}

/** Where the operation's secrets sit in a request (the table's format: password paths). */
export function requestSecrets(operation: Pick<CliOperation, 'cloud' | 'operationId'>): OperationEntry['secrets'] {
  return entryOf(operation)?.secrets ?? [];
}

/** Whether sending the operation twice leaves the same result as once (the spec's x-imagesec-safe-to-repeat). */
export function safeToRepeat(operation: CliOperation): boolean {
  return entryOf(operation)?.safeToRepeat ?? false;
}

/** A client method as the CLI calls it: an input object built from flags, and call options. */
export type Invoke = (input: Record<string, unknown>, options: CallOptions) => Promise<ApiResult<unknown>>;

/**
 * A list operation's iterator as the CLI calls it: every item, page after page; its return value is
 * the token to go on from when `maxItems` stopped it before the list's end.
 */
export type Iterate = (
  input: Record<string, unknown>,
  options: PageOptions,
) => AsyncGenerator<unknown, string | undefined, undefined>;

/** The bound iterator of a list operation (x-imagesec-paginate), or undefined when it does not page. */
export function iterator(client: CloudClient, operation: CliOperation): Iterate | undefined {
  const paging = pagination(operation);
  if (paging === null) return undefined;
  const method = (client as unknown as Record<string, unknown>)[paging.method];
  if (typeof method !== 'function') throw new Error(`the ${operation.cloud} client has no method ${paging.method}`);
  return (input, options) => (method as Iterate).call(client, input, options);
}

/** The bound client method for an operation (inputs are checked by the SDK's validators). */
export function invoker(client: CloudClient, operation: CliOperation): Invoke {
  const method = (client as unknown as Record<string, unknown>)[operation.method];
  if (typeof method !== 'function') throw new Error(`the ${operation.cloud} client has no method ${operation.method}`);
  return (input, options) => (method as Invoke).call(client, input, options);
}
