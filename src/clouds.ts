// The registry of clouds: every layer above the clients (CLI, strict mock, code generator, docs,
// build) reads the clouds from here, so a cloud is added by its folder and one line below.
import type { CloudDescriptor, GatewayRules } from './core/cloud.js';
import { hssCloud } from './hss/cloud.js';
import type { HuaweiAkSk } from './hss/signer.js';
import { sasCloud } from './sas/cloud.js';
import type { AlibabaAccessKey } from './sas/signer.js';

/** The clouds imagesec ships, in the order help and docs list them. */
export const SHIPPED_CLOUDS = [hssCloud, sasCloud] as const;

// The public types keyed by shipped cloud (imagesec/testing's options and records), written out
// rather than derived from SHIPPED_CLOUDS, whose type reaches every generated table: the public
// declarations name these few types only. The checks below hold them to the descriptors.

/** A shipped cloud's id. */
export type CloudId = 'hss' | 'sas';

/** The credentials the mock accepts; a cloud with none given takes any signature (as Prism does). */
export interface MockCredentials {
  readonly hss?: readonly (HuaweiAkSk | { readonly authToken: string })[] | undefined;
  readonly sas?: readonly AlibabaAccessKey[] | undefined;
}

type Shipped = (typeof SHIPPED_CLOUDS)[number];
type CredentialOf<C> = C extends { readonly gateway: GatewayRules<infer Credential> } ? Credential : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when a shipped cloud is missing above, or its credentials differ from its gateway's.
const WRITTEN_OUT: [
  Same<CloudId, Shipped['id']>,
  Same<keyof MockCredentials, CloudId>,
  Same<{ [C in Shipped as C['id']]: CredentialOf<C> }, { [Id in CloudId]: NonNullable<MockCredentials[Id]>[number] }>,
] = [true, true, true];
void WRITTEN_OUT;

const clouds: CloudDescriptor[] = [...SHIPPED_CLOUDS];

/** Every cloud: the shipped ones, then any registered. */
export function allClouds(): readonly CloudDescriptor[] {
  return clouds;
}

/** The cloud with this id, or undefined. */
export function findCloud(id: string | undefined): CloudDescriptor | undefined {
  return clouds.find((cloud) => cloud.id === id);
}

/** The cloud with this id; an unknown id is a programming error. */
export function cloudOf(id: string): CloudDescriptor {
  const cloud = findCloud(id);
  if (cloud === undefined) throw new Error(`no cloud ${JSON.stringify(id)} in the registry`);
  return cloud;
}

/**
 * Adds a cloud that does not ship with imagesec (the test suite's own, test/toy-cloud): every layer
 * that reads the registry then offers it. Not part of the public API.
 */
export function registerCloud(cloud: CloudDescriptor): void {
  if (findCloud(cloud.id) !== undefined) return;
  clouds.push(cloud);
}
