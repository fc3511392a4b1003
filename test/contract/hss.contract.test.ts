// Contract of openapi/hss.yaml, checked with plain fetch against Prism serving it: the vendor's
// examples pass, and every documented constraint refuses what it should, at its exact bound.
import { describe, expect, it } from 'vitest';
import { send, type PlainRequest } from '../helpers/requests.js';
import { usePrism } from '../helpers/prism.js';
import { contractSuite, variantOf, violations, type EditableRequest, type Fields } from './contract-suite.js';
import { PROJECT_ID, hssSeeds } from './seed-requests.js';

const chars = (n: number) => 'a'.repeat(n);
/** The first item of an array of objects in the seed body, for a variant to change in place. */
const first = (r: EditableRequest, array: string) => (r.body[array] as Fields[])[0]!;

contractSuite('hss', {
  ChangeSensitiveInfo: {
    seed: hssSeeds.ChangeSensitiveInfo,
    accepts: [
      {
        name: 'an empty sensitive_info_id (0 chars is documented)',
        change: (r) => void (r.body.sensitive_info_id = ''),
      },
      { name: 'a 128-char sensitive_info_id', change: (r) => void (r.body.sensitive_info_id = chars(128)) },
      { name: 'no operate_type (server default do_not_ignore)', change: (r) => void delete r.body.operate_type },
      { name: 'every image_type', change: (r) => void (r.query.image_type = 'cicd') },
      { name: 'a 256-char enterprise_project_id', change: (r) => void (r.query.enterprise_project_id = chars(256)) },
    ],
    rejects: [
      { name: 'a missing image_type', change: (r) => void delete r.query.image_type, at: 'query', code: 'required' },
      {
        name: 'image_type in the wrong case',
        change: (r) => void (r.query.image_type = 'PRIVATE_IMAGE'),
        at: 'query.image_type',
        code: 'enum',
      },
      {
        name: 'an image_type of another operation',
        change: (r) => void (r.query.image_type = 'jfrog'),
        at: 'query.image_type',
        code: 'enum',
      },
      {
        name: 'a 129-char sensitive_info_id',
        change: (r) => void (r.body.sensitive_info_id = chars(129)),
        at: 'body.sensitive_info_id',
        code: 'maxLength',
      },
      {
        name: 'a missing sensitive_info_id',
        change: (r) => void delete r.body.sensitive_info_id,
        at: 'body',
        code: 'required',
      },
      {
        name: 'operate_type in the wrong case',
        change: (r) => void (r.body.operate_type = 'IGNORE'),
        at: 'body.operate_type',
        code: 'enum',
      },
      {
        name: 'a numeric sensitive_info_id',
        change: (r) => void (r.body.sensitive_info_id = 42),
        at: 'body.sensitive_info_id',
        code: 'type',
      },
      {
        name: 'an undocumented body field',
        change: (r) => void (r.body.operate = 'ignore'),
        at: 'body',
        code: 'additionalProperties',
      },
      {
        name: 'a 257-char enterprise_project_id',
        change: (r) => void (r.query.enterprise_project_id = chars(257)),
        at: 'query.enterprise_project_id',
        code: 'maxLength',
      },
      { name: 'a missing body', change: (r: PlainRequest) => void delete r.body, at: '', code: 'required' },
      {
        name: 'a 257-char project_id',
        change: (r) => void (r.path = r.path.replace(PROJECT_ID, chars(257))),
        at: 'path.project_id',
        code: 'maxLength',
      },
      {
        name: 'a 257-char X-Project-Id',
        change: (r) => void (r.headers['X-Project-Id'] = chars(257)),
        at: 'header.X-Project-Id',
        code: 'maxLength',
      },
    ],
  },
  AddImageWhiteLists: {
    seed: hssSeeds.AddImageWhiteLists,
    accepts: [
      { name: 'rule_type all_images alone', change: (r) => void (r.body = { rule_type: 'all_images' }) },
      {
        name: 'image types selected by query_info',
        change: (r) => void (r.body = { rule_type: 'specific_image_types', query_info: { image_type: 'jfrog' } }),
      },
      {
        name: 'a local image by image_id (64 chars) and a 256-char name',
        change: (r) =>
          void (r.body.image_info = [{ image_id: chars(64), image_name: chars(256), image_type: 'local_image' }]),
      },
      {
        name: 'the largest id Prism can check (2^53-1)',
        change: (r) => void (first(r, 'image_info').id = Number.MAX_SAFE_INTEGER),
      },
      {
        name: 'vul_type and a description',
        change: (r) => Object.assign(r.body, { vul_type: 'app_vul', description: 'fixed upstream' }),
      },
    ],
    rejects: [
      { name: 'a missing type', change: (r) => void delete r.query.type, at: 'query', code: 'required' },
      {
        name: 'a missing global_image_type',
        change: (r) => void delete r.query.global_image_type,
        at: 'query',
        code: 'required',
      },
      {
        name: 'global_image_type in the wrong case',
        change: (r) => void (r.query.global_image_type = 'Registry'),
        at: 'query.global_image_type',
        code: 'enum',
      },
      {
        name: 'a whitelist type other than vulnerability',
        change: (r) => void (r.query.type = 'vulnerabilities'),
        at: 'query.type',
        code: 'enum',
      },
      { name: 'a missing rule_type', change: (r) => void delete r.body.rule_type, at: 'body', code: 'required' },
      {
        name: 'an unknown rule_type',
        change: (r) => void (r.body.rule_type = 'some_images'),
        at: 'body.rule_type',
        code: 'enum',
      },
      {
        name: 'image id 0 (minimum 1)',
        change: (r) => void (first(r, 'image_info').id = 0),
        at: 'body.image_info.0.id',
        code: 'minimum',
      },
      {
        name: 'a fractional image id',
        change: (r) => void (first(r, 'image_info').id = 1.5),
        at: 'body.image_info.0.id',
        code: 'type',
      },
      {
        name: 'a 257-char image_name',
        change: (r) => void (first(r, 'image_info').image_name = chars(257)),
        at: 'body.image_info.0.image_name',
        code: 'maxLength',
      },
      {
        name: 'an empty image_name (minimum 1)',
        change: (r) => void (first(r, 'image_info').image_name = ''),
        at: 'body.image_info.0.image_name',
        code: 'minLength',
      },
      {
        name: 'a 65-char image_id',
        change: (r) => void (first(r, 'image_info').image_id = chars(65)),
        at: 'body.image_info.0.image_id',
        code: 'maxLength',
      },
      {
        name: 'cicd as image_info image_type',
        change: (r) => void (first(r, 'image_info').image_type = 'cicd'),
        at: 'body.image_info.0.image_type',
        code: 'enum',
      },
      {
        name: 'local_image as query_info image_type',
        change: (r) => void (r.body.query_info = { image_type: 'local_image' }),
        at: 'body.query_info.image_type',
        code: 'enum',
      },
      {
        name: 'vul_type in the wrong case',
        change: (r) => void (r.body.vul_type = 'LINUX_VUL'),
        at: 'body.vul_type',
        code: 'enum',
      },
      {
        name: 'vul_ids as a string',
        change: (r) => void (r.body.vul_ids = 'CVE-2024-6387'),
        at: 'body.vul_ids',
        code: 'type',
      },
    ],
  },
  BatchScanLocalImage: {
    seed: hssSeeds.BatchScanLocalImage,
    accepts: [
      {
        name: 'every filter at once',
        change: (r) =>
          void (r.body = {
            operate_all: true,
            image_name: 'nginx',
            image_version: '1.25',
            local_image_type: 'other_image',
            scan_status: 'image_oversized',
            image_size: 52428800,
            start_latest_update_time: 1717200000000,
            end_latest_update_time: 1719791999000,
            start_latest_scan_time: 0,
            end_latest_scan_time: 1719791999000,
          }),
      },
      { name: 'an empty body object', change: (r) => void (r.body = {}) },
    ],
    rejects: [
      { name: 'a missing region header', change: (r) => void delete r.headers.region, at: 'header', code: 'required' },
      {
        name: 'operate_all as a string',
        change: (r) => void (r.body.operate_all = 'false'),
        at: 'body.operate_all',
        code: 'type',
      },
      {
        name: 'local_image_type in the wrong case',
        change: (r) => void (r.body.local_image_type = 'SWR_IMAGE'),
        at: 'body.local_image_type',
        code: 'enum',
      },
      {
        name: 'an unknown scan_status',
        change: (r) => void (r.body.scan_status = 'done'),
        at: 'body.scan_status',
        code: 'enum',
      },
      {
        name: 'a fractional image_size',
        change: (r) => void (r.body.image_size = 1.5),
        at: 'body.image_size',
        code: 'type',
      },
      {
        name: 'an undocumented field in image_info_list',
        change: (r) => void (first(r, 'image_info_list').tag = 'v1'),
        at: 'body.image_info_list.0',
        code: 'additionalProperties',
      },
    ],
  },
  ShowImageSecurityReportStatistic: {
    seed: hssSeeds.ShowImageSecurityReportStatistic,
    accepts: [
      {
        name: 'every security_report_type',
        change: (r) => void (r.query.security_report_type = 'build-command-risks'),
      },
      { name: 'image_size at its documented maximum 2147483547', change: (r) => void (r.body.image_size = 2147483547) },
      {
        name: "millisecond timestamps above the page's defective maximum",
        change: (r) =>
          Object.assign(r.body, { start_latest_update_time: 1717200000000, end_latest_scan_time: 1719791999000 }),
      },
      {
        name: 'many filters at once',
        change: (r) =>
          void (r.body = {
            image_type: 'jfrog',
            vul_type: 'linux_vul',
            scan_status: 'success',
            namespace: '',
            image_id: chars(128),
            latest_version: true,
            severity_level: 'Security',
            instance_name: chars(128),
            build_command_risk_level: 'critical',
            build_command_risk_name: chars(128),
            build_command_rule_id_list: [chars(200)],
            vul_id_list: Array(2048).fill('CVE-2024-6387'),
            has_container: false,
          }),
      },
    ],
    rejects: [
      {
        name: 'a missing security_report_type',
        change: (r) => void delete r.query.security_report_type,
        at: 'query',
        code: 'required',
      },
      {
        name: 'security_report_type in the wrong case',
        change: (r) => void (r.query.security_report_type = 'Vulnerability'),
        at: 'query.security_report_type',
        code: 'enum',
      },
      {
        name: 'security_report_type with _ for -',
        change: (r) => void (r.query.security_report_type = 'risk_config'),
        at: 'query.security_report_type',
        code: 'enum',
      },
      { name: 'a missing region header', change: (r) => void delete r.headers.region, at: 'header', code: 'required' },
      {
        name: 'severity_level in lower case',
        change: (r) => void (r.body.severity_level = 'high'),
        at: 'body.severity_level',
        code: 'enum',
      },
      {
        name: 'build_command_risk_level capitalised',
        change: (r) => void (r.body.build_command_risk_level = 'High'),
        at: 'body.build_command_risk_level',
        code: 'enum',
      },
      {
        name: 'image_size above 2147483547',
        change: (r) => void (r.body.image_size = 2147483548),
        at: 'body.image_size',
        code: 'maximum',
      },
      {
        name: 'a negative image_size',
        change: (r) => void (r.body.image_size = -1),
        at: 'body.image_size',
        code: 'minimum',
      },
      {
        name: 'a negative start_latest_scan_time',
        change: (r) => void (r.body.start_latest_scan_time = -1),
        at: 'body.start_latest_scan_time',
        code: 'minimum',
      },
      {
        name: 'a 129-char image_id',
        change: (r) => void (r.body.image_id = chars(129)),
        at: 'body.image_id',
        code: 'maxLength',
      },
      {
        name: 'a 129-char cicd_name',
        change: (r) => void (r.body.cicd_name = chars(129)),
        at: 'body.cicd_name',
        code: 'maxLength',
      },
      {
        name: 'an empty build_command_risk_name',
        change: (r) => void (r.body.build_command_risk_name = ''),
        at: 'body.build_command_risk_name',
        code: 'minLength',
      },
      {
        name: 'a 201-char build rule id',
        change: (r) => void (r.body.build_command_rule_id_list = [chars(201)]),
        at: 'body.build_command_rule_id_list.0',
        code: 'maxLength',
      },
      {
        name: '2049 vulnerability ids',
        change: (r) => void (r.body.vul_id_list = Array(2049).fill('CVE-2024-6387')),
        at: 'body.vul_id_list',
        code: 'maxItems',
      },
      {
        name: 'a 65536-char namespace',
        change: (r) => void (r.body.namespace = chars(65536)),
        at: 'body.namespace',
        code: 'maxLength',
      },
      {
        name: 'latest_version as a string',
        change: (r) => void (r.body.latest_version = 'true'),
        at: 'body.latest_version',
        code: 'type',
      },
    ],
  },
});

