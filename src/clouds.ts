// The registry of clouds: every layer above the clients (CLI, strict mock, code generator, docs,
// build) reads the clouds from here, so a cloud is added by its folder and one line below.
import type { CloudDescriptor } from './core/cloud.js';
import { hssCloud } from './hss/cloud.js';
import { sasCloud } from './sas/cloud.js';

/** The clouds imagesec ships, in the order help and docs list them. */
export const SHIPPED_CLOUDS = [hssCloud, sasCloud] as const;

/** A shipped cloud's id. */
export type CloudId = (typeof SHIPPED_CLOUDS)[number]['id'];

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
