import { ConfigurationError } from './errors.js';
import { fetchArguments } from './held-body-request.js';

// Tells a network failure apart from a local one: whatever the real fetch throws is wrapped in a
// TransportFailure, so everything else thrown while building a request is the caller's input.

/** A rejection of fetch itself (DNS, refused, reset, TLS, aborted). Internal: never reaches users. */
export class TransportFailure extends Error {
  constructor(cause: unknown) {
    super('fetch failed', { cause });
  }
}

/** The fetch a client uses: the one given (checked now), else the global one at call time. */
export function clientFetch(fetch: unknown): typeof globalThis.fetch {
  if (fetch === undefined) return (input, init) => globalThis.fetch(input, init);
  if (typeof fetch !== 'function') throw new ConfigurationError('fetch must be a function');
  return fetch as typeof globalThis.fetch;
}

export function taggedFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    try {
      return await fetch(...fetchArguments(input, init));
    } catch (error) {
      throw new TransportFailure(error);
    }
  };
}
