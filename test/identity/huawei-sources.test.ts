// Huawei's credential sources and HSS project discovery end to end: an HssClient set up only by
// environment variables and files in a temporary HOME signs a real call to the capture server with
// what the fake IAM or ECS metadata issued, in the project IAM named. Every endpoint is loopback.
import { chmodSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, CredentialsError, HssClient, type HssClientOptions } from 'imagesec';
import { iamEndpoint } from '../../src/hss/identity/iam.js';
import { discoverProjectId } from '../../src/hss/identity/project.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { constructionError, failure } from '../helpers/outcomes.js';
import { useFakeCloud, type Received } from './fake-cloud.js';
import { useTempHome } from './home.js';
import { huaweiIam, huaweiMetadata } from './services.js';

const api = useCaptureServer();
const iam = useFakeCloud();
const metadata = useFakeCloud();
const tempHome = useTempHome();

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
let keySerial = 0;
/** A key pair no other test uses, so the process-wide project cache starts empty for it. */
function freshKeys(): { ak: string; sk: string } {
  keySerial += 1;
  return { ak: `HWTESTAK${String(keySerial).padStart(4, '0')}`, sk: `hw-test-secret-${keySerial}` };
}

function client(env: Record<string, string>, options: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: api.url,
    env: { HUAWEICLOUD_SDK_IAM_ENDPOINT: iam.url, IMAGESEC_HUAWEI_METADATA_ENDPOINT: metadata.url, ...env },
    ...options,
  });
}

async function call(c: HssClient): Promise<CapturedRequest> {
  await c.batchScanLocalImage({ body: { operate_all: true } });
  const sent = api.requests.at(-1);
  if (sent === undefined) throw new Error('nothing reached the API');
  return sent;
}

const access = (r: CapturedRequest) => /Access=([^,]+)/.exec(r.headers.authorization ?? '')?.[1];
const projectOf = (r: CapturedRequest) => /^\/v5\/([^/]+)\//.exec(r.target)?.[1];

