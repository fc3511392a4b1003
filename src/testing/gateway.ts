// The strict mock's gateway for one cloud: a loopback server in front of Prism that does what the
// cloud's own gateway does and Prism does not. Each request is recorded; a body over the limit is
// refused unread (body-limit.ts); a fault scripted for its operation is played instead of an
// answer; its signature (or HSS X-Auth-Token) is verified against the configured credentials and
// refused in the vendor's own words; the rest is forwarded to Prism (examples and its request
// validation) and the answer passed back as it came, or, when Prism accepted the request and its
// operation is scripted, replaced by the scripted answer (scripts.ts).
import { hashing } from '#crypto';
import { once } from 'node:events';
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SignatureVerdict } from '../core/canonical.js';
import type { HuaweiAkSk } from '../hss/signer.js';
import { verifyHuawei } from '../hss/verifier.js';
import type { AlibabaAccessKey } from '../sas/signer.js';
import { verifyAcs3 } from '../sas/verifier.js';
import type { Violation } from '../core/errors.js';
import { parseExactJson } from '../core/exact-json.js';
import { Redactor, secretValues } from '../core/redact.js';
import { bodyTooLarge, DEFAULT_MAX_BODY_BYTES, readBody } from './body-limit.js';
import { checkWireRequest, TABLES } from './request-check.js';
import { Scripts, type ScriptedAnswer, type ScriptedServe, type ScriptOptions, type ScriptState } from './scripts.js';
import { signatureRefusal, vendorError, type Cloud, type MockAnswer } from './vendor-errors.js';

/** The credentials the mock accepts; a cloud with none given takes any signature (as Prism does). */
export interface MockCredentials {
  readonly hss?: readonly (HuaweiAkSk | { readonly authToken: string })[] | undefined;
  readonly sas?: readonly AlibabaAccessKey[] | undefined;
}

/** What a scripted fault does to the next matching requests. */
export interface Fault {
  /** Answer with this status and the vendor's error body (default 503). */
  readonly status?: number | undefined;
  /** The vendor error code in the body (default: one that fits the status). */
  readonly code?: string | undefined;
  /** Sends `Retry-After` (seconds; SAS also `x-acs-retry-after` in milliseconds). */
  readonly retryAfter?: number | undefined;
  /** Close the connection without an answer instead. */
  readonly reset?: boolean | undefined;
  /** Wait this long first (then answer as scripted, or forward when neither status nor reset is given). */
  readonly delayMs?: number | undefined;
  /** How many requests it applies to (default 1). */
  readonly times?: number | undefined;
}

/** One request as the mock saw it, and what it did with it. */
export interface RecordedRequest {
  readonly cloud: Cloud;
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
function recorded(
  cloud: Cloud,
  operation: string | undefined,
  url: URL,
  contentType: string | undefined,
  body: string,
  parameters: Readonly<Record<string, unknown>> | undefined,
): Pick<RecordedRequest, 'query' | 'body' | 'parameters'> {
  const query = Object.fromEntries(url.searchParams);
  const secrets = operation === undefined ? [] : (TABLES[cloud][operation]?.secrets ?? []);
  if (secrets.length === 0) return { query, body, parameters };
  const redactor = new Redactor([]).with(secretValues(parameters ?? {}, secrets, parseExactJson));
  return {
    query: redactor.request({ query }, secrets, parseExactJson).query,
    body: redactor.body(body, contentType, secrets, parseExactJson),
    parameters: parameters === undefined ? undefined : redactor.request(parameters, secrets, parseExactJson),
  };
}

/** The operation a request is for: SAS by its x-acs-action, HSS by method and path template. */
function operationOf(cloud: Cloud, method: string, path: string, action: string | undefined): string | undefined {
  const table = Object.values(TABLES[cloud]);
  if (cloud === 'sas') return table.find((e) => e.operationId === action && e.httpMethod === method)?.operationId;
  const segments = path.split('/');
  return table.find((entry) => {
    const template = entry.path.split('/');
    return (
      entry.httpMethod === method &&
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? segments[i] !== '' : part === segments[i]))
    );
  })?.operationId;
}

