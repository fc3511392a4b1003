// Setup file of the identity suites: every outgoing TCP connection must go to loopback. A connection
// to any other address (a real metadata service, STS or IAM) is refused before it leaves the process
// and recorded; the suite then fails. The suites also run in a network namespace of their own where
// the machine allows it (scripts/test-identity.ts), so this guard is the second line.
import { isIP, Socket } from 'node:net';
import { afterAll, expect } from 'vitest';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;
const refused: string[] = [];

type ConnectArgs = Parameters<Socket['connect']>;
// eslint-disable-next-line @typescript-eslint/unbound-method -- the original, called with each socket as `this` (apply below)
const connect = Socket.prototype.connect as (this: Socket, ...args: ConnectArgs) => Socket;

function target(args: unknown[]): { host: string | undefined; path: boolean } {
  const first = args[0];
  // connect([options, cb]) as Node calls it internally, connect(options), connect(port, host), connect(path)
  const options = Array.isArray(first) ? (first[0] as Record<string, unknown>) : first;
  if (typeof options === 'object' && options !== null) {
    const record = options as { host?: unknown; path?: unknown };
    if (typeof record.path === 'string') return { host: undefined, path: true };
    return { host: typeof record.host === 'string' ? record.host : 'localhost', path: false };
  }
  if (typeof first === 'string' && isIP(first) === 0 && !/^\d+$/.test(first)) return { host: undefined, path: true };
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', path: false };
}

Socket.prototype.connect = function guardedConnect(this: Socket, ...args: ConnectArgs): Socket {
  const { host, path } = target(args);
  if (!path && (host === undefined || !LOOPBACK.test(host))) {
    refused.push(String(host));
    // Thrown, not emitted: the caller (undici, http) turns it into its own failure at once.
    throw new Error(`network guard: connection to ${String(host)} refused (tests reach loopback only)`);
  }
  return connect.apply(this, args);
} as Socket['connect'];

/** Addresses the guard refused so far (a test that expects one can look). */
export function refusedConnections(): readonly string[] {
  return refused;
}

/** Forget refusals a test provoked on purpose. */
export function clearRefusals(): void {
  refused.length = 0;
}

afterAll(() => {
  expect(refused, 'connections to non-loopback addresses were attempted').toEqual([]);
});
