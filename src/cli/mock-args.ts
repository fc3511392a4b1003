// `imagesec mock`'s command line: which mocks, on which port, which keys' signatures pass, the
// output mode and the --script file. Anything it cannot make sense of is a UsageError.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { allClouds } from '../clouds.js';
import type { CredentialsById } from '../testing/mock-credentials.js';
import { UsageError } from './usage-error.js';

const DEFAULT_PORT = 4010;
export const MOCK_HELP = 'see imagesec mock --help';

export interface MockArgs {
  /** The clouds served, by id. */
  readonly names: readonly string[];
  /** The keys whose signatures pass, by cloud id; a cloud without any takes every signature. */
  readonly credentials: CredentialsById;
  /** Port of the first mock, or undefined for free ports. */
  readonly port: number | undefined;
  readonly json: boolean;
  readonly help: boolean;
  /** The --script file, if given (read once the arguments are known good). */
  readonly script: string | undefined;
}

export function mockArgs(args: readonly string[]): MockArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        output: { type: 'string' },
        ...credentialOptions(),
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
  const ids = allClouds().map((cloud) => cloud.id);
  const choices = [...ids, 'all'].join(', ');
  if (positionals.length > 1)
    throw new UsageError(`imagesec mock takes one of ${choices}; got ${positionals.join(' ')}`, MOCK_HELP);
  const which = positionals[0] ?? 'all';
  if (which !== 'all' && !ids.includes(which)) {
    throw new UsageError(`unknown mock '${which}': one of ${choices}`, MOCK_HELP);
  }
  const names = which === 'all' ? ids : [which];
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
    credentials: credentialsOf(values),
    port: port === 0 ? undefined : port,
    json: output === 'json',
    help: values.help === true,
    script: values.script,
  };
}

/** The mock's credential flags, each cloud's (`--<cloud>-<name>`, repeatable), from its gateway rules. */
export function mockCredentialFlags(): { flag: string; value: string; description: string }[] {
  return allClouds().flatMap((cloud) =>
    cloud.gateway.credentialFlags.map((f) => ({
      flag: `${cloud.id}-${f.name}`,
      value: f.value,
      description: f.description,
    })),
  );
}

/** The credential flags as parseArgs options. */
function credentialOptions(): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(mockCredentialFlags().map((f) => [f.flag, { type: 'string', multiple: true }]));
}

/** The credentials each cloud's flags give, by cloud id (a cloud given none is left out). */
function credentialsOf(values: Readonly<Record<string, unknown>>): CredentialsById {
  const byCloud: Record<string, unknown[]> = {};
  for (const cloud of allClouds()) {
    const credentials = cloud.gateway.credentialFlags.flatMap((flag) => {
      const option = `${cloud.id}-${flag.name}`;
      return ((values[option] as string[] | undefined) ?? []).map((text) => {
        const credential = flag.parse(text);
        if (credential === undefined) throw new UsageError(`--${option} takes ${flag.forms}`, MOCK_HELP);
        return credential;
      });
    });
    if (credentials.length > 0) byCloud[cloud.id] = credentials;
  }
  return byCloud;
}
