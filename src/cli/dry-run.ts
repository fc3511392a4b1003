// --dry-run: the client signs the request exactly as it would send it; the fetch it is given
// keeps a copy and aborts the call instead of connecting. Printed with every secret masked (the
// credentials, and the operation's own secret fields: the table's format: password paths, in the
// query, a header, a form or a JSON body), and as an equivalent curl command line.
import { parseExactJson } from '../core/exact-json.js';
import type { SecretPath } from '../core/operation-types.js';
import { MASK, Redactor } from '../core/redact.js';
import { shellQuote } from './text.js';

/** The abort reason that marks a call stopped by the dry run (not a failure). */
export const DRY_RUN_STOP = Symbol('imagesec dry run');

export interface CapturedRequest {
  readonly method: string;
  readonly url: string;
  /** Header pairs as they would be sent (masked), `host` first as the signature covers it. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string | undefined;
}

// Credentials sent as whole header values.
const SECRET_HEADERS = new Set(['x-security-token', 'x-acs-security-token', 'x-auth-token', 'x-acs-accesskey-id']);

function maskHeader(name: string, value: string): string {
  if (SECRET_HEADERS.has(name)) return MASK;
  if (name === 'authorization') {
    // Keeps the algorithm and the signed header list, which show what the signature covers.
    return value.replace(/((?:Access|Credential)=)[^,\s]+/g, `$1${MASK}`).replace(/(Signature=)[^,\s]+/g, `$1${MASK}`);
  }
  return value;
}

export class DryRun {
  readonly #controller = new AbortController();
  readonly #redactor: Redactor;
  readonly #paths: readonly SecretPath[];
  #captured: CapturedRequest | undefined;

  /**
   * `secrets`: the credential values in use, masked wherever they would appear; `paths`: where the
   * operation's own secrets sit in a request (its table entry's `secrets`).
   */
  constructor(secrets: Iterable<string | undefined>, paths: readonly SecretPath[] = []) {
    this.#redactor = new Redactor(secrets);
    this.#paths = paths;
  }

  /** Passed to the call: the dry run aborts it once the signed request is captured. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get captured(): CapturedRequest | undefined {
    return this.#captured;
  }

  /** A fetch that records the request and never connects. */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.body === null ? undefined : await request.text();
    const url = new URL(request.url);
    const paths = this.#paths;
    const headers: [string, string][] = [['host', url.host]];
    for (const [name, value] of request.headers) {
      headers.push([name, this.#redactor.header(name, maskHeader(name, value), paths)]);
    }
    const type = request.headers.get('content-type');
    this.#captured = {
      method: request.method,
      url: this.#redactor.url(request.url, paths),
      headers,
      body: body === undefined || body === '' ? undefined : this.#redactor.body(body, type, paths, parseExactJson),
    };
    this.#controller.abort(DRY_RUN_STOP);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a marker, not a failure: it passes the SDK untouched and the CLI recognises it by identity
    throw DRY_RUN_STOP;
  };
}

/**
 * An equivalent curl command (masked, so it shows the request's shape; it cannot be replayed), on
 * one line, or one argument pair per line with `\` continuations.
 */
export function curlLine(request: CapturedRequest, separator = ' '): string {
  const parts = [`curl -X ${request.method} ${shellQuote(request.url)}`];
  // curl sets Host itself from the URL.
  for (const [name, value] of request.headers) if (name !== 'host') parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (request.body !== undefined) parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(separator);
}

export function dryRunText(request: CapturedRequest, credentialSource: string): string {
  return [
    '# dry run: the request below was not sent; secrets are masked (***)',
    `# credentials from ${credentialSource}`,
    `${request.method} ${request.url}`,
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
    ...(request.body === undefined ? [] : ['', request.body]),
    '',
    '# the same request with curl (the signature is masked and expires: it shows the shape, it does not replay)',
    curlLine(request, ' \\\n  '),
  ].join('\n');
}

export function dryRunRecord(
  operationId: string,
  request: CapturedRequest,
  credentialSource: string,
): Record<string, unknown> {
  return {
    ok: true,
    dryRun: true,
    operation: operationId,
    credentialSource,
    request: {
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    curl: curlLine(request),
  };
}
