// The OpenAPI documents imagesec ships and where they are. In a build the specs are copied beside
// the compiled code (dist/openapi next to dist/src), so this relative path holds in both layouts.
import { fileURLToPath } from 'node:url';

export const SPEC_NAMES = ['hss', 'sas'] as const;
export type SpecName = (typeof SPEC_NAMES)[number];

export function specPath(name: SpecName): string {
  return fileURLToPath(new URL(`../../openapi/${name}.yaml`, import.meta.url));
}
