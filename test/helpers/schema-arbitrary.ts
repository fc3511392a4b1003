// fast-check arbitraries derived from the specs' JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12),
// nothing written per field. `valid` walks a schema (type, enum, const, minLength/maxLength, pattern,
// minimum/maximum, minItems/maxItems, items, properties, required, additionalProperties, $ref) and
// generates values it accepts; `violationSites` lists every place and rule one violation can go, and
// `withViolation` generates a value that is valid except for exactly that one. `operationRequest`
// applies both to an operation's request as the facade takes it: parameters by spec name, and the body.
import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import fc from 'fast-check';
import type { OpenAPI3, ParameterObject, ReferenceObject, RequestBodyObject } from 'openapi-typescript';
import { parse } from 'yaml';
import { operationParameters, specOperations, resolveRef } from '../../scripts/spec/document.js';
import { specPath, type SpecName } from '../../src/mock/specs.js';

/** A JSON Schema node as the spec has it (integers parsed as bigint, see `loadExactSpec`). */
export type Schema = { readonly [keyword: string]: unknown };
type SchemaOrRef = Schema | ReferenceObject;

/** The spec with integers parsed as bigint: 2^63-1, the bound of an int64 id, is not a double. */
export async function loadExactSpec(name: SpecName): Promise<OpenAPI3> {
  return parse(await readFile(specPath(name), 'utf8'), { intAsBigInt: true }) as OpenAPI3;
}

// ---- schema reading ------------------------------------------------------------------------------

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// The keywords the walker understands; a schema using another one fails loudly rather than being
// generated wrong. Annotations and `x-` extensions change nothing a validator checks.
const KNOWN_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'format',
  'description',
  'examples',
  'example',
  'default',
  'title',
  'contentMediaType',
  'contentSchema',
  // Who sends or receives a field: no bearing on the values.
  'readOnly',
  'writeOnly',
]);
// password marks a secret (masked wherever a request is shown): any string.
const KNOWN_FORMATS = new Set(['int32', 'int64', 'password']);

// int32's own range, which narrows the stated bounds (as the validator generator reads it).
const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };

function lowerBound(schema: Schema): bigint | undefined {
  const stated = bound(schema.minimum);
  if (schema.format !== 'int32') return stated;
  return stated === undefined || stated < INT32.min ? INT32.min : stated;
}

function upperBound(schema: Schema): bigint | undefined {
  const stated = bound(schema.maximum);
  if (schema.format !== 'int32') return stated;
  return stated === undefined || stated > INT32.max ? INT32.max : stated;
}

type JsonType = 'string' | 'integer' | 'boolean' | 'array' | 'object';
const JSON_TYPES = new Set<string>(['string', 'integer', 'boolean', 'array', 'object']);

function checkKeywords(schema: Schema): void {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword) && !keyword.startsWith('x-')) {
      throw new Error(`schema-arbitrary does not handle the keyword ${keyword}`);
    }
  }
  const { format } = schema;
  if (format !== undefined && !(typeof format === 'string' && KNOWN_FORMATS.has(format))) {
    // inspect, not JSON.stringify: integers here are bigints.
    const shown = typeof format === 'string' ? format : inspect(format);
    throw new Error(`schema-arbitrary does not handle format ${shown}`);
  }
}

function typeOf(schema: Schema): JsonType {
  const { type } = schema;
  if (typeof type !== 'string' || !JSON_TYPES.has(type)) throw new Error(`unsupported type ${JSON.stringify(type)}`);
  return type as JsonType;
}

/** A length or item count. */
function count(value: unknown): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** A numeric bound, exact. */
function bound(value: unknown): bigint | undefined {
  return value === undefined ? undefined : BigInt(value as bigint | number);
}

function properties(schema: Schema): Record<string, SchemaOrRef> {
  return (schema.properties ?? {}) as Record<string, SchemaOrRef>;
}

function requiredOf(schema: Schema): string[] {
  return (schema.required ?? []) as string[];
}

