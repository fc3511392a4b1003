// The CLI on the toy cloud, in-process through main(): its commands come from the generated command
// table through the registry, run against the strict mock (table output, a JSON body from flags, a
// walk over every page, an error inside a 200), and show up in --help and in the completion model,
// with the toy's own credential and region hints. No CLI file names the toy.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../clouds.js';
import { completionModel } from '../../src/cli/completion/model.js';
import { runMain, type InProcessRun } from '../helpers/in-process-cli.js';
import { startMock, type RunningMock } from '../../src/testing/index.js';
import type { ToyKey } from './signer.js';

const KEY: ToyKey = { keyId: 'TOYKEYCLI0001', keySecret: 'toy-cli-secret-0001' };

let mock: RunningMock;
let endpoint: string;
beforeAll(async () => {
  mock = await startMock({ clouds: ['toy'] as never, credentials: { toy: [KEY] } as never });
  endpoint = (mock.urls as Record<string, string>).toy!;
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => {
  mock.reset();
  vi.stubEnv('TOY_CLOUD_KEY_ID', KEY.keyId);
  vi.stubEnv('TOY_CLOUD_KEY_SECRET', KEY.keySecret);
  for (const name of ['TOY_CLOUD_SESSION_TOKEN', 'TOY_CLOUD_REGION', 'IMAGESEC_DEBUG']) vi.stubEnv(name, '');
  return () => vi.unstubAllEnvs();
});

/** `imagesec ...args` in this process. */
const run = (...args: string[]): Promise<InProcessRun> => runMain(args);

describe('imagesec toy', () => {
  it('list-images prints the spec’s table columns', async () => {
    const { code, stdout, stderr } = await run('toy', 'list-images', '--endpoint', endpoint, '--output', 'table');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]?.split(/\s+/)).toEqual(['ImageId', 'Repository', 'Tag', 'FindingCount', 'ScannedAt']);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual(['img-7f3a9c21', 'img-0b62e418']);
    expect(mock.requests.map((r) => [r.operation, r.signature])).toEqual([['ListImages', 'valid']]);
  });

  it('list-images --all walks every page', async () => {
    const ids = ['img-00000001', 'img-00000002', 'img-00000003'];
    mock.script('ListImages', (request) => {
      const offset = Number(request.query.offset ?? 0);
      const page = ids.slice(offset, offset + 2).map((ImageId) => ({
        ImageId,
        Repository: 'library/app',
        Tag: 'v1',
        Digest: `sha256:${'0'.repeat(64)}`,
        FindingCount: 0,
      }));
      return { body: { Response: { TotalCount: ids.length, ImageSet: page } } };
    });
    const { code, stdout } = await run(
      'toy',
      'list-images',
      '--endpoint',
      endpoint,
      '--limit',
      '2',
      '--all',
      '--output',
      'jsonl',
    );
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { ImageId: string }).ImageId),
    ).toEqual(ids);
    expect(mock.requests).toHaveLength(2);
  });

  it('ignore-finding sends the body its flags build', async () => {
    const { code, stdout } = await run(
      'toy',
      'ignore-finding',
      '--endpoint',
      endpoint,
      '--finding-id',
      'fnd-1a2b3c4d',
      '--reason',
      'false positive',
      '--output',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ data: { Response: { RecordId: 'ign-5e6f7a8b' } } });
    expect(mock.requests[0]).toMatchObject({ path: '/v1/findings/fnd-1a2b3c4d/ignore', signature: 'valid' });
    expect(JSON.parse(mock.requests[0]?.body ?? '')).toEqual({ Reason: 'false positive' });
  });

  it('reports an error inside a 200 as an API error (exit 1) with its class, code and request id', async () => {
    mock.script('ListImages', {
      body: {
        Response: { Error: { Code: 'ResourceNotFound.Repository', Message: 'No such repository.' }, RequestId: 'r-1' },
      },
    });
    const { code, stderr } = await run('toy', 'list-images', '--endpoint', endpoint, '--repository', 'library/gone');
    expect(code).toBe(1);
    expect(stderr).toContain('NotFoundError');
    expect(stderr).toContain('ResourceNotFound.Repository: No such repository. (request id r-1)');
  });

  it('names the toy’s own credentials and region when they are missing (exit 2, nothing sent)', async () => {
    vi.stubEnv('TOY_CLOUD_KEY_SECRET', '');
    vi.stubEnv('TOY_CLOUD_KEY_ID', '');
    const noKeys = await run('toy', 'list-images', '--endpoint', endpoint);
    expect(noKeys.code).toBe(2);
    expect(noKeys.stderr).toContain('TOY_CLOUD_KEY_ID');
    expect(noKeys.stderr).toContain('TOY_CLOUD_KEY_SECRET');
    vi.stubEnv('TOY_CLOUD_KEY_ID', KEY.keyId);
    vi.stubEnv('TOY_CLOUD_KEY_SECRET', KEY.keySecret);
    const noRegion = await run('toy', 'list-images');
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain('--region toy-east-1');
    expect(mock.requests).toEqual([]);
  });

  it('lists the toy and its commands in --help, and in the completion model', async () => {
    const help = await run('--help');
    expect(help.stdout).toContain('imagesec <hss|sas|toy> <operation>');
    expect(help.stdout).toContain('Toy Container Security');
    const own = await run('toy', '--help');
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/list-images\s+List the container images/);
    expect(own.stdout).toMatch(/ignore-finding\s+Ignore a finding of an image/);
    const command = await run('toy', 'ignore-finding', '--help');
    expect(command.stdout).toContain('--finding-id');
    expect(command.stdout).toContain('POST /v1/findings/{finding_id}/ignore');

    const model = completionModel();
    const flagsOf = (path: string) =>
      model.commands.find((c) => c.path.join(' ') === path)?.flags.map((i) => model.flags[i]?.name);
    expect(flagsOf('toy list-images')).toEqual(expect.arrayContaining(['limit', 'offset', 'repository', 'all']));
    expect(flagsOf('toy ignore-finding')).toEqual(expect.arrayContaining(['finding-id', 'reason', 'until', 'body']));
  });
});
