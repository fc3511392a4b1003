// One attempt of a call: the credentials, openapi-fetch building the request (path template,
// canonical query, body), the users' middleware and signing as its one middleware (sign.ts), the
// request under the attempt's time limit (the signal it is given), and the answer read into a result
// or one typed, redacted error (read.ts); or, when it fails, the error it reports.
import { causeCode } from '../cause-code.js';
import { ConnectionError, ImagesecError, ResponseError, ValidationError } from '../errors.js';
import { BodyRejected } from '../http/body-limit.js';
import { TRANSPORT_HINTS } from '../http/hints.js';
import type { MiddlewareCall } from '../middleware.js';
import { Redactor } from '../redact.js';
import { FORM_MEDIA_TYPE, formText } from './form.js';
import { resultOf, type ApiResult } from './read.js';
import { signingMiddleware } from './sign.js';
import type { OutgoingRequest } from './outgoing-request.js';
import { methodOf, TransportFailure } from './transport.js';
import { beforeSigning, maskedRequest } from './users-middleware.js';
import type { ClientWiring, PreparedCall } from './wiring.js';

// One Redactor per credentials object (a supply hands out the same object until it refreshes): its
// secret list is sorted once, not at every attempt.
const REDACTORS = new WeakMap<object, Redactor>();

function redactorFor<C>(wiring: ClientWiring<C>, credentials: C): Redactor {
  if (typeof credentials !== 'object' || credentials === null) return new Redactor(wiring.secrets(credentials));
  let redactor = REDACTORS.get(credentials);
  if (redactor === undefined) {
    redactor = new Redactor(wiring.secrets(credentials));
    REDACTORS.set(credentials, redactor);
  }
  return redactor;
}

/** A body already serialised (a form's text) goes as it is. */
const asText = (body: unknown): string => body as string;

/** What an attempt leaves for the debug line and the users' middleware: the request sent and its mask. */
export interface AttemptTrace {
  request?: OutgoingRequest;
  redactor?: Redactor;
}

/**
 * A failure of a users' onRequest hook (or of the check of the headers it added): the call fails
 * with what it threw, as it threw it, never retried (whatever its class says).
 */
export class HookFailure extends Error {
  constructor(readonly error: unknown) {
    super('a middleware onRequest hook failed');
  }
}

/**
 * One attempt. openapi-fetch builds the request, the users' middleware and the signing middleware
 * complete it, and the tagged fetch sends it: a TransportFailure, or any failure once a response has
 * arrived (a body cut off on the wire), is a ConnectionError; an ImagesecError passes through.
 * Anything else was thrown while the runtime built the Request from the checked input (e.g. Headers
 * refusing a value the checks missed): reported as a ValidationError, redacted, since the input is
 * what it could not carry.
 */
export async function attempt<T, C>(
  wiring: ClientWiring<C>,
  call: PreparedCall,
  signal: AbortSignal,
  trace: AttemptTrace,
  hooks: MiddlewareCall | undefined,
): Promise<ApiResult<T>> {
  const { entry } = call;
  // The attempt's time limit holds while the credentials come (withDeadline rejects at the abort);
  // once they come, nothing more is done for an attempt that has ended.
  const credentials = await wiring.credentials();
  signal.throwIfAborted();
  const redactor = redactorFor(wiring, credentials).with(call.requestSecrets);
  trace.redactor = redactor;
  let responded = false;
  const users =
    hooks === undefined
      ? undefined
      : (request: OutgoingRequest) =>
          beforeSigning(call.limits.middleware, hooks, request, (r) => maskedRequest(r, redactor, entry.secrets)).catch(
            (error: unknown) => {
              throw new HookFailure(error);
            },
          );
  const middleware = [
    signingMiddleware(wiring.signer(credentials), {
      beforeSigning: users,
      signed: (request) => (trace.request = request),
      answered: () => (responded = true),
    }),
  ];
  let outcome;
  try {
    const { body, form, ...params } =
      wiring.scope === undefined ? call.request : await wiring.scope(call.request, credentials);
    outcome = await wiring.http.request(methodOf(entry.httpMethod), entry.path, {
      params,
      // A form body goes as its text, under its media type; a JSON body through the client's serialiser.
      ...(form === undefined
        ? body === undefined
          ? {}
          : { body }
        : { body: formText(entry, form), bodySerializer: asText }),
      signal,
      headers: form === undefined ? call.headers : { ...call.headers, 'content-type': FORM_MEDIA_TYPE },
      middleware,
      parseAs: 'text',
      [TRANSPORT_HINTS]: { maxResponseBytes: call.limits.maxResponseBytes, replaySafe: entry.safeToRepeat },
    });
  } catch (error) {
    throw attemptFailure(error, wiring, redactor, responded, signal);
  }
  return resultOf<T>(outcome, {
    redactor,
    vendor: wiring.vendor,
    expectsBody: entry.responseBody,
    lift: entry.lift,
  });
}

/** What a failed attempt reports (see attempt). */
function attemptFailure<C>(
  error: unknown,
  wiring: ClientWiring<C>,
  redactor: Redactor,
  responded: boolean,
  signal: AbortSignal,
): unknown {
  if (error instanceof HookFailure) return error;
  if (signal.aborted || error instanceof ImagesecError) return error;
  if (error instanceof BodyRejected) {
    const requestId = wiring.vendor.requestId(error.headers, undefined);
    return new ResponseError(`HTTP ${error.status}: ${error.message}`, {
      status: error.status,
      problem: error.problem,
      requestId: requestId === undefined ? undefined : redactor.text(requestId),
    });
  }
  if (error instanceof TransportFailure || responded) {
    const cutOff = responded || (error instanceof TransportFailure && error.responded);
    const cause = redactor.error(error instanceof TransportFailure ? error.cause : error);
    const detail = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    const what = cutOff ? 'the response was cut off' : 'request failed';
    return new ConnectionError(`${what}: ${cause.message}${detail}`, { cause, code: causeCode(cause) });
  }
  const message = redactor.text(error instanceof Error ? error.message : String(error));
  return new ValidationError(`the request could not be built: ${message}`, [{ path: '', message }]);
}
