// Type-level views of an openapi-typescript `operations[...]` entry, so the clients take and return
// exactly the generated types without re-declaring any of them.

/** A parameter section, or an empty object where openapi-typescript writes `never` (none at all). */
type Section<S> = [NonNullable<S>] extends [never] ? Record<never, never> : NonNullable<S>;

/** The query parameters (an empty object when the operation has none). */
export type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Section<Q> : Record<never, never>;

/** The header parameters (an empty object when the operation has none). */
export type HeaderOf<Op> = Op extends { parameters: { header?: infer H } } ? Section<H> : Record<never, never>;

/**
 * The fields of a form body (application/x-www-form-urlencoded): top-level input keys, as query
 * parameters are (an empty object when the operation has no form body).
 */
export type FormOf<Op> = Op extends {
  requestBody?: { content: { 'application/x-www-form-urlencoded': infer F } };
}
  ? [NonNullable<F>] extends [never]
    ? Record<never, never>
    : NonNullable<F>
  : Record<never, never>;

/** The JSON request body. */
export type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** `body` as a property: optional when every field of the body is optional (then `{}` is sent). */
export type BodyInput<Op> = [BodyOf<Op>] extends [never]
  ? Record<never, never>
  : Record<never, never> extends BodyOf<Op>
    ? { readonly body?: BodyOf<Op> }
    : { readonly body: BodyOf<Op> };

/** The JSON body of the 200 response (undefined when none is documented). */
export type SuccessOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer R } } } }
  ? R
  : undefined;

/**
 * Optional properties also accept an explicit `undefined`, so inputs can be built from variables
 * under `exactOptionalPropertyTypes` (`{ enterprise_project_id: maybeId }`).
 */
export type Loose<T> = { [K in keyof T]: Record<never, never> extends Pick<T, K> ? T[K] | undefined : T[K] };

/** Where a secret sits in a request: section, name, then names or `*` (every array item) below it. */
export type SecretPath = readonly string[];

/** What the call path reads of an entry of a generated operation table (generated/<cloud>.operations.ts). */
export interface OperationEntry {
  readonly operationId: string;
  /** The SDK method's name. */
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  /** The parameters' spec names by location; `form`: the fields of a form body, in the order it lists them. */
  readonly parameters: {
    readonly path: readonly string[];
    readonly query: readonly string[];
    readonly header: readonly string[];
    readonly form: readonly string[];
  };
  /**
   * Array fields of the form body sent as `Name.1=a&Name.2=b` (x-imagesec-style: repeatList), which
   * no OpenAPI style produces; no other array style is supported in a form body.
   */
  readonly repeatList: readonly string[];
  /** Header parameters with a single allowed value (SAS x-acs-action, x-acs-version): always sent. */
  readonly constHeaders: Readonly<Record<string, string>>;
  /** Query parameters carrying JSON text, with the component schema their text holds (null: none named). */
  readonly jsonQuery: Readonly<Record<string, string | null>>;
  /** The JSON request body: required, and whether `{}` is sent when none is given; null for none. */
  readonly body: { readonly required: boolean; readonly emptyDefault: boolean } | null;
  /**
   * Where secret values sit in a request (`format: password`): each a path of names from the
   * section (`query`, `header`, `path`, `form`, `body`) down, `*` for every item of an array, going
   * on inside a JSON-text parameter's decoded value. Masked wherever a request is shown (redact.ts).
   */
  readonly secrets: readonly SecretPath[];
  /** The operation documents a JSON response body. */
  readonly responseBody: boolean;
  /** x-imagesec-safe-to-repeat: may a request whose outcome is unknown be sent again? */
  readonly safeToRepeat: boolean;
  /** GET, HEAD, or x-imagesec-read-only: the operation changes nothing. */
  readonly readOnly: boolean;
  /** x-imagesec-lift: result name → response body field, lifted to the top of the result. */
  readonly lift: Readonly<Record<string, string>>;
  /** x-imagesec-paginate: how to walk every page of a list; null for an operation that does not page. */
  readonly paginate: Pagination | null;
}

/**
 * How a list operation pages: by an offset (HSS `offset`/`limit`) or by a 1-based page number (SAS
 * `CurrentPage`/`PageSize`); exactly one of `offset` and `page` is set.
 */
export interface Pagination {
  /** The client's iterator over every item (`paginate` + the operation id). */
  readonly method: string;
  /** The query parameter (or form field) for the number of items per page. */
  readonly size: string;
  /** The query parameter (or form field) for the number of items skipped. */
  readonly offset: string | null;
  /** The query parameter (or form field) for the 1-based page number. */
  readonly page: string | null;
  /** Where the page's items are in the response body (a dotted path). */
  readonly items: string;
  /** Where the total count is in the response body (a dotted path), when the operation reports one. */
  readonly total: string | null;
  /** The paging parameters the spec types as text (SAS DescribeGroupedMaliciousFiles `PageSize`): sent as digits. */
  readonly asText: readonly string[];
}

/** The path parameters (an empty object when the operation has none). */
export type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? Section<P> : Record<never, never>;

/** A method's arguments: the input may be left out when nothing in it is required. */
export type ArgsOf<Input, Options> =
  Record<never, never> extends Input ? [input?: Input, options?: Options] : [input: Input, options?: Options];

/** Result fields lifted from the response body (x-imagesec-lift: result name → body field). */
export type LiftOf<Op, L extends Readonly<Record<string, string>>> = {
  readonly [N in keyof L]: NonNullable<SuccessOf<Op>> extends infer S
    ? L[N] extends keyof S
      ? S[L[N]] | undefined
      : undefined
    : undefined;
};

/** The type at a dotted path of properties (`PageInfo.TotalCount`), unknown where there is none. */
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<NonNullable<T[Head]>, Rest>
    : unknown
  : P extends keyof T
    ? T[P]
    : unknown;

/** One item of a list operation's page: an element of the 200 body's array at `Items` (x-imagesec-paginate). */
export type ItemOf<Op, Items extends string> =
  NonNullable<At<NonNullable<SuccessOf<Op>>, Items>> extends readonly (infer Item)[] ? Item : unknown;
