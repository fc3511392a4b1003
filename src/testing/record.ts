// What the strict mock keeps of each request (RunningMock.requests): what came, what each check
// said, and what was answered; the operation's secrets masked.
import type { CloudId } from '../clouds.js';
import type { SignatureVerdict } from '../core/canonical.js';
import type { OperationEntry } from '../core/operation-types.js';
import type { Violation } from '../core/errors.js';
import { parseExactJson } from '../core/exact-json.js';
import { Redactor, secretValues } from '../core/redact.js';
import type { Fault } from './faults.js';

/** One request as the mock saw it, and what it did with it. */
export interface RecordedRequest {
  /** The id of the cloud whose gateway received it. */
  readonly cloud: CloudId;
  /** The operation id, or undefined when the request names none the spec has. */
  readonly operation: string | undefined;
  readonly method: string;
  readonly path: string;
  /** Secrets (the spec's format: password fields) are masked here, in `body` and in `parameters`. */
  readonly query: Readonly<Record<string, string>>;
  /** The body as text ('' for none, and for one over the limit). */
  readonly body: string;
  /**
   * Path, query, header, form fields and body as the operation's check read them (typed; SAS Info
   * as sent, its decoded form checked); undefined when the check was not reached (a refused
   * signature, an unknown operation).
   */
  readonly parameters: Readonly<Record<string, unknown>> | undefined;
  /** The access key (or `token`) that signed it, when the signature was accepted. */
  readonly signedBy: string | undefined;
  /**
   * The verifier's verdict, or `unchecked` when the cloud has no credentials configured or the
   * request was refused before (a body over the limit).
   */
  readonly signature: 'valid' | 'unchecked' | Extract<SignatureVerdict, { ok: false }>['reason'];
  /** A scripted fault played for it, if any. */
  readonly fault: Fault | undefined;
  /** What the request check refused (empty when it passed or was not reached). */
  readonly violations: readonly Violation[];
  /** The status answered (undefined for a reset connection). */
  status: number | undefined;
  /** The scripted answer it got, if any (set once answered). */
  scripted: ScriptedServe | undefined;
}

/**
 * Query, body and parameters as the record keeps them: the operation's secrets (format: password)
 * masked, as the SDK masks them wherever it shows a request. The signature was verified over the
 * request as it came; only the record is masked.
 */
export function maskedParts(
  entry: OperationEntry | undefined,
  url: URL,
  contentType: string | undefined,
  body: string,
  parameters: Readonly<Record<string, unknown>> | undefined,
): Pick<RecordedRequest, 'query' | 'body' | 'parameters'> {
  const query = Object.fromEntries(url.searchParams);
  const secrets = entry?.secrets ?? [];
  if (secrets.length === 0) return { query, body, parameters };
  const redactor = new Redactor([]).with(secretValues(parameters ?? {}, secrets, parseExactJson));
  return {
    query: redactor.request({ query }, secrets, parseExactJson).query,
    body: redactor.body(body, contentType, secrets, parseExactJson),
    parameters: parameters === undefined ? undefined : redactor.request(parameters, secrets, parseExactJson),
  };
}

/** Which scripted answer a request got (in its record). */
export interface ScriptedServe {
  /** Its place in the sequence, from 0 (a repeating last answer keeps its place). */
  readonly index: number;
  /** The call's number among the requests the script answered, from 1. */
  readonly call: number;
  /** Why the answer was refused and a 501 served instead (function answers only). */
  readonly error: string | undefined;
}
