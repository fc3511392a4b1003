// Alibaba's credential sources end to end: a SasClient set up only by environment variables and
// files in a temporary HOME signs a real call to the capture server with the credentials the fake
// STS, IMDS or credentials URI issued. Every endpoint is a loopback URL.
import { chmodSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, CredentialsError, SasClient, type SasClientOptions } from 'imagesec';
import { files } from '../../src/core/identity/files-node.js';
import { alibabaCredentialsUriSource } from '../../src/sas/identity/credentials-uri.js';
import { stsEndpoint } from '../../src/sas/identity/sts.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { constructionError, failure } from '../helpers/outcomes.js';
import { useFakeCloud } from './fake-cloud.js';
import { useTempHome } from './home.js';
import { alibabaImds, alibabaSts, credentialsUri } from './services.js';

const api = useCaptureServer();
const sts = useFakeCloud();
const imds = useFakeCloud();
const uri = useFakeCloud();
const tempHome = useTempHome();

const SOURCE_KEYS = { accessKeyId: 'LTAI5tSourceKey', accessKeySecret: 'source-secret-0123456789' };
const ROLE = 'acs:ram::1234567890123456:role/imagesec';
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/ack-rrsa';

function client(env: Record<string, string>, options: Partial<SasClientOptions> = {}): SasClient {
  return new SasClient({
    endpoint: api.url,
    env: { IMAGESEC_ALIBABA_STS_ENDPOINT: sts.url, IMAGESEC_ALIBABA_METADATA_ENDPOINT: imds.url, ...env },
    ...options,
  });
}

async function call(c: SasClient): Promise<CapturedRequest> {
  await c.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });
  const sent = api.requests.at(-1);
  if (sent === undefined) throw new Error('nothing reached the API');
  return sent;
}

const keyId = (r: CapturedRequest) => /Credential=([^,]+)/.exec(r.headers.authorization ?? '')?.[1];

