// What the generator check calls: every operation of a shipped document, with its spec example
// (the input `npm start` sends too) and the request the strict mock must record for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { specOperations } from '../../../scripts/spec/document.js';
import { exampleRequest, type ExampleRequest } from '../../../scripts/spec/examples.js';

export type Cloud = 'hss' | 'sas';

export interface PlannedOperation {
  readonly operationId: string;
  readonly method: string;
  /** The document's path key, e.g. `/v5/{project_id}/image/whitelists`, `/`, `/#DescribeImageVulList`. */
  readonly key: string;
  readonly example: ExampleRequest;
  /**
   * Keyed `/#<Action>` (sas.yaml): generic tools append the key to the server URL as text, so the
   * query lands in the URL fragment. Not called; the check asserts the flaw instead.
   */
  readonly fragment: boolean;
}

export interface PlannedDocument {
  /** Relative to the package root, e.g. `openapi/sas/OperateImageVul.yaml`. */
  readonly document: string;
  /** A name for generated folders and identifiers: `hss`, `sas`, `sas_OperateImageVul`. */
  readonly slug: string;
  readonly cloud: Cloud;
  readonly operations: readonly PlannedOperation[];
}

export function planDocument(root: string, document: string): PlannedDocument {
  const doc = parse(readFileSync(join(root, document), 'utf8')) as OpenAPI3;
  const slug = document
    .replace(/^openapi\//, '')
    .replace(/\.yaml$/, '')
    .replace(/\W/g, '_');
  return {
    document,
    slug,
    cloud: slug.startsWith('hss') ? 'hss' : 'sas',
    operations: specOperations(doc).map((found) => ({
      operationId: found.operationId,
      method: found.method.toUpperCase(),
      key: found.path,
      example: exampleRequest(doc, found.operationId),
      fragment: found.path.includes('#'),
    })),
  };
}

/** The path a client must send: the template filled with the example's path values. */
export function expectedPath(operation: PlannedOperation): string {
  return operation.key.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(operation.example.path[name])),
  );
}

/** Query parameters as the wire carries them: text. */
export function expectedQuery(operation: PlannedOperation): Record<string, string> {
  return Object.fromEntries(Object.entries(operation.example.query).map(([name, value]) => [name, String(value)]));
}
