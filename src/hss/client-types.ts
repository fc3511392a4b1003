// The types of HssClient's methods, derived from openapi-typescript's `operations`: what a method
// takes and returns. generated/hss.methods.ts applies them to each operation.
import type { operations } from '../../generated/hss.js';
import type { CallOptions, PageOptions } from '../core/call-options.js';
import type { ApiResult } from '../core/call/read.js';
import type {
  ArgsOf,
  BodyInput,
  FormOf,
  HeaderOf,
  ItemOf,
  Loose,
  PathOf,
  QueryOf,
  SuccessOf,
} from '../core/operation-types.js';

export type { LiftOf } from '../core/operation-types.js';

type Operation<K extends keyof operations> = operations[K];

/**
 * What a method takes: the operation's path parameters other than the project, its query
 * parameters and form-body fields (spec names), its JSON body, and `region` where the operation has
 * a region header (default: the client's region).
 */
export type HssInput<K extends keyof operations> = Loose<Omit<PathOf<Operation<K>>, 'project_id'>> &
  Loose<QueryOf<Operation<K>>> &
  Loose<FormOf<Operation<K>>> &
  Loose<BodyInput<Operation<K>>> &
  ('region' extends keyof HeaderOf<Operation<K>> ? { readonly region?: string | undefined } : Record<never, never>);

export type HssArgs<K extends keyof operations> = ArgsOf<HssInput<K>, CallOptions>;

export type HssResult<K extends keyof operations> = ApiResult<SuccessOf<Operation<K>>>;

/** What a list operation's iterator takes: the operation's input, and page options with the call options. */
export type HssPageArgs<K extends keyof operations> = ArgsOf<HssInput<K>, PageOptions>;

/** One item of a list operation (x-imagesec-paginate's `items`). */
export type HssItem<K extends keyof operations, Items extends string> = ItemOf<Operation<K>, Items>;
