// What a cloud brings to imagesec, in one object. Each cloud's folder fills one in
// (src/<cloud>/cloud.ts) and the registry (src/clouds.ts) lists them; the CLI, the strict mock, the
// code generator, the docs and the build read the registry instead of switching on a cloud's name.
// Vendor-neutral: nothing here names a vendor.
import type { SignableRequest, SignatureVerdict } from './canonical.js';
import type { ClientCallOptions } from './call-options.js';
import type { VendorResponses } from './call/read.js';
import type { CommandEntry, SkeletonField } from './command-table.js';
import type { Environment } from './credential-input.js';
import type { HashPort } from './crypto/port.js';
import type { SourceContext } from './identity/source.js';
import type { OperationEntry } from './operation-types.js';
import type { RequestValidator } from './request-validator.js';
import type { WaiterEntry, WaitStartEntry } from './waiter/types.js';

/** A client setting only some clouds take, each with a global CLI flag of its own. */
export type ClientSetting = 'projectId';

/** What every cloud's client is built from, as the CLI and the tests build one. */
export interface CloudClientSettings extends ClientCallOptions {
  /** The region id (each cloud reads it its own way: an endpoint, a header, a site). */
  readonly region?: string | undefined;
  /** Only for a cloud whose `settings` list it. */
  readonly projectId?: string | undefined;
  readonly endpoint?: string | undefined;
  readonly profile?: string | undefined;
  readonly fetch?: typeof globalThis.fetch | undefined;
  readonly credentialsFetch?: typeof globalThis.fetch | undefined;
  readonly env?: Environment | undefined;
}

/** A client of any cloud, as the CLI sees it: its operations are methods named in the command table. */
export interface CloudClient {
  /** What supplies the credentials; never a value. */
  readonly credentialsFrom: string;
}

/** Where a cloud's credentials come from, for hints, masking and completion. */
export interface CloudCredentials {
  /** The environment variables of the access key, its secret and a session token, in that order. */
  readonly secretEnv: readonly [keyId: string, secret: string, token: string];
  /** Where else credentials may come from (said when none is found). */
  readonly otherSources: string;
  /** The environment variable that names the region, when the vendor's tools read one. */
  readonly regionEnv?: string | undefined;
  /** The environment variable that names the project, for a cloud with a `projectId` setting. */
  readonly projectEnv?: string | undefined;
  /** Where the project comes from when it is not given, said in the hint for a missing one. */
  readonly projectLookup?: string | undefined;
  /** The profile names the vendor's credential files hold, in file order. */
  readonly profileNames: (context: SourceContext) => string[];
}

/** An answer of the strict mock, in the vendor's own status, headers and body. */
export interface MockAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A signature refusal's reason, as the verifiers give it. */
export type SignatureRefusal = Extract<SignatureVerdict, { ok: false }>;

/** A flag of `imagesec mock` (`--<cloud>-<name>`) that gives credentials whose signatures pass. */
export interface MockCredentialFlag<Credential> {
  /** The flag's name after `--<cloud>-`, e.g. `key`. */
  readonly name: string;
  /** The value's form, for help, e.g. `AK:SK[:TOKEN]`. */
  readonly value: string;
  /** The accepted forms, said when a value is not one: e.g. `ID:SECRET or ID:SECRET:TOKEN`. */
  readonly forms: string;
  /** One sentence for help and completion. */
  readonly description: string;
  /** The credential a value gives, or undefined when it is not in one of the forms. */
  parse(text: string): Credential | undefined;
}

