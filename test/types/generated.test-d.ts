// The generated types enforce the specs at compile time: wrong enum values, missing required
// fields, undocumented fields and wrong types do not typecheck (each @ts-expect-error fails the
// run if its line ever compiles).
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type * as Hss from '../../generated/hss.js';
import type * as Sas from '../../generated/sas.js';

describe('generated HSS types', () => {
  it('closes enums to the documented values, in their exact case', () => {
    expectTypeOf<NonNullable<Hss.ChangeSensitiveInfoRequestInfo['operate_type']>>().toEqualTypeOf<
      'ignore' | 'do_not_ignore'
    >();
    expectTypeOf<NonNullable<Hss.BatchExportSwrBaselineInfoRequestInfo['severity_level']>>().toEqualTypeOf<
      'Security' | 'Low' | 'Medium' | 'High'
    >();
    expectTypeOf<
      Hss.operations['AddImageWhiteLists']['parameters']['query']['type']
    >().toEqualTypeOf<'vulnerability'>();

    // @ts-expect-error wrong case
    const wrongCase: Hss.ChangeSensitiveInfoRequestInfo = { sensitive_info_id: 'x', operate_type: 'IGNORE' };
    // @ts-expect-error lower case where the vendor capitalises
    const lowSeverity: Hss.BatchExportSwrBaselineInfoRequestInfo = { severity_level: 'high' };
    void [wrongCase, lowSeverity];
  });

  it('requires what the vendor requires and nothing with a server default', () => {
    expectTypeOf<Hss.ChangeSensitiveInfoRequestInfo>().toEqualTypeOf<{
      sensitive_info_id: string;
      operate_type?: 'ignore' | 'do_not_ignore';
    }>();
    // @ts-expect-error sensitive_info_id is required
    const missing: Hss.ChangeSensitiveInfoRequestInfo = { operate_type: 'ignore' };
    // @ts-expect-error rule_type is required
    const noRule: Hss.AddImageWhiteListsRequestBody = { vul_ids: ['CVE-2024-6387'] };
    // @ts-expect-error undocumented field
    const extra: Hss.LocalImageBatchScanRequestBody = { operate_all: true, all: true };
    void [missing, noRule, extra];
  });

  it('types the statistic response as a number', () => {
    expectTypeOf<Hss.ImageSecurityReportStatistic>().toEqualTypeOf<{ total_num?: number }>();
  });

  it('makes openapi-fetch calls typecheck only with the required query, header and body', () => {
    const client = createClient<Hss.paths>({ baseUrl: 'http://127.0.0.1:1' });
    const path = '/v5/{project_id}/image/security-report/statistic' as const;
    const params = {
      path: { project_id: 'p' },
      query: { security_report_type: 'vulnerability' as const },
      header: { region: 'cn-north-4' },
    };
    expectTypeOf(client.POST).toBeCallableWith(path, { params, body: { operate_all: true } });
    // @ts-expect-error security_report_type must be one of the documented values
    void client.POST(path, { params: { ...params, query: { security_report_type: 'vulnerabilities' } }, body: {} });
    // @ts-expect-error the region header is required
    void client.POST(path, { params: { ...params, header: {} }, body: {} });
    // @ts-expect-error the body is required
    void client.POST(path, { params });
  });
});

describe('generated SAS types', () => {
  it('pins the action and version headers', () => {
    type Header = Sas.operations['OperateImageVul']['parameters']['header'];
    expectTypeOf<Header>().toEqualTypeOf<{ 'x-acs-action': 'OperateImageVul'; 'x-acs-version': '2018-12-03' }>();
    // @ts-expect-error another action
    const other: Header = { 'x-acs-action': 'DescribeImageVulList', 'x-acs-version': '2018-12-03' };
    void other;
  });

  it('carries Info as text and describes its decoded shape', () => {
    type Query = NonNullable<Sas.operations['OperateImageVul']['parameters']['query']>;
    expectTypeOf<Query['Info']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Sas.OperateImageVulInfo>().toEqualTypeOf<Sas.ImageVulTarget[]>();
    expectTypeOf<NonNullable<Sas.ImageVulTarget['ids']>>().toEqualTypeOf<number[]>();
    // @ts-expect-error ids are numbers
    const badIds: Sas.ImageVulTarget = { ids: ['197540864'] };
    void badIds;
  });

  it('types the error body with its required fields', () => {
    // @ts-expect-error Code is required
    const noCode: Sas.AcsError = { RequestId: 'r', Message: 'm' };
    void noCode;
  });
});
