// The shipped OpenAPI documents as data, for the tooling that reads them (codegen, docs, tests):
// parsing, listing operations, following local $refs. Not part of the package (it needs `yaml`).
import { readFile } from 'node:fs/promises';
import type { OpenAPI3, OperationObject, ParameterObject, PathItemObject, ReferenceObject } from 'openapi-typescript';
import { parse } from 'yaml';

/**
 * A registered cloud's spec, parsed. The registry (whose descriptors import generated/) is loaded
 * here, when a spec is asked for by cloud, not when the code generator imports this module.
 */
export async function loadSpec(cloud: string): Promise<OpenAPI3> {
  const { specPath } = await import('../../src/mock/specs.js');
  return parse(await readFile(specPath(cloud), 'utf8')) as OpenAPI3;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecOperation {
  /** Path template, e.g. `/v5/{project_id}/image/whitelists`. */
  path: string;
  method: (typeof METHODS)[number];
  operationId: string;
  operation: OperationObject;
  pathItem: PathItemObject;
  /** JSON pointer of the operation inside the document. */
  pointer: string;
}

/**
 * A path key as it goes on the wire: an RPC action keyed `/#<Action>` (one operation per path and
 * method, see sas.yaml) is sent to `/`, the fragment never being sent.
 */
export function wirePath(key: string): string {
  const hash = key.indexOf('#');
  return hash === -1 ? key : key.slice(0, hash);
}

/** The `<Action>` of a key `/#<Action>`; undefined for a real path. */
export function pathFragment(key: string): string | undefined {
  const hash = key.indexOf('#');
  return hash === -1 ? undefined : key.slice(hash + 1);
}

/** Every operation of a document that has an operationId, in document order. */
export function specOperations(doc: OpenAPI3): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    if ('$ref' in pathItem) throw new Error(`path item references are not supported: ${path}`);
    for (const method of METHODS) {
      const operation = pathItem[method] as OperationObject | undefined;
      if (operation?.operationId === undefined) continue;
      const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
      found.push({
        path,
        method,
        operationId: operation.operationId,
        operation,
        pathItem,
        pointer: `#/paths/${escaped}/${method}`,
      });
    }
  }
  return found;
}

/** What one local `$ref` (`#/components/...`) names, itself perhaps another reference. */
export function refTarget(doc: OpenAPI3, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`);
  let target: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  if (target === undefined) throw new Error(`unresolved reference ${ref}`);
  return target;
}

/** Follows local `$ref`s (`#/components/...`), also chains of them, to the object they name. */
export function resolveRef<T extends object>(doc: OpenAPI3, node: T | ReferenceObject): T {
  if (!('$ref' in node)) return node;
  return resolveRef(doc, refTarget(doc, node.$ref) as T | ReferenceObject);
}

/**
 * The parameters a call of an operation takes, `$ref`s resolved: the path item's, less any the
 * operation redefines (same name and location), then the operation's own.
 */
export function operationParameters(
  doc: OpenAPI3,
  found: Pick<SpecOperation, 'operation' | 'pathItem'>,
): ParameterObject[] {
  const own = (found.operation.parameters ?? []).map((p) => resolveRef<ParameterObject>(doc, p));
  const inherited = (found.pathItem.parameters ?? [])
    .map((p) => resolveRef<ParameterObject>(doc, p))
    .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  return [...inherited, ...own];
}
