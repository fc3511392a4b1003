// The official Huawei Cloud stack as a peer: @huaweicloud/huaweicloud-sdk-core's HcClient, built and
// called the way the generated HSS client (huaweicloud-sdk-hss, services/hss/v5/HssClient.ts of
// github.com/huaweicloud/huaweicloud-sdk-nodejs-v3) does for ShowImageSecurityReportStatistic:
// `HssClient.newBuilder()` is a ClientBuilder whose init wraps the HcClient, given BasicCredentials
// (ak, sk, projectId) and an endpoint; each call, its ParamCreater builds a fresh options object
// (sendRequest deletes from it) and the client adds `responseHeaders` before `sendRequest`.
// The generated package itself is not installed (it is large and adds nothing but that object).
// 3.1.211 requires `uuid` without declaring it: the project installs it beside the core.
import { createRequire } from 'node:module';
import { HSS_INPUT, HSS_REGION, KEYS, PROJECT } from './sdk-clients.js';

const require = createRequire(import.meta.url);

/** What ParamCreater returns and HcClient.sendRequest takes (see the file's header). */
export interface HcRequestOptions {
  method: string;
  url: string;
  contentType: string;
  queryParams: Record<string, string>;
  pathParams: Record<string, string>;
  headers: Record<string, string>;
  data: unknown;
  responseHeaders?: string[];
}

interface HcClient {
  sendRequest(options: HcRequestOptions): Promise<{ total_num?: number; httpStatusCode?: number }>;
}

interface BasicCredentials {
  withAk(ak: string): BasicCredentials;
  withSk(sk: string): BasicCredentials;
  withProjectId(projectId: string): BasicCredentials;
}

const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js') as {
  ClientBuilder: new <T>(init: (client: HcClient) => T) => {
    withCredential(credential: BasicCredentials): { withEndpoint(endpoint: string): { build(): T } };
  };
};
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js') as {
  BasicCredentials: new () => BasicCredentials;
};

/**
 * The options the generated `ParamCreater().showImageSecurityReportStatistic(request)` builds for a
 * request with `region`, `security_report_type` and `body` set, plus the `responseHeaders` the
 * generated method adds.
 */
export function showImageSecurityReportStatisticOptions(): HcRequestOptions {
  return {
    method: 'POST',
    url: '/v5/{project_id}/image/security-report/statistic',
    contentType: 'application/json',
    queryParams: { security_report_type: HSS_INPUT.security_report_type },
    pathParams: {},
    headers: { region: HSS_REGION, 'Content-Type': 'application/json' },
    data: HSS_INPUT.body,
    responseHeaders: [''],
  };
}

/** `HssClient.newBuilder().withCredential(...).withEndpoint(endpoint).build()`, minus the wrapper class. */
export function officialHuaweiClient(endpoint: string): HcClient {
  const credentials = new BasicCredentials().withAk(KEYS.ak).withSk(KEYS.sk).withProjectId(PROJECT);
  return new ClientBuilder((client) => client).withCredential(credentials).withEndpoint(endpoint).build();
}

/** One generated-client call: fresh options, sendRequest, the parsed body checked. */
export async function callOfficialHuawei(client: HcClient): Promise<unknown> {
  const result = await client.sendRequest(showImageSecurityReportStatisticOptions());
  if (result.total_num !== 1) throw new Error(`HcClient got ${JSON.stringify(result)}`);
  return result;
}
