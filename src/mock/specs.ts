// The OpenAPI documents imagesec serves and where they are: each cloud's descriptor names its own
// (descriptor.spec; the shipped ones in openapi/ at the package root).
import { fileURLToPath } from 'node:url';
import { cloudOf, SHIPPED_CLOUDS, type CloudId } from '../clouds.js';

/** The shipped clouds' ids, in the registry's order: each has openapi/<id>.yaml. */
export const SPEC_NAMES: readonly CloudId[] = SHIPPED_CLOUDS.map((cloud) => cloud.id);
export type SpecName = CloudId;

/** The path of the OpenAPI document of the cloud with this id (a registered cloud's too). */
export function specPath(name: string): string {
  return fileURLToPath(cloudOf(name).spec);
}
