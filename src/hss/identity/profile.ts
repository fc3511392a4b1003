// The Huawei credentials ini file (HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials),
// section `basic` as the vendor's Go, Python and Java SDKs read it for project-scoped services; the
// `profile` option picks another section (an imagesec addition: the vendors have one per file).
// Keys: ak, sk, security_token, project_id, idp_id, id_token_file, iam_endpoint.
import { keyPair } from '../../core/credential-input.js';
import { ConfigurationError } from '../../core/errors.js';
import { envValue } from '../../core/identity/endpoints.js';
import { readCredentialFile } from '../../core/identity/credential-file.js';
import type { CredentialSource, SourceContext } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { checkFederationPair, federatedSource } from './federation.js';
import { iamEndpoint } from './iam.js';
import { HUAWEI_IDENTITY_ENV as ENV, type HuaweiChainOptions } from './options.js';
import { parseIni } from '../../core/identity/ini.js';

/** The credentials file: the one HUAWEICLOUD_SDK_CREDENTIALS_FILE names, else ~/.huaweicloud/credentials. */
export function huaweiCredentialsPath(context: SourceContext): { path: string; named: boolean } | undefined {
  const named = envValue(context.env, ENV.credentialsFile);
  if (named !== undefined) return { path: named, named: true };
  const home = context.files.home(context.env);
  return home === undefined
    ? undefined
    : { path: context.files.join(home, '.huaweicloud', 'credentials'), named: false };
}

export function huaweiProfileSource(options: HuaweiChainOptions = {}): CredentialSource<HuaweiAkSk> {
  return {
    name: 'profile',
    resolve: (context) => {
      const file = huaweiCredentialsPath(context);
      if (file === undefined) return undefined;
      const { path } = file;
      const content = readCredentialFile(context.files, path);
      if (content === undefined) {
        if (file.named) throw new ConfigurationError(`${ENV.credentialsFile} names ${path}, which does not exist`);
        if (options.profile !== undefined)
          throw new ConfigurationError(`profile "${options.profile}": ${path} does not exist`);
        return undefined;
      }
      const sectionName = options.profile ?? 'basic';
      const section = parseIni(content)[sectionName];
      if (section === undefined || section === null || typeof section !== 'object') {
        if (options.profile !== undefined)
          throw new ConfigurationError(`profile "${options.profile}" is not a section of ${path}`);
        return undefined;
      }
      const value = (key: string): string | undefined => {
        const v = (section as Record<string, unknown>)[key];
        return typeof v === 'string' ? v.trim() || undefined : undefined;
      };
      const label = `credentials file profile "${sectionName}"`;
      const defaults = { projectId: value('project_id'), identityEndpoint: value('iam_endpoint') };
      if (checkFederationPair(label, ['idp_id', value('idp_id')], ['id_token_file', value('id_token_file')])) {
        const iam = iamEndpoint(context.env, options.iamEndpoint, defaults.identityEndpoint, options.region);
        return federatedSource(
          context,
          `${label} (OIDC federation)`,
          { idpId: value('idp_id') as string, idTokenFile: value('id_token_file') as string, iam },
          defaults,
        );
      }
      const pair = keyPair(
        label,
        ['ak', value('ak')],
        ['sk', value('sk')],
        ['security_token', value('security_token')],
      );
      const credentials = { ak: pair.id, sk: pair.secret, securityToken: pair.token };
      return { name: label, defaults, fetch: () => Promise.resolve(credentials) };
    },
  };
}
