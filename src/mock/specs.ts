// The OpenAPI documents imagesec ships: their names, paths and parsed contents.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';

export const SPEC_NAMES = ['hss', 'sas'] as const;
export type SpecName = (typeof SPEC_NAMES)[number];

export function specPath(name: SpecName): string {
  return fileURLToPath(new URL(`../../openapi/${name}.yaml`, import.meta.url));
}

export async function loadSpec(name: SpecName): Promise<OpenAPI3> {
  return parse(await readFile(specPath(name), 'utf8')) as OpenAPI3;
}
