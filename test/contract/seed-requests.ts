// The vendors' own example requests (../shared/seeds/), as plain requests for the mock. The HSS
// pages show only the body and URL of their examples: required query parameters and headers they
// leave out are filled in below, each marked "filled". Credentials are placeholders; the mock
// checks only that the security headers are present.
import type { PlainRequest } from '../helpers/requests.js';

export const PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const image = (rest: string) => `/v5/${PROJECT_ID}/image/${rest}`;
const hssHeaders = { 'X-Auth-Token': 'mock-iam-token' };

/** The seed Info value, as the vendor means it (the page shows it with escaped quotes). */
export const SEED_INFO =
  '[{"namespace":"cloud_oa****","repoName":"hybirdc****","regionId":"cn-shanghai","instanceId":"cri-rv4nvbv8iju4****","repoId":"crr-2q7302qrofxg****","tag":"hybird-cloud-web_fix_167115945****","digest":"e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c****","newTag":"hybird-cloud-web_fix_167115996****","uuid":"4ad91dd8c0c02de6574fa98085d0****","ids":[197540864,197540865,197540869]}]';

/** Signature V3 headers with placeholder values (the mock checks presence only). */
export const SAS_SIGNATURE_HEADERS = {
  Authorization: 'ACS3-HMAC-SHA256 Credential=mock,SignedHeaders=host,Signature=mock',
  'x-acs-date': '2026-01-15T08:30:00Z',
  'x-acs-signature-nonce': '3f1c2b7a9d8e4f60a1b2c3d4e5f60718',
  'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

export const hssSeeds = {
  ChangeSensitiveInfo: {
    method: 'POST',
    path: image('sensitive/operate'),
    query: { image_type: 'private_image' }, // filled: required, not in the example
    headers: { ...hssHeaders },
    body: { sensitive_info_id: '97daa311-d91d-4b9b-97ed-05b168344470', operate_type: 'ignore' },
  },
  // The vendor page has no example request ("Example Requests: None"): this one uses only
  // documented fields and values.
  AddImageWhiteLists: {
    method: 'POST',
    path: image('whitelists'),
    query: { global_image_type: 'registry', type: 'vulnerability' },
    headers: { ...hssHeaders },
    body: {
      vul_ids: ['CVE-2024-6387'],
      rule_type: 'specific_images',
      image_info: [{ id: 1034, image_name: 'nginx', image_type: 'private_image' }],
    },
  },
  BatchScanLocalImage: {
    method: 'POST',
    path: image('local/batch-scan'),
    query: { enterprise_project_id: 'all_granted_eps' },
    headers: { ...hssHeaders, region: 'cn-north-4' }, // region: filled
    body: {
      image_info_list: [
        {
          image_name: 'swr.cn-north-7.myhuaweicloud.com/scc_hss_container/install-hss-agent',
          image_version: '1.0.10.x86_64',
          image_digest: 'sha256:05b5081012e562d14c374de2a4c74511f9e8e0adc572d3b35fb3df06de0da63b',
          image_id: 'c499ab72-7ee9-4ee6-b6b7-5973230e7a7b',
        },
        {
          image_name: 'swr.cn-north-7.myhuaweicloud.com/glz/webshell-ljx',
          image_version: 'v1',
          image_digest: 'sha256:ce0b5d91b072730d0bc9518f11efd07eb7fdb9f43251e11a96cab5b1918b7044',
          image_id: 'b8722a02-162f-4e4e-8100-127605e3a07b',
        },
      ],
      operate_all: false,
    },
  },
  ShowImageSecurityReportStatistic: {
    method: 'POST',
    path: image('security-report/statistic'),
    query: { security_report_type: 'vulnerability' }, // filled
    headers: { ...hssHeaders, region: 'cn-north-4' }, // region: filled
    body: { operate_all: true },
  },
} satisfies Record<string, PlainRequest>;

export const sasSeeds = {
  OperateImageVul: {
    method: 'POST',
    path: '/',
    query: { Info: SEED_INFO, OperateType: 'vul_fix', Type: 'cve' },
    headers: { ...SAS_SIGNATURE_HEADERS, 'x-acs-action': 'OperateImageVul', 'x-acs-version': '2018-12-03' },
  },
} satisfies Record<string, PlainRequest>;
