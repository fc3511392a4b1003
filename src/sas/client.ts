// SasClient: the Security Center actions over openapi-fetch, one method per action installed from
// the generated operation table and typed by the generated method interface. RPC-style calls:
// `POST /`, parameters in the query, action and version in x-acs-* headers, and every request
// signed with ACS3-HMAC-SHA256 and a fresh nonce.
import { hashing } from '#crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { OperateImageVulInfo, paths } from '../../generated/sas.js';
import type { SasMethods } from '../../generated/sas.methods.js';
import { operations as OPERATIONS } from '../../generated/sas.operations.js';
import * as VALIDATORS from '../../generated/sas.validators.js';
import type { RequestValidator } from '../../generated/validator-runtime.js';
import { clientLimits, type CallOptions, type ClientCallOptions } from '../core/call-options.js';
import type { ApiResult, RawOutcome } from '../core/outcome.js';
import { processEnv, stringField, type Environment } from '../core/credentials.js';
import { logLine } from '../core/debug.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError, type Violation } from '../core/errors.js';
import { stringifyJson } from '../core/json.js';
import { installOperationMethods, type MethodInput } from '../core/operation-methods.js';
import { callFacts } from '../core/operation-types.js';
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

import type { SasInput, SasResult } from './client-types.js';

export type { SasArgs, SasInput, SasResult } from './client-types.js';

/** The OperateImageVul input and result, under the names the SDK has always exported. */
export type OperateImageVulInput = SasInput<'OperateImageVul', { Info: OperateImageVulInfo }>;
export type OperateImageVulResult = SasResult<'OperateImageVul'>;

type Entry = (typeof OPERATIONS)[keyof typeof OPERATIONS];
type Input = MethodInput;

/**
 * A JSON-text parameter as the value its contentSchema describes (validated, then serialised), plus
 * the text to send when the caller gave text (sent as given). Text that does not parse is a
 * violation, reported with whatever else the validator finds.
 */
function jsonForms(name: string, given: unknown): { value?: unknown; text?: string; violation?: Violation } {
  if (given === undefined || typeof given !== 'string') return { value: given };
  try {
    return { value: JSON.parse(given) as unknown, text: given };
  } catch {
    return { violation: { path: name, message: 'must be JSON text (or pass the value itself)' } };
  }
}

// The methods' types, one per operation (generated from the spec), merged into the class below,
// whose static block installs the methods themselves from the operation table: the merge is the
// point (the class cannot list methods that exist only as data).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see above
export interface SasClient extends SasMethods {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the methods' types, merged on purpose (above)
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
      throw new ConfigurationError(
        `pass \`regionId\` (e.g. cn-shanghai) or \`endpoint\`, or set ${SAS_REGION_ENV}`,
        'region',
      );
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

  // One method per action of the spec, from the generated table; their types come from
  // generated/sas.methods.ts through the interface merged with this class.
  static {
    installOperationMethods(
      SasClient.prototype,
      OPERATIONS,
      VALIDATORS,
      (client: SasClient, entry, validate, input, options) => client.#call(entry, validate, input, options),
    );
  }

  /**
   * One call of any action (RPC style: `POST /`, parameters in the query, the action and version in
   * the spec's constant x-acs-* headers). JSON-text parameters are validated as their decoded value
   * and sent as the caller's text, or serialised from the value.
   */
  async #call(
    entry: Entry,
    validate: RequestValidator,
    input: Input,
    options: CallOptions,
  ): Promise<ApiResult<unknown>> {
    const jsonNames = Object.keys(entry.jsonQuery);
    const forms = new Map(jsonNames.map((name) => [name, jsonForms(name, input[name])]));
    const query = withoutUndefined({
      ...input,
      ...Object.fromEntries([...forms].map(([name, form]) => [name, form.value])),
    });
    const violations = [...forms.values()].flatMap((form) => (form.violation === undefined ? [] : [form.violation]));
    const request = { header: { ...entry.constHeaders }, query };
    const send = this.#api.request as unknown as (method: string, url: string, init: object) => Promise<RawOutcome>;
    return invoke(
      this.#pipeline,
      { ...callFacts(entry), validate, request, violations },
      options,
      (_credentials, init, r) => {
        const sent: Record<string, unknown> = { ...r.query };
        for (const [name, form] of forms) {
          const value = sent[name];
          sent[name] = value === undefined ? undefined : (form.text ?? stringifyJson(value, name));
        }
        return send(entry.httpMethod.toLowerCase(), entry.path, {
          ...init,
          params: { query: withoutUndefined(sent), header: r.header },
        });
      },
    );
  }
}
