// `imagesec mock --script FILE`: scripted answers for operations of the mocks served, read and
// checked (as imagesec/testing's script() checks them) before anything starts.
import { readFileSync } from 'node:fs';
import { parseExactJson } from '../core/exact-json.js';
import { hasOperation } from '../testing/gateway.js';
import { Scripts, type ScriptedAnswer, type ScriptOptions } from '../testing/scripts.js';
import { allClouds } from '../clouds.js';
import { needsPrism } from './mock-prism.js';
import { isPlainObject } from './sources.js';
import { UsageError } from './usage-error.js';

/** One operation's script from a --script file. */
export interface FileScript {
  readonly name: string;
  readonly operation: string;
  readonly answers: readonly ScriptedAnswer[];
  readonly options: ScriptOptions;
}

/**
 * The scripts of a --script file: `{ "<OperationId>": <answer> | [<answer>, ...] | { "answers":
 * [...], "then": "repeat-last" | "prism" } }`, an answer being `{ "status", "body", "headers" }`.
 * Each is checked as script() checks it (an answer the API could not give is a usage error) and
 * must be for an operation of a mock being served.
 */
export function scriptsOf(file: string, names: readonly string[]): FileScript[] {
  const hint = 'see imagesec mock --help (--script)';
  let parsed: unknown;
  try {
    parsed = parseExactJson(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
    throw new UsageError(`--script ${file}: cannot read it as JSON (${why})`, hint);
  }
  if (!isPlainObject(parsed)) throw new UsageError(`--script ${file}: must hold an object keyed by operation id`, hint);
  const checkers = new Map<string, Scripts>();
  return Object.entries(parsed).map(([operation, value]) => {
    const name = allClouds()
      .map((cloud) => cloud.id)
      .find((cloud) => hasOperation(cloud, operation));
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