function itemsOf(schema: Schema): SchemaOrRef {
  return (schema.items ?? {}) as SchemaOrRef;
}

/**
 * Where an integer's range passes 2^53-1 the SDK takes a bigint as well as a safe number (HSS
 * `image_info[].id`); everywhere else only a safe number. The same rule as the generated validators.
 */
function acceptsBigint(schema: Schema): boolean {
  return (bound(schema.maximum) ?? 0n) > MAX_SAFE;
}

/** Length in code points, as Ajv and Prism count it (an emoji is one character). */
function codePoints(text: string): number {
  return [...text].length;
}

// ---- text ---------------------------------------------------------------------------------------

// JSON and URL syntax, controls, non-ASCII, a combining mark, a joiner, a BOM, a noncharacter, astral.
const TRICKY_CHARACTERS = [
  ...`"\\/%&=+?#[]{}<>'\`,;: `,
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u007f',
  '\u00a0',
  'é',
  '镜',
  '\u0301',
  '\u200d',
  '\ufeff',
  '\uffff',
  '😀',
  '𠜎',
  '\u{10fffd}',
];

/** One code point per unit (never a lone surrogate), so generated lengths are code-point lengths. */
const codePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_CHARACTERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Printable ASCII without `excluded`: all an HTTP header value carries as it is signed. */
function printableAscii(excluded = ''): fc.Arbitrary<string> {
  const all = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  return fc.constantFrom(...all.filter((c) => !excluded.includes(c)));
}

/** Text of `unit`s, now and then exactly at an upper bound small enough to send. */
function textOf(unit: fc.Arbitrary<string>, minLength: number, maxLength: number | undefined): fc.Arbitrary<string> {
  const some = fc.string({ unit, minLength, ...(maxLength === undefined ? {} : { maxLength }) });
  if (maxLength === undefined || maxLength > 1024 || maxLength === minLength) return some;
  return fc.oneof(
    { weight: 4, arbitrary: some },
    { weight: 1, arbitrary: fc.string({ unit, minLength: maxLength, maxLength }) },
  );
}

const hasOuterSpace = (text: string) => /^[ \t]|[ \t]$/.test(text);

/** A header value: printable ASCII, no space at either end (HTTP would drop it). */
export function headerText(minLength: number, maxLength: number | undefined, excluded = ''): fc.Arbitrary<string> {
  return textOf(printableAscii(excluded), minLength, maxLength).filter((text) => !hasOuterSpace(text));
}

function flipCase(text: string): string {
  return text.toUpperCase() === text ? text.toLowerCase() : text.toUpperCase();
}

/** Strings that are not among `allowed`: the allowed ones in the other case, and random text. */
function stringsOtherThan(allowed: readonly unknown[]): fc.Arbitrary<string> {
  const texts = allowed.filter((v): v is string => typeof v === 'string');
  const random = fc.string({ unit: codePoint, maxLength: 12 });
  const nearMisses = texts.length === 0 ? random : fc.constantFrom(...texts).map(flipCase);
  return fc.oneof(nearMisses, random).filter((text) => !allowed.includes(text));
}

// Small edits that take a string matching a pattern out of it (anchored patterns).
const PATTERN_BREAKERS: ReadonlyArray<(text: string) => string> = [
  flipCase,
  (text) => `X${text}`,
  (text) => `${text}!`,
  (text) => text.slice(1),
];

/** Strings a pattern refuses: near misses of matching strings, and random text. */
export function stringsNotMatching(pattern: string): fc.Arbitrary<string> {
  const matches = new RegExp(pattern, 'u');
  const edited = fc
    .tuple(fc.stringMatching(new RegExp(pattern)), fc.constantFrom(...PATTERN_BREAKERS))
    .map(([text, edit]) => edit(text));
  return fc.oneof(edited, fc.string({ unit: codePoint, maxLength: 12 })).filter((text) => !matches.test(text));
}

// ---- violations ---------------------------------------------------------------------------------

