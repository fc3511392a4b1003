// `imagesec mock`'s command line: which mocks, on which port, which keys' signatures pass, the
// output mode and the --script file. Anything it cannot make sense of is a UsageError.
import { parseArgs } from 'node:util';
import type { MockCredentials } from '../testing/gateway.js';
import { SPEC_NAMES, type SpecName } from '../mock/specs.js';
import { UsageError } from './usage-error.js';

const DEFAULT_PORT = 4010;
export const MOCK_HELP = 'see imagesec mock --help';

export interface MockArgs {
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

export function mockArgs(args: readonly string[]): MockArgs {
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
