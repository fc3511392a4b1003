// Client-side validation from the specs: one ValidationError lists every violation of a call with
// its input path, before anything is sent (not even the credential provider is asked).
import { describe, expect, it, vi } from 'vitest';
import { HssClient, SasClient, ValidationError, type HssClientOptions } from 'imagesec';
import { useCaptureServer } from '../helpers/capture-server.js';
import { rejection } from '../helpers/outcomes.js';

const server = useCaptureServer();

function hss(options: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: server.url,
    projectId: '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c',
    credentials: { ak: 'VALIDATIONAK012345', sk: 'validation-sk-0123456789' },
    env: {},
    ...options,
  });
}

async function violations(call: Promise<unknown>): Promise<ValidationError['violations']> {
  const error = await rejection(call);
  expect(error).toBeInstanceOf(ValidationError);
  expect(server.requests).toHaveLength(0);
  return (error as ValidationError).violations;
}

describe('every violation of a call, with its path', () => {
  it('a lone surrogate in a query value is a violation naming the parameter (no URL can carry it), for HSS and SAS', async () => {
    expect(await violations(hss().batchScanLocalImage({ enterprise_project_id: 'ep-\uD800' }))).toEqual([
      { path: 'enterprise_project_id', message: expect.stringMatching(/well-formed Unicode/) as unknown },
    ]);
    const sas = new SasClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'VALIDATIONAK012345', accessKeySecret: 'validation-secret-0123' },
      env: {},
    });
    expect(await violations(sas.operateImageVul({ OperateType: 'vul_fix', Type: 'cve\uDC00' }))).toEqual(
      expect.arrayContaining([{ path: 'Type', message: expect.stringMatching(/well-formed Unicode/) as unknown }]),
    );
  });

  it('query, body fields, nested items and unknown names together', async () => {
    const found = await violations(
      hss().showImageSecurityReportStatistic({
        security_report_type: 'everything' as 'vulnerability',
        enterprise_project_id: '',
        ...({ imageType: 'private_image' } as object),
        body: {
          image_type: 'PRIVATE_IMAGE' as 'private_image',
          image_size: -1,
          image_id: 'x'.repeat(129),
          vul_id_list: Array.from({ length: 2049 }, (_, i) => `CVE-${i}`),
          build_command_rule_id_list: ['ok', ''],
          latest_version: 'yes' as unknown as boolean,
          ...({ unknown_field: 1 } as object),
        },
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        {
          path: 'security_report_type',
          message: expect.stringMatching(/^must be one of "vulnerability", /) as unknown,
        },
        { path: 'enterprise_project_id', message: 'must be at least 1 characters long' },
        { path: 'imageType', message: 'is not defined by the API (check the name)' },
        { path: 'body.image_type', message: expect.stringContaining('"private_image"') as unknown },
        { path: 'body.image_size', message: 'must be an integer from 0 to 2147483547' },
        { path: 'body.image_id', message: 'must be at most 128 characters long' },
        { path: 'body.vul_id_list', message: 'must have at most 2048 items' },
        { path: 'body.build_command_rule_id_list[1]', message: 'must be at least 1 characters long' },
        { path: 'body.latest_version', message: 'must be a boolean' },
        { path: 'body.unknown_field', message: 'is not defined by the API (check the name)' },
      ]),
    );
    expect(found).toHaveLength(10);
  });

  it('a required body and required fields', async () => {
    const client = hss();
    expect(await violations(client.changeSensitiveInfo({ image_type: 'cicd' } as never))).toEqual([
      { path: 'body', message: 'is required' },
    ]);
    expect(await violations(client.addImageWhiteLists({ body: {} } as never))).toEqual([
      { path: 'global_image_type', message: 'is required' },
      { path: 'type', message: 'is required' },
      { path: 'body.rule_type', message: 'is required' },
    ]);
  });

  it('int64 ids: a bigint up to 2^63-1 passes, 2^63 and unsafe numbers do not', async () => {
    const call = (id: number | bigint) =>
      hss().addImageWhiteLists({
        global_image_type: 'registry',
        type: 'vulnerability',
        body: { rule_type: 'specific_images', image_info: [{ id }] },
      });
    await call(2n ** 63n - 1n);
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    expect(await violations(call(2n ** 63n))).toEqual([
      { path: 'body.image_info[0].id', message: 'must be an integer (number or bigint) from 1 to 9223372036854775807' },
    ]);
    expect(await violations(call(0))).toEqual([
      { path: 'body.image_info[0].id', message: 'must be an integer (number or bigint) from 1 to 9223372036854775807' },
    ]);
    expect(await violations(call(2 ** 60))).toEqual([
      { path: 'body.image_info[0].id', message: expect.stringContaining('pass a bigint') as unknown },
    ]);
  });

  it('a missing region header names `region`; one with CR/LF or outer spaces is refused', async () => {
    const noRegion = hss({ region: undefined });
    expect(await violations(noRegion.batchScanLocalImage({}))).toEqual([{ path: 'region', message: 'is required' }]);
    expect(await violations(hss().batchScanLocalImage({ region: 'cn-north-4\r\nX-Evil: 1' }))).toEqual([
      { path: 'region', message: expect.stringContaining('printable ASCII') as unknown },
    ]);
    expect(await violations(hss().batchScanLocalImage({ region: ' cn-north-4' }))).toEqual([
      { path: 'region', message: 'must not start or end with a space or tab' },
    ]);
    expect(await violations(hss().batchScanLocalImage({ region: 'cn-north-4\t' }))).toEqual([
      { path: 'region', message: 'must not start or end with a space or tab' },
    ]);
  });

  it('SAS: Info items are checked in decoded form, objects or text alike', async () => {
    const sas = new SasClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'VALIDATIONKEY1', accessKeySecret: 'validation-secret-1' },
      env: {},
    });
    const expected = [
      { path: 'Info[0].ids[1]', message: 'must be an integer' },
      { path: 'Info[1].tag', message: 'must be a string' },
      { path: 'Type', message: 'must match ^[a-z]+$' },
    ];
    const info = [{ uuid: 'u', ids: [1, 1.5] }, { tag: 7 }];
    expect(await violations(sas.operateImageVul({ Info: info as never, Type: 'CVE' }))).toEqual(expected);
    expect(await violations(sas.operateImageVul({ Info: JSON.stringify(info), Type: 'CVE' }))).toEqual(expected);
  });

  it('the credential provider is not asked for an invalid call', async () => {
    const provider = vi.fn(() => Promise.resolve({ ak: 'PROVIDERAK012345', sk: 'provider-sk-0123456789' }));
    const client = hss({ credentials: undefined, credentialProvider: provider });
    await violations(client.batchScanLocalImage({ body: { operate_all: 'yes' as unknown as boolean } }));
    expect(provider).not.toHaveBeenCalled();
  });

  it('SAS: Info text that is not JSON is listed with the other violations', async () => {
    const sas = new SasClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'VALIDATIONKEY1', accessKeySecret: 'validation-secret-1' },
      env: {},
    });
    expect(await violations(sas.operateImageVul({ Info: 'nope', OperateType: 'BAD', Type: 'X' }))).toEqual([
      { path: 'Info', message: 'must be JSON text (or pass the value itself)' },
      { path: 'OperateType', message: expect.stringContaining('must match') as unknown },
      { path: 'Type', message: expect.stringContaining('must match') as unknown },
    ]);
  });
});

describe('the request sent is the request checked', () => {
  it('changing the input after the call started changes nothing, on any attempt', async () => {
    let answered = 0;
    server.respond(() => (answered++ === 0 ? { status: 503, body: {} } : { status: 200, body: {} }));
    const input = {
      image_type: 'private_image' as const,
      body: { sensitive_info_id: 'finding-1', operate_type: 'ignore' as const },
    };
    const pending = hss({ backoff: { baseDelayMs: 5, maxDelayMs: 5 } }).changeSensitiveInfo(input);
    // After validation, before (and between) the attempts.
    input.body.sensitive_info_id = 'x'.repeat(300);
    Object.assign(input.body, { operate_type: 'DROP', extra: true });
    await pending;
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(JSON.parse(request.body.toString('utf8'))).toEqual({
        sensitive_info_id: 'finding-1',
        operate_type: 'ignore',
      });
    }
  });

  it('input that is not plain data (a function inside) is a ValidationError', async () => {
    const body = { image_name: 'x', hook: () => 1 } as unknown as { image_name: string };
    expect(await violations(hss().batchScanLocalImage({ body }))).toEqual([
      { path: '', message: expect.stringContaining('is not plain data') as unknown },
    ]);
  });
});
