// The OpenAPI documents of the packed package, read once for every tool the spec-tools check runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { specOperations, type SpecOperation } from '../../../scripts/spec/document.js';
import { packedDocuments } from '../packed-documents.js';

export interface ShippedDocument {
  /** Relative to the package root: `openapi/hss.yaml`, `openapi/sas/DescribeImageVulList.yaml`. */
  readonly name: string;
  /** The file in the unpacked package, which the tools are given. */
  readonly path: string;
  readonly text: string;
  readonly doc: OpenAPI3;
  readonly operations: readonly SpecOperation[];
}

export async function shippedDocuments(): Promise<ShippedDocument[]> {
  const { root, documents } = await packedDocuments();
  return Promise.all(
    documents.map(async (name) => {
      const path = join(root, name);
      const text = await readFile(path, 'utf8');
      const doc = parse(text) as OpenAPI3;
      return { name, path, text, doc, operations: specOperations(doc) };
    }),
  );
}
