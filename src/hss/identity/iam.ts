// Huawei IAM as the credential sources and project discovery use it: which endpoint, and the two
// calls of OIDC federation (an ID token for an unscoped token, that token for temporary keys).
import { CredentialsError } from '../../core/errors.js';
import type { Expiring } from '../../core/credential-input.js';
import { identityEndpoint, pickEndpoint } from '../../core/identity/endpoints.js';
import { answerField, originOf, sourceFetch, sourceJson } from '../../core/identity/fetch.js';
import { checkCredentialTransport } from '../../core/identity/plain-http.js';
import type { SourceContext } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { HUAWEI_IDENTITY_ENV as ENV } from './options.js';

const IAM_TIMEOUT_MS = 10_000;
/** Temporary keys are asked for 6 h, as the vendor's SDKs do. */
const FEDERATED_DURATION_SECONDS = 6 * 60 * 60;

// Regions with their own IAM host (huaweicloud-sdk-go-v3 core/auth/internal/iam_endpoint.go).
const REGIONAL_IAM = new Set([
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-south-1',
  'cn-south-2',
  'cn-southwest-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'af-south-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'na-mexico-1',
  'eu-west-0',
  'my-kualalumpur-1',
  'ru-moscow-1',
  'me-east-1',
  'ae-ad-1',
  'tr-west-1',
]);

/**
 * The IAM base URL: the option, HUAWEICLOUD_SDK_IAM_ENDPOINT, the profile's iam_endpoint, the
 * region's own host, the global one. The variable is an override and beats the file (the Go SDK
 * lets a profile's iam_endpoint win over it). Plain http only to this machine unless allowed
 * (plain-http.ts): federation sends an ID token there and gets keys back.
 */
export function iamEndpoint(
  env: SourceContext['env'],
  option: string | undefined,
  fromProfile: string | undefined,
  region: string | undefined,
): string {
  const url = pickEndpoint({ value: option, label: 'iamEndpoint' }, env, ENV.iamEndpoint, () => {
    if (fromProfile !== undefined) return identityEndpoint(fromProfile, 'iam_endpoint');
    return region !== undefined && REGIONAL_IAM.has(region)
      ? `https://iam.${region}.myhuaweicloud.com`
      : 'https://iam.myhuaweicloud.com';
  });
  checkCredentialTransport(url, 'the IAM endpoint', env);
  return url;
}

/** An ID token (from a file the platform rotates) exchanged for temporary AK/SK with a security token. */
export async function federate(
  context: SourceContext,
  source: string,
  iam: string,
  idpId: string,
  idToken: string,
): Promise<Expiring<HuaweiAkSk>> {
  const authUrl = `${iam}/v3/OS-FEDERATION/identity_providers/${encodeURIComponent(idpId)}/protocols/oidc/auth`;
  const response = await sourceFetch(context, {
    source,
    what: 'OIDC federation',
    url: authUrl,
    timeoutMs: IAM_TIMEOUT_MS,
    init: {
      method: 'POST',
      headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
      body: '{}',
    },
  });
  await response.body?.cancel();
  const unscoped = response.headers.get('x-subject-token');
  if (response.status < 200 || response.status > 299 || !unscoped) {
    throw new CredentialsError(
      `${source}: OIDC federation at ${originOf(iam)} answered ${response.status}${unscoped ? '' : ' without X-Subject-Token'}; check the identity provider id and that the ID token is current`,
      `HTTP_${response.status}`,
    );
  }
  const body = await sourceJson(
    context,
    {
      source,
      what: 'temporary access keys',
      url: `${iam}/v3.0/OS-CREDENTIAL/securitytokens`,
      timeoutMs: IAM_TIMEOUT_MS,
      init: {
        method: 'POST',
        headers: { 'x-auth-token': unscoped, 'content-type': 'application/json' },
        body: JSON.stringify({
          auth: { identity: { methods: ['token'], token: { duration_seconds: FEDERATED_DURATION_SECONDS } } },
        }),
      },
    },
    'check that the identity provider maps to a user allowed to create temporary keys',
  );
  return keysFromCredential(body, source, 'temporary access keys');
}

/** `{ credential: { access, secret, securitytoken, expires_at } }`, IAM's and metadata's answer. */
export function keysFromCredential(body: unknown, source: string, what: string): Expiring<HuaweiAkSk> {
  const field = (name: string) => answerField(body, ['credential', name], source, what);
  const expiresAt = new Date(field('expires_at'));
  if (Number.isNaN(expiresAt.getTime())) {
    throw new CredentialsError(`${source}: the ${what} answer has an unreadable expires_at`, 'BAD_RESPONSE');
  }
  return { ak: field('access'), sk: field('secret'), securityToken: field('securitytoken'), expiresAt };
}
