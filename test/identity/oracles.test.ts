// The vendors' own credential code as oracles: for the same files, variables and loopback services,
// @alicloud/credentials and @huaweicloud/huaweicloud-sdk-core must end with the same credentials
// (and project id) as imagesec's chains. The fakes answer deterministically (credentials derived
// from what was asked), so equal inputs give equal outputs only if both sent the same request.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Environment } from '../../src/core/credential-input.js';
import { files } from '../../src/core/identity/files-node.js';
import type { CredentialSource } from '../../src/core/identity/source.js';
import { huaweiDefaultChain } from '../../src/hss/identity/chain.js';
import { discoverProjectId } from '../../src/hss/identity/project.js';
import type { HuaweiAkSk } from '../../src/hss/signer.js';
import { alibabaDefaultChain } from '../../src/sas/identity/chain.js';
import type { AlibabaAccessKey } from '../../src/sas/signer.js';
import { useFakeCloud, type Received, type Reply } from './fake-cloud.js';
import { useTempHome } from './home.js';
import { expiresIn, huaweiIam } from './services.js';

const require = createRequire(import.meta.url);

interface OfficialCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}
interface OfficialProvider {
  getCredentials(): Promise<OfficialCredentials>;
  homedir?: string;
}
interface Builder {
  withRoleArn(value: string): Builder;
  withOIDCProviderArn(value: string): Builder;
  withOIDCTokenFilePath(value: string): Builder;
  withRoleSessionName(value: string): Builder;
  withStsEndpoint(value: string): Builder;
  withCredentialsURI(value: string): Builder;
  withProfileName(value: string): Builder;
  build(): OfficialProvider;
}
type ProviderName =
  | 'CLIProfileCredentialsProvider'
  | 'ProfileCredentialsProvider'
  | 'URICredentialsProvider'
  | 'OIDCRoleArnCredentialsProvider';
const alibaba = require('@alicloud/credentials') as Record<ProviderName, { builder(): Builder }>;

const sts = useFakeCloud();
const stsTls = useFakeCloud({ tls: true });
const uri = useFakeCloud();
const iam = useFakeCloud();
const tempHome = useTempHome();

async function ours<C>(source: CredentialSource<C>, env: Environment): Promise<C> {
  const resolved = source.resolve({ env, files, fetch: (input, init) => fetch(input, init), now: Date.now });
  if (resolved === undefined) throw new Error('no source is set up');
  return resolved.fetch();
}

const plain = (c: AlibabaAccessKey | OfficialCredentials) => ({
  accessKeyId: c.accessKeyId,
  accessKeySecret: c.accessKeySecret,
  securityToken: c.securityToken || undefined,
});

/** STS answering with credentials derived from the OIDC token and role, whoever asks. */
function deterministicSts(request: Received): Reply {
  const form = new URLSearchParams(request.body);
  const seed = `${form.get('OIDCToken')}|${form.get('RoleArn')}|${form.get('DurationSeconds')}`;
  return {
    body: {
      RequestId: 'fake',
      Credentials: {
        AccessKeyId: `STS.${Buffer.from(seed).toString('hex').slice(0, 24)}`,
        AccessKeySecret: `secret-${seed.length}`,
        SecurityToken: `token-${Buffer.from(seed).toString('base64url')}`,
        Expiration: expiresIn(60),
      },
    },
  };
}

