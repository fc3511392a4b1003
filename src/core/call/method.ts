// Where a call starts: the SDK methods of a client, one per entry of its generated operation table.
// A method splits its input into the request's parts by the names the table lists (path, query,
// header, the fields of a form body, the JSON body), fills in what the client says once (its
// defaults), and sends it (send.ts). The methods' types come from the generated method interface
// merged with the client class.
import type { RequestValidator } from '../request-validator.js';
import type { CallOptions, PageOptions } from '../call-options.js';
import type { OperationEntry } from '../operation-types.js';
import type { ParameterAliases, RequestParts, RequestRules } from './check-input.js';
import { pageItems } from './paginate.js';
import { send } from './send.js';
import type { ClientWiring } from './wiring.js';

type MethodInput = Readonly<Record<string, unknown>>;

type Section = 'path' | 'query' | 'header' | 'form';
const SECTIONS: readonly Section[] = ['path', 'query', 'header', 'form'];

/** Parameter values a client fills in when the operation has the parameter and the input leaves it out. */
export type RequestDefaults = Partial<Record<Section, Readonly<Record<string, unknown>>>>;

/** What a client's methods share: its wiring, and what it says once for every call. */
export interface OperationContext<C> {
  readonly wiring: ClientWiring<C>;
  /** Replaced by the client when one changes (HSS: the project id, once IAM has named it). */
  defaults: RequestDefaults;
  /** Parameters only the client sets: an input naming one is reported as an unknown parameter. */
  readonly owned?: readonly string[] | undefined;
  /** Where violations of parameters the client sets under another name are reported. */
  readonly aliases?: ParameterAliases | undefined;
}

const CONTEXTS = new WeakMap<object, OperationContext<unknown>>();

/** Gives a client's methods their context; called once, by the client's constructor. */
export function bindOperations<C>(client: object, context: OperationContext<C>): void {
  CONTEXTS.set(client, context as unknown as OperationContext<unknown>);
}

const SECTION_OF = new WeakMap<OperationEntry, ReadonlyMap<string, Section>>();

/** Each parameter's section (the first that lists it), read once per operation. */
function sectionsOf(entry: OperationEntry): ReadonlyMap<string, Section> {
  let sections = SECTION_OF.get(entry);
  if (sections === undefined) {
    const map = new Map<string, Section>();
    for (const section of SECTIONS)
      for (const name of entry.parameters[section]) if (!map.has(name)) map.set(name, section);
    SECTION_OF.set(entry, map);
    sections = map;
  }
  return sections;
}

/**
 * The request as the spec names its parts. Names the operation does not have (or only the client
 * sets) go to the query, where the validator reports them; a form body's fields are top-level names
 * like parameters, and an operation with a form body always has one (empty when no field is given,
 * as the vendor's SDK sends it); `body` is the JSON body only where the operation has one, and `{}`
 * when it requires nothing and none is given (an explicit null stays, for the validator).
 */
export function operationRequest(
  entry: OperationEntry,
  input: MethodInput,
  context: Pick<OperationContext<unknown>, 'defaults' | 'owned'>,
): RequestParts {
  const names = entry.parameters;
  const parts: Record<Section, Record<string, unknown>> = {
    path: {},
    query: {},
    header: { ...entry.constHeaders },
    form: {},
  };
  const owned = context.owned ?? [];
  const sections = sectionsOf(entry);
  let body: unknown;
  for (const name in input) {
    const value = input[name];
    if (value === undefined) continue;
    if (name === 'body' && entry.body !== null) body = value;
    else parts[owned.includes(name) ? 'query' : (sections.get(name) ?? 'query')][name] = value;
  }
  for (const section of SECTIONS) {
    for (const [name, value] of Object.entries(context.defaults[section] ?? {})) {
      if (value !== undefined && names[section].includes(name) && parts[section][name] === undefined) {
        parts[section][name] = value;
      }
    }
  }
  const has = (section: Section) => names[section].length > 0 || Object.keys(parts[section]).length > 0;
  return {
    ...(has('path') ? { path: parts.path } : {}),
    ...(has('query') ? { query: parts.query } : {}),
    ...(has('header') ? { header: parts.header } : {}),
    ...(names.form.length > 0 ? { form: parts.form } : {}),
    ...(entry.body === null ? {} : { body: body === undefined && entry.body.emptyDefault ? {} : body }),
  };
}

/** Prototypes whose methods are installed. */
const INSTALLED = new WeakSet<object>();

/**
 * Defines each entry's method on `prototype` (non-enumerable, like a class method), and for a list
 * operation its iterator over every item (paginate.ts), whose pages are calls of that method. Called
 * by each client's constructor, once per class: installing at class definition would be a module
 * side effect, which keeps a client in a consumer's bundle that never uses it.
 */
export function installOperationMethods(
  prototype: object,
  table: Readonly<Record<string, OperationEntry>>,
  validators: Readonly<Record<string, RequestValidator>>,
): void {
  if (INSTALLED.has(prototype)) return;
  INSTALLED.add(prototype);
  for (const entry of Object.values(table)) {
    const validate = validators[`validate${entry.operationId}`];
    if (validate === undefined) throw new Error(`no generated validator for ${entry.operationId}`);
    const jsonQuery = Object.keys(entry.jsonQuery);
    const method = function (this: object, input?: MethodInput, options?: CallOptions) {
      const context = CONTEXTS.get(this);
      if (context === undefined) throw new TypeError(`${entry.method} must be called on a client`);
      const rules: RequestRules = { validate, aliases: context.aliases, jsonQuery };
      const request = operationRequest(entry, input ?? {}, context);
      return send(context.wiring, { entry, rules, request }, options ?? {});
    };
    Object.defineProperty(prototype, entry.method, { value: method, writable: true, configurable: true });
    const paging = entry.paginate;
    if (paging === null) continue;
    const iterate = function (this: object, input?: MethodInput, options?: PageOptions) {
      const call = (page: MethodInput, pageOptions: CallOptions) => method.call(this, page, pageOptions);
      return pageItems(call, paging, entry.operationId, input ?? {}, options ?? {});
    };
    Object.defineProperty(prototype, paging.method, { value: iterate, writable: true, configurable: true });
  }
}
