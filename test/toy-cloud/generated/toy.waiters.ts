// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/waiters.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The waiters (x-imagesec-waiters) and the
// operations that start work one follows (x-imagesec-wait), as data, and the methods they give the client.

export const waiters = {} as const;

export const waitStarts = {} as const;

// The waiters with their CLI command and description, as the registry's descriptor gives them to the
// CLI and the docs. Help text no client reads: it is joined to the table in a call marked pure, which
// a bundler drops where nothing reads its result, so no client's bundle carries it.
export const describedWaiters = {} as const;

export interface ToyWaiterMethods {
}