const saved = { ...process.env };
afterEach(() => {
  // The official providers read process.env; each test restores it.
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('@alicloud/credentials 2.4.7 agrees', () => {
  it.each([
    ['AK', { access_key_id: 'LTAI5tOracle', access_key_secret: 'oracle-secret' }],
    ['StsToken', { access_key_id: 'STS.Oracle', access_key_secret: 'oracle-secret', sts_token: 'oracle-token' }],
  ])('aliyun CLI profile, mode %s', async (mode, fields) => {
    const home = tempHome();
    home.write('.aliyun/config.json', {
      current: 'p',
      profiles: [
        { name: 'other', mode: 'AK', access_key_id: 'x', access_key_secret: 'y' },
        { name: 'p', mode, ...fields },
      ],
    });
    const official = alibaba.CLIProfileCredentialsProvider.builder().build();
    official.homedir = home.dir;
    expect(plain(await ours(alibabaDefaultChain(), { HOME: home.dir }))).toEqual(
      plain(await official.getCredentials()),
    );
  });

  it('credentials ini file, type access_key, in a named profile', async () => {
    const home = tempHome();
    const path = home.write(
      'creds.ini',
      '[default]\ntype = access_key\naccess_key_id = LTAI5tA\naccess_key_secret = a\n\n[ci]\ntype = access_key\naccess_key_id = LTAI5tCi\naccess_key_secret = "quoted-secret"\n',
    );
    process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = path;
    const official = alibaba.ProfileCredentialsProvider.builder().withProfileName('ci').build();
    const env = { ALIBABA_CLOUD_CREDENTIALS_FILE: path, ALIBABA_CLOUD_PROFILE: 'ci' };
    expect(plain(await ours(alibabaDefaultChain(), env))).toEqual(plain(await official.getCredentials()));
  });

  it('credentials URI', async () => {
    uri.route(() => ({
      body: {
        Code: 'Success',
        AccessKeyId: 'STS.FromUri',
        AccessKeySecret: 'uri-secret',
        SecurityToken: 'uri-token',
        Expiration: expiresIn(60),
      },
    }));
    const url = `${uri.url}/creds?x=1`;
    const official = alibaba.URICredentialsProvider.builder().withCredentialsURI(url).build();
    expect(plain(await ours(alibabaDefaultChain(), { ALIBABA_CLOUD_CREDENTIALS_URI: url }))).toEqual(
      plain(await official.getCredentials()),
    );
    expect(uri.requests.map((r) => `${r.method} ${r.path}?${r.query.toString()}`)).toEqual([
      'GET /creds?x=1',
      'GET /creds?x=1',
    ]);
  });

  it('OIDC role: the same AssumeRoleWithOIDC request and the same session', async () => {
    // Without a trailing newline, as Kubernetes projects service-account tokens: the official provider
    // sends the file's text as read, imagesec trims it (a newline in a token is never meant).
    const tokenFile = tempHome().write('token', 'oidc-oracle-token');
    sts.route(deterministicSts);
    stsTls.route(deterministicSts);
    const settings = {
      role: 'acs:ram::1:role/oracle',
      provider: 'acs:ram::1:oidc-provider/oracle',
      session: 'oracle-session',
    };
    const official = alibaba.OIDCRoleArnCredentialsProvider.builder()
      .withRoleArn(settings.role)
      .withOIDCProviderArn(settings.provider)
      .withOIDCTokenFilePath(tokenFile)
      .withRoleSessionName(settings.session)
      // The official provider speaks https to a host name only: the TLS twin of the fake, whose
      // throwaway certificate this test alone trusts.
      .withStsEndpoint(`127.0.0.1:${stsTls.port}`)
      .build();
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    const theirs = await official.getCredentials();
    delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    const env = {
      ALIBABA_CLOUD_ROLE_ARN: settings.role,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: settings.provider,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
      ALIBABA_CLOUD_ROLE_SESSION_NAME: settings.session,
      IMAGESEC_ALIBABA_STS_ENDPOINT: sts.url,
    };
    expect(plain(await ours(alibabaDefaultChain(), env))).toEqual(plain(theirs));
    const [mine, official_] = [sts.requests[0]!, stsTls.requests[0]!];
    const form = (r: Received) => Object.fromEntries(new URLSearchParams(r.body));
    expect(form(mine)).toEqual(form(official_));
    const query = (r: Received) => ({ ...Object.fromEntries(r.query), Timestamp: undefined });
    expect(query(mine)).toEqual(query(official_));
    expect(mine.headers['content-type']).toBe(official_.headers['content-type']);
  });
});

describe('@huaweicloud/huaweicloud-sdk-core 3.1.211 agrees', () => {
  interface Official {
    withAk(value: string): Official;
    withSk(value: string): Official;
    withIdpId(value: string): Official;
    withIdTokenFile(value: string): Official;
    withIamEndpoint(value: string): Official;
    processAuthParams(client: unknown, region: string): Promise<Official>;
    updateFederalAuthTokenByIdToken(client: unknown): Promise<void>;
    getPathParams(): { project_id: string };
    getAk(): string;
    getSk(): string;
    getSecurityToken(): string;
  }
  const core = require('@huaweicloud/huaweicloud-sdk-core') as { BasicCredentials: new () => Official };
  const { HcClient } = require('@huaweicloud/huaweicloud-sdk-core/HcClient') as {
    HcClient: new (...a: unknown[]) => { withCredential(c: unknown): unknown };
  };
  const { DefaultHttpClient } = require('@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient') as {
    DefaultHttpClient: new (...a: unknown[]) => unknown;
  };

  function officialClient(credentials: unknown): unknown {
    return new HcClient(new DefaultHttpClient({}, [iam.url]), {}).withCredential(credentials);
  }

  it('project discovery: the same project id for the same key and region', async () => {
    iam.route(
      huaweiIam({
        keys: { HWORACLEAK: 'oracle-sk' },
        projects: { 'ap-southeast-3': ['f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
      }),
    );
    const official = new core.BasicCredentials();
    official.withAk('HWORACLEAK');
    official.withSk('oracle-sk');
    official.withIamEndpoint(iam.url);
    await official.processAuthParams(officialClient(official), 'ap-southeast-3');
    const theirs = official.getPathParams().project_id;
    const mine = await discoverProjectId(
      { fetch: (input, init) => fetch(input, init), now: Date.now },
      {
        iam: iam.url,
        region: 'ap-southeast-3',
        credentials: { ak: 'HWORACLEAK', sk: 'oracle-sk', securityToken: undefined },
      },
    );
    expect(mine).toBe(theirs);
    // Both requests passed the fake's check with Huawei's own signer.
    expect(iam.requests.map((r) => `${r.method} ${r.path}?${r.query.toString()}`)).toEqual([
      'GET /v3/projects?name=ap-southeast-3',
      'GET /v3/projects?name=ap-southeast-3',
    ]);
  });

  it('OIDC federation: the same temporary keys from the same ID token', async () => {
    const tokenFile = tempHome().write('id-token', 'oracle-id-token');
    // Keys derived from the unscoped token, which is derived from the ID token.
    iam.route((request) => {
      if (request.path.endsWith('/protocols/oidc/auth')) {
        const bearer = String(request.headers.authorization).replace('Bearer ', '');
        return { status: 201, headers: { 'X-Subject-Token': `unscoped-for-${bearer}` }, body: {} };
      }
      if (request.path === '/v3.0/OS-CREDENTIAL/securitytokens') {
        const unscoped = String(request.headers['x-auth-token']);
        const duration = (JSON.parse(request.body) as { auth: { identity: { token: { duration_seconds: number } } } })
          .auth.identity.token.duration_seconds;
        return {
          status: 201,
          body: {
            credential: {
              access: `HW${unscoped.length}${duration}`,
              secret: `s-${unscoped}`,
              securitytoken: `t-${unscoped}`,
              expires_at: '2099-01-01T00:00:00.000000Z',
            },
          },
        };
      }
      return { status: 404, body: {} };
    });
    const official = new core.BasicCredentials();
    official.withIdpId('oracle-idp');
    official.withIdTokenFile(tokenFile);
    official.withIamEndpoint(iam.url);
    await official.updateFederalAuthTokenByIdToken(officialClient(official));
    const theirs = { ak: official.getAk(), sk: official.getSk(), securityToken: official.getSecurityToken() };
    const mine = await ours<HuaweiAkSk>(huaweiDefaultChain({ region: 'cn-north-4' }), {
      HUAWEICLOUD_SDK_IDP_ID: 'oracle-idp',
      HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile,
      HUAWEICLOUD_SDK_IAM_ENDPOINT: iam.url,
    });
    expect({ ak: mine.ak, sk: mine.sk, securityToken: mine.securityToken }).toEqual(theirs);
    expect(new Set(iam.requests.map((r) => r.path)).size).toBe(2);
  });
});
