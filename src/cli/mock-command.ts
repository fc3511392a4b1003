// `imagesec mock [hss|sas|all] [--port N]`: the shipped specs served on loopback, for testing one's
// own automation without an account: imagesec/testing's strict gateway (requests checked exactly,
// signatures verified against the keys given with --hss-key/--sas-key/--hss-token) in front of
// Prism (the example answers), which listens on a socket only this user can open: the gateway's
// port is the only way in. `--script FILE` gives operations scripted answers (imagesec/testing's
// script(): a scan from running to done). Says on stderr what it refused and why, and which
// scripted answer it served. Restarts a Prism that exits on its own (Prism 5.16 can crash on some
// valid requests), and stops everything on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseExactJson } from '../core/exact-json.js';
import { bindPort, startPrism, type RunningPrism } from '../mock/prism.js';
import {
  hasOperation,
  startGateway,
  type Gateway,
  type MockCredentials,
  type RecordedRequest,
} from '../testing/gateway.js';
import { Scripts, type ScriptedAnswer, type ScriptedServe, type ScriptOptions } from '../testing/scripts.js';
import type { MockAnswer } from '../testing/vendor-errors.js';
import { specPath, SPEC_NAMES, type SpecName } from '../mock/specs.js';
import { EXIT } from './exit-codes.js';
import { mockHelp } from './help.js';
import { isPlainObject } from './sources.js';
import { terminalSafe } from './terminal-text.js';
import { UsageError } from './usage-error.js';

const DEFAULT_PORT = 4010;
const MOCK_HELP = 'see imagesec mock --help';
const HOST = '127.0.0.1';
// A mock that keeps dying is broken, not unlucky: give up after this many restarts in a row.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

interface MockArgs {
  readonly names: readonly SpecName[];
  /** The keys whose signatures pass; a cloud without any takes every signature. */
  readonly credentials: MockCredentials;
  /** Port of the first mock, or undefined for free ports. */
  readonly port: number | undefined;
  readonly json: boolean;
  readonly help: boolean;
  /** The --script file, if given (read once the arguments are known good). */
  readonly script: string | undefined;
}

/** One operation's script from a --script file. */
interface FileScript {
  readonly name: SpecName;
  readonly operation: string;
  readonly answers: readonly ScriptedAnswer[];
  readonly options: ScriptOptions;
}

function mockArgs(args: readonly string[]): MockArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        output: { type: 'string' },
        'hss-key': { type: 'string', multiple: true },
        'hss-token': { type: 'string', multiple: true },
        'sas-key': { type: 'string', multiple: true },
        script: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0]!, MOCK_HELP);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`imagesec mock takes one of hss, sas, all; got ${positionals.join(' ')}`, MOCK_HELP);
  const which = positionals[0] ?? 'all';
  if (which !== 'all' && !(SPEC_NAMES as readonly string[]).includes(which)) {
    throw new UsageError(`unknown mock '${which}': one of hss, sas, all`, MOCK_HELP);
  }
  const names = which === 'all' ? SPEC_NAMES : [which as SpecName];
  const portText = values.port ?? String(DEFAULT_PORT);
  const port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
  const last = 65_535 - (names.length - 1);
  if (!(port >= 0 && port <= last)) {
    throw new UsageError(
      `--port must be 0-${last}${names.length > 1 ? ` (${names.length} mocks use consecutive ports)` : ''}, not '${portText}'`,
      MOCK_HELP,
    );
  }
  const output = values.output ?? 'text';
  if (output !== 'json' && output !== 'text')
    throw new UsageError(`--output must be json or text, not '${output}'`, MOCK_HELP);
  return {
    names,
    credentials: credentialsOf(values['hss-key'], values['hss-token'], values['sas-key']),
    port: port === 0 ? undefined : port,
    json: output === 'json',
    help: values.help === true,
    script: values.script,
  };
}

/**
 * The scripts of a --script file: `{ "<OperationId>": <answer> | [<answer>, ...] | { "answers":
 * [...], "then": "repeat-last" | "prism" } }`, an answer being `{ "status", "body", "headers" }`.
 * Each is checked as script() checks it (an answer the API could not give is a usage error) and
 * must be for an operation of a mock being served.
 */
