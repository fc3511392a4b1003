// The flags of waiting: `imagesec <cloud> wait <waiter>` takes the last three besides the polling
// operation's own flags, and an operation that starts work a waiter follows takes all four. They are
// read off the command line before the operation's flags are parsed (the rest goes to that parser);
// the code generator refuses a spec whose waiting operations have a flag of the same name.
import { UsageError } from './usage-error.js';

export const WAIT_FLAGS = {
  wait: { value: undefined, description: 'Start, then wait until the work reaches its end (the waiter named above).' },
  'max-wait': {
    value: '<seconds>',
    description: "Give up waiting after this long (default: the waiter's own limit); exit 6 then.",
  },
  'min-delay': { value: '<seconds>', description: "Shortest wait between polls (default: the waiter's own)." },
  'max-delay': {
    value: '<seconds>',
    description: "Longest wait between polls (default: the waiter's own); waits grow from the shortest to it.",
  },
} as const;

/**
 * The global flags of modes that print something else than one answer, refused by `wait` and
 * `--wait` (wait-command.ts refuseModes, or their own mode's check): help and completion leave them out.
 */
export const REFUSED_WITH_WAIT: ReadonlySet<string> = new Set([
  'dry-run',
  'skeleton',
  'all',
  'max-items',
  'starting-token',
  'each',
  'concurrency',
  'failed-out',
  'journal',
  'resume',
  'resend-unknown',
  'unknown-out',
]);

export type WaitFlagName = keyof typeof WAIT_FLAGS;
export const WAIT_FLAG_NAMES: readonly WaitFlagName[] = Object.keys(WAIT_FLAGS) as WaitFlagName[];

/** What the waiting flags asked for; milliseconds where given. */
export interface WaitSettings {
  readonly wait: boolean;
  readonly maxWaitMs: number | undefined;
  readonly minDelayMs: number | undefined;
  readonly maxDelayMs: number | undefined;
}

const LONGEST_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function secondsValue(flag: string, text: string | undefined): number {
  const seconds = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds > 0 && seconds <= LONGEST_SECONDS)) {
    throw new UsageError(
      `--${flag} must be a number of seconds above 0 (up to ${LONGEST_SECONDS}), not '${text ?? ''}'`,
    );
  }
  return Math.max(1, Math.round(seconds * 1000));
}

/**
 * The waiting flags taken out of `args` (`--max-wait 30` or `--max-wait=30`, each at most once),
 * and the arguments left for the operation's parser.
 */
export function takeWaitFlags(args: readonly string[]): { settings: WaitSettings; rest: string[] } {
  const rest: string[] = [];
  const values = new Map<WaitFlagName, string | undefined>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const match = /^--(wait|max-wait|min-delay|max-delay)(?:=(.*))?$/s.exec(arg);
    if (match === null) {
      rest.push(arg);
      continue;
    }
    const name = match[1] as WaitFlagName;
    if (values.has(name)) throw new UsageError(`--${name} is given more than once`);
    if (name === 'wait') {
      if (match[2] !== undefined) throw new UsageError('--wait takes no value');
      values.set(name, undefined);
    } else if (match[2] !== undefined) values.set(name, match[2]);
    else {
      values.set(name, args[i + 1]);
      i += 1;
    }
  }
  const ms = (name: WaitFlagName) => (values.has(name) ? secondsValue(name, values.get(name)) : undefined);
  return {
    settings: {
      wait: values.has('wait'),
      maxWaitMs: ms('max-wait'),
      minDelayMs: ms('min-delay'),
      maxDelayMs: ms('max-delay'),
    },
    rest,
  };
}
