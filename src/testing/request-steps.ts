// One request through a strict mock gateway (gateway.ts), step by step, in the order the cloud's
// own gateway takes them: the body within the limit, the operation, a scripted fault, the
// signature, the parameters, then Prism, whose answer is passed back or replaced by a script's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudId } from '../clouds.js';
import type { CloudDescriptor, MockAnswer } from '../core/cloud.js';
import type { Violation } from '../core/errors.js';
import type { OperationEntry } from '../core/operation-types.js';
import { parametersRefused, send, withHeaders } from './answers.js';
import { readBody } from './body-limit.js';
import type { CredentialsById } from './mock-credentials.js';
import { answersInstead, faultAnswer, faultRetryHeaders, type Fault, type FaultQueue } from './faults.js';
import { forPrism, forward, type Upstream } from './forward.js';
import { operationOf } from './operations.js';
import { maskedParts, type RecordedRequest, type ScriptedServe } from './record.js';
import { checkWireRequest, type CheckedRequest } from './wire-request-check.js';
import type { Scripts, ScriptSlot } from './scripts.js';
import { checkSignature } from './signature.js';

/** One gateway's state, which each step of a request reads. */
export interface GatewayState {
  readonly cloud: CloudDescriptor;
  readonly credentials: CredentialsById;
  /** Whether credentials were given for this cloud (else every signature passes, unchecked). */
  readonly checked: boolean;
  readonly requests: RecordedRequest[];
  readonly faults: FaultQueue;
  readonly scripts: Scripts;
  readonly maxBodyBytes: number;
  /** Told of every request answered other than 2xx by the gateway itself (a refusal or a fault). */
  readonly onRefusal: ((record: RecordedRequest, answer: MockAnswer) => void) | undefined;
  /** Told of every request answered from a script. */
  readonly onScripted: ((record: RecordedRequest, served: ScriptedServe) => void) | undefined;
  /** Where what passes goes (Prism); retargeted when the CLI's mock restarts one. */
  backend: Upstream;
}

/** A request as it arrived: where to, how, and the operation of the spec it is for. */
interface Arrival {
  readonly url: URL;
  readonly method: string;
  readonly operation: string | undefined;
}

/** What a record says about a request beyond its arrival. */
type Findings = Omit<RecordedRequest, 'cloud' | 'operation' | 'method' | 'path' | 'status' | 'scripted'>;

/** The check's outcome for a request it did not reach (a refused signature, an unknown operation). */
interface NotChecked {
  readonly parameters: undefined;
  readonly violations: readonly Violation[];
}

function notChecked(): NotChecked {
  return { parameters: undefined, violations: [] };
}

/** Reads the body within the limit, then handles the request; a failure of the mock itself is a 500 in the vendor's form. */
export function receive(state: GatewayState, req: IncomingMessage, res: ServerResponse): void {
  readBody(req, state.maxBodyBytes, (raw) => {
    void handle(state, req, res, raw).catch((error: unknown) => {
      if (!res.headersSent) send(res, state.cloud.gateway.error(500, 'MockError', String(error)));
    });
  });
}

/** One request, `raw` its body (undefined: over the limit), through the gateway's steps in order. */
async function handle(
  state: GatewayState,
  req: IncomingMessage,
  res: ServerResponse,
  raw: Buffer | undefined,
): Promise<void> {
  const rules = state.cloud.gateway;
  const arrival = arrivalOf(state.cloud, req);
  if (raw === undefined) {
    refuseTooLarge(state, req, res, arrival);
    return;
  }
  const body = raw.toString('utf8');
  const fault = state.faults.take(arrival.operation);
  const accepted = state.checked ? (state.credentials[state.cloud.id] ?? []) : undefined;
  const { signature, signedBy, refusal } = await checkSignature(rules, accepted, req, arrival.url, body);
  // The service checks parameters once the gateway has let the request through.
  const { parameters, violations } =
    refusal === undefined ? checkParameters(state.cloud, arrival, req, body) : notChecked();
  const record = recordArrival(state, arrival, {
    ...maskedParts(entryOf(state.cloud, arrival), arrival.url, req.headers['content-type'], body, parameters),
    signedBy,
    signature,
    fault,
    violations,
  });
  if (fault !== undefined && (await playFault(state, req, res, record, fault))) return;
  const answer =
    refusal ?? (arrival.operation === undefined ? rules.unknownOperation() : parametersRefused(rules, violations));
  if (answer !== undefined) {
    refuse(state, res, record, answer);
    return;
  }
  forwardToPrism(state, req, res, arrival, record, forPrism(raw, parameters?.body));
}

function arrivalOf(cloud: CloudDescriptor, req: IncomingMessage): Arrival {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const method = (req.method ?? 'GET').toUpperCase();
  return { url, method, operation: operationOf(cloud, method, url.pathname, req.headers) };
}

