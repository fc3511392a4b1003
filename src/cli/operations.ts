// The commands the CLI offers: each spec operation's generated metadata (flags, help, example),
// joined with the client method that performs it.
import { operations as hssOperations } from '../../generated/hss.cli.js';
import { operations as sasOperations } from '../../generated/sas.cli.js';
import type { CallOptions, PageOptions } from '../core/call-options.js';
import { operations as hssTable } from '../../generated/hss.operations.js';
import { operations as sasTable } from '../../generated/sas.operations.js';
import type { ApiResult } from '../core/call/read.js';
import type { CommandEntry } from '../core/command-table.js';
import type { OperationEntry, Pagination } from '../core/operation-types.js';
import type { HssClient } from '../hss/client.js';
import type { SasClient } from '../sas/client.js';

export type Cloud = 'hss' | 'sas';

export type { ClientFilled, CommandOption as CliOption } from '../core/command-table.js';

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

// The generated method names must be methods of the clients: this fails to compile otherwise.
type MethodOf<Client, Name> = Name extends keyof Client ? true : never;
const METHODS_EXIST: [
  MethodOf<HssClient, (typeof hssOperations)[number]['method']>,
  MethodOf<SasClient, (typeof sasOperations)[number]['method']>,
] = [true, true];
void METHODS_EXIST;

export const CLOUDS: Readonly<Record<Cloud, CloudInfo>> = {
  hss: {
    cloud: 'hss',
    title: 'Huawei Cloud Host Security Service (HSS, API v5)',
    api: 'HSS API v5',
    exampleRegion: 'cn-north-4',
    operations: hssOperations.map((o): CliOperation => ({ ...o, cloud: 'hss' })),
  },
  sas: {
    cloud: 'sas',
    title: 'Alibaba Cloud Security Center (SAS, API 2018-12-03)',
    api: 'SAS API 2018-12-03',
    exampleRegion: 'cn-shanghai',
    operations: sasOperations.map((o): CliOperation => ({ ...o, cloud: 'sas' })),
  },
};

export function isCloud(value: string | undefined): value is Cloud {
  return value === 'hss' || value === 'sas';
}

export function findOperation(cloud: Cloud, command: string): CliOperation | undefined {
  return CLOUDS[cloud].operations.find((o) => o.command === command);
}

const TABLES: Readonly<Record<Cloud, Readonly<Record<string, OperationEntry>>>> = {
  hss: hssTable,
  sas: sasTable,
};

/** How the operation pages (the spec's x-imagesec-paginate), or null when it does not. */
export function pagination(operation: Pick<CliOperation, 'cloud' | 'operationId'>): Pagination | null {
  return TABLES[operation.cloud][operation.operationId]?.paginate ?? null;
}

/** Where the operation's secrets sit in a request (the table's format: password paths). */
export function requestSecrets(operation: Pick<CliOperation, 'cloud' | 'operationId'>): OperationEntry['secrets'] {
  return TABLES[operation.cloud][operation.operationId]?.secrets ?? [];
}

/** Whether sending the operation twice leaves the same result as once (the spec's x-imagesec-safe-to-repeat). */
export function safeToRepeat(operation: CliOperation): boolean {
  return TABLES[operation.cloud][operation.operationId]?.safeToRepeat ?? false;
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
export function iterator(client: HssClient | SasClient, operation: CliOperation): Iterate | undefined {
  const paging = pagination(operation);
  if (paging === null) return undefined;
  const method = (client as unknown as Record<string, unknown>)[paging.method];
  if (typeof method !== 'function') throw new Error(`the ${operation.cloud} client has no method ${paging.method}`);
  return (input, options) => (method as Iterate).call(client, input, options);
}

/** The bound client method for an operation (inputs are checked by the SDK's validators). */
export function invoker(client: HssClient | SasClient, operation: CliOperation): Invoke {
  const method = (client as unknown as Record<string, unknown>)[operation.method];
  if (typeof method !== 'function') throw new Error(`the ${operation.cloud} client has no method ${operation.method}`);
  return (input, options) => (method as Invoke).call(client, input, options);
}
