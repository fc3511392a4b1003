// imagesec/testing: the strict mock, for your own contract tests (Node only; needs the optional
// peer @stoplight/prism-cli). Each cloud (of the registry, src/clouds.ts) gets Prism serving its
// spec and, in front of it, a gateway that verifies signatures against the credentials you give,
// records every request and plays the faults and answers you script. The gateways take free loopback ports; Prism listens on a socket
// only this user can open, so nothing reaches it around them. close() stops everything, and Prism
// children also go when the test process exits or is killed (mock/prism.ts).
import { allClouds, type CloudId } from '../clouds.js';
import { startPrism, type RunningPrism } from '../mock/prism.js';
import { specPath } from '../mock/specs.js';
import {
  hasOperation,
  startGateway,
  type Fault,
  type Gateway,
  type MockCredentials,
  type RecordedRequest,
} from './gateway.js';
import type { ScriptedAnswer, ScriptOptions, ScriptState } from './scripts.js';
import type { CredentialsById } from './mock-credentials.js';

export type { Fault, MockCredentials, RecordedRequest } from './gateway.js';
export type { ScriptedServe } from './record.js';
export type {
  ScriptedAnswer,
  ScriptedAnswerFunction,
  ScriptedResponse,
  ScriptOptions,
  ScriptState,
} from './scripts.js';

export interface MockOptions {
  /** The clouds to serve, by id (default every one). */
  readonly clouds?: readonly CloudId[] | undefined;
  /** The credentials whose signatures are accepted; a cloud left out takes any (as Prism alone does). */
  readonly credentials?: MockCredentials | undefined;
  /** Request bodies over this many bytes are refused with 413 in the vendor's words (default 8 MiB). */
  readonly maxBodyBytes?: number | undefined;
}

export interface RunningMock {
  /** The base URL of each cloud's mock, by the cloud's id: the SDK's `endpoint`, the CLI's `--endpoint`. */
  readonly urls: Readonly<Partial<Record<CloudId, string>>>;
  /** Every request the mocks received, in arrival order (cleared by reset()). */
  readonly requests: readonly RecordedRequest[];
  /** Plays `fault` for the next request(s) of the operation (by its operation id). */
  failNext(operation: string, fault: Fault): void;
  /**
   * Answers the operation's requests with `answers` instead of Prism's example, one per request,
   * in order; the last repeats once all were served (or Prism answers again: `{ then: 'prism' }`).
   * Only a request that passed the signature check, the request check and Prism's validation gets
   * one; faults (failNext) still come first. An answer is `{ status?, body?, headers? }`, or a
   * function of the request and the call's number returning one. Throws at once for an unknown
   * operation, and for an answer object the API could not give (an undocumented status, a body
   * its schema refuses or with a field it does not document). Replaces the operation's script.
   */
  script(operation: string, answers: ScriptedAnswer | readonly ScriptedAnswer[], options?: ScriptOptions): void;
  /** How far the operation's script got (`served`, `remaining`); undefined when it has none. */
  scripted(operation: string): ScriptState | undefined;
  /** Forgets the recorded requests, the faults not yet played and the scripts. */
  reset(): void;
  /** Stops the gateways and Prism. */
  close(): Promise<void>;
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  // Any registered cloud by its id (the test suite's own too), though the public type names the shipped ones.
  const clouds: readonly string[] = options.clouds ?? allClouds().map((cloud) => cloud.id);
  // By id, as the gateways read them (the public type lists the shipped clouds by name).
  const credentials: CredentialsById = Object.fromEntries(Object.entries(options.credentials ?? {}));
  const started: { cloud: string; prism: RunningPrism; gateway: Gateway }[] = [];
  // One log for every gateway: requests in the order they arrived, whichever cloud they were for.
  const requests: RecordedRequest[] = [];
  const close = async () => {
    await Promise.all(started.map(async ({ prism, gateway }) => Promise.all([gateway.close(), prism.stop()])));
  };
  // The clouds start side by side (Prism takes about a second each); one that fails stops the rest.
  const starting = await Promise.allSettled(
    clouds.map(async (cloud) => {
      const prism = await startPrism({ spec: specPath(cloud), privateSocket: true });
      try {
        const gateway = await startGateway(cloud, prism, credentials, requests, {
          maxBodyBytes: options.maxBodyBytes,
        });
        return { cloud, prism, gateway };
      } catch (error) {
        await prism.stop();
        throw error;
      }
    }),
  );
  for (const outcome of starting) if (outcome.status === 'fulfilled') started.push(outcome.value);
  const failed = starting.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) {
    await close();
    throw failed.reason;
  }
  return {
    urls: Object.fromEntries(started.map(({ cloud, gateway }) => [cloud, gateway.url])),
    requests,
    failNext(operation, fault) {
      const owner = started.find(({ cloud }) => hasOperation(cloud, operation));
      if (owner === undefined) throw new Error(`no mocked cloud has the operation ${operation}`);
      owner.gateway.failNext(operation, fault);
    },
    script(operation, answers, scriptOptions) {
      const owner = started.find(({ cloud }) => hasOperation(cloud, operation));
      if (owner === undefined) throw new Error(`no mocked cloud has the operation ${operation}`);
      owner.gateway.script(operation, answers, scriptOptions);
    },
    scripted(operation) {
      return started.find(({ cloud }) => hasOperation(cloud, operation))?.gateway.scripted(operation);
    },
    reset() {
      for (const { gateway } of started) gateway.reset();
    },
    close,
  };
}