/** The rule a violation breaks: a JSON Schema keyword, or what the wire cannot carry. */
export type Rule =
  | 'type'
  | 'enum'
  | 'const'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  /** An integer a JavaScript number cannot hold exactly (past 2^53-1). */
  | 'unsafe-integer'
  | 'minItems'
  | 'maxItems'
  | 'required'
  | 'additionalProperties'
  /** A header value HTTP cannot carry as signed: CR/LF, NUL, non-ASCII, a space at either end. */
  | 'header-value';

/** Marks a section whose strings travel as header values (printable ASCII only). */
const HEADER_VALUES = 'x-fuzz-header-values';
/**
 * Marks a section whose strings are path segments: what a header carries, less what would change
 * the path (`/ ? # % \`, `.` and `..`), which the SDK refuses as a wire rule, not as the schema's.
 */
const PATH_SEGMENTS = 'x-fuzz-path-segments';
const SEGMENT_EXCLUDED = '/?#%\\';

/** How strings below a node travel: anywhere (JSON), as header values, or as path segments. */
type Carrier = boolean | 'segment';

/** A step from a node to a member: a property name, or some item of an array. */
export const ANY_ITEM: unique symbol = Symbol('any item');
export type Step = string | typeof ANY_ITEM;

/** What is done to the node at a site: replaced by a bad value, or a member taken out or slipped in. */
export type Corruption =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'remove'; readonly key: string }
  | { readonly kind: 'add'; readonly key: string; readonly value: unknown };

export interface ViolationSite {
  /** Where the corrupted node is, from the schema's root. */
  readonly steps: readonly Step[];
  readonly rule: Rule;
  /** The member a removal takes out (for naming the site). */
  readonly member?: string;
  readonly corruption: fc.Arbitrary<Corruption>;
}

export interface Corrupted {
  readonly value: unknown;
  /** Where the violation is: property names and the array indexes chosen (a removed or added key included). */
  readonly at: ReadonlyArray<string | number>;
  readonly rule: Rule;
}

function removal(steps: readonly Step[], key: string): ViolationSite {
  return { steps, rule: 'required', member: key, corruption: fc.constant({ kind: 'remove', key } as const) };
}

const replacing = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Corruption> =>
  values.map((value) => ({ kind: 'replace', value }) as const);

/** Values of every JSON type but `type` (and bigint where the SDK takes none). */
function wrongType(type: JsonType, bigintAccepted: boolean): fc.Arbitrary<unknown> {
  const text = fc.string({ maxLength: 6 });
  const whole = fc.integer({ min: -1000, max: 1000 });
  const fraction = fc.double({ min: -1000, max: 1000, noNaN: true }).filter((n) => !Number.isInteger(n));
  const flag = fc.boolean();
  const nothing = fc.constant(null);
  const list = fc.array(whole, { maxLength: 2 });
  const record = fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), whole, { maxKeys: 2, noNullPrototype: true });
  switch (type) {
    case 'string':
      return fc.oneof(whole, fraction, flag, nothing, list, record);
    case 'integer':
      return fc.oneof(
        text,
        fraction,
        flag,
        nothing,
        list,
        record,
        ...(bigintAccepted ? [] : [fc.bigInt({ min: -1000n, max: 1000n })]),
      );
    case 'boolean':
      return fc.oneof(text, whole, nothing, list, record);
    // No strings for arrays and objects: the SDK reads a string `Info` as the JSON text of the array.
    case 'array':
      return fc.oneof(whole, flag, nothing, record);
    case 'object':
      return fc.oneof(whole, flag, nothing, list);
  }
}

/** Integers beyond 2^53-1 in size: a JavaScript number holds them only rounded. */
const unsafeNumbers = fc.oneof(
  fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 60)),
  fc
    .tuple(fc.integer({ min: 53, max: 1023 }), fc.boolean())
    .map(([exponent, negative]) => (negative ? -1 : 1) * 2 ** exponent),
);

