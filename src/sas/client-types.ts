// The types of SasClient's methods, derived from openapi-typescript's `operations`: what a method
// takes and returns. generated/sas.methods.ts applies them to each operation, naming for each query
// parameter that carries JSON text (contentMediaType) the type of its decoded value. A form body's
// fields are top-level inputs, as query parameters are: where each goes is the operation table's.
import type { operations } from '../../generated/sas.js';
import type { CallOptions, PageOptions } from '../core/call-options.js';
import type { ApiResult } from '../core/call/read.js';
import type { ArgsOf, FormOf, ItemOf, Loose, QueryOf, SuccessOf } from '../core/operation-types.js';

export type { LiftOf } from '../core/operation-types.js';

/** The action's query parameters and form-body fields (an action has either or both), by spec name. */
type Fields<K extends keyof operations> = QueryOf<operations[K]> & FormOf<operations[K]>;

/**
 * What a method takes: the action's query parameters and form-body fields (spec names); a
 * JSON-text parameter also takes its decoded value (`Info` as typed objects), serialised for you.
 */
export type SasInput<
  K extends keyof operations,
  Json extends Readonly<Record<string, unknown>> = Record<never, never>,
> = Loose<Omit<Fields<K>, keyof Json>> & {
  readonly [J in keyof Json & keyof Fields<K>]?: Json[J] | Fields<K>[J] | undefined;
};

export type SasArgs<
  K extends keyof operations,
  Json extends Readonly<Record<string, unknown>> = Record<never, never>,
> = ArgsOf<SasInput<K, Json>, CallOptions>;

export type SasResult<K extends keyof operations> = ApiResult<SuccessOf<operations[K]>>;

/** What a list action's iterator takes: the action's input, and page options with the call options. */
export type SasPageArgs<
  K extends keyof operations,
  Json extends Readonly<Record<string, unknown>> = Record<never, never>,
> = ArgsOf<SasInput<K, Json>, PageOptions>;

/** One item of a list action (x-imagesec-paginate's `items`). */
export type SasItem<K extends keyof operations, Items extends string> = ItemOf<operations[K], Items>;
