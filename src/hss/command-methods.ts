// The CLI calls HssClient's methods by the names in the generated command table
// (generated/hss.cli.ts): this fails to compile when a name there is not a method of the client.
import type { commands } from '../../generated/hss.cli.js';
import type { HssClient } from './client.js';

type MethodOf<Name extends keyof HssClient> = Name;

/** The client methods the hss commands call. */
export type HssCommandMethod = MethodOf<(typeof commands)[number]['method']>;
