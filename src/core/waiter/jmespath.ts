// The JMESPath engine the waiters read answers with (@jmespath-community/jmespath, as the CLI's
// --query will): loaded at the first wait, not with the SDK, and each expression compiled once.
// The code generator has compiled every expression of the specs already, so a syntax error here
// would be a bug; what the engine throws while evaluating (a function given the wrong type of value
// by an unexpected answer) is reported as no value, which no comparator matches. The members of
// the input an expression reads are found in its syntax tree: where a start's requirement that is
// not met points (the flag to change).
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
  /**
   * The members of `root` an expression reads from the data's top (`input.OperateType == 'x'`,
   * root `input`: `OperateType`; `root` itself: ''), in order, each once: where a violation is.
   */
  paths(expression: string, root: string): string[];
}

type AstNode = { readonly type: string; readonly [key: string]: unknown };

interface Lead {
  /** The member path read first (`a.b[0]`). */
  readonly path: string;
  /** Whether the node is only that path (nothing projected, filtered or sliced after it). */
  readonly whole: boolean;
}

/** The member path a node reads from its context before anything else, when it starts with one. */
function lead(node: AstNode): Lead | undefined {
  switch (node.type) {
    case 'Field':
      return { path: String(node.name), whole: true };
    case 'Subexpression': {
      const left = lead(node.left as AstNode);
      if (left === undefined || !left.whole) return left;
      const right = lead(node.right as AstNode);
      return right === undefined
        ? { ...left, whole: false }
        : { path: `${left.path}.${right.path}`, whole: right.whole };
    }
    case 'IndexExpression': {
      const left = lead(node.left as AstNode);
      const index = node.right as AstNode;
      if (left === undefined || !left.whole || index.type !== 'Index') return left && { ...left, whole: false };
      return { path: `${left.path}[${String(index.value)}]`, whole: true };
    }
    case 'Projection':
    case 'ValueProjection':
    case 'FilterProjection':
    case 'Flatten': {
      const left = lead((node.left ?? node.child) as AstNode);
      return left && { ...left, whole: false };
    }
    default:
      return undefined;
  }
}

/**
 * Member paths under `root` read from the data's top, into `found`. What follows such a path (a
 * projection, a filter), a pipe's right side and an expression reference read something else: an
 * item, the pipe's value. Where an expression reads `root` itself (`keys(input)`), that is ''.
 */
function pathsUnder(node: AstNode, root: string, found: Set<string>): void {
  const first = lead(node);
  if (first !== undefined) {
    const { path } = first;
    if (path === root) found.add('');
    else if (path.startsWith(`${root}.`)) found.add(path.slice(root.length + 1));
    else if (path.startsWith(`${root}[`)) found.add(path.slice(root.length));
    return;
  }
  if (node.type === 'ExpressionReference') return;
  // After the left side of these, the rest reads the left side's value.
  const leftOnly = ['Pipe', 'Subexpression', 'IndexExpression', 'Projection', 'ValueProjection', 'FilterProjection'];
  const children = leftOnly.includes(node.type) ? [node.left] : Object.values(node).flat();
  for (const child of children) {
    if (child !== null && typeof child === 'object' && typeof (child as AstNode).type === 'string') {
      pathsUnder(child as AstNode, root, found);
    }
  }
}

/** The members of `root` a compiled expression reads from the data's top, in order, each once. */
export function membersRead(ast: unknown, root: string): string[] {
  const found = new Set<string>();
  pathsUnder(ast as AstNode, root, found);
  return [...found];
}

/** The engine once loaded, with compiled expressions kept for the process. */
export async function searcher(): Promise<Searcher> {
  const jmespath = await load();
  const compiledAst = (expression: string): Compiled => {
    let ast = compiled.get(expression);
    if (ast === undefined) {
      ast = jmespath.compile(expression);
      compiled.set(expression, ast);
    }
    return ast;
  };
  return {
    search(expression, data) {
      const ast = compiledAst(expression);
      try {
        return jmespath.TreeInterpreter.search(ast, data);
      } catch {
        return undefined;
      }
    },
    paths(expression, root) {
      return membersRead(compiledAst(expression), root);
    },
  };
}