describe('HSS authentication', () => {
  const prism = usePrism('hss');
  const seed = hssSeeds.ShowImageSecurityReportStatistic;
  const withHeaders = (headers: Record<string, string>) =>
    variantOf(seed, (r) => {
      r.headers = { region: 'cn-north-4', ...headers };
    });

  it("refuses a request without credentials with the gateway's 401", async () => {
    const response = await send(prism.url, withHeaders({}));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error_code: 'APIGW.0301' });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('refuses an AK/SK signature without its X-Sdk-Date', async () => {
    const response = await send(
      prism.url,
      withHeaders({ Authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=00' }),
    );
    expect(response.status).toBe(401);
  });

  it.each([
    ['an IAM token', { 'X-Auth-Token': 'mock-iam-token' }],
    [
      'an AK/SK signature',
      {
        Authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00',
        'X-Sdk-Date': '20250612T080910Z',
        'X-Project-Id': '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c',
      },
    ],
    [
      'a temporary AK/SK signature',
      {
        Authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date;x-security-token, Signature=00',
        'X-Sdk-Date': '20250612T080910Z',
        'X-Security-Token': 'mock-sts-token',
      },
    ],
  ])('accepts %s', async (_name, headers) => {
    const response = await send(prism.url, withHeaders(headers));
    expect(violations(response)).toEqual([]);
    expect(response.status).toBe(200);
  });

  it('never leaves a malformed JSON body hanging past the deadline', async () => {
    // Prism 5 on Node 20 can leave such a request unanswered; every request here has a deadline.
    const malformed = variantOf(seed, (r: PlainRequest) => void (r.body = '{"operate_all": tru'));
    const outcome = await send(prism.url, malformed, 1_000).then(
      (response) => response.status,
      (error: Error) => error.name,
    );
    // Either Prism refuses it, or our 1 s deadline ends the wait: never an open-ended hang.
    expect([400, 'TimeoutError']).toContain(outcome);
  });

  it('answers with X-Request-Id and the documented statistic', async () => {
    const response = await send(prism.url, seed);
    expect(response.headers.get('x-request-id')).toMatch(/^\w+$/);
    expect(response.body).toEqual({ total_num: 1 });
  });
});