const STATUS_CODES: Readonly<Record<Cloud, Readonly<Record<number, string>>>> = {
  hss: { 429: 'APIGW.0308', 500: 'APIGW.0601', 502: 'APIGW.0610', 503: 'APIGW.0613', 504: 'APIGW.0201' },
  sas: { 400: 'Throttling.User', 429: 'Throttling', 500: 'InternalError', 503: 'ServiceUnavailable' },
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The body as Prism gets it: integers past 2^53-1, already checked exactly here (`parsed`, the body
 * as the check read it), brought within what Prism compares without refusing them (it picks the
 * example answer; the record keeps the original). Anything else goes as it came.
 */
function forPrism(raw: Buffer, parsed: unknown): Buffer {
  if (parsed === undefined || !/\d{16}/.test(raw.toString('latin1'))) return raw;
  let clamped = false;
  const text = JSON.stringify(parsed, (_key, value: unknown) => {
    if (typeof value !== 'bigint') return value;
    clamped = true;
    return Number(value > MAX_SAFE ? MAX_SAFE : value < -MAX_SAFE ? -MAX_SAFE : value);
  });
  return clamped ? Buffer.from(text) : raw;
}

function flat(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

/** No operation of the spec at this path (HSS) or by this action (SAS): the gateways' not-found. */
function unknownOperation(cloud: Cloud): MockAnswer {
  return cloud === 'hss'
    ? vendorError(cloud, 404, 'APIGW.0101', 'The API does not exist or has not been published')
    : vendorError(cloud, 404, 'InvalidApi.NotFound', 'The action or version is not known');
}

/**
 * Parameters the service refuses: HSS.0001 (400, the HSS error page), SAS InvalidParameter (400,
 * the POP common list), with the reasons in an `sl-violations` header as Prism gives them, which the
 * SDK reads into the error's violations (a real endpoint sends only the vendor's body).
 */
function invalid(cloud: Cloud, violations: readonly Violation[]): MockAnswer | undefined {
  if (violations.length === 0) return undefined;
  const text = violations.map((v) => `${v.path} ${v.message}`).join('; ');
  const answer =
    cloud === 'hss'
      ? vendorError(cloud, 400, 'HSS.0001', `Invalid parameter: ${text}`)
      : vendorError(cloud, 400, 'InvalidParameter', `The specified parameter is not valid: ${text}`);
  const located = violations.map((v) => ({
    location: [
      'request',
      ...(v.path.startsWith('body') ? v.path.replace(/\[(\d+)\]/g, '.$1').split('.') : ['query', v.path]),
    ],
    severity: 'Error',
    code: 'imagesec',
    message: v.message,
  }));
  return { ...answer, headers: { ...answer.headers, 'sl-violations': JSON.stringify(located) } };
}

function send(res: ServerResponse, answer: MockAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(JSON.stringify(answer.body));
}

async function verify(cloud: Cloud, req: IncomingMessage, url: URL, body: string, credentials: MockCredentials) {
  const headers = Object.entries(req.headers).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
  );
  const signable = { method: req.method ?? 'GET', url, headers, body };
  if (cloud === 'sas') return verifyAcs3(signable, credentials.sas ?? [], new Date(), hashing);
  const configured = credentials.hss ?? [];
  const token = req.headers['x-auth-token'];
  if (typeof token === 'string') {
    const known = configured.some((c) => 'authToken' in c && c.authToken === token);
    return known
      ? ({ ok: true, keyId: 'token', temporary: true } as const)
      : ({ ok: false, reason: 'unknown-key', detail: 'the X-Auth-Token is not valid' } as const);
  }
  return verifyHuawei(
    signable,
    configured.filter((c): c is HuaweiAkSk => 'ak' in c),
    new Date(),
    hashing,
  );
}

/** Where the gateway sends what passes: Prism's base URL, over `socketPath` when it listens on one. */
export interface Upstream {
  readonly url: string;
  readonly socketPath?: string | undefined;
}

export interface Gateway {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Sends what passes to another Prism (the CLI's mock restarts one that died). */
  retarget(target: Upstream): void;
  failNext(operation: string, fault: Fault): void;
  /** Serves `answers` to the operation's requests that Prism accepted (scripts.ts); throws on one the API could not give. */
  script(operation: string, answers: ScriptedAnswer | readonly ScriptedAnswer[], options?: ScriptOptions): void;
  /** How far the operation's script got; undefined when it has none. */
  scripted(operation: string): ScriptState | undefined;
  /** Forgets this cloud's records, faults not yet played and scripts. */
  reset(): void;
  close(): Promise<void>;
}

/** Whether the cloud's spec has the operation. */
export function hasOperation(cloud: Cloud, operation: string): boolean {
  return Object.hasOwn(TABLES[cloud], operation);
}

export interface GatewayOptions {
  /** Where to listen (loopback; default 127.0.0.1 on a free port). */
  readonly host?: string | undefined;
  readonly port?: number | undefined;
  /** Told of every request answered other than 2xx by the gateway itself (a refusal or a fault). */
  readonly onRefusal?: ((record: RecordedRequest, answer: MockAnswer) => void) | undefined;
  /** Bodies over this many bytes are refused with 413, unread (default 8 MiB). */
  readonly maxBodyBytes?: number | undefined;
  /** Told of every request answered from a script. */
  readonly onScripted?: ((record: RecordedRequest, served: ScriptedServe) => void) | undefined;
}

/** Starts one cloud's gateway in front of `target` (Prism); it records into `requests`. */
export async function startGateway(
  cloud: Cloud,
  target: Upstream,
  credentials: MockCredentials,
  requests: RecordedRequest[] = [],
  options: GatewayOptions = {},
): Promise<Gateway> {
  const faults = new Map<string, { fault: Fault; left: number }[]>();
  const scripts = new Scripts(cloud);
  const checked = (cloud === 'hss' ? credentials.hss : credentials.sas) !== undefined;
  let backend = target;

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const server = createServer((req, res) => {
    readBody(req, maxBodyBytes, (raw) => {
      void handle(req, res, raw).catch((error: unknown) => {
        if (!res.headersSent) send(res, vendorError(cloud, 500, 'MockError', String(error)));
      });
    });
  });

  /** Records and refuses a request whose body is over the limit, and closes its connection once answered. */
  function refuseTooLarge(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    operation: string | undefined,
  ): void {
    const record: RecordedRequest = {
      cloud,
      operation,
      method,
      path: url.pathname,
      ...recorded(cloud, operation, url, undefined, '', undefined),
      signedBy: undefined,
      signature: 'unchecked',
      fault: undefined,
      violations: [{ path: 'body', message: `is over the mock's limit of ${maxBodyBytes} bytes` }],
      status: 413,
      scripted: undefined,
    };
    requests.push(record);
    const answer = bodyTooLarge(cloud, maxBodyBytes);
    options.onRefusal?.(record, answer);
    // The rest of the body is never read: the connection goes once the answer is out.
    res.once('finish', () => req.socket.destroy());
    send(res, { ...answer, headers: { ...answer.headers, connection: 'close' } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer | undefined): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const action = typeof req.headers['x-acs-action'] === 'string' ? req.headers['x-acs-action'] : undefined;
    const operation = operationOf(cloud, method, url.pathname, action);
    if (raw === undefined) {
      refuseTooLarge(req, res, url, method, operation);
      return;
    }
    const body = raw.toString('utf8');
    const queued = operation === undefined ? undefined : faults.get(operation)?.[0];
    if (queued !== undefined && --queued.left <= 0) faults.get(operation as string)?.shift();
    const fault = queued?.fault;

    let signature: RecordedRequest['signature'] = 'unchecked';
    let signedBy: string | undefined;
    let refusal: MockAnswer | undefined;
    if (checked) {
      const verdict = await verify(cloud, req, url, body, credentials);
      if (verdict.ok) {
        signature = 'valid';
        signedBy = verdict.keyId;
      } else {
        signature = verdict.reason;
        refusal = signatureRefusal(cloud, verdict);
      }
    }
    // The service checks parameters once the gateway has let the request through.
    const { parameters, violations } =
      refusal !== undefined || operation === undefined
        ? { parameters: undefined, violations: [] }
        : checkWireRequest(cloud, operation, { path: url.pathname, query: url.searchParams, headers: flat(req), body });
    const record: RecordedRequest = {
      cloud,
      operation,
      method,
      path: url.pathname,
      ...recorded(cloud, operation, url, req.headers['content-type'], body, parameters),
      signedBy,
      signature,
      fault,
      violations,
      status: undefined,
      scripted: undefined,
    };
    requests.push(record);

    if (fault?.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.reset === true) {
      req.socket.destroy();
      return;
    }
    if (fault !== undefined && (fault.status !== undefined || fault.delayMs === undefined)) {
      const status = fault.status ?? 503;
      const code = fault.code ?? STATUS_CODES[cloud][status] ?? (cloud === 'hss' ? 'APIGW.0201' : 'InvalidParameter');
      const answer = vendorError(cloud, status, code, `scripted fault (${code})`);
      const retry =
        fault.retryAfter === undefined
          ? {}
          : {
              'retry-after': String(fault.retryAfter),
              ...(cloud === 'sas' ? { 'x-acs-retry-after': String(fault.retryAfter * 1000) } : {}),
            };
      record.status = status;
      options.onRefusal?.(record, answer);
      send(res, { ...answer, headers: { ...answer.headers, ...retry } });
      return;
    }
    const answer = refusal ?? (operation === undefined ? unknownOperation(cloud) : invalid(cloud, violations));
    if (answer !== undefined) {
      record.status = answer.status;
      options.onRefusal?.(record, answer);
      send(res, answer);
      return;
    }
    const outgoing = forPrism(raw, parameters?.body);
    const { 'transfer-encoding': _chunked, ...headers } = req.headers;
    const prism = new URL(backend.url);
    const forward = httpRequest(
      {
        ...(backend.socketPath === undefined
          ? { host: prism.hostname, port: prism.port }
          : { socketPath: backend.socketPath }),
        method,
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, host: prism.host, 'content-length': String(outgoing.length) },
      },
      (answer) => {
        // Prism accepted the request: a script for its operation answers instead of the example.
        const accepted = answer.statusCode !== undefined && answer.statusCode >= 200 && answer.statusCode < 300;
        const slot = accepted && operation !== undefined ? scripts.take(operation) : undefined;
        if (slot !== undefined) {
          answer.resume();
          void scripts
            .answer(operation as string, slot, record)
            .then(({ answer: scripted, served }) => {
              record.status = scripted.status;
              record.scripted = served;
              options.onScripted?.(record, served);
              res.writeHead(scripted.status, scripted.headers);
              res.end(scripted.body);
            })
            .catch((error: unknown) => {
              if (!res.headersSent) send(res, vendorError(cloud, 500, 'MockError', String(error)));
            });
          return;
        }
        record.status = answer.statusCode;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      if (res.headersSent) res.destroy(error);
      else send(res, vendorError(cloud, 502, cloud === 'hss' ? 'APIGW.0610' : 'ServiceUnavailable', error.message));
    });
    forward.end(outgoing);
  }

  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    retarget(next) {
      backend = next;
    },
    failNext(operation, fault) {
      if (!hasOperation(cloud, operation)) {
        throw new Error(`${cloud} has no operation ${operation}`);
      }
      const queue = faults.get(operation) ?? [];
      queue.push({ fault, left: fault.times ?? 1 });
      faults.set(operation, queue);
    },
    script(operation, answers, scriptOptions) {
      if (!hasOperation(cloud, operation)) throw new Error(`${cloud} has no operation ${operation}`);
      scripts.set(operation, answers, scriptOptions);
    },
    scripted(operation) {
      return scripts.state(operation);
    },
    reset() {
      // Only this cloud's records go; the log may be shared with the other cloud's gateway.
      for (let i = requests.length - 1; i >= 0; i--) if (requests[i]!.cloud === cloud) requests.splice(i, 1);
      faults.clear();
      scripts.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
