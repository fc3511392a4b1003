// The one way a credential source talks to an STS, IAM, metadata or credentials-URI endpoint: a time
// limit, no redirects, and failures as CredentialsErrors that name the source and what to do, with
// only the endpoint's origin (a credentials URI may carry a token in its path or query) and never a
// response body (it may hold a key).
import { causeCode } from '../cause-code.js';
import { CredentialsError } from '../errors.js';
import { BodyRejected, bufferedWithin } from '../http/body-limit.js';
import { withHints } from '../http/hints.js';
import type { SourceContext } from './source.js';

export interface SourceRequest {
  /** The source, as errors name it. */
  readonly source: string;
  /** What is asked, e.g. `AssumeRoleWithOIDC`. */
  readonly what: string;
  readonly url: string;
  readonly init?: RequestInit;
  readonly timeoutMs: number;
}

/** Origin of a URL for messages (`http://127.0.0.1:8080`), without path, query or user info. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}

/** A short upper-case code (`ECONNRESET`), the only kind a credentials error keeps. */
function errorCode(error: unknown): string | undefined {
  return causeCode(error, (code) => /^[A-Z][A-Z0-9_]{1,40}$/.test(code));
}

/**
 * The most a credential answer may hold, received or decoded: a few kB in practice (an IAM token
 * answer with its service catalog, the largest, stays well under this).
 */
export const MAX_CREDENTIAL_ANSWER_BYTES = 1024 * 1024;

/**
 * Sends one request and reads its answer into memory under the time limit and
 * MAX_CREDENTIAL_ANSWER_BYTES; a network failure, a timeout or an unreadable body is a
 * CredentialsError, any status is returned. Asking again for credentials is harmless, so a request
 * that met a stale kept-alive connection is sent again on a new one.
 */
export async function sourceFetch(context: Pick<SourceContext, 'fetch'>, request: SourceRequest): Promise<Response> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  const limits = { maxResponseBytes: MAX_CREDENTIAL_ANSWER_BYTES, replaySafe: true };
  let answered = false;
  try {
    const response = await context.fetch(
      request.url,
      withHints({ ...request.init, redirect: 'manual', signal }, limits),
    );
    answered = true;
    return await bufferedWithin(response, MAX_CREDENTIAL_ANSWER_BYTES);
  } catch (error) {
    if (error instanceof BodyRejected) {
      throw new CredentialsError(
        `${request.source}: ${request.what} at ${originOf(request.url)}: ${error.message}`,
        error.problem === 'too-large' ? 'RESPONSE_TOO_LARGE' : 'BAD_RESPONSE',
      );
    }
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const code = timedOut ? 'ETIMEDOUT' : errorCode(error);
    const failed = answered ? 'the answer was cut off' : 'cannot connect';
    const why = timedOut ? `no answer within ${request.timeoutMs} ms` : `${failed}${code ? ` (${code})` : ''}`;
    throw new CredentialsError(`${request.source}: ${request.what} at ${originOf(request.url)}: ${why}`, code);
  }
}

/** A short vendor error code from a JSON error body (`Code`, `error.code`, `error_code`), if any. */
function vendorCode(body: unknown): string | undefined {
  const record = body as Record<string, unknown> | null;
  const nested = record?.error as Record<string, unknown> | undefined;
  const code = record?.Code ?? record?.code ?? record?.error_code ?? nested?.code;
  return typeof code === 'string' && /^[\w.-]{1,80}$/.test(code) ? code : undefined;
}

/** The JSON body of a 2xx answer; any other status or a body that is not JSON is a CredentialsError. */
export async function sourceJson(
  context: Pick<SourceContext, 'fetch'>,
  request: SourceRequest,
  hint: string,
): Promise<unknown> {
  const response = await sourceFetch(context, request);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (response.status < 200 || response.status > 299) {
    const code = vendorCode(body);
    throw new CredentialsError(
      `${request.source}: ${request.what} at ${originOf(request.url)} answered ${response.status}${code ? ` ${code}` : ''}; ${hint}`,
      code ?? `HTTP_${response.status}`,
    );
  }
  if (body === undefined) {
    throw new CredentialsError(
      `${request.source}: ${request.what} at ${originOf(request.url)} answered with no JSON body`,
      'BAD_RESPONSE',
    );
  }
  return body;
}

/** A string field of a parsed answer; a missing one is a CredentialsError naming the field. */
export function answerField(body: unknown, path: readonly string[], source: string, what: string): string {
  let value: unknown = body;
  for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  if (typeof value !== 'string' || value === '') {
    throw new CredentialsError(`${source}: the ${what} answer has no ${path.join('.')}`, 'BAD_RESPONSE');
  }
  return value;
}
