// SasClient: the Security Center OperateImageVul action over openapi-fetch with the generated paths.
// An RPC-style call: `POST /`, parameters in the query, action and version in x-acs-* headers, and
// every request signed with ACS3-HMAC-SHA256 and a fresh nonce.
import { hashing } from '#crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { OperateImageVulInfo, operations, paths } from '../../generated/sas.js';
import { validateOperateImageVul } from '../../generated/sas.validators.js';
import { clientLimits, type CallOptions, type ClientCallOptions } from '../core/call-options.js';
import type { ApiResult } from '../core/outcome.js';
import { processEnv, stringField, type Environment } from '../core/credentials.js';
import { logLine } from '../core/debug.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError, type Violation } from '../core/errors.js';
import { stringifyJson } from '../core/json.js';
import { callFacts, type HeaderOf, type Loose, type QueryOf, type SuccessOf } from '../core/operation-types.js';
import { operations as OPERATIONS } from '../../generated/sas.operations.js';
import { withoutUndefined } from '../core/values.js';
import { HeldBodyRequest } from '../core/held-body-request.js';
import { clientFetch, taggedFetch } from '../core/transport.js';
import { invoke, type Pipeline } from '../core/pipeline.js';
import { sasCredentialSupply, type SasCredentialOptions, type SasCredentials } from './credentials.js';
import { SAS_REGION_ENV, sasEndpoint, type SasRegion } from './endpoints.js';
import { sasResponses } from './responses.js';
import { signAcs3 } from './signer.js';

export interface SasClientOptions extends SasCredentialOptions, ClientCallOptions {
  /**
   * Region id (e.g. `cn-shanghai`, `ap-southeast-1`): picks one of Security Center's two sites.
   * Default ALIBABA_CLOUD_REGION_ID, else the aliyun CLI profile's `region_id`.
   */
  readonly regionId?: SasRegion | (string & {}) | undefined;
  /** Base URL instead of the region's endpoint (a mock, a proxy, a VPC endpoint). */
  readonly endpoint?: string | undefined;
  /** A fetch implementation to use instead of the global one. */
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

/**
 * `Info` as the value its contentSchema describes (validated, and serialised once valid), plus the
 * text to send when the caller gave text (sent as given). Text that is not a JSON array is a
 * violation, reported with whatever else the validator finds.
 */
function infoForms(info: OperateImageVulInput['Info']): { value?: unknown; text?: string; violation?: Violation } {
  if (info === undefined || typeof info !== 'string') return { value: info };
  let parsed: unknown;
  try {
    parsed = JSON.parse(info);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    return { violation: { path: 'Info', message: 'must be a JSON array (or pass the array itself)' } };
  }
  return { value: parsed, text: info };
}

export class SasClient {
  readonly regionId: string | undefined;
  readonly endpoint: string;
  /** What supplies the credentials (`environment (ALIBABA_CLOUD_ACCESS_KEY_ID)`, a profile, …); never a value. */
  readonly credentialsFrom: string;
  readonly #api: Client<paths>;
  readonly #pipeline: Pipeline<SasCredentials>;

  constructor(options: SasClientOptions = {}) {
    const env = options.env ?? processEnv();
    const supply = sasCredentialSupply(options, env, clientFetch(options.credentialsFetch ?? options.fetch));
    this.credentialsFrom = supply.source;
    const regionId = options.regionId ?? stringField(env, SAS_REGION_ENV) ?? supply.defaults.region;
    if (options.endpoint === undefined && regionId === undefined) {
      throw new ConfigurationError(`pass \`regionId\` (e.g. cn-shanghai) or \`endpoint\`, or set ${SAS_REGION_ENV}`, 'region');
    }
    this.regionId = regionId;
    this.endpoint = options.endpoint === undefined ? sasEndpoint(regionId as string) : endpointUrl(options.endpoint);
    this.#api = createClient<paths>({
      baseUrl: this.endpoint,
      redirect: 'manual',
      fetch: taggedFetch(clientFetch(options.fetch)),
      Request: HeldBodyRequest,
    });
    const limits = clientLimits(options, env);
    logLine(limits.log, `imagesec SAS credentials from ${supply.source}`);
    this.#pipeline = {
      credentials: supply.get,
      secrets: (c) => [c.accessKeyId, c.accessKeySecret, c.securityToken],
      // A fresh nonce per signature: the gateway refuses a reused one (SignatureNonceUsed).
      signer: (c) => (request) => signAcs3(request, c, new Date(), crypto.randomUUID(), hashing),
      vendor: sasResponses,
      limits,
    };
  }

  /** Acts on image vulnerabilities (documented: `OperateType: 'vul_fix'`, `Type: 'cve'`). */
  async operateImageVul(input: OperateImageVulInput = {}, options: CallOptions = {}): Promise<OperateImageVulResult> {
    const { Info, ...rest } = input;
    const info = infoForms(Info);
    const request = { header: ACTION_HEADERS, query: withoutUndefined({ ...rest, Info: info.value }) };
    const violations = info.violation === undefined ? [] : [info.violation];
    const call = { ...callFacts(OPERATIONS.OperateImageVul), validate: validateOperateImageVul };
    return invoke(this.#pipeline, { ...call, request, violations }, options, (_credentials, init, r) => {
      const { Info: value, ...others } = r.query;
      const text = value === undefined ? undefined : (info.text ?? stringifyJson(value, 'Info'));
      const query = withoutUndefined({ ...others, Info: text });
      return this.#api.POST('/', { ...init, params: { query, header: r.header } });
    });
  }
}
