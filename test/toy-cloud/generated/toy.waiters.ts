// Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (scripts/codegen/waiters.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The waiters (x-imagesec-waiters) and the
// operations that start work one follows (x-imagesec-wait), as data, and the methods they give the client.

export const waiters = {} as const;

export const waitStarts = {} as const;

export interface ToyWaiterMethods {
}
