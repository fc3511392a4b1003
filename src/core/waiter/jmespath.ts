// The JMESPath engine the waiters read answers with (@jmespath-community/jmespath, as the CLI's
// --query will): loaded at the first wait, not with the SDK, and each expression compiled once.
// The code generator has compiled every expression of the specs already, so a syntax error here
// would be a bug; what the engine throws while evaluating (a function given the wrong type of value
// by an unexpected answer) is reported as no value, which no comparator matches.
import type { JSONValue } from '@jmespath-community/jmespath';

type Engine = typeof import('@jmespath-community/jmespath');
type Compiled = ReturnType<Engine['compile']>;

let engine: Promise<Engine> | undefined;
const compiled = new Map<string, Compiled>();

/** The engine, imported at the first call. */
function load(): Promise<Engine> {
  engine ??= import('@jmespath-community/jmespath');
  return engine;
}

/**
 * A value as JSON data: a bigint becomes a number where one holds it exactly, else its decimal text
 * (so `to_string` gives its digits); undefined properties are left out and an undefined value is null.
 */
export function jsonData(value: unknown): JSONValue {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item !== 'bigint') return item;
      const number = Number(item);
      return Number.isSafeInteger(number) ? number : item.toString();
    }) ?? 'null',
  ) as JSONValue;
}

/** A searcher for expressions over data; `undefined` where evaluating failed. */
export interface Searcher {
  search(expression: string, data: JSONValue): JSONValue | undefined;
}

/** The engine once loaded, with compiled expressions kept for the process. */
export async function searcher(): Promise<Searcher> {
  const jmespath = await load();
  return {
    search(expression, data) {
      let ast = compiled.get(expression);
      if (ast === undefined) {
        ast = jmespath.compile(expression);
        compiled.set(expression, ast);
      }
      try {
        return jmespath.TreeInterpreter.search(ast, data);
      } catch {
        return undefined;
      }
    },
  };
}
