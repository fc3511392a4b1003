// An ECS agency's temporary keys from instance metadata (the vendor's Go metadata accessor): a
// session token from PUT (404/405 mean the instance has none; go on without), then the security key
// with it; a 401 renews the token and tries once more, unless it says no agency is configured.
// Used only when asked for (`instanceMetadata: true` or IMAGESEC_INSTANCE_METADATA=1): the vendor's
// chain probes 169.254.169.254 on every machine.
import { CredentialsError } from '../../core/errors.js';
import { envFlag, pickEndpoint } from '../../core/identity/endpoints.js';
import { originOf, sourceFetch } from '../../core/identity/fetch.js';
import type { CredentialSource, SourceContext } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { keysFromCredential } from './iam.js';
import { HUAWEI_IDENTITY_ENV as ENV, HUAWEI_REFRESH_MS } from './options.js';

const METADATA_TIMEOUT_MS = 3_000;
const NO_AGENCY = 'Please configure Cloud Service Agency first';

export function huaweiMetadataSource(
  options: { readonly enabled?: boolean | undefined; readonly metadataEndpoint?: string | undefined } = {},
): CredentialSource<HuaweiAkSk> {
  return {
    name: 'ecs-agency',
    resolve: (context: SourceContext) => {
      if (!(options.enabled ?? envFlag(context.env, ENV.instanceMetadata))) return undefined;
      const base = pickEndpoint(
        { value: options.metadataEndpoint, label: 'metadataEndpoint' },
        context.env,
        ENV.metadataEndpoint,
        () => 'http://169.254.169.254',
      );
      const name = 'ECS agency (instance metadata)';

      async function sessionToken(): Promise<string | undefined> {
        const response = await sourceFetch(context, {
          source: name,
          what: 'the metadata token',
          url: `${base}/meta-data/latest/api/token`,
          timeoutMs: METADATA_TIMEOUT_MS,
          init: { method: 'PUT', headers: { 'X-Metadata-Token-Ttl-Seconds': '21600' } },
        });
        const text = (await response.text()).trim();
        if (response.status === 404 || response.status === 405) return undefined;
        if (response.status !== 200 || text === '') {
          throw new CredentialsError(
            `${name}: the metadata token request at ${originOf(base)} answered ${response.status}`,
            `HTTP_${response.status}`,
          );
        }
        return text;
      }

      async function securityKey(token: string | undefined): Promise<{ status: number; text: string }> {
        const response = await sourceFetch(context, {
          source: name,
          what: 'the security key',
          url: `${base}/openstack/latest/securitykey`,
          timeoutMs: METADATA_TIMEOUT_MS,
          init: token === undefined ? {} : { headers: { 'X-Metadata-Token': token } },
        });
        return { status: response.status, text: await response.text() };
      }

      return {
        name,
        refreshMarginMs: HUAWEI_REFRESH_MS,
        fetch: async () => {
          let answer = await securityKey(await sessionToken());
          if (answer.status === 401 && !answer.text.includes(NO_AGENCY))
            answer = await securityKey(await sessionToken());
          if (answer.status === 401 && answer.text.includes(NO_AGENCY)) {
            throw new CredentialsError(
              `${name}: the instance has no cloud service agency; attach one to the ECS instance`,
              'NO_AGENCY',
            );
          }
          if (answer.status !== 200) {
            throw new CredentialsError(
              `${name}: the security key request at ${originOf(base)} answered ${answer.status}`,
              `HTTP_${answer.status}`,
            );
          }
          let body: unknown;
          try {
            body = JSON.parse(answer.text);
          } catch {
            throw new CredentialsError(`${name}: instance metadata answered with no JSON body`, 'BAD_RESPONSE');
          }
          return keysFromCredential(body, name, 'security key');
        },
      };
    },
  };
}
