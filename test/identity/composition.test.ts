// Chains of one's own (imagesec/credentials + the `credentialSource` option) and the CLI's
// --profile, --dry-run and --debug naming where the credentials came from.
import { describe, expect, it } from 'vitest';
import { HssClient, SasClient } from 'imagesec';
import {
  alibabaCredentialsUriSource,
  alibabaEnvironmentSource,
  firstSource,
  huaweiProfileSource,
} from 'imagesec/credentials';
import { useCaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/cli.js';
import { useFakeCloud } from './fake-cloud.js';
import { useTempHome } from './home.js';
import { credentialsUri, huaweiIam } from './services.js';

const api = useCaptureServer();
const uri = useFakeCloud();
const iam = useFakeCloud();
const tempHome = useTempHome();

describe('a chain of your own', () => {
  it('`credentialSource` replaces the default chain; explicit credentials still win over it', async () => {
    uri.route(credentialsUri());
    const mine = firstSource('mine', [
      alibabaCredentialsUriSource({ uri: `${uri.url}/c` }),
      alibabaEnvironmentSource(),
    ]);
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' };
    const client = new SasClient({ endpoint: api.url, env, credentialSource: mine });
    expect(client.credentialsFrom).toBe('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
    await client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });
    expect(api.requests.at(-1)?.headers.authorization).toMatch(/Credential=STS\.ISSUED\.uri/);
    const explicit = new SasClient({
      endpoint: api.url,
      env,
      credentialSource: mine,
      credentials: { accessKeyId: 'LTAI5tExplicit', accessKeySecret: 's' },
    });
    expect(explicit.credentialsFrom).toBe('options.credentials');
  });

  it('a Huawei profile source with a section of its own', () => {
    const home = tempHome();
    home.write('.huaweicloud/credentials', '[team]\nak = HWTEAM\nsk = s\nproject_id = p-team\n');
    const client = new HssClient({
      region: 'cn-north-4',
      endpoint: api.url,
      env: { HOME: home.dir },
      credentialSource: huaweiProfileSource({ profile: 'team' }),
    });
    expect(client.credentialsFrom).toBe('credentials file profile "team"');
    expect(client.projectId).toBe('p-team');
  });
});

describe('CLI', () => {
  it('sas --profile: the aliyun CLI profile signs, its region_id picks the endpoint, --dry-run names the source', async () => {
    const home = tempHome();
    home.write('.aliyun/config.json', {
      current: 'default',
      profiles: [
        {
          name: 'intl',
          mode: 'AK',
          access_key_id: 'LTAI5tCliProfile',
          access_key_secret: 'cli-secret',
          region_id: 'ap-southeast-1',
        },
      ],
    });
    const result = await runCli(
      ['sas', 'operate-image-vul', '--operate-type', 'vul_fix', '--type', 'cve', '--profile', 'intl', '--dry-run'],
      { env: { HOME: home.dir } },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# credentials from aliyun CLI profile "intl" (AK)');
    expect(result.stdout).toContain('POST https://tds.ap-southeast-1.aliyuncs.com/?');
    expect(result.stdout).not.toContain('cli-secret');
    expect(result.stdout).not.toContain('LTAI5tCliProfile');
  });

  it('hss --profile with project discovery through IAM, named in --debug', async () => {
    const home = tempHome();
    home.write('.huaweicloud/credentials', '[ops]\nak = HWCLIAK\nsk = cli-sk\n');
    iam.route(
      huaweiIam({ keys: { HWCLIAK: 'cli-sk' }, projects: { 'cn-north-4': ['f00dfeedf00dfeedf00dfeedf00dfeed'] } }),
    );
    const result = await runCli(
      [
        'hss',
        'batch-scan-local-image',
        '--region',
        'cn-north-4',
        '--endpoint',
        api.url,
        '--profile',
        'ops',
        '--operate-all',
        '--debug',
      ],
      { env: { HOME: home.dir, HUAWEICLOUD_SDK_IAM_ENDPOINT: iam.url } },
    );
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('imagesec HSS credentials from credentials file profile "ops"');
    expect(api.requests.at(-1)?.target).toMatch(/^\/v5\/f00dfeedf00dfeedf00dfeedf00dfeed\/image\/local\/batch-scan/);
    expect(result.stderr).not.toContain('cli-sk');
  });

  it('no credentials anywhere: a usage error (exit 2) whose hint lists the other sources', async () => {
    const result = await runCli(
      [
        'sas',
        'operate-image-vul',
        '--operate-type',
        'vul_fix',
        '--type',
        'cve',
        '--region',
        'cn-shanghai',
        '--output',
        'json',
      ],
      {
        env: { HOME: tempHome().dir },
      },
    );
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stderr) as { error: { type: string; message: string; hint: string } };
    expect(report.error.message).toBe(
      'no SAS credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    );
    expect(report.error.hint).toContain('--profile');
    expect(report.error.hint).toContain('ALIBABA_CLOUD_ECS_METADATA');
  });
});