function scriptsOf(file: string, names: readonly SpecName[]): FileScript[] {
  const hint = 'see imagesec mock --help (--script)';
  let parsed: unknown;
  try {
    parsed = parseExactJson(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
    throw new UsageError(`--script ${file}: cannot read it as JSON (${why})`, hint);
  }
  if (!isPlainObject(parsed)) throw new UsageError(`--script ${file}: must hold an object keyed by operation id`, hint);
  const checkers = new Map<SpecName, Scripts>();
  return Object.entries(parsed).map(([operation, value]) => {
    const name = SPEC_NAMES.find((cloud) => hasOperation(cloud, operation));
    if (name === undefined) throw new UsageError(`--script ${file}: no mock has the operation ${operation}`, hint);
    if (!names.includes(name)) {
      throw new UsageError(`--script ${file}: ${operation} is for the ${name} mock, which is not served`, hint);
    }
    const scripted = isPlainObject(value) && Object.hasOwn(value, 'answers') ? value : { answers: value };
    const extra = Object.keys(scripted).filter((key) => key !== 'answers' && key !== 'then');
    if (extra.length > 0) {
      throw new UsageError(`--script ${file}: ${operation} has unknown keys ${extra.join(', ')} (answers, then)`, hint);
    }
    const answers = (Array.isArray(scripted.answers) ? scripted.answers : [scripted.answers]) as ScriptedAnswer[];
    const options = (scripted.then === undefined ? {} : { then: scripted.then }) as ScriptOptions;
    const checker = checkers.get(name) ?? new Scripts(name);
    checkers.set(name, checker);
    try {
      checker.set(operation, answers, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw needsPrism();
      throw new UsageError(`--script ${file}: ${(error as Error).message}`, hint);
    }
    return { name, operation, answers, options };
  });
}

function needsPrism(): UsageError {
  return new UsageError('imagesec mock needs Prism', 'install it: npm install --save-dev @stoplight/prism-cli');
}

/** One line on a scripted answer served: where, which answer, and what was wrong with it, if anything. */
function scriptedLine(record: RecordedRequest, served: ScriptedServe): string {
  const line =
    `scripted ${record.cloud} ${record.operation ?? ''}: answer [${served.index}] (call ${served.call}), ` +
    `${record.status ?? ''}${served.error === undefined ? '' : ` (${served.error})`}`;
  return `imagesec mock: ${terminalSafe(line)}\n`;
}

/** `ID:SECRET` or `ID:SECRET:TOKEN` (a temporary key), as given to --hss-key / --sas-key. */
function keyOf(text: string, flag: string): [string, string, string | undefined] {
  const [id = '', secret = '', ...token] = text.split(':');
  if (id === '' || secret === '') throw new UsageError(`--${flag} takes ID:SECRET or ID:SECRET:TOKEN`, MOCK_HELP);
  return [id, secret, token.length === 0 ? undefined : token.join(':')];
}

function credentialsOf(
  hssKeys: readonly string[] | undefined,
  hssTokens: readonly string[] | undefined,
  sasKeys: readonly string[] | undefined,
): MockCredentials {
  const hss = [
    ...(hssKeys ?? []).map((text) => {
      const [ak, sk, securityToken] = keyOf(text, 'hss-key');
      return securityToken === undefined ? { ak, sk } : { ak, sk, securityToken };
    }),
    ...(hssTokens ?? []).map((authToken) => ({ authToken })),
  ];
  const sas = (sasKeys ?? []).map((text) => {
    const [accessKeyId, accessKeySecret, securityToken] = keyOf(text, 'sas-key');
    return securityToken === undefined
      ? { accessKeyId, accessKeySecret }
      : { accessKeyId, accessKeySecret, securityToken };
  });
  return { ...(hss.length > 0 ? { hss } : {}), ...(sas.length > 0 ? { sas } : {}) };
}

/** One line on what the gateway refused: where, the vendor's answer, and why. */
function refusalLine(record: RecordedRequest, answer: MockAnswer): string {
  const body = answer.body;
  const code = [body.error_code, body.Code].find((c): c is string => typeof c === 'string') ?? '';
  const why =
    record.fault !== undefined
      ? 'a scripted fault'
      : record.signature !== 'valid' && record.signature !== 'unchecked'
        ? `signature: ${record.signature}`
        : record.violations.map((v) => `${v.path} ${v.message}`).join('; ') || 'no such operation';
  // Parts of it are the client's own text (path, violations): escaped like any text from outside.
  const line = `refused ${record.cloud} ${record.operation ?? `${record.method} ${record.path}`}: ${answer.status} ${code} (${why})`;
  return `imagesec mock: ${terminalSafe(line)}\n`;
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

/** Prism for one spec, on a private socket: the gateway in front of it holds the public port. */
async function start(name: SpecName, log: (text: string) => void): Promise<RunningPrism> {
  try {
    return await startPrism({ spec: specPath(name), privateSocket: true, onOutput: log });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw needsPrism();
    throw error;
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

  let stopping = false;
  let stopRequested: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => {
    stopRequested = resolve;
  });
  const onSignal = () => {
    // A second signal does not wait for Prism: exiting kills the children (see prism.ts).
    if (stopping) process.exit(EXIT.interrupted);
    stopping = true;
    stopRequested();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Prism's request log goes to stderr in text mode; stdout carries the URLs (and a pointer to them).
  const log = options.json ? () => {} : (text: string) => process.stderr.write(text);
  const servers = new Map<SpecName, RunningPrism>();
  const gateways = new Map<SpecName, Gateway>();
  const onRefusal = options.json
    ? undefined
    : (record: RecordedRequest, answer: MockAnswer) => process.stderr.write(refusalLine(record, answer));
  const onScripted = options.json
    ? undefined
    : (record: RecordedRequest, served: ScriptedServe) => process.stderr.write(scriptedLine(record, served));
  let failure: Error | undefined;
  try {
    const started = await Promise.allSettled(options.names.map((name) => start(name, log)));
    options.names.forEach((name, i) => {
      const outcome = started[i]!;
      if (outcome.status === 'fulfilled') servers.set(name, outcome.value);
    });
    if (!stopping && started.every((o) => o.status === 'fulfilled')) {
      for (const [i, name] of options.names.entries()) {
        const gateway = await startGateway(name, servers.get(name)!, options.credentials, [], {
          host: HOST,
          port: ports[i] ?? 0,
          onRefusal,
          onScripted,
        });
        for (const script of scripts) {
          if (script.name === name) gateway.script(script.operation, script.answers, script.options);
        }
        gateways.set(name, gateway);
      }
    }
    // Stopped while Prism was starting (a terminal's Ctrl-C reaches Prism too): a clean stop.
    if (stopping) return EXIT.ok;
    const refused = started.find((o) => o.status === 'rejected');
    if (refused !== undefined) throw refused.reason;
    if (options.json) {
      process.stdout.write(`${JSON.stringify(Object.fromEntries([...gateways].map(([name, g]) => [name, g.url])))}\n`);
    } else {
      for (const [name, gateway] of gateways)
        process.stdout.write(`imagesec mock: ${name} ${gateway.url} (openapi/${name}.yaml)\n`);
      for (const { name, operation, answers, options: scriptOptions } of scripts) {
        const then = scriptOptions.then ?? 'repeat-last';
        process.stderr.write(
          `imagesec mock: ${name} ${operation} scripted: ${answers.length} answer${answers.length === 1 ? '' : 's'}, then ${then}\n`,
        );
      }
      const checked = options.names.filter((name) => options.credentials[name] !== undefined);
      process.stdout.write(
        `Point --endpoint (CLI) or \`endpoint\` (SDK) at these URLs; ${
          checked.length === 0 ? 'any credentials do' : `signatures checked for ${checked.join(', ')}`
        }. Ctrl-C stops.\n`,
      );
    }

    const supervise = async (name: SpecName) => {
      const restarts: number[] = [];
      for (;;) {
        const code = await servers.get(name)!.exited;
        // A Ctrl-C in a terminal reaches Prism too: give our own handler the first word.
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (stopping) return;
        const now = Date.now();
        restarts.push(now);
        while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length > MAX_RESTARTS) {
          failure = new Error(
            `the ${name} mock exited ${restarts.length} times within a minute (last: ${String(code)})`,
          );
          onSignal();
          return;
        }
        process.stderr.write(`imagesec mock: the ${name} mock exited (${String(code)}); restarting it\n`);
        const restarted = await start(name, log);
        servers.set(name, restarted);
        // The gateway keeps the public port; what it passes goes to the new Prism.
        gateways.get(name)?.retarget(restarted);
        // Stopped while it restarted: the stop phase may already have passed this one by.
        if (stopping) {
          await restarted.stop();
          return;
        }
      }
    };
    const supervisors = options.names.map((name) =>
      supervise(name).catch((error: unknown) => {
        failure = error as Error;
        onSignal();
      }),
    );
    await stopSignal;
    await Promise.all([...gateways.values()].map((gateway) => gateway.close()));
    await Promise.all([...servers.values()].map((server) => server.stop()));
    await Promise.all(supervisors);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await Promise.all([...gateways.values()].map((gateway) => gateway.close()));
    await Promise.all([...servers.values()].map((server) => server.stop()));
  }
  if (failure !== undefined) throw failure;
  if (!options.json) process.stderr.write('imagesec mock: stopped\n');
  return EXIT.ok;
}
