// The commands the main and mock help show as examples, picked from the registered clouds' command
// tables by what each example needs (a list with table columns, a call that changes something, a
// body, a waiter) and given each required flag's value from the spec: they name no cloud here, and
// run as printed against `imagesec mock`.
import { appliesTo } from './flag-scope.js';
import { GLOBAL_FLAGS, type GlobalFlag } from './global-flags.js';
import { cliCloud, cliClouds, pagination, safeToRepeat, type CliOperation, type CliOption } from './operations.js';
import { cloudWaiters, type CliWaiter } from './wait-table.js';

/** The value an example gives a flag: the spec's example, default or first allowed value; JSON from a file. */
function exampleValue(option: CliOption): string | undefined {
  if (option.json) return `@${option.flag}.json`;
  return option.example ?? option.default ?? option.enum?.[0];
}

/**
 * `imagesec <cloud> <command> --region <example region>` and each required flag with its value
 * (body fields left out with `withBody: false`, for a run whose lines carry the body); undefined
 * when a required flag has no value to show.
 */
function requiredWords(operation: CliOperation, withBody = true): string[] | undefined {
  const words = ['imagesec', operation.cloud, operation.command, '--region', cliCloud(operation.cloud).exampleRegion];
  for (const option of operation.options) {
    if (!option.required || (!withBody && option.in === 'body')) continue;
    if (option.type === 'boolean') {
      words.push(`--${option.flag}`);
      continue;
    }
    const value = exampleValue(option);
    if (value === undefined) return undefined;
    words.push(`--${option.flag}`, value);
  }
  return words;
}

/** The first operation, cloud by cloud, that `fits` and whose required flags all have values. */
function firstCommand(
  fits: (operation: CliOperation) => boolean,
  withBody = true,
): { operation: CliOperation; words: string[] } | undefined {
  for (const { operations } of cliClouds()) {
    for (const operation of operations) {
      const words = fits(operation) ? requiredWords(operation, withBody) : undefined;
      if (words !== undefined) return { operation, words };
    }
  }
  return undefined;
}

/** A list to show the output formats on: a paged one with table columns, needing the fewest flags. */
export interface ListExample {
  readonly operation: CliOperation;
  /** The command with its required flags. */
  readonly words: readonly string[];
  /** The list's path in the answer, and its first column's path in an item. */
  readonly items: string;
  readonly column: string;
}

function listOf(operations: readonly CliOperation[]): ListExample | undefined {
  let best: ListExample | undefined;
  for (const operation of operations) {
    const column = operation.table?.columns[0]?.path;
    if (operation.table === null || column === undefined || pagination(operation) === null) continue;
    const words = requiredWords(operation);
    if (words === undefined || (best !== undefined && words.length >= best.words.length)) continue;
    best = { operation, words, items: operation.table.items, column };
  }
  return best;
}

/** One list example per cloud that has one, in the registry's order. */
export function listExamples(): ListExample[] {
  return cliClouds().flatMap(({ operations }) => listOf(operations) ?? []);
}

/** A call that changes something and takes no body: what --dry-run shows best. */
export function dryRunExample(): string[] | undefined {
  return firstCommand((o) => !safeToRepeat(o) && o.body === undefined)?.words;
}

/** An operation with a body, run once per line of a file (the lines carry the body). */
export function bulkExample(): string[] | undefined {
  return firstCommand((o) => o.body !== undefined, false)?.words;
}

/** The first cloud's first waiter, with its polling operation's required flags. */
export function waiterExample(): string[] | undefined {
  for (const { cloud } of cliClouds()) {
    const waiter: CliWaiter | undefined = cloudWaiters(cloud)[0];
    if (waiter === undefined) continue;
    const words = requiredWords(waiter.operation, false);
    if (words !== undefined) return [...words.slice(0, 2), 'wait', waiter.command, ...words.slice(3)];
  }
  return undefined;
}

/** The global flags a cloud's client settings add (`--project-id`), each with a value for a mock. */
export function settingWords(cloud: string): string[] {
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][])
    .filter(([, flag]) => flag.setting !== undefined && appliesTo(flag, cloud))
    .flatMap(([name]) => [`--${name}`, 'p1']);
}
