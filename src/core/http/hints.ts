// What a transport is told about a request beyond fetch's own init: how large an answer it may read
// and whether the request may be sent again when a reused connection turns out to have been closed
// before anything came back. They ride in the init under a symbol: a platform fetch ignores them
// (the call path then applies the limit itself, body-limit.ts), the Node transport honours both.

/** The init key the hints travel under (`Symbol.for`: one key across the package's bundles). */
export const TRANSPORT_HINTS = Symbol.for('imagesec.transport-hints');

/**
 * The default limit of a response body, on the wire and decoded: generous for these APIs (a page of
 * a few hundred image records is well under 1 MiB), small enough that a hostile answer cannot
 * exhaust memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

export interface TransportHints {
  /** The most bytes the answer's body may have, as received and once decoded. */
  readonly maxResponseBytes: number;
  /**
   * The request may be delivered twice without harm (RFC 9110 §9.2.2), so a reused connection found
   * closed before any byte of the answer may be retried on a new one (RFC 9112 §9.3.1.1).
   */
  readonly replaySafe: boolean;
  /**
   * Where the request goes, already split (a client parses its endpoint once): the Node transport
   * then need not parse the URL again. It names the same place as the URL fetch is given.
   */
  readonly target?: RequestTarget | undefined;
}

/** A request's URL as node:http takes it. */
export interface RequestTarget {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  /** Path and query, as sent. */
  readonly path: string;
}

/** Where a URL's requests go, as node:http takes it: its host name bare (an IPv6 address without brackets). */
export function originTarget(url: URL): Omit<RequestTarget, 'path'> {
  const { protocol, hostname, port } = url;
  return { protocol, hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname, port };
}

// The methods HTTP itself calls idempotent: replay-safe when the caller says nothing.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** The hints of a fetch init, with the defaults for what it does not say. */
export function hintsOf(init: RequestInit, method: string): TransportHints {
  const given = (init as { [TRANSPORT_HINTS]?: Partial<TransportHints> })[TRANSPORT_HINTS];
  return {
    maxResponseBytes: given?.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    replaySafe: given?.replaySafe ?? IDEMPOTENT.has(method.toUpperCase()),
    target: given?.target,
  };
}

/** A fetch init carrying hints. */
export function withHints<T extends RequestInit>(init: T, hints: TransportHints): T {
  return { ...init, [TRANSPORT_HINTS]: hints };
}