/** How the vendor's own gateway behaves where Prism cannot: the strict mock plays these. */
export interface GatewayRules<Credential> {
  /** The `imagesec mock` flags that give the credentials whose signatures pass (each repeatable). */
  readonly credentialFlags: readonly MockCredentialFlag<Credential>[];
  /**
   * The header that names the operation when several share one method and path (an RPC action),
   * matched against the operation id; undefined when method and path template tell operations apart.
   */
  readonly actionHeader?: string | undefined;
  /** A fresh request id in the vendor's shape. */
  requestId(): string;
  /** The vendor's error answer with this status, code and message. */
  error(status: number, code: string, message: string): MockAnswer;
  /** The refusal of a request whose signature (or token) the gateway does not accept. */
  signatureRefusal(verdict: SignatureRefusal): MockAnswer;
  /** The refusal of a body over `limit` bytes. */
  bodyTooLarge(limit: number): MockAnswer;
  /** The answer to a request no operation of the spec matches. */
  unknownOperation(): MockAnswer;
  /** The answer to parameters the service refuses (`detail` lists them). */
  invalidParameters(detail: string): MockAnswer;
  /** The answer when the service behind the gateway cannot be reached. */
  unreachable(detail: string): MockAnswer;
  /** The code a scripted fault with this status carries when the script names none. */
  faultCode(status: number): string;
  /** The headers that say "retry after `seconds`" (at least the standard Retry-After). */
  retryAfterHeaders(seconds: number): Readonly<Record<string, string>>;
  /** A scripted answer's body as the vendor sends every body (e.g. with a request id in it); checked after. */
  completeBody(body: unknown): unknown;
  /** A scripted answer's headers as the vendor sends every answer (e.g. a request id header when none is given). */
  completeHeaders(headers: Readonly<Record<string, string>>): Readonly<Record<string, string>>;
  /** Verifies a request's signature against the credentials the mock accepts. */
  verify(
    request: SignableRequest,
    accepted: readonly Credential[],
    now: Date,
    hashing: HashPort,
  ): Promise<SignatureVerdict>;
}

/** A waiter as generated: its entry, the CLI command that runs it and what it waits for. */
export interface CloudWaiter extends WaiterEntry {
  readonly command: string;
  readonly description: string;
}

/** Everything the layers above the clients need to know about one cloud. */
export interface CloudDescriptor<Id extends string = string, Credential = unknown> {
  /** The cloud's word: `imagesec <id> …`, `openapi/<id>.yaml`, `generated/<id>.*.ts`. */
  readonly id: Id;
  /** The product's full name and API version, e.g. for help and docs titles. */
  readonly title: string;
  /** A short name of the API and its version. */
  readonly api: string;
  /** The client class's name, as users import it from `imagesec`. */
  readonly clientName: string;
  /** A region for examples and hints. */
  readonly exampleRegion: string;
  /** The client option that takes the region, as users write it (`region`; `regionId` where the vendor's SDKs say so). */
  readonly regionOption: string;
  /** The OpenAPI document, as a file URL. */
  readonly spec: URL;
  /** The generated operation table. */
  readonly operations: Readonly<Record<string, OperationEntry>>;
  /** The generated request validators, by `validate<OperationId>` (the strict mock checks requests with them). */
  readonly validators: Readonly<Record<string, RequestValidator>>;
  /** The generated command table: one command per operation. */
  readonly commands: readonly CommandEntry[];
  /** The generated waiters (with their command and description) and the starts that wait. */
  readonly waiters: Readonly<Record<string, CloudWaiter>>;
  readonly waitStarts: Readonly<Record<string, WaitStartEntry>>;
  /** The generated --skeleton/--input documents, loaded when a command needs them. */
  readonly skeletons: () => Promise<Readonly<Record<string, readonly SkeletonField[]>>>;
  /** Settings beyond the common ones this cloud's client takes (each has a CLI flag). */
  readonly settings: readonly ClientSetting[];
  readonly credentials: CloudCredentials;
  /** How the vendor reads its answers (errors, request ids, retry hints). */
  readonly responses: VendorResponses;
  /** Builds a client; a missing region, project or credentials is a ConfigurationError naming it. */
  createClient(settings: CloudClientSettings): CloudClient;
  readonly gateway: GatewayRules<Credential>;
}
