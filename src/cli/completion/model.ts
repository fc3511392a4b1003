// What shell completion knows about imagesec, built from the same tables the CLI runs on (the
// operations, their generated flags, the global and waiting flags, the waiters), so that a new
// operation, flag or enum value completes without anyone touching the shell scripts. Each shell's
// renderer turns this one model into its own script.
import { OUTPUT_FORMATS } from '../arguments.js';
import { appliesToCommand } from '../flag-scope.js';
import { GLOBAL_FLAGS, type GlobalFlag } from '../global-flags.js';
import { mockCredentialFlags } from '../mock-args.js';
import { cliClouds, pagination, type CliOperation, type CliOption, type Cloud } from '../operations.js';
import { andList } from '../text.js';
import { REFUSED_WITH_WAIT, WAIT_FLAGS, type WaitFlagName } from '../wait-flags.js';
import { cloudWaiters, waitStartOf } from '../wait-table.js';

/** The shells `imagesec completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * What a flag's value is, for completion: `none` (a boolean flag takes no value), `text` (free
 * text: nothing to offer), `choice` (one of `choices`), `file` (a file name), `at-file` (`@file`:
 * a file name after the `@`, which stays; the flag also takes JSON text or `-`), `profile` (a
 * credentials profile of `cloud`, read from the vendors' files when completing).
 */
export type ValueKind = 'none' | 'text' | 'choice' | 'file' | 'at-file' | 'profile';

export interface CompletionFlag {
  /** Without the dashes: `image-type`. */
  readonly name: string;
  readonly description: string;
  readonly value: ValueKind;
  /** The values of a `choice` flag; empty otherwise. */
  readonly choices: readonly string[];
  /** The cloud whose profiles a `profile` flag offers. */
  readonly cloud?: Cloud;
  /** Given more than once (an array parameter): still offered after it was given. */
  readonly repeatable: boolean;
}

export interface CompletionWord {
  readonly name: string;
  readonly description: string;
}

export interface CompletionCommand {
  /** The words after `imagesec`: [] for imagesec itself, [<cloud>, 'wait', <waiter>] for a waiter. */
  readonly path: readonly string[];
  /** Its subcommands (a cloud's operations and `wait`); empty for a command that runs. */
  readonly subcommands: readonly CompletionWord[];
  /** Its flags, as indices into the model's `flags`. */
  readonly flags: readonly number[];
  /** The choices of its one positional argument (`imagesec mock <cloud>`); empty when it takes none. */
  readonly args: readonly CompletionWord[];
}

export interface CompletionModel {
  readonly program: 'imagesec';
  /** Every distinct flag once (same name, value and description), in the order first used. */
  readonly flags: readonly CompletionFlag[];
  /** Every command that completes something, parents before children. */
  readonly commands: readonly CompletionCommand[];
}

// Names go into the scripts as words: letters, digits and a few punctuation marks no shell reads
// as syntax (`CI/CD` is an enum value). Anything else is a table this model does not expect.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_./+-]*$/;
const DESCRIPTION_LENGTH = 80;

function checkedName(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`completion: ${JSON.stringify(name)} is not a plain word`);
  return name;
}