/** A header value spoiled by what HTTP cannot carry: CR/LF (header injection), NUL, non-ASCII, outer space. */
function spoiledHeaderValues(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const inserted = fc
    .tuple(valid, fc.constantFrom('\r\nX-Injected: 1', '\r\n', '\n', '\r', '\u0000', 'é', '镜', '😀'), fc.nat())
    .map(([text, bad, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + bad + text.slice(i);
    });
  const padded = fc
    .tuple(valid, fc.constantFrom(' ', '\t'), fc.boolean())
    .map(([text, space, before]) => (before ? space + text : text + space));
  return fc.oneof(inserted, padded);
}

/**
 * Names a caller might slip in by mistake, camelCase like `imageType` where the spec says `image_type`;
 * never `body` or `region`, the facade's other input names.
 */
function unknownNames(known: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.stringMatching(/^[a-z]{1,8}[A-Z][A-Za-z0-9]{0,8}$/).filter((name) => !Object.hasOwn(known, name));
}

function applyCorruption(node: unknown, corruption: Corruption): { value: unknown; at: Array<string | number> } {
  switch (corruption.kind) {
    case 'replace':
      return { value: corruption.value, at: [] };
    case 'remove': {
      const { [corruption.key]: _removed, ...rest } = node as Record<string, unknown>;
      return { value: rest, at: [corruption.key] };
    }
    case 'add':
      return { value: { ...(node as object), [corruption.key]: corruption.value }, at: [corruption.key] };
  }
}

// ---- the walker ---------------------------------------------------------------------------------

export interface GenerationOptions {
  /** Largest integer a valid value holds (default: the schema's maximum). */
  readonly integerCap?: bigint;
  /** Most items a valid array holds unless minItems asks for more. Default 5. */
  readonly maxItems?: number;
}

/** A schema node resolved, and whether its strings are header values. */
interface Place {
  readonly schema: Schema;
  readonly inHeader: Carrier;
}

/** A bigint within the safe range as a number; anything else as it is. */
function asNumberWhenExact(value: unknown): unknown {
  return typeof value === 'bigint' && Number.isSafeInteger(Number(value)) ? Number(value) : value;
}

export class SchemaArbitraries {
  readonly doc: OpenAPI3;
  readonly #integerCap: bigint | undefined;
  readonly #maxItems: number;

  constructor(doc: OpenAPI3, options: GenerationOptions = {}) {
    this.doc = doc;
    this.#integerCap = options.integerCap;
    this.#maxItems = options.maxItems ?? 5;
  }

  /** The node (a schema or a `$ref` to one) with `$ref`s followed. */
  resolve(node: object): Schema {
    return resolveRef(this.doc, node as Schema);
  }

  /** Values the schema accepts. */
  valid(node: SchemaOrRef, inHeader: Carrier = false): fc.Arbitrary<unknown> {
    const { schema, inHeader: header } = this.#enter(node, inHeader);
    // The spec is read with intAsBigInt: integers a JavaScript number holds exactly are given as
    // numbers, as a caller writes them (the validators refuse a bigint where a number fits).
    if ('const' in schema) return fc.constant(asNumberWhenExact(schema.const));
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]).map(asNumberWhenExact));
    switch (typeOf(schema)) {
      case 'string':
        return this.#validString(schema, header);
      case 'integer':
        return this.#validInteger(schema);
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(this.valid(itemsOf(schema), header), this.#itemCounts(schema));
      case 'object':
        return this.#validObject(schema, header);
    }
  }

  /** Every place and rule one violation can go, at the node and below it. */
  violationSites(node: SchemaOrRef, steps: readonly Step[] = [], inHeader: Carrier = false): ViolationSite[] {
    const place = this.#enter(node, inHeader);
    return [...this.#ownSites(place, steps), ...this.#memberSites(place, steps)];
  }

  /** Sites below the node but not at it: for containers the caller always has (a request's query). */
  memberSites(node: SchemaOrRef, steps: readonly Step[] = [], inHeader: Carrier = false): ViolationSite[] {
    return this.#memberSites(this.#enter(node, inHeader), steps);
  }

  /** Values of the schema, valid but for the one violation of `site`. */
  withViolation(node: SchemaOrRef, site: ViolationSite): fc.Arbitrary<Corrupted> {
    return this.#along(node, site.steps, site.corruption, false).map(({ value, at }) => ({
      value,
      at,
      rule: site.rule,
    }));
  }

  #enter(node: SchemaOrRef, inHeader: Carrier): Place {
    const schema = this.resolve(node);
    checkKeywords(schema);
    const marked: Carrier = schema[PATH_SEGMENTS] === true ? 'segment' : schema[HEADER_VALUES] === true;
    return { schema, inHeader: inHeader || marked };
  }

  #itemCounts(schema: Schema): { minLength: number; maxLength: number } {
    const minItems = count(schema.minItems) ?? 0;
    const maxItems = count(schema.maxItems) ?? Number.POSITIVE_INFINITY;
    return { minLength: minItems, maxLength: Math.max(minItems, Math.min(maxItems, this.#maxItems)) };
  }

  #validString(schema: Schema, inHeader: Carrier): fc.Arbitrary<string> {
    const min = count(schema.minLength) ?? 0;
    const max = count(schema.maxLength);
    if (typeof schema.pattern === 'string') {
      const fits = (text: string) => codePoints(text) >= min && codePoints(text) <= (max ?? Infinity);
      const headerSafe = (text: string) => !inHeader || (/^[\x20-\x7e]*$/.test(text) && !hasOuterSpace(text));
      return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => fits(text) && headerSafe(text));
    }
    if (inHeader === 'segment') return headerText(min, max, SEGMENT_EXCLUDED).filter((t) => t !== '.' && t !== '..');
    return inHeader ? headerText(min, max) : textOf(codePoint, min, max);
  }

  #validInteger(schema: Schema): fc.Arbitrary<number | bigint> {
    const min = lowerBound(schema) ?? -MAX_SAFE;
    let max = upperBound(schema) ?? MAX_SAFE;
    if (this.#integerCap !== undefined && max > this.#integerCap) max = this.#integerCap;
    const values = fc.bigInt({ min, max });
    if (!acceptsBigint(schema)) return values.map(Number);
    const safe = (n: bigint) => n <= MAX_SAFE && n >= -MAX_SAFE;
    return fc.tuple(values, fc.boolean()).map(([n, asBigint]) => (asBigint || !safe(n) ? n : Number(n)));
  }

  #validObject(schema: Schema, inHeader: Carrier, without?: string): fc.Arbitrary<Record<string, unknown>> {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, member] of Object.entries(properties(schema))) {
      if (name !== without) model[name] = this.valid(member, inHeader);
    }
    const requiredKeys = requiredOf(schema).filter((name) => name in model);
    return fc.record(model, { requiredKeys, noNullPrototype: true });
  }

  #ownSites({ schema, inHeader }: Place, steps: readonly Step[]): ViolationSite[] {
    const type = typeOf(schema);
    const sites: ViolationSite[] = [];
    const add = (rule: Rule, values: fc.Arbitrary<unknown>) =>
      sites.push({ steps, rule, corruption: replacing(values) });

    add('type', wrongType(type, acceptsBigint(schema)));
    if ('const' in schema) add('const', stringsOtherThan([schema.const]));
    else if (Array.isArray(schema.enum)) add('enum', stringsOtherThan(schema.enum));
    if (type === 'string') this.#stringSites(schema, inHeader, add);
    if (type === 'integer') this.#integerSites(schema, add);
    if (type === 'array') {
      const min = count(schema.minItems) ?? 0;
      const max = count(schema.maxItems);
      const items = this.valid(itemsOf(schema), inHeader);
      if (min > 0) add('minItems', fc.array(items, { maxLength: min - 1 }));
      // One item too many, where that many can be built (not 2^31-1).
      if (max !== undefined && max < 10_000)
        add('maxItems', fc.array(items, { minLength: max + 1, maxLength: max + 1 }));
    }
    return sites;
  }

  #stringSites(schema: Schema, inHeader: Carrier, add: (rule: Rule, values: fc.Arbitrary<unknown>) => void): void {
    const unit = inHeader === 'segment' ? printableAscii(SEGMENT_EXCLUDED) : inHeader ? printableAscii() : codePoint;
    const min = count(schema.minLength) ?? 0;
    const max = count(schema.maxLength);
    if (min > 0) add('minLength', fc.string({ unit, maxLength: min - 1 }));
    // One to three code points too many (astral ones count once, though they take two UTF-16 units).
    if (max !== undefined && max < 1_000_000) {
      add(
        'maxLength',
        fc.tuple(unit, fc.integer({ min: 1, max: 3 })).map(([c, extra]) => c.repeat(max + extra)),
      );
    }
    if (typeof schema.pattern === 'string') add('pattern', stringsNotMatching(schema.pattern));
    if (inHeader === true && schema.pattern === undefined && !Array.isArray(schema.enum) && !('const' in schema)) {
      add('header-value', spoiledHeaderValues(headerText(Math.max(min, 1), max)));
    }
  }

  #integerSites(schema: Schema, add: (rule: Rule, values: fc.Arbitrary<unknown>) => void): void {
    const wide = acceptsBigint(schema);
    const min = lowerBound(schema);
    const max = upperBound(schema);
    // A wide (int64 id) field is given bigints past its range; the others safe numbers past it.
    const asGiven = (n: bigint): number | bigint => (wide && (n > MAX_SAFE || n < -MAX_SAFE) ? n : Number(n));
    if (min !== undefined && (wide || min - 1n >= -MAX_SAFE)) {
      const lowest = wide ? min - 2n ** 64n : -MAX_SAFE;
      add('minimum', fc.oneof(fc.constant(min - 1n), fc.bigInt({ min: lowest, max: min - 1n })).map(asGiven));
    }
    if (max !== undefined && (wide || max + 1n <= MAX_SAFE)) {
      const highest = wide ? max + 2n ** 20n : MAX_SAFE;
      add('maximum', fc.oneof(fc.constant(max + 1n), fc.bigInt({ min: max + 1n, max: highest })).map(asGiven));
    }
    add('unsafe-integer', unsafeNumbers);
  }

  #memberSites({ schema, inHeader }: Place, steps: readonly Step[]): ViolationSite[] {
    const type = typeOf(schema);
    if (type === 'array') return this.violationSites(itemsOf(schema), [...steps, ANY_ITEM], inHeader);
    if (type !== 'object') return [];
    const members = properties(schema);
    const sites: ViolationSite[] = requiredOf(schema).map((key) => removal(steps, key));
    if (schema.additionalProperties === false) {
      const corruption = fc
        .tuple(unknownNames(members), fc.jsonValue({ maxDepth: 1 }))
        .map(([key, value]) => ({ kind: 'add', key, value }) as const);
      sites.push({ steps, rule: 'additionalProperties', corruption });
    }
    for (const [name, member] of Object.entries(members)) {
      sites.push(...this.violationSites(member, [...steps, name], inHeader));
    }
    return sites;
  }

  /** A valid value with the corruption applied at the end of `steps` (each node on the way present). */
  #along(
    node: SchemaOrRef,
    steps: readonly Step[],
    corruption: fc.Arbitrary<Corruption>,
    inHeader: Carrier,
  ): fc.Arbitrary<{ value: unknown; at: Array<string | number> }> {
    const { schema, inHeader: header } = this.#enter(node, inHeader);
    const [step, ...rest] = steps;
    if (step === undefined) {
      return fc.tuple(this.valid(schema, header), corruption).map(([value, c]) => applyCorruption(value, c));
    }
    if (step === ANY_ITEM) {
      const { minLength, maxLength } = this.#itemCounts(schema);
      const others = fc.array(this.valid(itemsOf(schema), header), {
        minLength: Math.max(0, minLength - 1),
        maxLength: Math.max(0, maxLength - 1),
      });
      return fc
        .tuple(others, fc.nat(), this.#along(itemsOf(schema), rest, corruption, header))
        .map(([items, k, inner]) => {
          const index = k % (items.length + 1);
          return { value: [...items.slice(0, index), inner.value, ...items.slice(index)], at: [index, ...inner.at] };
        });
    }
    const member = properties(schema)[step];
    if (member === undefined) throw new Error(`no property ${step} to step into`);
    return fc
      .tuple(this.#validObject(schema, header, step), this.#along(member, rest, corruption, header))
      .map(([others, inner]) => ({ value: { ...others, [step]: inner.value }, at: [step, ...inner.at] }));
  }
}

// ---- operation requests -------------------------------------------------------------------------

/** A request as the facade takes it: parameters by spec name, per section, and the JSON body. */
export interface SpecRequest {
  /** Path parameters a call gives itself, when the operation has any. */
  readonly path?: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, unknown>;
  readonly body?: unknown;
}

export interface OperationRequest {
  readonly operationId: string;
  /** `{ query, header, body }` as one object schema, to generate `SpecRequest`s from. */
  readonly schema: Schema;
  /** Every place one violation can go in a request. */
  readonly sites: readonly ViolationSite[];
}

/** The operation's parameters (its path item's among them), `$ref`s resolved. */
export function parametersOf(doc: OpenAPI3, operationId: string): ParameterObject[] {
  const found = specOperations(doc).find((o) => o.operationId === operationId);
  if (found === undefined) throw new Error(`no operation ${operationId}`);
  return operationParameters(doc, found);
}

/** A JSON-text parameter (contentMediaType + contentSchema) is taken in decoded form. */
function isJsonText(parameter: ParameterObject): boolean {
  const schema = (parameter.schema ?? {}) as Schema;
  return schema.contentMediaType === 'application/json' && schema.contentSchema !== undefined;
}

function parameterSchema(parameter: ParameterObject): SchemaOrRef {
  const schema = (parameter.schema ?? {}) as Schema;
  return isJsonText(parameter) ? (schema.contentSchema as SchemaOrRef) : schema;
}

function sectionSchema(parameters: readonly ParameterObject[], extra: Schema): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, parameterSchema(p)])),
    required: parameters.filter((p) => p.required === true).map((p) => p.name),
    ...extra,
  };
}

