// The Alibaba credentials ini file (ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials):
// section = the profile asked for, else ALIBABA_CLOUD_PROFILE, else `default`. Types access_key,
// ecs_ram_role and ram_role_arn, the three @alicloud/credentials 2.4.7 reads (its older releases
// also knew rsa_key_pair, which Alibaba retired, and none reads an oidc_role_arn section).
import { ConfigurationError } from '../../core/errors.js';
import { envValue } from '../../core/identity/endpoints.js';
import { readCredentialFile } from '../../core/identity/credential-file.js';
import type { CredentialSource, SourceContext } from '../../core/identity/source.js';
import { checkSasCredentials } from '../authentication.js';
import type { AlibabaAccessKey } from '../signer.js';
import { ecsRamRole } from './ecs-ram-role.js';
import { ALIBABA_IDENTITY_ENV as ENV, type AlibabaIdentityOptions } from './options.js';
import { ramRoleArn } from './ram-role-arn.js';
import { parseIni } from '../../core/identity/ini.js';

type Section = Readonly<Record<string, unknown>>;

function field(section: Section, key: string): string | undefined {
  const value = section[key];
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

export function credentialsFilePath(context: SourceContext): { path: string; named: boolean } | undefined {
  const named = envValue(context.env, ENV.credentialsFile);
  if (named !== undefined) return { path: named, named: true };
  const home = context.files.home(context.env);
  return home === undefined
    ? undefined
    : { path: context.files.join(home, '.alibabacloud', 'credentials'), named: false };
}

export function alibabaCredentialsFileSource(options: AlibabaIdentityOptions = {}): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'credentials-file',
    resolve: (context) => {
      const file = credentialsFilePath(context);
      if (file === undefined) return undefined;
      const content = readCredentialFile(context.files, file.path);
      if (content === undefined) {
        if (file.named) throw new ConfigurationError(`${ENV.credentialsFile} names ${file.path}, which does not exist`);
        return undefined;
      }
      const profile = options.profile ?? envValue(context.env, ENV.profile) ?? 'default';
      const section = parseIni(content)[profile] as Section | undefined;
      if (section === undefined || typeof section !== 'object') return undefined;
      const type = field(section, 'type');
      const label = `credentials file profile "${profile}" (${type ?? 'no type'})`;
      const keys = () =>
        checkSasCredentials(
          { accessKeyId: field(section, 'access_key_id'), accessKeySecret: field(section, 'access_key_secret') },
          label,
        );
      switch (type) {
        case 'access_key': {
          const credentials = keys();
          return { name: label, fetch: () => Promise.resolve(credentials) };
        }
        case 'ecs_ram_role':
          return ecsRamRole(
            context,
            { roleName: field(section, 'role_name'), metadataEndpoint: options.metadataEndpoint },
            label,
          );
        case 'ram_role_arn': {
          const credentials = keys();
          const role = {
            roleArn: field(section, 'role_arn') ?? '',
            sessionName: field(section, 'role_session_name'),
            policy: field(section, 'policy'),
            stsEndpoint: options.stsEndpoint,
          };
          return ramRoleArn(context, label, role, () => Promise.resolve(credentials));
        }
        default:
          throw new ConfigurationError(
            `${label} in ${file.path}: type must be access_key, ecs_ram_role or ram_role_arn`,
          );
      }
    },
  };
}
