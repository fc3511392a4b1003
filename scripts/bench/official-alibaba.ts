// The official Alibaba Cloud stack as a peer: @alicloud/openapi-client's `callApi`, given what the
// generated Security Center client (@alicloud/sas20181203, sas-20181203/src/client.ts of
// github.com/aliyun/alibabacloud-typescript-sdk, the versions built on openapi-client) builds in
// `operateImageVulWithOptions`: the query through OpenApiUtil.query, an OpenApiRequest with it, the
// action's Params (RPC, POST /, AK, formData, json, 2018-12-03) and `new RuntimeOptions({})` from
// `operateImageVul`. The client is the base Client with the endpoint given, as the generated one is
// when `endpoint` is set (it then skips its endpoint map); `protocol: 'http'` in the Config wins over
// the action's HTTPS, as for any plain-HTTP endpoint. Left out: the generated model classes
// (request.validate / $tea.cast into OperateImageVulResponse), which the package does not carry.
import { createRequire } from 'node:module';
import { ALIBABA_KEYS, SAS_INPUT, SAS_REGION } from './sdk-clients.js';

const require = createRequire(import.meta.url);

type Model = new (map: Record<string, unknown>) => object;

interface OpenApiClient {
  callApi(params: object, request: object, runtime: object): Promise<{ body?: { RequestId?: string } }>;
}

const OpenApi = require('@alicloud/openapi-client') as {
  default: new (config: object) => OpenApiClient;
  Config: Model;
  OpenApiRequest: Model;
  Params: Model;
};
const OpenApiUtil = (require('@alicloud/openapi-util') as { default: { query(filter: object): object } }).default;
// RuntimeOptions comes from the tea-util the client itself depends on.
const TeaUtil = createRequire(require.resolve('@alicloud/openapi-client'))('@alicloud/tea-util') as {
  RuntimeOptions: Model;
};

/** The Params `operateImageVulWithOptions` builds. */
export const OPERATE_IMAGE_VUL_PARAMS = {
  action: 'OperateImageVul',
  version: '2018-12-03',
  protocol: 'HTTPS',
  pathname: '/',
  method: 'POST',
  authType: 'AK',
  style: 'RPC',
  reqBodyType: 'formData',
  bodyType: 'json',
} as const;

/** `new Sas20181203Client(config)` with the endpoint given; `endpoint` is host:port, as the SDK takes it. */
export function officialAlibabaClient(url: string): OpenApiClient {
  const { host } = new URL(url);
  return new OpenApi.default(
    new OpenApi.Config({ ...ALIBABA_KEYS, regionId: SAS_REGION, endpoint: host, protocol: 'http' }),
  );
}

/** One generated-client call: `operateImageVul(request)` with Info, OperateType and Type set. */
export async function callOfficialAlibaba(client: OpenApiClient): Promise<unknown> {
  const query: Record<string, string> = {
    Info: JSON.stringify(SAS_INPUT.Info),
    OperateType: String(SAS_INPUT.OperateType),
    Type: String(SAS_INPUT.Type),
  };
  const request = new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const params = new OpenApi.Params({ ...OPERATE_IMAGE_VUL_PARAMS });
  const result = await client.callApi(params, request, new TeaUtil.RuntimeOptions({}));
  if (typeof result.body?.RequestId !== 'string') throw new Error(`callApi got ${JSON.stringify(result.body)}`);
  return result;
}
