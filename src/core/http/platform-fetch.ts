// What `#fetch` gives a client that was not given a fetch, outside the `node` condition (browsers,
// Bun, Deno, workers): the platform's own fetch, looked up at call time so a fetch installed later
// (a test double, a polyfill) is the one used.
export const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);
