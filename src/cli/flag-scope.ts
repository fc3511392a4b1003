// Which global flags a command takes: a client setting's flag (--project-id) only on the clouds
// whose descriptor lists that setting, the list flags (--all, …) only where the operation pages.
// Apart from global-flags.ts, which the code generator reads without loading the registry.
import { allClouds, findCloud } from '../clouds.js';
import type { GlobalFlag } from './global-flags.js';
import type { Cloud } from './operations.js';

/** Whether a global flag applies to a cloud's commands. */
export function appliesTo(flag: GlobalFlag, cloud: Cloud): boolean {
  return flag.setting === undefined || findCloud(cloud)?.settings.includes(flag.setting) === true;
}

/** Whether a global flag applies to one command: its cloud's, and `--all` only where the operation pages. */
export function appliesToCommand(flag: GlobalFlag, command: { cloud: Cloud; pages: boolean }): boolean {
  return appliesTo(flag, command.cloud) && (flag.lists !== true || command.pages);
}

/** The clouds a global flag applies to, in the registry's order. */
export function cloudsTaking(flag: GlobalFlag): Cloud[] {
  return allClouds()
    .filter((cloud) => appliesTo(flag, cloud.id))
    .map((cloud) => cloud.id);
}
