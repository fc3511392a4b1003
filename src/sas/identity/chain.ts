// Alibaba's default chain, in @alicloud/credentials' order: environment, OIDC, aliyun CLI profile,
// credentials file, ECS RAM role (here only when asked for), credentials URI. A profile named by the
// `profile` option is what the user asked for: then only the two profile files are read (as the AWS
// SDK does), and a name found in neither is an error.
import { ConfigurationError } from '../../core/errors.js';
import { firstSource, type CredentialSource } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { alibabaCliProfileSource } from './cli-profile.js';
import { alibabaCredentialsFileSource } from './credentials-file.js';
import { alibabaCredentialsUriSource } from './credentials-uri.js';
import { alibabaEcsRamRoleSource } from './ecs-ram-role.js';
import { alibabaEnvironmentSource } from './environment.js';
import { alibabaOidcSource } from './oidc.js';
import type { AlibabaIdentityOptions } from './options.js';

export function alibabaDefaultChain(options: AlibabaIdentityOptions = {}): CredentialSource<AlibabaAccessKey> {
  const profiles = [alibabaCliProfileSource(options), alibabaCredentialsFileSource(options)];
  if (options.profile !== undefined) {
    const profile = options.profile;
    const chain = firstSource(`profile "${profile}"`, profiles);
    return {
      name: chain.name,
      resolve: (context) => {
        const resolved = chain.resolve(context);
        if (resolved === undefined) {
          throw new ConfigurationError(
            `profile "${profile}" is in neither ~/.aliyun/config.json nor the credentials file`,
          );
        }
        return resolved;
      },
    };
  }
  return firstSource('default', [
    alibabaEnvironmentSource(),
    alibabaOidcSource(options),
    ...profiles,
    alibabaEcsRamRoleSource({ enabled: options.instanceMetadata, metadataEndpoint: options.metadataEndpoint }),
    alibabaCredentialsUriSource(),
  ]);
}

export { files } from '../../core/identity/files-node.js';
