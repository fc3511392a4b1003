// Runs Prism (the mock server) on one OpenAPI document, on loopback or on a socket only this user
// can reach, as a child process that is always stopped: by stop(), when this process exits, and by
// itself when this process is killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allClouds } from '../clouds.js';
import { keyedActions, startActionRouter, type ActionRouter, type LocalAddress } from './action-router.js';
import { listenOnlyOn, privateSockets, type PrivateSockets } from './private-socket.js';

export interface PrismOptions {
  /** Path of the OpenAPI document to serve. */
  spec: string;
  /** Loopback address to bind; anything else is refused. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; default: a free port chosen by the OS. */
  port?: number;
  /**
   * Listen on a socket only this user can open (private-socket.ts) instead of a loopback port, so
   * that nothing reaches Prism but what is handed `socketPath` (the strict mock's gateway). `host`
   * and `port` then do not apply.
   */
  privateSocket?: boolean;
  /** How long to wait for the first answer. Default 30 s. */
  startTimeoutMs?: number;
  /** Receives what Prism prints (its request log), as it comes. */
  onOutput?: (text: string) => void;
  /**
   * The request header that names an RPC action, for a spec that keys its actions by `/#<Action>`
   * (action-router.ts). Default: the action header of the registered cloud whose spec this is.
   */
  actionHeader?: string;
}