function entryOf(cloud: CloudDescriptor, arrival: Arrival): OperationEntry | undefined {
  return arrival.operation === undefined ? undefined : cloud.operations[arrival.operation];
}

/** The request check of the operation's parameters (none for a request no operation matches). */
function checkParameters(
  cloud: CloudDescriptor,
  arrival: Arrival,
  req: IncomingMessage,
  body: string,
): CheckedRequest | NotChecked {
  if (arrival.operation === undefined) return notChecked();
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
  return checkWireRequest(cloud.id, arrival.operation, {
    path: arrival.url.pathname,
    query: arrival.url.searchParams,
    headers,
    body,
  });
}

/** Records the request (answer still to come) in the log. */
function recordArrival(state: GatewayState, arrival: Arrival, findings: Findings): RecordedRequest {
  const record: RecordedRequest = {
    cloud: state.cloud.id as CloudId,
    operation: arrival.operation,
    method: arrival.method,
    path: arrival.url.pathname,
    ...findings,
    status: undefined,
    scripted: undefined,
  };
  state.requests.push(record);
  return record;
}

/** Answers in the gateway's own name (a refusal or a fault), `headers` added to what is sent. */
function refuse(
  state: GatewayState,
  res: ServerResponse,
  record: RecordedRequest,
  answer: MockAnswer,
  headers: Readonly<Record<string, string>> = {},
): void {
  record.status = answer.status;
  state.onRefusal?.(record, answer);
  send(res, withHeaders(answer, headers));
}

/** Records and refuses a request whose body is over the limit, and closes its connection once answered. */
function refuseTooLarge(state: GatewayState, req: IncomingMessage, res: ServerResponse, arrival: Arrival): void {
  const record = recordArrival(state, arrival, {
    ...maskedParts(entryOf(state.cloud, arrival), arrival.url, undefined, '', undefined),
    signedBy: undefined,
    signature: 'unchecked',
    fault: undefined,
    violations: [{ path: 'body', message: `is over the mock's limit of ${state.maxBodyBytes} bytes` }],
  });
  // The rest of the body is never read: the connection goes once the answer is out.
  res.once('finish', () => req.socket.destroy());
  refuse(state, res, record, state.cloud.gateway.bodyTooLarge(state.maxBodyBytes), { connection: 'close' });
}

/** Plays a scripted fault: waits, resets or answers; false when the request then goes on (a delay alone). */
async function playFault(
  state: GatewayState,
  req: IncomingMessage,
  res: ServerResponse,
  record: RecordedRequest,
  fault: Fault,
): Promise<boolean> {
  if (fault.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.reset === true) {
    req.socket.destroy();
    return true;
  }
  if (!answersInstead(fault)) return false;
  const rules = state.cloud.gateway;
  refuse(state, res, record, faultAnswer(rules, fault), faultRetryHeaders(rules, fault));
  return true;
}

/** Forwards what passed every check to Prism; the vendor's unreachable answer when Prism is not there. */
function forwardToPrism(
  state: GatewayState,
  req: IncomingMessage,
  res: ServerResponse,
  arrival: Arrival,
  record: RecordedRequest,
  body: Buffer,
): void {
  const path = `${arrival.url.pathname}${arrival.url.search}`;
  forward(
    state.backend,
    req,
    arrival.method,
    path,
    body,
    (answer) => passBack(state, res, arrival.operation, record, answer),
    (error) => {
      if (res.headersSent) res.destroy(error);
      else send(res, state.cloud.gateway.unreachable(error.message));
    },
  );
}

/** Prism's answer, passed back as it came; once Prism accepted the request, a script for its operation answers instead. */
function passBack(
  state: GatewayState,
  res: ServerResponse,
  operation: string | undefined,
  record: RecordedRequest,
  answer: IncomingMessage,
): void {
  const accepted = answer.statusCode !== undefined && answer.statusCode >= 200 && answer.statusCode < 300;
  const slot = accepted && operation !== undefined ? state.scripts.take(operation) : undefined;
  if (slot !== undefined) {
    answer.resume();
    serveScripted(state, res, operation as string, record, slot);
    return;
  }
  record.status = answer.statusCode;
  res.writeHead(answer.statusCode ?? 502, answer.headers);
  answer.pipe(res);
}

/** Sends the scripted answer of `slot` (scripts.ts checks it first) and records which it was. */
function serveScripted(
  state: GatewayState,
  res: ServerResponse,
  operation: string,
  record: RecordedRequest,
  slot: ScriptSlot,
): void {
  void state.scripts
    .answer(operation, slot, record)
    .then(({ answer, served }) => {
      record.status = answer.status;
      record.scripted = served;
      state.onScripted?.(record, served);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    })
    .catch((error: unknown) => {
      if (!res.headersSent) send(res, state.cloud.gateway.error(500, 'MockError', String(error)));
    });
}