describe('OIDC federation (HUAWEICLOUD_SDK_IDP_ID, HUAWEICLOUD_SDK_ID_TOKEN_FILE)', () => {
  it('exchanges the ID token for an unscoped token, then for temporary keys, and signs with them', async () => {
    const home = tempHome();
    const tokenFile = home.write('id-token', 'workload-id-token\n');
    iam.route(huaweiIam({ idps: { 'cce-idp': ['workload-id-token'] } }));
    const c = client({
      HUAWEICLOUD_SDK_IDP_ID: 'cce-idp',
      HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile,
      HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
    });
    expect(c.credentialsFrom).toBe('OIDC federation (HUAWEICLOUD_SDK_IDP_ID)');
    const sent = await call(c);
    expect(access(sent)).toMatch(/^HWFED\d+$/);
    expect(sent.headers['x-security-token']).toMatch(/^hw-fed-token-\d+$/);
    const [auth, keys] = iam.requests;
    expect(`${auth?.method} ${auth?.path}`).toBe(
      'POST /v3/OS-FEDERATION/identity_providers/cce-idp/protocols/oidc/auth',
    );
    expect(auth?.headers.authorization).toBe('Bearer workload-id-token');
    expect(`${keys?.method} ${keys?.path}`).toBe('POST /v3.0/OS-CREDENTIAL/securitytokens');
    expect(keys?.headers['x-auth-token']).toBe('unscoped-1');
    expect(JSON.parse(keys!.body)).toEqual({
      auth: { identity: { methods: ['token'], token: { duration_seconds: 21600 } } },
    });
  });

  it('an identity provider without its token file (or the reverse) is a ConfigurationError', () => {
    expect(
      constructionError(() => client({ HUAWEICLOUD_SDK_IDP_ID: 'idp', HUAWEICLOUD_SDK_PROJECT_ID: PROJECT })).message,
    ).toBe('environment: HUAWEICLOUD_SDK_ID_TOKEN_FILE is missing (HUAWEICLOUD_SDK_IDP_ID is set)');
  });

  it('IAM refusing the ID token is a CredentialsError with a hint, never the token', async () => {
    const tokenFile = tempHome().write('id-token', 'EXPIRED-ID-TOKEN');
    iam.route(huaweiIam({ idps: { idp: ['another'] } }));
    const error = await failure(
      call(
        client({
          HUAWEICLOUD_SDK_IDP_ID: 'idp',
          HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile,
          HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
        }),
      ),
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('OIDC federation at http://127.0.0.1');
    expect(error.message).toContain('answered 401');
    expect(JSON.stringify(error)).not.toContain('EXPIRED-ID-TOKEN');
    expect(api.requests).toHaveLength(0);
  });
});

describe('profile file (~/.huaweicloud/credentials)', () => {
  it('section [basic]: ak, sk and project_id', async () => {
    const home = tempHome();
    home.write('.huaweicloud/credentials', `[basic]\nak = HWPROFILEAK\nsk = profile-sk\nproject_id = ${PROJECT}\n`);
    const c = client({ HOME: home.dir });
    expect(c.credentialsFrom).toBe('credentials file profile "basic"');
    expect(c.projectId).toBe(PROJECT);
    const sent = await call(c);
    expect(access(sent)).toBe('HWPROFILEAK');
    expect(projectOf(sent)).toBe(PROJECT);
    expect(iam.requests).toHaveLength(0);
  });

  it('security_token is sent; HUAWEICLOUD_SDK_CREDENTIALS_FILE names another file', async () => {
    const path = tempHome().write(
      'hw.ini',
      `[basic]\nak = HWFILEAK\nsk = s\nsecurity_token = file-token\nproject_id = ${PROJECT}\n`,
    );
    const sent = await call(client({ HUAWEICLOUD_SDK_CREDENTIALS_FILE: path }));
    expect(access(sent)).toBe('HWFILEAK');
    expect(sent.headers['x-security-token']).toBe('file-token');
  });

  it('the `profile` option reads another section, and must find it', async () => {
    const home = tempHome();
    home.write(
      '.huaweicloud/credentials',
      `[basic]\nak = HWBASIC\nsk = s\n\n[audit]\nak = HWAUDIT\nsk = s\nproject_id = ${PROJECT}\n`,
    );
    expect(access(await call(client({ HOME: home.dir }, { profile: 'audit' })))).toBe('HWAUDIT');
    expect(constructionError(() => client({ HOME: home.dir }, { profile: 'nope' })).message).toMatch(
      /profile "nope" is not a section of .*credentials/,
    );
  });

  it('idp_id and id_token_file federate through the profile iam_endpoint', async () => {
    const home = tempHome();
    const tokenFile = home.write('id-token', 'profile-id-token');
    home.write(
      '.huaweicloud/credentials',
      `[basic]\nidp_id = prof-idp\nid_token_file = ${tokenFile}\niam_endpoint = ${iam.url}\nproject_id = ${PROJECT}\n`,
    );
    iam.route(huaweiIam({ idps: { 'prof-idp': ['profile-id-token'] } }));
    const c = new HssClient({ region: 'cn-north-4', endpoint: api.url, env: { HOME: home.dir } });
    expect(c.credentialsFrom).toBe('credentials file profile "basic" (OIDC federation)');
    expect(access(await call(c))).toMatch(/^HWFED/);
  });

  it('the environment comes first; half a key pair in the file is named', () => {
    const home = tempHome();
    home.write('.huaweicloud/credentials', '[basic]\nak = HWFILEONLY\n');
    expect(
      client({
        HOME: home.dir,
        HUAWEICLOUD_SDK_AK: 'HWENV',
        HUAWEICLOUD_SDK_SK: 's',
        HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
      }).credentialsFrom,
    ).toBe('environment (HUAWEICLOUD_SDK_AK)');
    expect(constructionError(() => client({ HOME: home.dir, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT })).message).toBe(
      'credentials file profile "basic": sk is missing (ak is set)',
    );
  });
});

describe('profile files other users can read', () => {
  it('warn once per file, naming it and chmod 600 and never its content, and are used all the same', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const home = tempHome();
      const profile = `[basic]\nak = HWSHAREDAK\nsk = SHARED-SK\nproject_id = ${PROJECT}\n`;
      const inHome = home.write('.huaweicloud/credentials', profile);
      const named = home.write('elsewhere.ini', profile);
      const quiet = home.write('private.ini', profile);
      chmodSync(inHome, 0o604);
      chmodSync(named, 0o644);
      expect(access(await call(client({ HOME: home.dir })))).toBe('HWSHAREDAK');
      client({ HOME: home.dir });
      client({ HUAWEICLOUD_SDK_CREDENTIALS_FILE: named });
      client({ HUAWEICLOUD_SDK_CREDENTIALS_FILE: quiet });
      const warning = (path: string, mode: string) => [
        `${path} holds credentials and other users can read it (mode ${mode}); run chmod 600 ${path}`,
        { code: 'IMAGESEC_CREDENTIALS_FILE_READABLE' },
      ];
      expect(warn.mock.calls).toEqual([warning(inHome, '604'), warning(named, '644')]);
      expect(JSON.stringify(warn.mock.calls)).not.toContain('SHARED-SK');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('ECS agency (instance metadata): only when asked for', () => {
  const asked = { IMAGESEC_INSTANCE_METADATA: '1', HUAWEICLOUD_SDK_PROJECT_ID: PROJECT };

  it('not asked for: the metadata service is never contacted', () => {
    metadata.route(huaweiMetadata());
    const error = constructionError(() => client({ HUAWEICLOUD_SDK_PROJECT_ID: PROJECT }));
    expect(error.message).toMatch(/^no HSS credentials/);
    expect(metadata.requests).toHaveLength(0);
  });

  it('token supported: PUT the token (TTL 21600), then the security key with it', async () => {
    metadata.route(huaweiMetadata());
    const c = client(asked);
    expect(c.credentialsFrom).toBe('ECS agency (instance metadata)');
    const sent = await call(c);
    expect(access(sent)).toMatch(/^HWSTS\d+$/);
    expect(sent.headers['x-security-token']).toMatch(/^hw-token-\d+$/);
    expect(
      metadata.requests.map((r) => `${r.method} ${r.path} ${String(r.headers['x-metadata-token'] ?? '-')}`),
    ).toEqual(['PUT /meta-data/latest/api/token -', 'GET /openstack/latest/securitykey hw-metadata-token-1']);
  });

  it.each([404, 405] as const)(
    'token answered %i (not supported): the security key without a token',
    async (status) => {
      metadata.route(huaweiMetadata({ token: status }));
      await call(client(asked));
      expect(metadata.requests.at(-1)?.headers['x-metadata-token']).toBeUndefined();
    },
  );

  it('a 401 renews the token and tries once more', async () => {
    metadata.route(huaweiMetadata({ staleOnce: true }));
    await call(client(asked));
    expect(metadata.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /meta-data/latest/api/token',
      'GET /openstack/latest/securitykey',
      'PUT /meta-data/latest/api/token',
      'GET /openstack/latest/securitykey',
    ]);
    expect(metadata.requests.at(-1)?.headers['x-metadata-token']).toBe('hw-metadata-token-2');
  });

  it('"Please configure Cloud Service Agency first": no retry, a CredentialsError that says what to do', async () => {
    metadata.route(huaweiMetadata({ noAgency: true }));
    const error = await failure(call(client(asked)));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toBe(
      'ECS agency (instance metadata): the instance has no cloud service agency; attach one to the ECS instance',
    );
    expect(metadata.requests.filter((r) => r.path === '/openstack/latest/securitykey')).toHaveLength(1);
  });

  it('the `instanceMetadata` and `metadataEndpoint` options ask and point, without environment variables', async () => {
    metadata.route(huaweiMetadata());
    const c = new HssClient({
      region: 'cn-north-4',
      endpoint: api.url,
      projectId: PROJECT,
      env: {},
      instanceMetadata: true,
      metadataEndpoint: metadata.url,
    });
    expect(access(await call(c))).toMatch(/^HWSTS/);
  });
});

describe('project discovery (no project id given)', () => {
  it('asks IAM once per key and region (GET /v3/projects?name=, signed), and uses the one project', async () => {
    const keys = freshKeys();
    iam.route(huaweiIam({ keys: { [keys.ak]: keys.sk }, projects: { 'cn-north-4': [PROJECT] } }));
    const env = { HUAWEICLOUD_SDK_AK: keys.ak, HUAWEICLOUD_SDK_SK: keys.sk };
    const c = client(env);
    expect(c.projectId).toBeUndefined();
    const sent = await call(c);
    expect(projectOf(sent)).toBe(PROJECT);
    expect(sent.headers['x-project-id']).toBe(PROJECT);
    expect(c.projectId).toBe(PROJECT);
    const [lookup] = iam.requests;
    expect(`${lookup?.method} ${lookup?.path}?${String(lookup?.query)}`).toBe('GET /v3/projects?name=cn-north-4');
    // Another client with the same key and region: the process-wide cache answers.
    await call(client(env));
    await call(c);
    expect(iam.requests).toHaveLength(1);
  });

  it('the process-wide cache tells access keys, regions and IAM endpoints apart, whatever ran before', async () => {
    // Keys no other test uses, and an IAM that names a project after the key and region asking.
    const [a, b] = [`HWCACHEA${Date.now()}`, `HWCACHEB${Date.now()}`];
    const answer = (request: Received) => {
      const ak = /Access=([^,]+)/.exec(String(request.headers.authorization))?.[1];
      return { body: { projects: [{ id: `${ak}@${request.query.get('name')}@${request.host}` }] } };
    };
    iam.route(answer);
    metadata.route(answer);
    const lookUp = (ak: string, region: string, at: string) =>
      discoverProjectId({ fetch, now: Date.now }, { iam: at, region, credentials: { ak, sk: 's' } });
    const host = (url: string) => new URL(url).host;
    expect(await lookUp(a, 'cn-north-4', iam.url)).toBe(`${a}@cn-north-4@${host(iam.url)}`);
    expect(await lookUp(b, 'cn-north-4', iam.url)).toBe(`${b}@cn-north-4@${host(iam.url)}`);
    expect(await lookUp(a, 'ap-southeast-1', iam.url)).toBe(`${a}@ap-southeast-1@${host(iam.url)}`);
    // The metadata fake stands in for a second IAM endpoint.
    expect(await lookUp(a, 'cn-north-4', metadata.url)).toBe(`${a}@cn-north-4@${host(metadata.url)}`);
    expect(await lookUp(b, 'cn-north-4', iam.url)).toBe(`${b}@cn-north-4@${host(iam.url)}`);
    expect(iam.requests).toHaveLength(3);
    expect(metadata.requests).toHaveLength(1);
  });

  it('resolveProjectId() looks it up ahead of any call', async () => {
    const keys = freshKeys();
    iam.route(huaweiIam({ keys: { [keys.ak]: keys.sk }, projects: { 'cn-north-4': [PROJECT] } }));
    expect(await client({ HUAWEICLOUD_SDK_AK: keys.ak, HUAWEICLOUD_SDK_SK: keys.sk }).resolveProjectId()).toBe(PROJECT);
  });

  it.each([
    [
      0,
      [],
      /IAM lists no project named cn-north-4 for these credentials; pass `projectId` or set HUAWEICLOUD_SDK_PROJECT_ID/,
    ],
    [2, ['aaaa', 'bbbb'], /IAM lists 2 projects named cn-north-4 \(aaaa, bbbb\); pass `projectId`/],
  ])('%i projects: a ConfigurationError, and nothing is sent to HSS', async (_n, ids, message) => {
    const keys = freshKeys();
    iam.route(huaweiIam({ keys: { [keys.ak]: keys.sk }, projects: { 'cn-north-4': ids } }));
    const error = await failure(call(client({ HUAWEICLOUD_SDK_AK: keys.ak, HUAWEICLOUD_SDK_SK: keys.sk })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });

  it('a failure is not cached: the next call asks again', async () => {
    const keys = freshKeys();
    iam.route(() => ({ status: 503, body: { error: { code: 'APIGW.0201', message: 'busy' } } }));
    const c = client({ HUAWEICLOUD_SDK_AK: keys.ak, HUAWEICLOUD_SDK_SK: keys.sk }, { maxRetries: 0 });
    const error = await failure(call(c));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('project discovery: the project list (IAM)');
    iam.route(huaweiIam({ keys: { [keys.ak]: keys.sk }, projects: { 'cn-north-4': [PROJECT] } }));
    expect(projectOf(await call(c))).toBe(PROJECT);
  });

  it('with federated credentials the lookup is signed with the temporary keys and their token', async () => {
    const tokenFile = tempHome().write('id-token', 'wid');
    iam.route(huaweiIam({ idps: { idp: ['wid'] }, projects: { 'cn-north-4': [PROJECT] } }));
    const sent = await call(client({ HUAWEICLOUD_SDK_IDP_ID: 'idp', HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile }));
    expect(projectOf(sent)).toBe(PROJECT);
    expect(iam.requests.at(-1)?.headers['x-security-token']).toMatch(/^hw-fed-token-/);
  });

  it('the option, the environment and the profile give it without asking IAM; without a region it cannot be asked', () => {
    const keys = freshKeys();
    const env = { HUAWEICLOUD_SDK_AK: keys.ak, HUAWEICLOUD_SDK_SK: keys.sk };
    expect(client(env, { projectId: 'p-option' }).projectId).toBe('p-option');
    expect(client({ ...env, HUAWEICLOUD_SDK_PROJECT_ID: 'p-env' }).projectId).toBe('p-env');
    const error = constructionError(() => new HssClient({ endpoint: api.url, env }));
    expect(error.message).toBe(
      'no project id: pass `projectId` or set HUAWEICLOUD_SDK_PROJECT_ID (with `region` it is looked up in IAM)',
    );
    expect(iam.requests).toHaveLength(0);
  });

  it('an IAM token cannot look it up', () => {
    const error = constructionError(
      () =>
        new HssClient({ region: 'cn-north-4', endpoint: api.url, env: {}, credentials: { authToken: 'MIIB-token' } }),
    );
    expect(error.message).toContain('an IAM token cannot look it up');
  });

  it('IAM over plain http to another machine is refused at construction, from the variable, the option or the profile', () => {
    const keys = freshKeys();
    const home = tempHome();
    const tokenFile = home.write('id-token', 'SECRET-ID-TOKEN');
    home.write(
      '.huaweicloud/credentials',
      `[basic]\nak = ${keys.ak}\nsk = ${keys.sk}\niam_endpoint = http://iam.internal\n`,
    );
    const federation = { HUAWEICLOUD_SDK_IDP_ID: 'idp', HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile };
    for (const construct of [
      () => client({ ...federation, HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://10.0.0.5:8080' }),
      () => client(federation, { iamEndpoint: 'http://10.0.0.5:8080' }),
      // Project discovery with the profile's own iam_endpoint.
      () => new HssClient({ region: 'cn-north-4', endpoint: api.url, env: { HOME: home.dir } }),
    ]) {
      expect(constructionError(construct).message).toMatch(
        /^the IAM endpoint is plain http to (10\.0\.0\.5|iam\.internal), another machine: credentials would cross the network unencrypted/,
      );
    }
    expect(
      iamEndpoint(
        { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://10.0.0.5', IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS: '1' },
        undefined,
        undefined,
        'cn-north-4',
      ),
    ).toBe('http://10.0.0.5');
    expect(iam.requests).toHaveLength(0);
  });

  it('IAM endpoint: option, HUAWEICLOUD_SDK_IAM_ENDPOINT, the profile, the region host, the global host', () => {
    expect(iamEndpoint({}, undefined, undefined, 'cn-north-4')).toBe('https://iam.cn-north-4.myhuaweicloud.com');
    expect(iamEndpoint({}, undefined, undefined, 'cn-south-4')).toBe('https://iam.myhuaweicloud.com');
    expect(iamEndpoint({}, undefined, undefined, undefined)).toBe('https://iam.myhuaweicloud.com');
    expect(iamEndpoint({}, undefined, 'https://iam.profile.example', 'cn-north-4')).toBe('https://iam.profile.example');
    expect(
      iamEndpoint(
        { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://127.0.0.1:9' },
        undefined,
        'https://iam.profile.example',
        'cn-north-4',
      ),
    ).toBe('http://127.0.0.1:9');
    expect(
      iamEndpoint(
        { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://127.0.0.1:9' },
        'https://iam.option.example',
        undefined,
        'cn-north-4',
      ),
    ).toBe('https://iam.option.example');
  });
});
