// SasClient: the Security Center OperateImageVul action over openapi-fetch with the generated paths.
// An RPC-style call: `POST /`, parameters in the query, action and version in x-acs-* headers, and
// every request signed with ACS3-HMAC-SHA256 and a fresh nonce.
import { hashing } from '#crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { OperateImageVulInfo, operations, paths } from '../../generated/sas.js';
import type { ApiResult } from '../core/outcome.js';
import { processEnv, type Environment } from '../core/credentials.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError, ValidationError } from '../core/errors.js';
import { stringifyJson } from '../core/json.js';
import type { HeaderOf, Loose, QueryOf, SuccessOf } from '../core/operation-types.js';
import { withoutUndefined } from '../core/values.js';
import { clientFetch, taggedFetch } from '../core/transport.js';
import { checkTimeout } from '../core/deadline.js';
import { DEFAULT_TIMEOUT_MS, invoke, type CallOptions, type Pipeline } from '../core/pipeline.js';
import { sasCredentialSource, type SasCredentialOptions, type SasCredentials } from './credentials.js';
import { sasEndpoint, type SasRegion } from './endpoints.js';
import { sasResponses } from './responses.js';
import { signAcs3 } from './signer.js';

export interface SasClientOptions extends SasCredentialOptions {
  /** Region id (e.g. `cn-shanghai`, `ap-southeast-1`): picks one of Security Center's two sites. */
  readonly regionId?: SasRegion | (string & {}) | undefined;
  /** Base URL instead of the region's endpoint (a mock, a proxy, a VPC endpoint). */
  readonly endpoint?: string | undefined;
  /** Time allowed per call, default 30 s. */
  readonly timeoutMs?: number | undefined;
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where environment variables are read (default: process.env where it exists). */
  readonly env?: Environment | undefined;
}

type OperateImageVul = operations['OperateImageVul'];
type OperateImageVulQuery = QueryOf<OperateImageVul>;

/** The action's query parameters, with `Info` as typed objects (serialised for you) or raw JSON text. */
export type OperateImageVulInput = Loose<Omit<OperateImageVulQuery, 'Info'>> & {
  readonly Info?: OperateImageVulInfo | OperateImageVulQuery['Info'] | undefined;
};

export type OperateImageVulResult = ApiResult<SuccessOf<OperateImageVul>>;

// The action and version every request names, typed by the spec's `const` header parameters.
const ACTION_HEADERS: HeaderOf<OperateImageVul> = {
  'x-acs-action': 'OperateImageVul',
  'x-acs-version': '2018-12-03',
};

/** `Info` as the JSON text the API wants: objects are serialised, text must already be a JSON array. */
function infoText(info: OperateImageVulInput['Info']): string | undefined {
  if (info === undefined) return undefined;
  if (typeof info !== 'string') return stringifyJson(info);
  let parsed: unknown;
  try {
    parsed = JSON.parse(info);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    throw new ValidationError('Info: text must be a JSON array of image targets', [
      { path: 'Info', message: 'must be a JSON array (or pass the array itself)' },
    ]);
  }
  return info;
}

export class SasClient {
  readonly regionId: string | undefined;
  readonly endpoint: string;
  readonly #api: Client<paths>;
  readonly #pipeline: Pipeline<SasCredentials>;

  constructor(options: SasClientOptions = {}) {
    const env = options.env ?? processEnv();
    if (options.endpoint === undefined && options.regionId === undefined) {
      throw new ConfigurationError('pass `regionId` (e.g. cn-shanghai) or `endpoint`');
    }
    this.regionId = options.regionId;
    this.endpoint =
      options.endpoint === undefined ? sasEndpoint(options.regionId as string) : endpointUrl(options.endpoint);
    const timeoutMs = checkTimeout(options.timeoutMs, 'options.timeoutMs') ?? DEFAULT_TIMEOUT_MS;
    this.#api = createClient<paths>({
      baseUrl: this.endpoint,
      redirect: 'manual',
      fetch: taggedFetch(clientFetch(options.fetch)),
    });
    this.#pipeline = {
      credentials: sasCredentialSource(options, env),
      secrets: (c) => [c.accessKeyId, c.accessKeySecret, c.securityToken],
      // A fresh nonce per signature: the gateway refuses a reused one (SignatureNonceUsed).
      signer: (c) => (request) => signAcs3(request, c, new Date(), crypto.randomUUID(), hashing),
      vendor: sasResponses,
      timeoutMs,
    };
  }

  /** Acts on image vulnerabilities (documented: `OperateType: 'vul_fix'`, `Type: 'cve'`). */
  async operateImageVul(input: OperateImageVulInput = {}, options: CallOptions = {}): Promise<OperateImageVulResult> {
    const { Info, ...rest } = input;
    return invoke(this.#pipeline, options, true, (_credentials, init) => {
      const info = infoText(Info);
      const query = withoutUndefined(info === undefined ? rest : { ...rest, Info: info });
      return this.#api.POST('/', { ...init, params: { query, header: ACTION_HEADERS } });
    });
  }
}
