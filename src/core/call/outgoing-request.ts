// The request openapi-fetch builds for each call of this SDK's clients (its `Request` option), and
// the endpoint it is made for: what a request carries from openapi-fetch to signing and the transport.
import type { UrlParts } from '../canonical.js';
import { hintsOf, originTarget, withHints, type RequestTarget, type TransportHints } from '../http/hints.js';

type Body = NonNullable<RequestInit['body']> | null;

/**
 * The request openapi-fetch builds for each call (its `Request` option): a Request that keeps the
 * parts of a fetch call as given instead of a platform Request, which would copy its headers, follow
 * its signal with one of its own and turn its body into a stream the signer would have to read
 * back. The signing step (sign.ts) completes its headers, and the tagged fetch passes the parts to
 * fetch as `(url, init)`, so an attempt makes at most one platform Request, inside fetch (the Node
 * transport makes none), and its body is serialised once. Its URL is read from the client's endpoint,
 * parsed once, and the path and query openapi-fetch appended: no URL is parsed per attempt. Read as
 * a Request (a middleware may), its body is read from those same bytes.
 */
export class OutgoingRequest implements Request {
  readonly url: string;
  /** The URL's parts as the signer reads them (the endpoint's, with this request's path and query). */
  readonly parts: UrlParts | undefined;
  readonly method: string;
  /** The headers before signing (openapi-fetch's, and those the users' middleware add). */
  readonly headers: Headers;
  /** Every header as sent, names lower-case: set by signing, with the signature's headers. */
  sentHeaders: Readonly<Record<string, string>> | undefined;
  /** The body exactly as openapi-fetch serialised it (JSON or form text here), or null. */
  payload: Body;
  /** The attempt's signal, passed to fetch as is (not through a Request: nodejs/undici#3644). */
  readonly signal: AbortSignal;
  readonly redirect: Request['redirect'];
  /** The body limit and replay safety the call gave (passed through openapi-fetch's init), and the target. */
  readonly hints: TransportHints;
  readonly #endpoint: Endpoint | undefined;

  constructor(input: ConstructorParameters<typeof Request>[0], init: RequestInit = {}, endpoint?: Endpoint) {
    this.url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.payload = init.body ?? null;
    this.signal = init.signal ?? new AbortController().signal;
    this.redirect = init.redirect ?? 'follow';
    this.#endpoint = endpoint;
    const split = endpoint === undefined ? undefined : splitUrl(this.url, endpoint);
    this.parts = split?.parts;
    const hints = hintsOf(init, this.method);
    this.hints = split === undefined ? hints : { ...hints, target: split.target };
  }

  // What a platform Request says of a request made with none of these options.
  get cache(): Request['cache'] {
    return 'default';
  }
  get credentials(): Request['credentials'] {
    return 'same-origin';
  }
  get destination(): Request['destination'] {
    return '';
  }
  get integrity(): string {
    return '';
  }
  get mode(): Request['mode'] {
    return 'cors';
  }
  get referrer(): string {
    return 'about:client';
  }
  get referrerPolicy(): Request['referrerPolicy'] {
    return '';
  }
  get keepalive(): boolean {
    return false;
  }
  get duplex(): Request['duplex'] {
    return 'half';
  }

  /** The body as a Request gives it (a stream of the same bytes), for a reader that wants one. */
  get body(): ReadableStream<Uint8Array> | null {
    return this.payload === null ? null : this.#read().body;
  }

  get bodyUsed(): boolean {
    return false;
  }

  clone(): Request {
    const { method, signal, redirect } = this;
    const headers = new Headers(this.sentHeaders ?? this.headers);
    const init = withHints({ method, headers, body: this.payload, signal, redirect }, this.hints);
    return new OutgoingRequest(this.url, init, this.#endpoint);
  }

  #read(): Response {
    return new Response(this.payload);
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.#read().blob();
  }
  formData(): Promise<FormData> {
    return this.#read().formData();
  }
  json(): Promise<unknown> {
    return this.#read().json();
  }
  text(): Promise<string> {
    return this.#read().text();
  }
}

/** A client's endpoint, parsed once: what every request's URL starts with. */
export interface Endpoint {
  /** The base URL as openapi-fetch puts it before each path (no trailing slash). */
  readonly text: string;
  readonly url: URL;
  /** The endpoint's own path, before each operation's (no trailing slash; '' for none). */
  readonly path: string;
  /** Where its requests go, as node:http takes it (with each request's path). */
  readonly origin: Omit<RequestTarget, 'path'>;
}

export function endpointOf(baseUrl: string): Endpoint {
  const text = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const url = new URL(text);
  return { text, url, path: url.pathname === '/' ? '' : url.pathname.replace(/\/$/, ''), origin: originTarget(url) };
}

/**
 * A request URL openapi-fetch made (the endpoint's text, then the path and query) as the signer's
 * parts and node:http's target, without parsing it: undefined for any other URL.
 */
export function splitUrl(url: string, endpoint: Endpoint): { parts: UrlParts; target: RequestTarget } | undefined {
  if (!url.startsWith(endpoint.text)) return undefined;
  const rest = url.slice(endpoint.text.length);
  if (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?')) return undefined;
  const at = rest.indexOf('?');
  const pathname = `${endpoint.path}${at === -1 ? rest : rest.slice(0, at)}` || '/';
  const search = at === -1 || at === rest.length - 1 ? '' : rest.slice(at);
  return {
    parts: { host: endpoint.url.host, pathname, search },
    target: { ...endpoint.origin, path: `${pathname}${search}` },
  };
}

/** The request a middleware of this client is given: always an OutgoingRequest (the client's `Request`). */
export function outgoing(request: Request): OutgoingRequest {
  if (request instanceof OutgoingRequest) return request;
  throw new TypeError('expected the request this client built');
}
