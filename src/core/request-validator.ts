// Checks a request against its operation's schema, held as data (generated/<spec>.validators.ts):
// the JSON Schema 2020-12 subset scripts/codegen/validators.ts lets through, and nothing more.
// It reports what Ajv (allErrors) reports for the same schema: the same keywords, params, instance
// paths and order (test/codegen/validators-oracle.test.ts holds it to that). Data and one small walk
// instead of Ajv's unrolled code keep the validators small in a bundle. Nothing is compiled per call
// (patterns once, on first use); a call walks the value and makes issues only for what fails.

/** The keyword every `type: integer` becomes: safe-integer numbers, and bigints where the range needs them. */
export const INTEGER_KEYWORD = 'x-imagesec-integer';

/** One failed check: where (JSON pointer into the request), which keyword, and its parameters. */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Checks an operation's request; on false, `errors` lists every failed check. */
export type RequestValidator = ((input: unknown) => boolean) & {
  errors?: ValidationIssue[] | null;
  /** The schema it checks (the strict mock reads parameter types from it to read query text). */
  readonly schema?: SchemaNode;
};

type Primitive = string | number | boolean | null;

/**
 * The integer keyword's rule, which is also its issue's params: bounds as exact decimal text. (A type,
 * not an interface, so that it is a params record.)
 */
export type IntegerRule = {
  readonly minimum: string | null;
  readonly maximum: string | null;
  /** Whether a bigint is taken as well (the range passes 2^53-1). */
  readonly bigint: boolean;
};

/** The types a node may name (`integer` becomes the integer keyword). */
export type SchemaType = 'string' | 'boolean' | 'array' | 'object';