describe('OIDC (RRSA)', () => {
  function oidcEnv(tokenFile: string): Record<string, string> {
    return {
      ALIBABA_CLOUD_ROLE_ARN: ROLE,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    };
  }

  it('exchanges the token file at STS (AssumeRoleWithOIDC, unsigned) and signs with the session', async () => {
    const home = tempHome();
    const tokenFile = home.write('token', 'oidc-token-1\n');
    sts.route(alibabaSts({ oidcTokens: ['oidc-token-1'] }));
    const c = client(oidcEnv(tokenFile));
    expect(c.credentialsFrom).toBe('OIDC role (ALIBABA_CLOUD_ROLE_ARN)');
    const sent = await call(c);
    expect(keyId(sent)).toMatch(/^STS\.ISSUED\.\d+$/);
    expect(sent.headers['x-acs-security-token']).toMatch(/^issued-token-\d+$/);
    const [exchange] = sts.requests;
    expect(exchange?.method).toBe('POST');
    expect(Object.fromEntries(exchange!.query)).toMatchObject({
      Action: 'AssumeRoleWithOIDC',
      Format: 'JSON',
      Version: '2015-04-01',
    });
    expect(exchange!.query.get('Timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const form = Object.fromEntries(new URLSearchParams(exchange!.body));
    expect(form).toMatchObject({
      OIDCProviderArn: PROVIDER,
      OIDCToken: 'oidc-token-1',
      RoleArn: ROLE,
      DurationSeconds: '3600',
    });
    expect(form.RoleSessionName).toMatch(/^imagesec-\d+$/);
    expect(exchange!.headers.authorization).toBeUndefined();
  });

  it('ALIBABA_CLOUD_ROLE_SESSION_NAME names the session', async () => {
    const tokenFile = tempHome().write('token', 'oidc-token-1');
    sts.route(alibabaSts({ oidcTokens: ['oidc-token-1'] }));
    await call(client({ ...oidcEnv(tokenFile), ALIBABA_CLOUD_ROLE_SESSION_NAME: 'ci-job-42' }));
    expect(new URLSearchParams(sts.requests[0]!.body).get('RoleSessionName')).toBe('ci-job-42');
  });

  it('a half-set OIDC environment is a ConfigurationError naming what is missing', () => {
    const error = constructionError(() => client({ ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/nowhere' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('ALIBABA_CLOUD_ROLE_ARN');
    expect(error.message).toContain('ALIBABA_CLOUD_OIDC_PROVIDER_ARN');
  });

  it('STS refusing the token is a CredentialsError naming the source and the code, never the token', async () => {
    const tokenFile = tempHome().write('token', 'SECRET-OIDC-TOKEN');
    sts.route(alibabaSts({ oidcTokens: ['another'] }));
    const error = await failure(call(client(oidcEnv(tokenFile))));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('OIDC role (ALIBABA_CLOUD_ROLE_ARN): AssumeRoleWithOIDC at http://127.0.0.1');
    expect(error.message).toContain('answered 400 InvalidParameter.OIDCToken');
    expect((error as CredentialsError).code).toBe('InvalidParameter.OIDCToken');
    expect(JSON.stringify(error)).not.toContain('SECRET-OIDC-TOKEN');
    expect(api.requests).toHaveLength(0);
  });

  it('a token file that is gone at refresh time is named (path only)', async () => {
    const error = await failure(call(client(oidcEnv(`${tempHome().dir}/missing-token`))));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/the OIDC token file .*missing-token is missing or empty/);
  });
});

describe('aliyun CLI profile (~/.aliyun/config.json)', () => {
  function config(current: string, ...profiles: Record<string, unknown>[]): object {
    return { current, profiles, meta_path: '' };
  }

  it.each([
    ['AK', {}, undefined],
    ['StsToken', { sts_token: 'profile-sts-token' }, 'profile-sts-token'],
  ])('mode %s: the profile named by `current`, its region_id the default region', async (mode, extra, token) => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config(
        'dev',
        { name: 'default', mode: 'AK', access_key_id: 'WRONG', access_key_secret: 'x' },
        {
          name: 'dev',
          mode,
          access_key_id: 'LTAI5tProfileKey',
          access_key_secret: 'profile-secret',
          region_id: 'ap-southeast-1',
          ...extra,
        },
      ),
    );
    const c = new SasClient({ env: { HOME: home.dir } });
    expect(c.credentialsFrom).toBe(`aliyun CLI profile "dev" (${mode})`);
    expect(c.regionId).toBe('ap-southeast-1');
    expect(c.endpoint).toBe('https://tds.ap-southeast-1.aliyuncs.com');
    const sent = await call(client({ HOME: home.dir }));
    expect(keyId(sent)).toBe('LTAI5tProfileKey');
    expect(sent.headers['x-acs-security-token']).toBe(token);
  });

  it('ALIBABA_CLOUD_PROFILE, then the `profile` option, pick another profile', async () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config(
        'default',
        { name: 'default', mode: 'AK', access_key_id: 'LTAI5tDefault', access_key_secret: 's' },
        { name: 'ci', mode: 'AK', access_key_id: 'LTAI5tCi', access_key_secret: 's' },
        { name: 'ops', mode: 'AK', access_key_id: 'LTAI5tOps', access_key_secret: 's' },
      ),
    );
    expect(keyId(await call(client({ HOME: home.dir, ALIBABA_CLOUD_PROFILE: 'ci' })))).toBe('LTAI5tCi');
    expect(keyId(await call(client({ HOME: home.dir, ALIBABA_CLOUD_PROFILE: 'ci' }, { profile: 'ops' })))).toBe(
      'LTAI5tOps',
    );
  });

  it('a `profile` option wins over the environment, and one found nowhere is an error', () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config('default', { name: 'ops', mode: 'AK', access_key_id: 'LTAI5tOps', access_key_secret: 's' }),
    );
    const env = { HOME: home.dir, ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' };
    expect(client(env, { profile: 'ops' }).credentialsFrom).toBe('aliyun CLI profile "ops" (AK)');
    expect(client(env).credentialsFrom).toBe('environment (ALIBABA_CLOUD_ACCESS_KEY_ID)');
    const error = constructionError(() => client(env, { profile: 'nope' }));
    expect(error.message).toBe('profile "nope" is in neither ~/.aliyun/config.json nor the credentials file');
  });

  it('RamRoleArn: AssumeRole signed ACS3 with the profile keys (checked by the fake with the official signer)', async () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config('role', {
        name: 'role',
        mode: 'RamRoleArn',
        ...{ access_key_id: SOURCE_KEYS.accessKeyId, access_key_secret: SOURCE_KEYS.accessKeySecret },
        ram_role_arn: ROLE,
        ram_session_name: 'nightly',
        expired_seconds: 1800,
      }),
    );
    sts.route(alibabaSts({ keys: { [SOURCE_KEYS.accessKeyId]: SOURCE_KEYS.accessKeySecret } }));
    const sent = await call(client({ HOME: home.dir }));
    expect(keyId(sent)).toMatch(/^STS\.ISSUED\.\d+$/);
    const [assume] = sts.requests;
    expect(assume?.headers['x-acs-action']).toBe('AssumeRole');
    expect(assume?.headers['x-acs-version']).toBe('2015-04-01');
    expect(Object.fromEntries(new URLSearchParams(assume!.body))).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'nightly',
      DurationSeconds: '1800',
    });
  });

  it('RamRoleArn with a wrong source secret: STS refuses the signature, a CredentialsError says so', async () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config('role', {
        name: 'role',
        mode: 'RamRoleArn',
        access_key_id: SOURCE_KEYS.accessKeyId,
        access_key_secret: 'WRONG-SECRET',
        ram_role_arn: ROLE,
      }),
    );
    sts.route(alibabaSts({ keys: { [SOURCE_KEYS.accessKeyId]: SOURCE_KEYS.accessKeySecret } }));
    const error = await failure(call(client({ HOME: home.dir })));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('AssumeRole');
    expect(error.message).toContain('SignatureDoesNotMatch');
    expect(JSON.stringify(error)).not.toContain('WRONG-SECRET');
  });

  it('ChainableRamRoleArn: the source profile first, then AssumeRole signed with its session', async () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config(
        'chained',
        {
          name: 'base',
          mode: 'AK',
          access_key_id: SOURCE_KEYS.accessKeyId,
          access_key_secret: SOURCE_KEYS.accessKeySecret,
        },
        { name: 'middle', mode: 'ChainableRamRoleArn', source_profile: 'base', ram_role_arn: `${ROLE}-middle` },
        { name: 'chained', mode: 'ChainableRamRoleArn', source_profile: 'middle', ram_role_arn: ROLE },
      ),
    );
    const issued: Record<string, string> = { [SOURCE_KEYS.accessKeyId]: SOURCE_KEYS.accessKeySecret };
    const route = alibabaSts({ keys: issued });
    sts.route(async (request) => {
      const reply = await route(request);
      const creds = (reply.body as { Credentials?: { AccessKeyId: string; AccessKeySecret: string } }).Credentials;
      if (creds) issued[creds.AccessKeyId] = creds.AccessKeySecret; // the next hop signs with it
      return reply;
    });
    const c = client({ HOME: home.dir });
    expect(c.credentialsFrom).toBe(
      'aliyun CLI profile "chained" (ChainableRamRoleArn) via aliyun CLI profile "middle" (ChainableRamRoleArn) via aliyun CLI profile "base" (AK)',
    );
    await call(c);
    expect(sts.requests.map((r) => new URLSearchParams(r.body).get('RoleArn'))).toEqual([`${ROLE}-middle`, ROLE]);
    expect(sts.requests[1]?.headers['x-acs-security-token']).toMatch(/^issued-token-/);
  });

  it('a source_profile loop is refused at construction', () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config(
        'a',
        { name: 'a', mode: 'ChainableRamRoleArn', source_profile: 'b', ram_role_arn: ROLE },
        { name: 'b', mode: 'ChainableRamRoleArn', source_profile: 'a', ram_role_arn: ROLE },
      ),
    );
    expect(constructionError(() => client({ HOME: home.dir })).message).toContain('leads back to itself');
  });

  it('EcsRamRole: instance metadata, because the profile asks for it', async () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config('ecs', { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'ImagesecRole' }),
    );
    imds.route(alibabaImds({ role: 'ImagesecRole' }));
    const sent = await call(client({ HOME: home.dir }));
    expect(keyId(sent)).toMatch(/^STS\.ISSUED\.ecs\d+$/);
    expect(imds.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/ImagesecRole',
    ]);
  });

  it('EcsRamRole where ALIBABA_CLOUD_ECS_METADATA_DISABLED=true: refused at construction, metadata untouched', () => {
    const home = tempHome();
    home.write('.aliyun/config.json', config('ecs', { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'R' }));
    const error = constructionError(() => client({ HOME: home.dir, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }));
    expect(error.message).toBe(
      'aliyun CLI profile "ecs" (EcsRamRole): instance metadata is disabled (ALIBABA_CLOUD_ECS_METADATA_DISABLED=true)',
    );
    expect(imds.requests).toHaveLength(0);
  });

  it('OIDC mode reads its own token file and ARNs', async () => {
    const home = tempHome();
    const tokenFile = home.write('rrsa-token', 'profile-oidc-token');
    home.write(
      '.aliyun/config.json',
      config('rrsa', {
        name: 'rrsa',
        mode: 'OIDC',
        ram_role_arn: ROLE,
        oidc_provider_arn: PROVIDER,
        oidc_token_file: tokenFile,
        duration_seconds: 900,
      }),
    );
    sts.route(alibabaSts({ oidcTokens: ['profile-oidc-token'] }));
    await call(client({ HOME: home.dir }));
    expect(new URLSearchParams(sts.requests[0]!.body).get('DurationSeconds')).toBe('900');
  });

  it.each(['CloudSSO', 'OAuth', 'External'])('mode %s is refused with a way out', (mode) => {
    const home = tempHome();
    home.write('.aliyun/config.json', config('x', { name: 'x', mode }));
    const error = constructionError(() => client({ HOME: home.dir }));
    expect(error.message).toContain(`mode ${mode} is not supported by imagesec`);
    expect(error.message).toContain('ALIBABA_CLOUD_CREDENTIALS_URI');
  });

  it('ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true skips the file', () => {
    const home = tempHome();
    home.write(
      '.aliyun/config.json',
      config('dev', { name: 'dev', mode: 'AK', access_key_id: 'LTAI5tProfileKey', access_key_secret: 's' }),
    );
    const error = constructionError(() => client({ HOME: home.dir, ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }));
    expect(error.message).toMatch(/^no SAS credentials/);
  });

  it('a config.json that is not JSON is named, without its content', () => {
    const home = tempHome();
    home.write('.aliyun/config.json', '{"profiles": [ LTAI5tLeaked');
    const error = constructionError(() => client({ HOME: home.dir }));
    expect(error.message).toMatch(/config\.json is not a JSON object/);
    expect(error.message).not.toContain('LTAI5tLeaked');
  });
});

