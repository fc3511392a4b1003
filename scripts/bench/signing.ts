// Signing throughput: our signers against the vendors' official Node signers on the same request,
// and each of ours against the bare cost of the hash/HMAC primitives it must run on the same bytes
// (two SHA-256 and one HMAC-SHA256), for the node:crypto port and the WebCrypto port.
import { createHash, createHmac, webcrypto } from 'node:crypto';
import { hashing as nodeHashing } from '../../src/core/crypto/node.js';
import type { HashPort } from '../../src/core/crypto/port.js';
import { hashing as webHashing } from '../../src/core/crypto/web.js';
import type { SignableRequest } from '../../src/core/canonical.js';
import { signHuawei } from '../../src/hss/signer.js';
import { signAcs3 } from '../../src/sas/signer.js';
import { AKSKSigner, OpenApiUtil } from '../../test/helpers/official-signers.js';
import { KEYS, PROJECT } from './sdk-clients.js';
import { compareRates, type Rate } from './stats.js';

const TIME = new Date('2026-11-23T08:00:00Z');
const HUAWEI = KEYS;
const ALIBABA = { accessKeyId: 'LTAI5tBenchmark0000001', accessKeySecret: 'benchmark-secret-000000000000001' };

// What HssClient.showImageSecurityReportStatistic sends.
const hssBody = { image_type: 'private_image', operate_all: true, image_ids: ['c2a6d5a9b8e7f6e5d4c3b2a1'] };
const hssRequest: SignableRequest = {
  method: 'POST',
  url: new URL(
    `https://hss.cn-north-4.myhuaweicloud.com/v5/${PROJECT}/image/security-report/statistic?security_report_type=vulnerability`,
  ),
  headers: [
    ['content-type', 'application/json'],
    ['x-project-id', PROJECT],
    ['region', 'cn-north-4'],
  ],
  body: JSON.stringify(hssBody),
};

// What SasClient.operateImageVul sends: an RPC call, parameters in the query, empty body.
const info = JSON.stringify([
  { repoName: 'web', regionId: 'cn-shanghai', tag: 'v1', newTag: 'v1-fixed', ids: [197540864] },
]);
const sasQuery = { OperateType: 'vul_fix', Type: 'cve', Info: info };
const sasRequest: SignableRequest = {
  method: 'POST',
  url: new URL(
    `https://tds.cn-shanghai.aliyuncs.com/?${new URLSearchParams(sasQuery).toString().replaceAll('+', '%20')}`,
  ),
  headers: [
    ['x-acs-action', 'OperateImageVul'],
    ['x-acs-version', '2018-12-03'],
  ],
  body: '',
};
const NONCE = 'b3a0e4c2-9f1d-4e2a-8b7c-6d5e4f3a2b1c';

/** The same request as the official Huawei signer takes it (it stamps no date when X-Sdk-Date is given). */
function officialHuawei(): string {
  const headers = {
    'content-type': 'application/json',
    'x-project-id': PROJECT,
    region: 'cn-north-4',
    'X-Sdk-Date': '20261123T080000Z',
  };
  const request = {
    method: 'POST',
    endpoint: `https://hss.cn-north-4.myhuaweicloud.com/v5/${PROJECT}/image/security-report/statistic`,
    queryParams: { security_report_type: 'vulnerability' },
    headers,
    data: hssBody,
  };
  return AKSKSigner.sign(request, { getAk: () => HUAWEI.ak, getSk: () => HUAWEI.sk }).Authorization ?? '';
}

/** The official Alibaba path: payload hash with its own hash helper, then getAuthorization. */
function officialAlibaba(): string {
  const payloadHash = OpenApiUtil.hash(Buffer.from(''), 'ACS3-HMAC-SHA256').toString('hex');
  const headers = {
    host: 'tds.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'OperateImageVul',
    'x-acs-version': '2018-12-03',
    'x-acs-date': '2026-11-23T08:00:00Z',
    'x-acs-signature-nonce': NONCE,
    'x-acs-content-sha256': payloadHash,
  };
  return OpenApiUtil.getAuthorization(
    { method: 'POST', pathname: '/', headers, query: sasQuery },
    'ACS3-HMAC-SHA256',
    payloadHash,
    ALIBABA.accessKeyId,
    ALIBABA.accessKeySecret,
  );
}

