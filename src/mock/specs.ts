// The OpenAPI documents imagesec ships and where they are: openapi/ at the package root, two folders
// up from this module in src/mock/ and from the bundles in dist/node/ and dist/default/ (scripts/build.ts).
import { fileURLToPath } from 'node:url';

export const SPEC_NAMES = ['hss', 'sas'] as const;
export type SpecName = (typeof SPEC_NAMES)[number];

export function specPath(name: SpecName): string {
  return fileURLToPath(new URL(`../../openapi/${name}.yaml`, import.meta.url));
}
