// A cloud's per-operation modules as the code generator would write them for a spec that kept only
// its first k operations (document order): the operation table, the validators and the waiters, the
// generated modules a client's bundle carries that grow with each operation (the method types and the
// CLI's tables do not reach a client's bundle). The spec is cut and the real renderers run, so a kept
// operation costs what it costs in the shipped modules, shared schemas and all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse, stringify } from 'yaml';
import { shippedLayout } from '../codegen/layout.js';
import { renderOperations } from '../codegen/operations.js';
import { renderValidators } from '../codegen/validators.js';
import { renderWaiters } from '../codegen/waiters.js';
import { specOperations } from '../spec/document.js';

export const TABLE_MODULES = ['operations', 'validators', 'waiters'] as const;
export type TableModule = (typeof TABLE_MODULES)[number];

const RENDERERS: Record<TableModule, typeof renderOperations> = {
  operations: renderOperations,
  validators: renderValidators,
  waiters: renderWaiters,
};

function specText(cloud: string): string {
  return readFileSync(fileURLToPath(new URL(`../../openapi/${cloud}.yaml`, import.meta.url)), 'utf8');
}

/** How many operations the cloud's spec has. */
export function operationCount(cloud: string): number {
  return specOperations(parse(specText(cloud)) as OpenAPI3).length;
}

/**
 * The spec with only its first `kept` operations; a kept start whose waiter went with its polling
 * operation loses its x-imagesec-wait (the generator refuses a wait on an undeclared waiter).
 */
function cutSpec(cloud: string, kept: number): string {
  // As the generator reads it: integers past 2^53 kept exact.
  const doc = parse(specText(cloud), { intAsBigInt: true }) as OpenAPI3;
  const operations = specOperations(doc);
  for (const { pathItem, method } of operations.slice(kept)) delete pathItem[method];
  const left = operations.slice(0, kept).map(({ operation }) => operation as Record<string, unknown>);
  const declared = new Set(left.flatMap((operation) => Object.keys(operation['x-imagesec-waiters'] ?? {})));
  for (const operation of left) {
    const wait = operation['x-imagesec-wait'] as { waiter?: string } | undefined;
    if (wait !== undefined && !declared.has(wait.waiter ?? '')) delete operation['x-imagesec-wait'];
  }
  return stringify(doc);
}

/** Each per-operation module's source, generated from the spec cut to its first `kept` operations. */
export function tablesKeeping(cloud: string, kept: number): Record<TableModule, string> {
  const spec = cutSpec(cloud, kept);
  const file = `${cloud}.yaml`;
  const render = (module: TableModule) => RENDERERS[module](file, spec, shippedLayout(file));
  return { operations: render('operations'), validators: render('validators'), waiters: render('waiters') };
}
