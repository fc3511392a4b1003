// `imagesec mock [<cloud>|all] [--port N]`: the clouds' specs served on loopback, for testing one's
// own automation without an account: imagesec/testing's strict gateway (requests checked exactly,
// signatures verified against the keys given with each cloud's `--<cloud>-key` flags) in front of
// Prism (the example answers), which listens on a socket only this user can open: the gateway's
// port is the only way in. `--script FILE` gives operations scripted answers (imagesec/testing's
// script(): a scan from running to done). Says on stderr what it refused and why, and which
// scripted answer it served. Restarts a Prism that exits on its own (Prism 5.16 can crash on some
// valid requests), and stops everything on SIGINT/SIGTERM.
import { bindPort } from '../mock/prism.js';
import { startGateway } from '../testing/gateway.js';
import { EXIT } from './exit-codes.js';
import { mockHelp } from './help.js';
import { mockArgs, type MockArgs } from './mock-args.js';
import { startMockPrism, supervise, type RunningMocks } from './mock-prism.js';
import { announce, gatewayReports } from './mock-report.js';
import { scriptsOf, type FileScript } from './mock-script-file.js';
import { UsageError } from './usage-error.js';

const HOST = '127.0.0.1';

/** How the mock stops: at the first SIGINT/SIGTERM, or when a Prism cannot be kept running. */
class MockStop {
  stopping = false;
  /** What made the mock stop, if something failed. */
  failure: Error | undefined;
  /** Settles once a stop is asked for. */
  readonly requested: Promise<void>;
  #request: () => void = () => {};

  constructor() {
    this.requested = new Promise<void>((resolve) => {
      this.#request = resolve;
    });
  }

  readonly onSignal = (): void => {
    // A second signal does not wait for Prism: exiting kills the children (see prism.ts).
    if (this.stopping) process.exit(EXIT.interrupted);
    this.stopping = true;
    this.#request();
  };

  fail(error: Error): void {
    this.failure = error;
    this.onSignal();
  }
}

export async function runMock(args: readonly string[]): Promise<number> {
  const options = mockArgs(args);
  if (options.help) {
    process.stdout.write(`${mockHelp()}\n`);
    return EXIT.ok;
  }
  // Scripts are read and checked before anything starts: a bad file costs no Prism.
  const scripts = options.script === undefined ? [] : scriptsOf(options.script, options.names);
  const ports = options.names.map((_, i) => (options.port === undefined ? undefined : options.port + i));
  for (const port of ports) if (port !== undefined) await checkPortFree(port);

  const stop = new MockStop();
  process.on('SIGINT', stop.onSignal);
  process.on('SIGTERM', stop.onSignal);
  // Prism's request log goes to stderr in text mode; stdout carries the URLs (and a pointer to them).
  const log = options.json ? () => {} : (text: string) => process.stderr.write(text);
  const mocks: RunningMocks = { servers: new Map(), gateways: new Map() };
  try {
    const refused = await startMocks(options, scripts, ports, mocks, stop, log);
    // Stopped while Prism was starting (a terminal's Ctrl-C reaches Prism too): a clean stop.
    if (stop.stopping) return EXIT.ok;
    if (refused !== undefined) throw refused.reason;
    announce(options, scripts, mocks.gateways);
    const supervisors = options.names.map((name) =>
      supervise(name, mocks, () => stop.stopping, log).catch((error: unknown) => stop.fail(error as Error)),
    );
    await stop.requested;
    await closeAll(mocks);
    await Promise.all(supervisors);
  } finally {
    process.off('SIGINT', stop.onSignal);
    process.off('SIGTERM', stop.onSignal);
    await closeAll(mocks);
  }
  if (stop.failure !== undefined) throw stop.failure;
  if (!options.json) process.stderr.write('imagesec mock: stopped\n');
  return EXIT.ok;
}

/**
 * Starts Prism for every mock at once, then, when all started and no stop came meanwhile, the
 * gateway in front of each with its scripts. Returns the first Prism that failed to start.
 */
async function startMocks(
  options: MockArgs,
  scripts: readonly FileScript[],
  ports: readonly (number | undefined)[],
  mocks: RunningMocks,
  stop: MockStop,
  log: (text: string) => void,
): Promise<PromiseRejectedResult | undefined> {
  const started = await Promise.allSettled(options.names.map((name) => startMockPrism(name, log)));
  options.names.forEach((name, i) => {
    const outcome = started[i]!;
    if (outcome.status === 'fulfilled') mocks.servers.set(name, outcome.value);
  });
  if (!stop.stopping && started.every((o) => o.status === 'fulfilled')) {
    const reports = gatewayReports(options.json);
    for (const [i, name] of options.names.entries()) {
      const gateway = await startGateway(name, mocks.servers.get(name)!, options.credentials, [], {
        host: HOST,
        port: ports[i] ?? 0,
        ...reports,
      });
      for (const script of scripts) {
        if (script.name === name) gateway.script(script.operation, script.answers, script.options);
      }
      mocks.gateways.set(name, gateway);
    }
  }
  return started.find((o): o is PromiseRejectedResult => o.status === 'rejected');
}

/** Closes the gateways, then stops Prism. */
async function closeAll(mocks: RunningMocks): Promise<void> {
  await Promise.all([...mocks.gateways.values()].map((gateway) => gateway.close()));
  await Promise.all([...mocks.servers.values()].map((server) => server.stop()));
}

/** Fails early, with a usage error, when a fixed port is taken (Prism's own failure is cryptic). */
async function checkPortFree(port: number): Promise<void> {
  try {
    await bindPort(HOST, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `port ${port} on ${HOST} is not available (${code ?? 'error'})`,
      'pick another with --port, or --port 0 for free ports',
    );
  }
}
