// Huawei's default chain, in the Go SDK's order: environment, profile file, ECS agency metadata
// (here only when asked for). A `profile` option reads only the profile file, and must find it.
import { firstSource, type CredentialSource } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { huaweiEnvironmentSource } from './environment.js';
import { huaweiMetadataSource } from './metadata.js';
import type { HuaweiChainOptions } from './options.js';
import { huaweiProfileSource } from './profile.js';

export function huaweiDefaultChain(options: HuaweiChainOptions = {}): CredentialSource<HuaweiAkSk> {
  if (options.profile !== undefined) return huaweiProfileSource(options);
  return firstSource('default', [
    huaweiEnvironmentSource(options),
    huaweiProfileSource(options),
    huaweiMetadataSource({ enabled: options.instanceMetadata, metadataEndpoint: options.metadataEndpoint }),
  ]);
}

export { files } from '../../core/identity/files-node.js';

/** Project discovery through IAM: under Node only (IAM answers no browser's cross-origin request). */
export { discoverProjectId } from './project.js';
export { iamEndpoint } from './iam.js';
