// The clients take and return the generated types: a wrong enum, a missing required parameter or
// body, or an undocumented field does not compile (each @ts-expect-error fails the run if its line
// ever compiles), and results are typed down to totalNum and RequestId.
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiResult, HssClient, SasClient, hss, sas } from 'imagesec';

declare const hssClient: HssClient;
declare const sasClient: SasClient;

describe('HssClient types', () => {
  it('takes the spec query names, a typed body and per-call options', () => {
    void hssClient.changeSensitiveInfo(
      { image_type: 'private_image', body: { sensitive_info_id: 'x', operate_type: 'ignore' } },
      { timeoutMs: 1000, headers: { 'X-Language': 'en-us' }, signal: AbortSignal.timeout(1000) },
    );
    void hssClient.addImageWhiteLists({
      global_image_type: 'registry',
      type: 'vulnerability',
      body: { rule_type: 'specific_images', image_info: [{ id: 9223372036854775807n }, { id: 1 }] },
    });
    void hssClient.batchScanLocalImage();
    void hssClient.showImageSecurityReportStatistic({ security_report_type: 'apps', region: 'cn-north-4' });
    // Optional inputs take an explicit undefined (built from variables under exactOptionalPropertyTypes).
    const maybe = undefined as string | undefined;
    void hssClient.batchScanLocalImage({ enterprise_project_id: maybe, region: maybe, body: undefined });
    void sasClient.operateImageVul({ OperateType: maybe, Type: maybe, Info: undefined });

    // @ts-expect-error image_type is required
    void hssClient.changeSensitiveInfo({ body: { sensitive_info_id: 'x' } });
    // @ts-expect-error the body is required when it has required fields
    void hssClient.changeSensitiveInfo({ image_type: 'harbor' });
    // @ts-expect-error wrong enum case
    void hssClient.showImageSecurityReportStatistic({ security_report_type: 'Vulnerability' });
    // @ts-expect-error an undocumented body field
    void hssClient.batchScanLocalImage({ body: { image_names: ['a'] } });
    void hssClient.changeSensitiveInfo({
      image_type: 'harbor',
      body: { sensitive_info_id: 'x' },
      // @ts-expect-error ChangeSensitiveInfo has no region header
      region: 'cn-north-4',
    });
  });

  it('returns the request id, the generated response type and totalNum', () => {
    expectTypeOf<HssClient['showImageSecurityReportStatistic']>().returns.resolves.toMatchTypeOf<
      ApiResult<hss.ImageSecurityReportStatistic> & { totalNum: number | undefined }
    >();
    expectTypeOf<HssClient['batchScanLocalImage']>().returns.resolves.toEqualTypeOf<ApiResult<undefined>>();
    expectTypeOf<Awaited<ReturnType<HssClient['changeSensitiveInfo']>>['requestId']>().toEqualTypeOf<
      string | undefined
    >();
  });
});

describe('SasClient types', () => {
  it('takes Info as typed targets or as JSON text', () => {
    const targets: sas.OperateImageVulInfo = [{ uuid: 'u', ids: [1, 2], newTag: 'v2' }];
    void sasClient.operateImageVul({ Info: targets, OperateType: 'vul_fix', Type: 'cve' });
    void sasClient.operateImageVul({ Info: '[{"uuid":"u"}]' });
    void sasClient.operateImageVul();

    // @ts-expect-error ids are integers, not strings
    void sasClient.operateImageVul({ Info: [{ ids: ['1'] }] });
    // @ts-expect-error no such parameter on this action
    void sasClient.operateImageVul({ SourceIp: '1.2.3.4' });
  });

  it('returns the generated response body with its RequestId', () => {
    expectTypeOf<SasClient['operateImageVul']>().returns.resolves.toEqualTypeOf<
      ApiResult<sas.OperateImageVulResponseBody>
    >();
  });
});
