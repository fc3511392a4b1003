// The strict mock's gateway for one cloud: a loopback server in front of Prism that does what the
// cloud's own gateway does and Prism does not, in that cloud's words (its descriptor's gateway
// rules). Each request is recorded; a body over the limit is refused unread (body-limit.ts); a
// fault scripted for its operation is played instead of an answer (faults.ts); its signature (or
// token) is verified against the configured credentials and refused as the vendor refuses it
// (signature.ts); its parameters are checked exactly (wire-request-check.ts); the rest is forwarded to
// Prism (forward.ts: examples and its request validation) and the answer passed back as it came,
// or, when Prism accepted the request and its operation is scripted, replaced by the scripted
// answer (scripts.ts). request-steps.ts takes a request through these steps; this module starts
// and controls the server.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cloudOf } from '../clouds.js';
import type { MockAnswer } from '../core/cloud.js';
import { DEFAULT_MAX_BODY_BYTES } from './body-limit.js';
import type { CredentialsById } from './mock-credentials.js';
import { FaultQueue, type Fault } from './faults.js';
import type { Upstream } from './forward.js';
import { hasOperation } from './operations.js';
import type { RecordedRequest, ScriptedServe } from './record.js';
import { receive, type GatewayState } from './request-steps.js';
import { Scripts, type ScriptedAnswer, type ScriptOptions, type ScriptState } from './scripts.js';

export type { MockCredentials } from './mock-credentials.js';
export type { Fault } from './faults.js';
export type { Upstream } from './forward.js';
export type { RecordedRequest } from './record.js';
export { hasOperation };

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

/** Starts one cloud's gateway (by the cloud's id) in front of `target` (Prism); it records into `requests`. */
export async function startGateway(
  cloudId: string,
  target: Upstream,
  credentials: CredentialsById,
  requests: RecordedRequest[] = [],
  options: GatewayOptions = {},
): Promise<Gateway> {
  const cloud = cloudOf(cloudId);
  const state: GatewayState = {
    cloud,
    credentials,
    checked: credentials[cloud.id] !== undefined,
    requests,
    faults: new FaultQueue(),
    scripts: new Scripts(cloud.id),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onRefusal: options.onRefusal,
    onScripted: options.onScripted,
    backend: target,
  };
  const server = createServer((req, res) => receive(state, req, res));
  const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  return controls(state, server, url);
}

async function listen(server: Server, host: string, port: number): Promise<string> {
  server.listen(port, host);
  await once(server, 'listening');
  const { port: bound } = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
}

/** What the mock (or the CLI) does with a running gateway. */
function controls(state: GatewayState, server: Server, url: string): Gateway {
  const { cloud, requests, faults, scripts } = state;
  const known = (operation: string) => {
    if (!hasOperation(cloud.id, operation)) throw new Error(`${cloud.id} has no operation ${operation}`);
  };
  return {
    url,
    requests,
    retarget(next) {
      state.backend = next;
    },
    failNext(operation, fault) {
      known(operation);
      faults.add(operation, fault);
    },
    script(operation, answers, scriptOptions) {
      known(operation);
      scripts.set(operation, answers, scriptOptions);
    },
    scripted(operation) {
      return scripts.state(operation);
    },
    reset() {
      // Only this cloud's records go; the log may be shared with the other clouds' gateways.
      for (let i = requests.length - 1; i >= 0; i--) if (requests[i]!.cloud === cloud.id) requests.splice(i, 1);
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
