// What a call's span and its attempt events say, as OpenTelemetry attributes. The HTTP client ones
// are the stable semantic conventions' names, written out: @opentelemetry/semantic-conventions is
// not a dependency of imagesec (its test holds these names to that package's constants). What the
// conventions have no name for is under `imagesec.`. Nothing here reads headers or bodies: a span
// holds the masked URL and the outcome's identifiers only, never a credential or a signature.
import type { Attributes } from '@opentelemetry/api';
import { ApiError, ImagesecError, ResponseError } from '../core/errors.js';
import { originTarget } from '../core/http/hints.js';
import type { MaskedRequest, MiddlewareCall } from '../core/middleware.js';

export const ATTR_HTTP_REQUEST_METHOD = 'http.request.method';
export const ATTR_SERVER_ADDRESS = 'server.address';
export const ATTR_SERVER_PORT = 'server.port';
export const ATTR_URL_FULL = 'url.full';
export const ATTR_HTTP_RESPONSE_STATUS_CODE = 'http.response.status_code';
export const ATTR_HTTP_REQUEST_RESEND_COUNT = 'http.request.resend_count';
export const ATTR_ERROR_TYPE = 'error.type';
/** Experimental in the conventions, but the one name every backend groups cloud calls by. */
export const ATTR_CLOUD_PROVIDER = 'cloud.provider';

export const ATTR_IMAGESEC_CLOUD = 'imagesec.cloud';
export const ATTR_IMAGESEC_OPERATION = 'imagesec.operation';
/** The vendor's error code (ApiError `code`, e.g. `HSS.0001`, `Throttling.User`). */
export const ATTR_IMAGESEC_VENDOR_CODE = 'imagesec.vendor_code';
export const ATTR_IMAGESEC_REQUEST_ID = 'imagesec.request_id';
/** On an attempt event: which attempt, from 1. */
export const ATTR_IMAGESEC_ATTEMPT = 'imagesec.attempt';
/** On an attempt event that is retried: the wait before the next attempt, in milliseconds. */
export const ATTR_IMAGESEC_RETRY_DELAY_MS = 'imagesec.retry_delay_ms';

/** The name of the event each attempt adds to its call's span. */
export const ATTEMPT_EVENT = 'imagesec.attempt';

/** The conventions' error.type for a failure that is not an Error (an abort reason given as a string, say). */
const OTHER_ERROR = '_OTHER';

/** What the span says from the start (given at creation, where samplers can read it). */
export function callAttributes(call: MiddlewareCall, request: MaskedRequest | undefined): Attributes {
  const attributes: Attributes = {
    [ATTR_IMAGESEC_CLOUD]: call.cloud,
    [ATTR_CLOUD_PROVIDER]: call.provider,
    [ATTR_IMAGESEC_OPERATION]: call.operation,
  };
  if (request === undefined) return attributes;
  attributes[ATTR_HTTP_REQUEST_METHOD] = request.method.toUpperCase();
  // The masked view: the request's own secrets already read `***`; the URL has no user info.
  attributes[ATTR_URL_FULL] = request.url;
  const url = parseUrl(request.url);
  if (url !== undefined) {
    // An IPv6 host without its brackets, as the conventions give addresses (as node:http takes it).
    attributes[ATTR_SERVER_ADDRESS] = originTarget(url).hostname;
    attributes[ATTR_SERVER_PORT] = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port);
  }
  return attributes;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** How an attempt or a call ended with a response: its status and request id. */
export function responseAttributes(status: number, requestId: string | undefined): Attributes {
  return {
    [ATTR_HTTP_RESPONSE_STATUS_CODE]: status,
    ...(requestId === undefined ? {} : { [ATTR_IMAGESEC_REQUEST_ID]: requestId }),
  };
}

/**
 * How an attempt or a call ended with an error: error.type is the error's class name (the SDK's
 * classes carry it as `name`, which minifiers leave alone), with the status, vendor code and request
 * id of an answer that arrived. A caller's abort reason is reported by its name (`AbortError`).
 */
export function errorAttributes(error: unknown): Attributes {
  const attributes: Attributes = { [ATTR_ERROR_TYPE]: errorType(error) };
  if (error instanceof ApiError || error instanceof ResponseError) {
    Object.assign(attributes, responseAttributes(error.status, error.requestId));
  }
  if (error instanceof ApiError && error.code !== undefined) attributes[ATTR_IMAGESEC_VENDOR_CODE] = error.code;
  return attributes;
}

function errorType(error: unknown): string {
  return error instanceof Error && error.name !== '' ? error.name : OTHER_ERROR;
}

/**
 * The span status message for a failed call: the SDK's own message (redacted where it is built),
 * never a foreign error's, whose text imagesec cannot vouch for.
 */
export function errorMessage(error: unknown): string | undefined {
  return error instanceof ImagesecError ? error.message : undefined;
}