/** The three primitives a signature costs, on the exact bytes a signer hashes. */
async function primitives(
  sign: (
    hashing: HashPort,
  ) => { canonicalRequest: string; stringToSign: string } | Promise<{ canonicalRequest: string; stringToSign: string }>,
  body: string,
  secret: string,
) {
  const { canonicalRequest, stringToSign } = await sign(nodeHashing);
  const utf8 = new TextEncoder();
  const [bodyBytes, canonicalBytes, stringBytes] = [
    utf8.encode(body),
    utf8.encode(canonicalRequest),
    utf8.encode(stringToSign),
  ];
  const key = await webcrypto.subtle.importKey('raw', utf8.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const hex = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('hex');
  return {
    node: () => {
      createHash('sha256').update(bodyBytes).digest('hex');
      createHash('sha256').update(canonicalBytes).digest('hex');
      return createHmac('sha256', secret).update(stringBytes).digest('hex');
    },
    web: async () => {
      hex(await webcrypto.subtle.digest('SHA-256', bodyBytes));
      hex(await webcrypto.subtle.digest('SHA-256', canonicalBytes));
      return hex(await webcrypto.subtle.sign('HMAC', key, stringBytes));
    },
  };
}

export interface SigningResult {
  readonly rates: Record<string, Rate>;
  readonly ratios: {
    huaweiVsOfficial: number;
    alibabaVsOfficial: number;
    huaweiNodeVsPrimitives: number;
    huaweiWebVsPrimitives: number;
    alibabaNodeVsPrimitives: number;
    alibabaWebVsPrimitives: number;
  };
}

export async function benchSigning({ quick }: { quick: boolean }): Promise<SigningResult> {
  const signHss = (hashing: HashPort) => signHuawei(hssRequest, HUAWEI, TIME, hashing);
  const signSas = (hashing: HashPort) => signAcs3(sasRequest, ALIBABA, TIME, NONCE, hashing);
  const hssPrimitives = await primitives(signHss, String(hssRequest.body), HUAWEI.sk);
  const sasPrimitives = await primitives(signSas, '', ALIBABA.accessKeySecret);
  const options = { iterations: quick ? 2_000 : 20_000, rounds: quick ? 3 : 7 };

  const rates = await compareRates(
    {
      'huawei ours (node:crypto)': () => signHss(nodeHashing),
      'huawei ours (WebCrypto)': () => signHss(webHashing),
      'huawei official AKSKSigner': officialHuawei,
      'huawei primitives (node:crypto)': hssPrimitives.node,
      'huawei primitives (WebCrypto)': hssPrimitives.web,
      'alibaba ours (node:crypto)': () => signSas(nodeHashing),
      'alibaba ours (WebCrypto)': () => signSas(webHashing),
      'alibaba official openapi-util': officialAlibaba,
      'alibaba primitives (node:crypto)': sasPrimitives.node,
      'alibaba primitives (WebCrypto)': sasPrimitives.web,
    },
    options,
  );
  const rate = (name: keyof typeof rates) => rates[name].opsPerSecond;
  return {
    rates,
    ratios: {
      huaweiVsOfficial: rate('huawei ours (node:crypto)') / rate('huawei official AKSKSigner'),
      alibabaVsOfficial: rate('alibaba ours (node:crypto)') / rate('alibaba official openapi-util'),
      // Cost ratios (time per signature over time per primitive set): 1.0 means no overhead.
      huaweiNodeVsPrimitives: rate('huawei primitives (node:crypto)') / rate('huawei ours (node:crypto)'),
      huaweiWebVsPrimitives: rate('huawei primitives (WebCrypto)') / rate('huawei ours (WebCrypto)'),
      alibabaNodeVsPrimitives: rate('alibaba primitives (node:crypto)') / rate('alibaba ours (node:crypto)'),
      alibabaWebVsPrimitives: rate('alibaba primitives (WebCrypto)') / rate('alibaba ours (WebCrypto)'),
    },
  };
}
