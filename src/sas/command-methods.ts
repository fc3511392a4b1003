// The CLI calls SasClient's methods by the names in the generated command table
// (generated/sas.cli.ts): this fails to compile when a name there is not a method of the client.
import type { commands } from '../../generated/sas.cli.js';
import type { SasClient } from './client.js';

type MethodOf<Name extends keyof SasClient> = Name;

/** The client methods the sas commands call. */
export type SasCommandMethod = MethodOf<(typeof commands)[number]['method']>;