/**
 * The request of an operation as the facade takes it. `takes` says which parameters are call input
 * (the others come from client options or from the SDK itself, such as the project id).
 */
export function operationRequest(
  arbs: SchemaArbitraries,
  operationId: string,
  takes: (parameter: ParameterObject) => boolean,
): OperationRequest {
  const { doc } = arbs;
  const parameters = parametersOf(doc, operationId).filter(takes);
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const pathParameters = parameters.filter((p) => p.in === 'path');
  // Unknown query names reach the validator; there is no way to pass an unknown header parameter.
  const query = sectionSchema(queryParameters, { additionalProperties: false });
  // A form body's fields are top-level inputs like the query parameters (SAS PageImageRegistry):
  // generated, and corrupted, with them.
  const formOwner = specOperations(doc).find((o) => o.operationId === operationId);
  const formBody =
    formOwner?.operation.requestBody && resolveRef<RequestBodyObject>(doc, formOwner.operation.requestBody);
  const formMedia = formBody?.content['application/x-www-form-urlencoded'];
  if (formMedia !== undefined) {
    const form = arbs.resolve(resolveRef(doc, formMedia).schema as SchemaOrRef);
    Object.assign(query.properties as Record<string, unknown>, form.properties ?? {});
    (query.required as string[]).push(...requiredOf(form));
  }
  // Path parameters a call gives (all but the client's project id), when the operation has any.
  const path = pathParameters.length === 0 ? undefined : sectionSchema(pathParameters, { [PATH_SEGMENTS]: true });
  const header = sectionSchema(
    parameters.filter((p) => p.in === 'header'),
    { [HEADER_VALUES]: true },
  );
  const found = specOperations(doc).find((o) => o.operationId === operationId);
  const requestBody = found?.operation.requestBody && resolveRef<RequestBodyObject>(doc, found.operation.requestBody);
  const media = requestBody?.content['application/json'];
  const body = media === undefined ? undefined : (resolveRef(doc, media).schema as SchemaOrRef | undefined);

  const sites: ViolationSite[] = [
    ...(path === undefined ? [] : arbs.memberSites(path, ['path'])),
    ...arbs.memberSites(query, ['query']),
    // The text form of a JSON-text parameter has its own rule, its pattern (a non-string is the
    // decoded form, so the text's type rule is no site).
    ...queryParameters
      .filter(isJsonText)
      .flatMap((p) => arbs.violationSites(p.schema as Schema, ['query', p.name]).filter((s) => s.rule === 'pattern')),
    ...arbs.memberSites(header, ['header']),
    ...(body === undefined ? [] : arbs.violationSites(body, ['body'])),
  ];
  // The facade sends `{}` for a body left out when none of its fields is required (BodyInput), so
  // only a body with required fields can be missing.
  if (body !== undefined && requestBody?.required === true && requiredOf(arbs.resolve(body)).length > 0) {
    sites.push(removal([], 'body'));
  }
  const schema: Schema = {
    type: 'object',
    properties: { ...(path === undefined ? {} : { path }), query, header, ...(body === undefined ? {} : { body }) },
    required: [...(path === undefined ? [] : ['path']), 'query', 'header', ...(body === undefined ? [] : ['body'])],
  };
  return { operationId, schema, sites };
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

function appendStep(path: string, token: string | number | typeof ANY_ITEM): string {
  if (token === ANY_ITEM) return `${path}[]`;
  if (typeof token === 'number') return `${path}[${token}]`;
  return IDENTIFIER.test(token) ? `${path}.${token}` : `${path}[${JSON.stringify(token)}]`;
}

/**
 * A location in a `SpecRequest` as the facade's ValidationError names it: parameters by name
 * (`image_type`, `region`, `Info[0].ids[1]`), body fields under `body` (`body.image_info[0].id`).
 */
export function inputPath(at: ReadonlyArray<string | number | typeof ANY_ITEM>): string {
  const [section, name, ...rest] = at;
  if (section === undefined) return '';
  if (section !== 'body' && name === undefined) return String(section);
  let path = section === 'body' ? 'body' : String(name);
  for (const token of section === 'body' ? at.slice(1) : rest) path = appendStep(path, token);
  return path;
}

/**
 * Runs `check` at every site, so that one failing site does not hide the others; then fails once
 * with the report of each failing site (fast-check's, with its seed and counterexample).
 */
export async function checkEverySite(
  sites: readonly ViolationSite[],
  check: (site: ViolationSite, index: number) => Promise<void>,
): Promise<void> {
  const failures: string[] = [];
  for (const [index, site] of sites.entries()) {
    try {
      await check(site, index);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : '';
      failures.push(`${siteName(site)}:\n${error instanceof Error ? error.message : String(error)}${cause}`);
    }
  }
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${sites.length} violation sites failed:\n\n${failures.join('\n\n')}`);
  }
}

/** A site for messages and coverage lists: `maxItems at body.vul_id_list`, `required at body.rule_type`. */
export function siteName(site: ViolationSite): string {
  const at = site.member === undefined ? site.steps : [...site.steps, site.member];
  return `${site.rule} at ${inputPath(at)}`;
}

/**
 * Whether Prism can take the request as valid: it reads an empty query value (`image_name=`) as no
 * value at all, so a required parameter given as '' is refused there although the spec allows it.
 * (A limitation of the mock, not of the API: the validator run keeps such requests.)
 */
export function prismReadsAsGiven(request: SpecRequest): boolean {
  return Object.values(request.query).every((value) => value !== '');
}
