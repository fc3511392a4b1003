// The credentials the strict mock accepts, per cloud: each cloud's own kind (its descriptor's
// credential type), so a user's keys are typed as that cloud's client takes them.
import type { SHIPPED_CLOUDS } from '../clouds.js';
import type { GatewayRules } from '../core/cloud.js';

/** The kind of credentials a cloud's gateway verifies. */
type CredentialOf<Cloud> = Cloud extends { readonly gateway: GatewayRules<infer Credential> } ? Credential : never;

/** The credentials the mock accepts; a cloud with none given takes any signature (as Prism does). */
export type MockCredentials = {
  readonly [Cloud in (typeof SHIPPED_CLOUDS)[number] as Cloud['id']]?: readonly CredentialOf<Cloud>[] | undefined;
};

/** Credentials by cloud id, as the gateways read them (a registered cloud's included). */
export type CredentialsById = Readonly<Record<string, readonly unknown[] | undefined>>;
