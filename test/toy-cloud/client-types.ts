// The types of ToyClient's methods, derived from openapi-typescript's `operations`: what a method
// takes and returns. generated/toy.methods.ts applies them to each operation (the rule the code
// generator follows: a test cloud's client types live in test/<name>/client-types.ts).
import type { CallOptions, PageOptions } from '../../src/core/call-options.js';
import type { ApiResult } from '../../src/core/call/read.js';
import type { ArgsOf, BodyInput, ItemOf, Loose, PathOf, QueryOf, SuccessOf } from '../../src/core/operation-types.js';
import type { operations } from './generated/toy.js';

export type { LiftOf } from '../../src/core/operation-types.js';

/** What a method takes: the operation's path and query parameters (spec names) and its JSON body. */
export type ToyInput<K extends keyof operations> = Loose<PathOf<operations[K]>> &
  Loose<QueryOf<operations[K]>> &
  Loose<BodyInput<operations[K]>>;

export type ToyArgs<K extends keyof operations> = ArgsOf<ToyInput<K>, CallOptions>;

export type ToyResult<K extends keyof operations> = ApiResult<SuccessOf<operations[K]>>;

/** What a list operation's iterator takes: the operation's input, and page options with the call options. */
export type ToyPageArgs<K extends keyof operations> = ArgsOf<ToyInput<K>, PageOptions>;

/** One item of a list operation (x-imagesec-paginate's `items`). */
export type ToyItem<K extends keyof operations, Items extends string> = ItemOf<operations[K], Items>;
