// What a client gives every call (its wiring), and what a call is: the pieces send.ts and the
// attempt (attempt.ts) are given.
import type { CallLimits } from '../call-options.js';
import type { OperationEntry } from '../operation-types.js';
import type { RequestParts, RequestRules } from './check-input.js';
import type { VendorResponses } from './read.js';
import type { RequestSigner } from '../canonical.js';
import type { OperationHttp } from './transport.js';

/** What a client gives every call: how to reach, authenticate to and read its cloud. */
export interface ClientWiring<C> {
  /** The cloud's id and vendor, as the users' middleware is told them (middleware.ts). */
  readonly cloud: string;
  readonly provider: string;
  /** The HTTP client of the cloud's endpoint (transport.ts endpointClient). */
  readonly http: OperationHttp;
  readonly credentials: () => Promise<C>;
  /** Every secret value in the credentials, masked wherever text reaches the user. */
  readonly secrets: (credentials: C) => Iterable<string | undefined>;
  readonly signer: (credentials: C) => RequestSigner;
  /** The checked request with what depends on the credentials filled in (HSS: the project id). */
  readonly scope?: ((request: RequestParts, credentials: C) => Promise<RequestParts>) | undefined;
  readonly vendor: VendorResponses;
  readonly limits: CallLimits;
}

/** One operation call: the table's entry, how its request is checked, and the request (spec names). */
export interface OperationCall {
  readonly entry: OperationEntry;
  readonly rules: RequestRules;
  readonly request: RequestParts;
}

/** One call as its attempts send it: the table's entry and the checked request. */
export interface PreparedCall {
  readonly entry: OperationEntry;
  readonly request: RequestParts;
  /** The request's own secret values (format: password), masked with the credentials' wherever text shows. */
  readonly requestSecrets: readonly string[];
  /** The call's extra headers (`options.headers`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly limits: CallLimits;
}