/** The text up to the end of its first sentence (a period after e.g or i.e ends none). */
function firstSentence(text: string): string {
  const end = /(?<!\b(?:e\.g|i\.e|etc))[.!?](?=\s|$)/.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

/**
 * A one-line description for a completion menu: the first sentence, without its parenthesised
 * asides when it is too long, cut at a word when it still is; no control characters.
 */
function shortDescription(text: string): string {
  let line = firstSentence(text.replace(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\s]+/gu, ' ').trim());
  if (line.length > DESCRIPTION_LENGTH) line = line.replace(/ \([^()]*\)/g, '');
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2)).replace(/[\s,;:]+$/, '')}…`;
}

function flag(
  name: string,
  description: string,
  value: ValueKind,
  extra: { choices?: readonly string[]; cloud?: Cloud; repeatable?: boolean } = {},
): CompletionFlag {
  return {
    name: checkedName(name),
    description: shortDescription(description),
    value,
    choices: (extra.choices ?? []).map(checkedName),
    ...(extra.cloud === undefined ? {} : { cloud: extra.cloud }),
    repeatable: extra.repeatable ?? false,
  };
}

/** A global flag's value, from its declaration: `<json|@file|->` takes @file, `<file>` a file name. */
function globalFlag(name: string, declared: GlobalFlag, cloud: Cloud): CompletionFlag {
  const { description } = declared;
  if (declared.type === 'boolean') return flag(name, description, 'none');
  if (name === 'output') return flag(name, description, 'choice', { choices: OUTPUT_FORMATS });
  if (name === 'profile') return flag(name, description, 'profile', { cloud });
  if (declared.value?.includes('@file') === true) return flag(name, description, 'at-file');
  if (/^<file\b/.test(declared.value ?? '')) return flag(name, description, 'file');
  return flag(name, description, 'text', { repeatable: declared.multiple === true });
}

function optionFlag(option: CliOption): CompletionFlag {
  const { flag: name, description, repeatable } = option;
  if (option.type === 'boolean' && !repeatable) return flag(name, description, 'none');
  if (option.json) return flag(name, description, 'at-file', { repeatable });
  if (option.enum !== undefined) return flag(name, description, 'choice', { choices: option.enum, repeatable });
  if (option.type === 'boolean') return flag(name, description, 'choice', { choices: ['true', 'false'], repeatable });
  return flag(name, description, 'text', { repeatable });
}

function waitFlag(name: WaitFlagName): CompletionFlag {
  return flag(name, WAIT_FLAGS[name].description, WAIT_FLAGS[name].value === undefined ? 'none' : 'text');
}

function refusedByWait(name: string, declared: GlobalFlag): boolean {
  return REFUSED_WITH_WAIT.has(name) || declared.lists === true;
}

/** The global flags an operation takes: its cloud's, the list flags where it pages, --body where it has one. */
function globalFlagsOf(operation: CliOperation, forWait: boolean): CompletionFlag[] {
  const pages = pagination(operation) !== null;
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][])
    .filter(([, declared]) => appliesToCommand(declared, { cloud: operation.cloud, pages }))
    .filter(([name]) => name !== 'body' || operation.body !== undefined)
    .filter(([name, declared]) => !forWait || !refusedByWait(name, declared))
    .map(([name, declared]) => globalFlag(name, declared, operation.cloud));
}

/** An operation's flags: its own, the waiting flags where it starts work a waiter follows, the global ones. */
export function operationFlags(operation: CliOperation): CompletionFlag[] {
  const waiting = waitStartOf(operation) === undefined ? [] : (['wait', 'max-wait', 'min-delay', 'max-delay'] as const);
  return [...operation.options.map(optionFlag), ...waiting.map(waitFlag), ...globalFlagsOf(operation, false)];
}

/** A waiter's flags (`imagesec <cloud> wait <waiter>`): its polling operation's, and how long to wait. */
export function waiterFlags(operation: CliOperation): CompletionFlag[] {
  const waiting = ['max-wait', 'min-delay', 'max-delay'] as const;
  return [...operation.options.map(optionFlag), ...waiting.map(waitFlag), ...globalFlagsOf(operation, true)];
}

const HELP = flag('help', 'Show the help.', 'none');

// The mock's flags: its own, and each cloud's credential flags (mock-args.ts, which loads no Prism);
// the model test holds them to `imagesec mock --help`.
function mockFlags(): CompletionFlag[] {
  return [
    flag('port', 'Port of the first mock; 0 picks free ports.', 'text'),
    ...mockCredentialFlags().map((f) => flag(f.flag, f.description, 'text', { repeatable: true })),
    flag('script', 'Scripted answers: a JSON file keyed by operation id.', 'file'),
    flag('output', 'json: print the base URLs as one JSON line once listening.', 'choice', {
      choices: ['json', 'text'],
    }),
    HELP,
  ];
}

/** `imagesec`'s own subcommands: the registered clouds, then the others. */
function topCommands(): CompletionWord[] {
  const clouds = cliClouds();
  return [
    ...clouds.map((c) => ({ name: c.cloud, description: shortDescription(c.title) })),
    {
      name: 'mock',
      description: `Serve the ${andList(clouds.map((c) => c.cloud.toUpperCase()))} specs as a strict local mock.`,
    },
    { name: 'completion', description: 'Print a shell completion script.' },
    { name: 'help', description: 'Show the help.' },
  ];
}

/** The model, built from the tables: the same tables give the same model, in the same order. */
export function completionModel(): CompletionModel {
  const flags: CompletionFlag[] = [];
  const seen = new Map<string, number>();
  const indices = (list: readonly CompletionFlag[]): number[] =>
    list.map((f) => {
      const key = JSON.stringify(f);
      let index = seen.get(key);
      if (index === undefined) {
        index = flags.push(f) - 1;
        seen.set(key, index);
      }
      return index;
    });
  const commands: CompletionCommand[] = [];
  const add = (
    path: readonly string[],
    parts: { subcommands?: readonly CompletionWord[]; flags?: readonly CompletionFlag[]; args?: CompletionWord[] },
  ): void => {
    commands.push({
      path: path.map(checkedName),
      subcommands: (parts.subcommands ?? []).map((w) => ({ name: checkedName(w.name), description: w.description })),
      flags: indices(parts.flags ?? []),
      args: (parts.args ?? []).map((w) => ({ name: checkedName(w.name), description: w.description })),
    });
  };

  add([], { subcommands: topCommands(), flags: [HELP, flag('version', 'Print the version.', 'none')] });
  for (const { cloud, operations } of cliClouds()) {
    const waiters = cloudWaiters(cloud);
    add([cloud], {
      subcommands: [
        ...operations.map((o) => ({ name: o.command, description: shortDescription(o.summary) })),
        { name: 'wait', description: 'Poll until the work ends (waiters).' },
      ],
      flags: [HELP],
    });
    for (const operation of operations) add([cloud, operation.command], { flags: operationFlags(operation) });
    add([cloud, 'wait'], {
      subcommands: waiters.map((w) => ({ name: w.command, description: shortDescription(w.summary) })),
      flags: [HELP],
    });
    for (const waiter of waiters) add([cloud, 'wait', waiter.command], { flags: waiterFlags(waiter.operation) });
  }
  add(['mock'], {
    flags: mockFlags(),
    args: [
      { name: 'all', description: 'Every API (the default).' },
      ...cliClouds().map((c) => ({ name: c.cloud, description: c.api })),
    ],
  });
  add(['completion'], {
    flags: [HELP],
    args: SHELLS.map((shell) => ({ name: shell, description: `A completion script for ${shell}.` })),
  });
  add(['help'], {});
  return { program: 'imagesec', flags, commands };
}