/** A schema as generated: `const`, `enum` and the integer keyword on any node, the rest by `type`. */
export interface SchemaNode {
  readonly type?: SchemaType;
  readonly const?: Primitive;
  readonly enum?: readonly Primitive[];
  readonly [INTEGER_KEYWORD]?: IntegerRule;
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly maxItems?: number;
  readonly minItems?: number;
  readonly items?: SchemaNode;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

/** Each type's keywords: checked only on values of that type, and allowed only beside it. */
export const TYPE_KEYWORDS: Readonly<Record<SchemaType, readonly (keyof SchemaNode)[]>> = {
  string: ['maxLength', 'minLength', 'pattern'],
  boolean: [],
  array: ['maxItems', 'minItems', 'items'],
  object: ['required', 'additionalProperties', 'properties'],
};

/** Where the walk is (property names, item indexes), and what failed so far. */
interface Walk {
  readonly path: Array<string | number>;
  issues: ValidationIssue[] | null;
}

/** A validator for one schema; the schema is read as it is, never copied or compiled. */
export function validator(schema: SchemaNode): RequestValidator {
  const validate = (input: unknown) => {
    const walk: Walk = { path: [], issues: null };
    check(schema, input, walk);
    validate.errors = walk.issues;
    return walk.issues === null;
  };
  validate.errors = null as ValidationIssue[] | null;
  validate.schema = schema;
  return validate;
}

function check(node: SchemaNode, data: unknown, walk: Walk): void {
  const { type } = node;
  const typed = type === undefined || hasType(data, type);
  // Ajv tests the type first, unless the node has keywords of its type: then it reports a mismatch
  // where those keywords would have run, after the ones for any type.
  const lateTypeIssue = !typed && TYPE_KEYWORDS[type].some((keyword) => node[keyword] !== undefined);
  if (!typed && !lateTypeIssue) report(walk, 'type', { type });
  if (node.const !== undefined && data !== node.const) report(walk, 'const', { allowedValue: node.const });
  if (node.enum !== undefined && node.enum.indexOf(data as Primitive) < 0)
    report(walk, 'enum', { allowedValues: node.enum });
  const integer = node[INTEGER_KEYWORD];
  if (integer !== undefined && !isInteger(data, integer)) report(walk, INTEGER_KEYWORD, integer);
  if (!typed) {
    if (lateTypeIssue) report(walk, 'type', { type });
    return;
  }
  if (type === 'string') checkString(node, data as string, walk);
  else if (type === 'array') checkArray(node, data as unknown[], walk);
  else if (type === 'object') checkObject(node, data as Readonly<Record<string, unknown>>, walk);
}

function hasType(data: unknown, type: SchemaType): boolean {
  switch (type) {
    case 'string':
    case 'boolean':
      return typeof data === type;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
  }
}

/** A safe-integer number in range, or a bigint in range where the rule takes one (compared exactly). */
function isInteger(data: unknown, { minimum, maximum, bigint }: IntegerRule): boolean {
  if (typeof data === 'number') {
    return (
      Number.isSafeInteger(data) &&
      (minimum === null || data >= Number(minimum)) &&
      (maximum === null || data <= Number(maximum))
    );
  }
  return (
    bigint &&
    typeof data === 'bigint' &&
    (minimum === null || data >= BigInt(minimum)) &&
    (maximum === null || data <= BigInt(maximum))
  );
}

function checkString({ maxLength, minLength, pattern }: SchemaNode, text: string, walk: Walk): void {
  // Lengths count code points; UTF-16 units bound them (units / 2 <= code points <= units), so
  // most strings are decided without counting.
  if (maxLength !== undefined && text.length > maxLength && codePoints(text) > maxLength) {
    report(walk, 'maxLength', { limit: maxLength });
  }
  if (minLength !== undefined && text.length < 2 * minLength && codePoints(text) < minLength) {
    report(walk, 'minLength', { limit: minLength });
  }
  if (pattern !== undefined && !regExp(pattern).test(text)) report(walk, 'pattern', { pattern });
}

function checkArray({ maxItems, minItems, items }: SchemaNode, list: readonly unknown[], walk: Walk): void {
  if (maxItems !== undefined && list.length > maxItems) report(walk, 'maxItems', { limit: maxItems });
  if (minItems !== undefined && list.length < minItems) report(walk, 'minItems', { limit: minItems });
  if (items === undefined) return;
  // By index, not forEach: a hole is checked as the undefined it reads as.
  for (let i = 0; i < list.length; i++) {
    walk.path.push(i);
    check(items, list[i], walk);
    walk.path.pop();
  }
}

function checkObject(
  { required, additionalProperties, properties }: SchemaNode,
  record: Readonly<Record<string, unknown>>,
  walk: Walk,
): void {
  // A property set to undefined counts as absent, as in Ajv (and in the JSON sent).
  if (required !== undefined) {
    for (const name of required) {
      if (record[name] === undefined) report(walk, 'required', { missingProperty: name });
    }
  }
  if (additionalProperties === false) {
    for (const key in record) {
      if (properties === undefined || !Object.hasOwn(properties, key))
        report(walk, 'additionalProperties', { additionalProperty: key });
    }
  }
  if (properties === undefined) return;
  for (const name in properties) {
    const value = record[name];
    const schema = properties[name];
    if (value === undefined || schema === undefined) continue;
    walk.path.push(name);
    check(schema, value, walk);
    walk.path.pop();
  }
}

function report(walk: Walk, keyword: string, params: ValidationIssue['params']): void {
  const issue: ValidationIssue = { instancePath: pointer(walk.path), keyword, params };
  if (walk.issues === null) walk.issues = [issue];
  else walk.issues.push(issue);
}

/** The JSON pointer of a path, as Ajv writes instancePath. */
function pointer(path: ReadonlyArray<string | number>): string {
  let text = '';
  for (const token of path) {
    text += `/${typeof token === 'number' ? token : token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return text;
}

/** String length in code points, as Prism and Ajv count it (an emoji is one character, not two). */
function codePoints(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}

// Each pattern is compiled once, on first use, with the `u` flag as Ajv compiles it.
const patterns = new Map<string, RegExp>();

function regExp(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(pattern, 'u');
    patterns.set(pattern, compiled);
  }
  return compiled;
}