describe('credentials file (~/.alibabacloud/credentials)', () => {
  it('type access_key in [default]; ALIBABA_CLOUD_PROFILE picks another section', async () => {
    const home = tempHome();
    home.write(
      '.alibabacloud/credentials',
      [
        '[default]',
        'type = access_key',
        'access_key_id = LTAI5tIniDefault',
        'access_key_secret = ini-secret',
        '',
        '[other]',
        'type = access_key',
        'access_key_id = LTAI5tIniOther',
        'access_key_secret = ini-secret',
        '',
      ].join('\n'),
    );
    const c = client({ HOME: home.dir });
    expect(c.credentialsFrom).toBe('credentials file profile "default" (access_key)');
    expect(keyId(await call(c))).toBe('LTAI5tIniDefault');
    expect(keyId(await call(client({ HOME: home.dir, ALIBABA_CLOUD_PROFILE: 'other' })))).toBe('LTAI5tIniOther');
  });

  it('ALIBABA_CLOUD_CREDENTIALS_FILE names the file; a named file that does not exist is an error', async () => {
    const home = tempHome();
    const path = home.write(
      'elsewhere.ini',
      '[default]\ntype = access_key\naccess_key_id = LTAI5tNamed\naccess_key_secret = s\n',
    );
    expect(keyId(await call(client({ ALIBABA_CLOUD_CREDENTIALS_FILE: path })))).toBe('LTAI5tNamed');
    const error = constructionError(() => client({ ALIBABA_CLOUD_CREDENTIALS_FILE: `${home.dir}/absent.ini` }));
    expect(error.message).toMatch(/ALIBABA_CLOUD_CREDENTIALS_FILE names .*absent\.ini, which does not exist/);
  });

  it('type ram_role_arn assumes the role with the section keys', async () => {
    const home = tempHome();
    home.write(
      '.alibabacloud/credentials',
      [
        '[default]',
        'type = ram_role_arn',
        `access_key_id = ${SOURCE_KEYS.accessKeyId}`,
        `access_key_secret = ${SOURCE_KEYS.accessKeySecret}`,
        `role_arn = ${ROLE}`,
        'role_session_name = from-ini',
      ].join('\n'),
    );
    sts.route(alibabaSts({ keys: { [SOURCE_KEYS.accessKeyId]: SOURCE_KEYS.accessKeySecret } }));
    expect(keyId(await call(client({ HOME: home.dir })))).toMatch(/^STS\.ISSUED\./);
    expect(new URLSearchParams(sts.requests[0]!.body).get('RoleSessionName')).toBe('from-ini');
  });

  it('type ecs_ram_role uses metadata with the section role', async () => {
    const home = tempHome();
    home.write('.alibabacloud/credentials', '[default]\ntype = ecs_ram_role\nrole_name = IniRole\n');
    imds.route(alibabaImds({ role: 'IniRole' }));
    expect(keyId(await call(client({ HOME: home.dir })))).toMatch(/^STS\.ISSUED\.ecs/);
  });

  it('an unknown type is refused, naming the three it knows', () => {
    const home = tempHome();
    home.write('.alibabacloud/credentials', '[default]\ntype = rsa_key_pair\n');
    expect(constructionError(() => client({ HOME: home.dir })).message).toContain(
      'type must be access_key, ecs_ram_role or ram_role_arn',
    );
  });
});

