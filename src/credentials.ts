// imagesec/credentials (Node, Bun, Deno): the credential sources behind the clients' default chains,
// to build a chain of your own (`firstSource`) and pass it as the `credentialSource` option. Each
// source reads its settings from the env, files, fetch and clock a client hands it.
export { firstSource } from './core/identity/source.js';
export type { CredentialSource, ResolvedSource, SourceContext, SourceDefaults } from './core/identity/source.js';
export type { FileAccess } from './core/identity/files.js';

export { alibabaDefaultChain } from './sas/identity/chain.js';
export { alibabaEnvironmentSource } from './sas/identity/environment.js';
export { alibabaOidcSource } from './sas/identity/oidc.js';
export { alibabaCliProfileSource } from './sas/identity/cli-profile.js';
export { alibabaCredentialsFileSource } from './sas/identity/credentials-file.js';
export { alibabaEcsRamRoleSource } from './sas/identity/ecs-ram-role.js';
export { alibabaCredentialsUriSource } from './sas/identity/credentials-uri.js';
export type { AlibabaIdentityOptions } from './sas/identity/options.js';

export { huaweiDefaultChain } from './hss/identity/chain.js';
export { huaweiEnvironmentSource } from './hss/identity/environment.js';
export { huaweiProfileSource } from './hss/identity/profile.js';
export { huaweiMetadataSource } from './hss/identity/metadata.js';
export type { HuaweiChainOptions, HuaweiIdentityOptions } from './hss/identity/options.js';
