// The credentials the strict mock accepts, per cloud: the public type is written out in the registry
// (src/clouds.ts) for the shipped clouds; the gateways read them by id, a registered cloud's too.
export type { MockCredentials } from '../clouds.js';

/** Credentials by cloud id, as the gateways read them (a registered cloud's included). */
export type CredentialsById = Readonly<Record<string, readonly unknown[] | undefined>>;