export interface RunningPrism {
  /** Base URL, e.g. `http://127.0.0.1:41234`; on a private socket `http://localhost`, sent over `socketPath`. */
  readonly url: string;
  /** The loopback port; undefined on a private socket. */
  readonly port: number | undefined;
  /** The socket it answers on, when started with `privateSocket`. */
  readonly socketPath: string | undefined;
  readonly pid: number;
  /** What Prism printed so far (the last 64 KiB). */
  output(): string;
  /** Stops the server: SIGTERM, then SIGKILL after 5 s. Safe to call more than once. */
  stop(): Promise<void>;
  /** Settles when the process has exited, for whatever reason, with its exit code or signal. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const OUTPUT_LIMIT = 64 * 1024;
const POLL_INTERVAL_MS = 100;

// Loaded into each Prism before its own code: exits when the pipe from this process ends, which
// happens however this process ends, SIGKILL included (an exit hook below cannot run then). The
// stdin handle is unref'd so that it alone never keeps a Prism alive.
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume().unref();",
)}`;

// Children still running; killed synchronously if this process exits first (a crashed test
// run must not leave mock servers behind), their private sockets' directories removed.
const running = new Map<ChildProcess, PrivateSockets | undefined>();
process.once('exit', () => {
  for (const [child, sockets] of running) {
    child.kill('SIGKILL');
    sockets?.remove();
  }
});

function prismEntry(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { prism: string } };
  return join(dirname(manifestPath), manifest.bin.prism);
}

/**
 * A require() that resolves as Prism's HTTP layer resolves its own dependencies (its Ajv, its YAML
 * parser): the mock uses them where Prism is installed anyway, and imagesec itself depends on
 * neither. Throws MODULE_NOT_FOUND without Prism.
 */
export function prismRequire(): NodeJS.Require {
  const cli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  return createRequire(createRequire(cli).resolve('@stoplight/prism-http/package.json'));
}

/**
 * Binds `port` on `host` for a moment and releases it: the port the OS gave (for port 0), or the
 * listen error (EADDRINUSE...) when the port is not available.
 */
export async function bindPort(host: string, port: number): Promise<number> {
  const server = createServer();
  server.listen(port, host);
  try {
    await once(server, 'listening');
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address for a free port');
    return address.port;
  } finally {
    server.close();
  }
}

/** The action header of the registered cloud whose spec is the file `spec`, if it has one. */
function actionHeaderOf(spec: string): string | undefined {
  const path = resolve(spec);
  return allClouds().find((cloud) => fileURLToPath(cloud.spec) === path)?.gateway.actionHeader;
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Whether an HTTP server answers at `address` (with anything) within a second. */
function answers(address: LocalAddress): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ ...address, path: '/', timeout: 1_000 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('timeout', () => probe.destroy());
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

/** What it says when listening there (a socket path as it is, a port as a URL). */
function said(address: LocalAddress): string {
  return 'socketPath' in address ? address.socketPath : `http://${hostForUrl(address.host)}:${address.port}`;
}

/**
 * The RPC actions a spec keys by `/#<Action>` and the header that names them: such a spec is served
 * behind the action router (action-router.ts), which takes the public address, and Prism listens on
 * one of its own. (Read before the private directory is made: a spec that cannot be read leaves
 * nothing behind.)
 */
function routingOf(options: PrismOptions): { actions: Map<string, string>; actionHeader: string | undefined } {
  const actions = keyedActions(readFileSync(options.spec, 'utf8'));
  const actionHeader = options.actionHeader ?? actionHeaderOf(options.spec);
  if (actions.size > 0 && actionHeader === undefined) {
    throw new Error(
      `${options.spec} keys actions by /#<Action>, but no header that names them is known (actionHeader)`,
    );
  }
  return { actions, actionHeader };
}

/** Where Prism listens, and where clients reach it (the action router's address when there is one). */
async function addressesOf(
  options: PrismOptions,
  host: string,
  routed: boolean,
  sockets: PrivateSockets | undefined,
): Promise<{ prism: LocalAddress; front: LocalAddress }> {
  if (sockets === undefined) {
    const port = options.port ?? (await bindPort(host, 0));
    const front = { host, port };
    return { front, prism: routed ? { host, port: await bindPort(host, 0) } : front };
  }
  const prism = { socketPath: sockets.path('prism.sock') };
  return { prism, front: routed ? { socketPath: sockets.path('router.sock') } : prism };
}

/** Prism's command line: the exit watch, the listen redirect to a private socket, the spec, one process. */
function prismArgs(
  entry: string,
  spec: string,
  host: string,
  prism: LocalAddress,
  sockets: PrivateSockets | undefined,
): string[] {
  return [
    '--import',
    EXIT_WITH_PARENT,
    ...('socketPath' in prism ? ['--import', listenOnlyOn(prism.socketPath, sockets?.directory)] : []),
    entry,
    'mock',
    spec,
    '-h',
    host,
    '-p',
    String('port' in prism ? prism.port : 0),
    // One process, whatever NODE_ENV says: Prism forks its server under NODE_ENV=production, and the
    // fork fails on current Node (and would escape the listen redirect and the exit watch).
    '--no-multiprocess',
  ];
}

/**
 * Ready once Prism says it listens where we said (so an unrelated server that already holds the
 * port cannot pass for it) and then answers over HTTP (it says 404/405 for `/`); an exit or the
 * time running out first is an error carrying its output.
 */
async function untilAnswering(
  child: ChildProcess,
  prism: LocalAddress,
  front: LocalAddress,
  timeoutMs: number,
  started: { output: () => string; exited: Promise<unknown>; stop: () => Promise<void> },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await started.exited;
      throw new Error(`Prism exited before answering (${child.exitCode ?? child.signalCode}):\n${started.output()}`);
    }
    if (started.output().includes(`listening on ${said(prism)}`) && (await answers(prism))) return;
    if (Date.now() > deadline) {
      await started.stop();
      throw new Error(`Prism did not answer on ${said(front)} within ${timeoutMs} ms:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`Prism is only started on loopback, not on ${host}`);
  const entry = prismEntry();
  const { actions, actionHeader } = routingOf(options);
  const sockets: PrivateSockets | undefined = options.privateSocket === true ? await privateSockets() : undefined;
  const { prism, front } = await addressesOf(options, host, actions.size > 0, sockets);
  const url = 'socketPath' in front ? 'http://localhost' : said(front);
  const args = prismArgs(entry, options.spec, host, prism, sockets);

  // stdin: the pipe the child watches (see EXIT_WITH_PARENT); nothing is written to it.
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.set(child, sockets);
  let router: ActionRouter | undefined;
  // Settles once the process has exited and the router in front of it (if any) has let go of its
  // address (and the private sockets' directory is gone).
  const exited = once(child, 'exit').then(async ([code, signal]) => {
    running.delete(child);
    await router?.close();
    sockets?.remove();
    return (code ?? signal) as number | NodeJS.Signals | null;
  });

  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-OUTPUT_LIMIT);
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async (): Promise<void> => {
    await router?.close();
    if (child.exitCode !== null || child.signalCode !== null) {
      await exited;
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  await untilAnswering(child, prism, front, options.startTimeoutMs ?? 30_000, {
    output: () => output,
    exited,
    stop,
  });

  if (child.pid === undefined) throw new Error('Prism started without a pid');
  if (actions.size > 0) {
    try {
      router = await startActionRouter(front, prism, actions, actionHeader as string);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  const socketPath = 'socketPath' in front ? front.socketPath : undefined;
  const port = 'port' in front ? front.port : undefined;
  return { url, port, socketPath, pid: child.pid, output: () => output, stop, exited };
}