describe('profile files other users can read', () => {
  it('warn once per file, naming it and chmod 600 and never its content, and are used all the same', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const home = tempHome();
      const config = home.write('.aliyun/config.json', {
        current: 'p',
        profiles: [{ name: 'p', mode: 'AK', access_key_id: 'LTAI5tShared', access_key_secret: 'SHARED-SECRET' }],
      });
      const ini = home.write(
        'named.ini',
        '[default]\ntype = access_key\naccess_key_id = LTAI5tNamedIni\naccess_key_secret = SHARED-SECRET\n',
      );
      chmodSync(config, 0o644);
      chmodSync(ini, 0o640);
      expect(client({ HOME: home.dir }).credentialsFrom).toBe('aliyun CLI profile "p" (AK)');
      expect(client({ HOME: home.dir }).credentialsFrom).toBe('aliyun CLI profile "p" (AK)');
      const named = { ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true', ALIBABA_CLOUD_CREDENTIALS_FILE: ini };
      expect(client(named).credentialsFrom).toBe('credentials file profile "default" (access_key)');
      expect(warn.mock.calls).toEqual([
        [
          `${config} holds credentials and other users can read it (mode 644); run chmod 600 ${config}`,
          { code: 'IMAGESEC_CREDENTIALS_FILE_READABLE' },
        ],
        [
          `${ini} holds credentials and other users can read it (mode 640); run chmod 600 ${ini}`,
          { code: 'IMAGESEC_CREDENTIALS_FILE_READABLE' },
        ],
      ]);
      expect(JSON.stringify(warn.mock.calls)).not.toContain('SHARED-SECRET');
    } finally {
      warn.mockRestore();
    }
  });

  it('a private file (0600) is used without a word', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const home = tempHome();
      home.write(
        '.alibabacloud/credentials',
        '[default]\ntype = access_key\naccess_key_id = LTAI5tPrivate\naccess_key_secret = s\n',
      );
      expect(client({ HOME: home.dir }).credentialsFrom).toBe('credentials file profile "default" (access_key)');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('ECS RAM role (instance metadata): only when asked for', () => {
  it('not asked for: the metadata service is never contacted', () => {
    imds.route(alibabaImds());
    const error = constructionError(() => client({}));
    expect(error.message).toMatch(/^no SAS credentials/);
    expect(error.message).toContain('instanceMetadata: true');
    expect(imds.requests).toHaveLength(0);
  });

  it('IMAGESEC_INSTANCE_METADATA=1: IMDSv2 token, role discovery, then the role credentials with the token', async () => {
    imds.route(alibabaImds({ role: 'Discovered', requireToken: true }));
    const c = client({ IMAGESEC_INSTANCE_METADATA: '1' });
    expect(c.credentialsFrom).toBe('ECS RAM role');
    expect(keyId(await call(c))).toMatch(/^STS\.ISSUED\.ecs/);
    expect(
      imds.requests.map((r) => `${r.method} ${r.path} ${String(r.headers['x-aliyun-ecs-metadata-token'] ?? '-')}`),
    ).toEqual([
      'PUT /latest/api/token -',
      'GET /latest/meta-data/ram/security-credentials/ imds-session-token',
      'PUT /latest/api/token -',
      'GET /latest/meta-data/ram/security-credentials/Discovered imds-session-token',
    ]);
    expect(imds.requests[0]?.headers['x-aliyun-ecs-metadata-token-ttl-seconds']).toBe('21600');
  });

  it('ALIBABA_CLOUD_ECS_METADATA names the role (no discovery), and the `instanceMetadata` option asks too', async () => {
    imds.route(alibabaImds({ role: 'Named' }));
    const c = client({ ALIBABA_CLOUD_ECS_METADATA: 'Named' });
    expect(c.credentialsFrom).toBe('ECS RAM role "Named"');
    await call(c);
    expect(imds.requests.some((r) => r.path.endsWith('/security-credentials/'))).toBe(false);
    imds.requests.splice(0);
    imds.route(alibabaImds({ role: 'ByOption' }));
    await call(client({}, { instanceMetadata: true }));
    expect(imds.requests.at(-1)?.path).toBe('/latest/meta-data/ram/security-credentials/ByOption');
  });

  it('IMDSv1 fallback when the token PUT fails; none with ALIBABA_CLOUD_IMDSV1_DISABLED=true', async () => {
    imds.route(alibabaImds({ role: 'R', v2: false }));
    await call(client({ ALIBABA_CLOUD_ECS_METADATA: 'R' }));
    expect(imds.requests.at(-1)?.headers['x-aliyun-ecs-metadata-token']).toBeUndefined();
    const error = await failure(
      call(client({ ALIBABA_CLOUD_ECS_METADATA: 'R', ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' })),
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('IMDSv1 is disabled (ALIBABA_CLOUD_IMDSV1_DISABLED)');
  });

  it('ALIBABA_CLOUD_ECS_METADATA_DISABLED=true wins over every way of asking', () => {
    const error = constructionError(() =>
      client(
        { ALIBABA_CLOUD_ECS_METADATA: 'R', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' },
        { instanceMetadata: true },
      ),
    );
    expect(error.message).toMatch(/^no SAS credentials/);
  });

  it('a role that metadata does not know is a CredentialsError with a hint', async () => {
    imds.route(alibabaImds({ role: 'Real' }));
    const error = await failure(call(client({ ALIBABA_CLOUD_ECS_METADATA: 'Typo' })));
    expect(error.message).toContain('answered 404; check that the instance has a RAM role attached');
  });
});

describe('credentials URI', () => {
  it('GETs the URI and signs with what it answers; errors show only the origin', async () => {
    uri.route(credentialsUri());
    const c = client({ ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/creds?token=URI-SECRET` });
    expect(c.credentialsFrom).toBe('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
    expect(keyId(await call(c))).toMatch(/^STS\.ISSUED\.uri/);
    expect(uri.requests[0]?.query.get('token')).toBe('URI-SECRET');
    uri.route(() => ({ status: 500, body: { Code: 'Broken' } }));
    const error = await failure(call(client({ ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/creds?token=URI-SECRET` })));
    expect(error.message).toContain(`at ${uri.url} answered 500 Broken`);
    expect(error.message).not.toContain('URI-SECRET');
  });

  it('plain http to another machine is refused at construction, naming the host only and the way out', () => {
    for (const refused of [
      'http://10.0.0.7:8080/creds?token=URI-SECRET',
      'http://creds.internal/c',
      'http://[fd00::7]/c',
    ]) {
      const error = constructionError(() => client({ ALIBABA_CLOUD_CREDENTIALS_URI: refused }));
      expect(error.message).toMatch(
        /^ALIBABA_CLOUD_CREDENTIALS_URI is plain http to \S+, another machine: credentials would cross the network unencrypted; use https, a loopback address \(127\.0\.0\.1, \[::1\], localhost\), or set IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS=1$/,
      );
      expect(error.message).toContain(new URL(refused).hostname);
      expect(error.message).not.toContain('URI-SECRET');
    }
    expect(uri.requests).toHaveLength(0);
  });

  it('https anywhere, plain http to loopback, or plain http with the opt-in (variable or option) are accepted', () => {
    const from = 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)';
    for (const accepted of [
      'https://creds.internal/c',
      'http://127.0.0.1:9/c',
      'http://127.3.2.1:9/c',
      'http://[::1]:9/c',
      'http://localhost:9/c',
    ]) {
      expect(client({ ALIBABA_CLOUD_CREDENTIALS_URI: accepted }).credentialsFrom).toBe(from);
    }
    const remote = 'http://10.0.0.7:8080/creds';
    expect(
      client({ ALIBABA_CLOUD_CREDENTIALS_URI: remote, IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS: '1' }).credentialsFrom,
    ).toBe(from);
    const context = { env: {}, files, fetch, now: Date.now };
    expect(alibabaCredentialsUriSource({ uri: remote, allowPlainHttp: true }).resolve(context)?.name).toBe(from);
    expect(uri.requests).toHaveLength(0);
  });

  it('an answer whose Code is not Success is refused', async () => {
    uri.route(() => ({ body: { Code: 'Failed', AccessKeyId: 'a', AccessKeySecret: 'b', SecurityToken: 'c' } }));
    const error = await failure(call(client({ ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/c` })));
    expect(error.message).toContain('Code is not Success');
  });
});

describe('the default chain, in the vendor order', () => {
  it('environment, OIDC, CLI profile, credentials file, metadata (asked), URI: each wins over those after it', () => {
    const home = tempHome();
    home.write('.aliyun/config.json', {
      current: 'p',
      profiles: [{ name: 'p', mode: 'AK', access_key_id: 'LTAI5tCli', access_key_secret: 's' }],
    });
    home.write(
      '.alibabacloud/credentials',
      '[default]\ntype = access_key\naccess_key_id = LTAI5tIni\naccess_key_secret = s\n',
    );
    const tokenFile = home.write('token', 't');
    const all: Record<string, string> = {
      HOME: home.dir,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
      ALIBABA_CLOUD_ROLE_ARN: ROLE,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
      ALIBABA_CLOUD_ECS_METADATA: 'R',
      ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/c`,
    };
    const order: Array<[string, string[]]> = [
      ['environment (ALIBABA_CLOUD_ACCESS_KEY_ID)', ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET']],
      ['OIDC role (ALIBABA_CLOUD_ROLE_ARN)', ['ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'ALIBABA_CLOUD_OIDC_TOKEN_FILE']],
      ['aliyun CLI profile "p" (AK)', ['ALIBABA_CLOUD_CLI_PROFILE_DISABLED']],
      ['credentials file profile "default" (access_key)', ['ALIBABA_CLOUD_CREDENTIALS_FILE']],
      ['ECS RAM role "R"', ['ALIBABA_CLOUD_ECS_METADATA']],
      ['credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)', []],
    ];
    const env = { ...all };
    for (const [expected, remove] of order) {
      expect(client(env).credentialsFrom).toBe(expected);
      for (const name of remove) {
        if (name === 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED') env[name] = 'true';
        else if (name === 'ALIBABA_CLOUD_CREDENTIALS_FILE') env[name] = `${home.dir}/.alibabacloud/credentials-none`;
        else delete env[name];
      }
      if (remove.includes('ALIBABA_CLOUD_CREDENTIALS_FILE')) {
        delete env.ALIBABA_CLOUD_CREDENTIALS_FILE;
        env.HOME = `${home.dir}/empty`;
      }
    }
    // Nothing was fetched: choosing a source reads settings only.
    expect([...sts.requests, ...imds.requests, ...uri.requests]).toHaveLength(0);
  });
});

describe('endpoints', () => {
  it('STS: option, then IMAGESEC_ALIBABA_STS_ENDPOINT, then the region and VPC hosts the vendor uses', () => {
    expect(stsEndpoint({ roleArn: ROLE }, {})).toBe('https://sts.aliyuncs.com');
    expect(stsEndpoint({ roleArn: ROLE }, { ALIBABA_CLOUD_STS_REGION: 'cn-hangzhou' })).toBe(
      'https://sts.cn-hangzhou.aliyuncs.com',
    );
    expect(
      stsEndpoint(
        { roleArn: ROLE },
        { ALIBABA_CLOUD_STS_REGION: 'cn-hangzhou', ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED: 'true' },
      ),
    ).toBe('https://sts-vpc.cn-hangzhou.aliyuncs.com');
    expect(stsEndpoint({ roleArn: ROLE }, { IMAGESEC_ALIBABA_STS_ENDPOINT: 'http://127.0.0.1:9/' })).toBe(
      'http://127.0.0.1:9',
    );
    expect(
      stsEndpoint(
        { roleArn: ROLE, stsEndpoint: 'sts.example.internal' },
        { IMAGESEC_ALIBABA_STS_ENDPOINT: 'http://127.0.0.1:9' },
      ),
    ).toBe('https://sts.example.internal');
  });

  it('the stsEndpoint and metadataEndpoint options reach the fakes', async () => {
    const tokenFile = tempHome().write('token', 'tok');
    sts.route(alibabaSts({ oidcTokens: ['tok'] }));
    const env = {
      ALIBABA_CLOUD_ROLE_ARN: ROLE,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    };
    await call(new SasClient({ endpoint: api.url, env, stsEndpoint: sts.url }));
    expect(sts.requests).toHaveLength(1);
    imds.route(alibabaImds({ role: 'R' }));
    await call(
      new SasClient({ endpoint: api.url, env: { ALIBABA_CLOUD_ECS_METADATA: 'R' }, metadataEndpoint: imds.url }),
    );
    expect(imds.requests.length).toBeGreaterThan(0);
  });

  it('STS over plain http to another machine is refused before anything is sent; instance metadata is exempt', async () => {
    const tokenFile = tempHome().write('token', 'SECRET-OIDC-TOKEN');
    const oidc = {
      ALIBABA_CLOUD_ROLE_ARN: ROLE,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    };
    for (const [env, options] of [
      [{ ...oidc, IMAGESEC_ALIBABA_STS_ENDPOINT: 'http://sts.internal:8080' }, {}],
      [oidc, { stsEndpoint: 'http://10.0.0.9' }],
    ] as const) {
      const error = await failure(call(client(env, options)));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/^the STS endpoint is plain http to (sts\.internal|10\.0\.0\.9), another machine/);
    }
    expect(api.requests).toHaveLength(0);
    expect(() =>
      stsEndpoint(
        { roleArn: ROLE },
        { IMAGESEC_ALIBABA_STS_ENDPOINT: 'http://sts.internal', IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS: 'true' },
      ),
    ).not.toThrow();
    // The metadata service is plain http by design: its address and overrides are not refused.
    expect(
      client({ ALIBABA_CLOUD_ECS_METADATA: 'R', IMAGESEC_ALIBABA_METADATA_ENDPOINT: 'http://10.0.0.8' })
        .credentialsFrom,
    ).toBe('ECS RAM role "R"');
  });

  it('a bad override is a ConfigurationError naming the variable', () => {
    const error = constructionError(() =>
      client({ ALIBABA_CLOUD_ECS_METADATA: 'R', IMAGESEC_ALIBABA_METADATA_ENDPOINT: 'ftp://x' }),
    );
    expect(error.message).toContain('IMAGESEC_ALIBABA_METADATA_ENDPOINT must be an http(s) URL');
  });
});
