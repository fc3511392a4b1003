// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The typed methods of the client.

import type { ToyArgs, ToyItem, ToyPageArgs, ToyResult } from '../client-types.js';

export interface ToyMethods {
  /**
   * List the container images
   *
   * Lists, a page at a time, the container images the service holds, optionally only those of
   * one repository. Each image's `FindingCount` says how many findings its last scan left.
   */
  listImages(...args: ToyArgs<'ListImages'>): Promise<ToyResult<'ListImages'>>;
  /**
   * Every item of listImages, page after page (limit items a call, or `pageSize`),
   * from the offset `offset` names (default 0) to the last item or `maxItems`.
   * Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.
   * When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which
   * `for await` drops) is the token to go on from with `startingToken`; else undefined.
   */
  paginateListImages(...args: ToyPageArgs<'ListImages'>): AsyncGenerator<ToyItem<'ListImages', "Response.ImageSet">, string | undefined, undefined>;
  /**
   * Ignore a finding of an image
   *
   * Marks one finding as ignored, with the reason, until `Until` if given; the answer names the
   * ignore record it added.
   */
  ignoreFinding(...args: ToyArgs<'IgnoreFinding'>): Promise<ToyResult<'IgnoreFinding'>>;
}
