// The schema checker (src/core/request-validator.ts) against Ajv, the validator the SDK used before: the
// same cleaned schemas compiled by Ajv2020 (allErrors, the integer keyword as the generator defined
// it for Ajv) must give the same verdict and the same issues, in the same order, for any input.
// Inputs: requests generated from the specs (valid, one violation at each site, several random
// edits, anything at all) through the shipped generated/*.validators.ts, and random schemas of
// the checker's subset with random values. Fixed seeds: every run tries the same cases.
import { readFile } from 'node:fs/promises';
import { _, Ajv2020, type KeywordCxt, type ValidateFunction } from 'ajv/dist/2020.js';
import { and, or, type Code } from 'ajv/dist/compile/codegen/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../scripts/codegen/validators.js';
import {
  INTEGER_KEYWORD,
  validator,
  type IntegerRule,
  type RequestValidator,
  type SchemaNode,
  type ValidationIssue,
} from '../../src/core/request-validator.js';
import { allClouds, cloudSpec } from '../helpers/cloud-clients.js';
import { SchemaArbitraries, siteName } from '../helpers/schema-arbitrary.js';

const SEED = 20260512;

// ---- the oracle ---------------------------------------------------------------------------------

/** The integer keyword as Ajv code, exactly as the generator compiled it into the Ajv validators. */
function integerCode(cxt: KeywordCxt): void {
  const { data } = cxt;
  const rule = cxt.schema as IntegerRule;
  const numberChecks: Code[] = [_`typeof ${data} == "number"`, _`Number.isSafeInteger(${data})`];
  const bigintChecks: Code[] = [_`typeof ${data} == "bigint"`];
  if (rule.minimum !== null) {
    numberChecks.push(_`${data} >= ${Number(rule.minimum)}`);
    bigintChecks.push(_`${data} >= BigInt(${rule.minimum})`);
  }
  if (rule.maximum !== null) {
    numberChecks.push(_`${data} <= ${Number(rule.maximum)}`);
    bigintChecks.push(_`${data} <= BigInt(${rule.maximum})`);
  }
  const valid = rule.bigint ? or(and(...numberChecks), and(...bigintChecks)) : and(...numberChecks);
  cxt.fail(_`!(${valid})`);
}

function oracle(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, messages: false, strict: true, verbose: false });
  ajv.addKeyword({
    keyword: INTEGER_KEYWORD,
    schemaType: 'object',
    code: integerCode,
    error: {
      message: 'must be an integer in range',
      params: ({ schema }: { schema: unknown }) => {
        const rule = schema as IntegerRule;
        return _`{minimum: ${rule.minimum}, maximum: ${rule.maximum}, bigint: ${rule.bigint}}`;
      },
    },
  });
  return ajv;
}

interface Outcome {
  readonly valid: boolean;
  readonly issues: readonly ValidationIssue[] | null;
}

function outcomes(ours: RequestValidator, ajv: ValidateFunction, input: unknown): { ours: Outcome; ajv: Outcome } {
  const valid = ours(input);
  const expected = ajv(input);
  const issues = ajv.errors?.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })) ?? null;
  return { ours: { valid, issues: ours.errors ?? null }, ajv: { valid: expected, issues } };
}

/** Both give the same verdict and issues for `input`; returns the verdict. */
function agree(ours: RequestValidator, ajv: ValidateFunction, input: unknown): boolean {
  const { ours: got, ajv: expected } = outcomes(ours, ajv, input);
  expect(got).toEqual(expected);
  return got.valid;
}

// ---- inputs -------------------------------------------------------------------------------------

/** Values no schema of the specs expects: odd numbers, long and astral text, odd containers. */
const strange: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 2,
    maxKeys: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.constantFrom<unknown>(
    '',
    'x'.repeat(300),
    '😀'.repeat(129),
    'private_image',
    'PRIVATE_IMAGE',
    'vul_fix',
    '[]',
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    -(2 ** 53),
    2 ** 63,
    NaN,
    Infinity,
    0n,
    -1n,
    2n ** 53n,
    2n ** 63n - 1n,
    2n ** 63n,
    -(2n ** 63n),
    null,
    undefined,
    true,
    [],
    {},
    [[]],
    [{}],
    [undefined],
  ),
);

/** Names an edit adds: unknown ones (`/` and `~` escape in a pointer), and ones a schema defines. */
const names = fc.oneof(
  fc.constantFrom('extra', 'a/b', 'c~d', '0', 'id', 'image_type', 'body', 'region', 'Info', 'ids', '__proto__'),
  fc.string({ maxLength: 6 }),
);

interface Edit {
  readonly kind: 'replace' | 'remove' | 'add' | 'undefine';
  /** Picks the container (an object or array in the value) and the member within it. */
  readonly container: number;
  readonly member: number;
  readonly name: string;
  readonly value: unknown;
}

const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({
    kind: fc.constantFrom('replace', 'remove', 'add', 'undefine'),
    container: fc.nat(),
    member: fc.nat(),
    name: names,
    value: strange,
  }),
  { minLength: 1, maxLength: 4 },
);

type Container = Record<string, unknown> | unknown[];

/** The plain objects and arrays in a value (not those inside an inserted Map, Date or boxed value). */
function containers(value: unknown, found: Container[] = []): Container[] {
  const plain =
    Array.isArray(value) ||
    (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);
  if (!plain || found.includes(value as Container)) return found;
  found.push(value as Container);
  for (const member of Object.values(value as Container)) containers(member, found);
  return found;
}

/**
 * A copy of `value` with the edits applied, each to some container of the copy: never to a value an
 * edit put in, which fast-check may hand to later runs too.
 */
function edited(value: unknown, list: readonly Edit[]): unknown {
  const copy = structuredClone(value);
  const all = containers(copy);
  for (const { kind, container, member, name, value: replacement } of list) {
    const target = all[container % all.length];
    if (target === undefined) return replacement;
    const keys = Object.keys(target);
    const key = keys[member % Math.max(keys.length, 1)];
    if (kind === 'add') {
      if (Array.isArray(target)) target.push(replacement);
      else
        Object.defineProperty(target, name, {
          value: replacement,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    } else if (key !== undefined) {
      if (kind === 'remove' && Array.isArray(target)) target.splice(Number(key), 1);
      else if (kind === 'remove') delete (target as Record<string, unknown>)[key];
      else (target as Record<string, unknown>)[key] = kind === 'replace' ? replacement : undefined;
    }
  }
  return copy;
}

// ---- the specs' requests ------------------------------------------------------------------------

// Every cloud of the registry, the test suite's own among them.
const SPECS = await Promise.all(
  allClouds().map(async (cloud) => ({
    spec: cloud.id,
    schemas: requestSchemas(await readFile(cloud.spec, 'utf8')),
    arbs: new SchemaArbitraries(await cloudSpec(cloud, { exactIntegers: true })),
    generated: cloud.validators,
  })),
);

describe.each(SPECS)('the $spec validators against Ajv', ({ schemas, arbs, generated }) => {
  const ajv = oracle();

  it('exports one validator per operation, all in its `validators` record', () => {
    expect(Object.keys(generated).sort()).toEqual(schemas.map(({ operationId }) => `validate${operationId}`).sort());
  });

  describe.each(schemas)('$operationId', ({ operationId, request, checked }) => {
    const ours = generated[`validate${operationId}`] as RequestValidator;
    const theirs = ajv.compile(checked);
    const valid = arbs.valid(request);

    it('accepts the valid requests Ajv accepts', () => {
      fc.assert(
        fc.property(valid, (input) => {
          expect(agree(ours, theirs, input)).toBe(true);
        }),
        { seed: SEED, numRuns: 150 },
      );
    });

    it('reports a single violation at every site as Ajv does', () => {
      const sites = arbs.violationSites(request);
      expect(sites.length).toBeGreaterThan(0);
      for (const site of sites) {
        const refused = fc.property(arbs.withViolation(request, site), ({ value }) => {
          expect(agree(ours, theirs, value), siteName(site)).toBe(false);
        });
        fc.assert(refused, { seed: SEED, numRuns: 15 });
      }
    });

    it('reports several edits anywhere in a request as Ajv does', () => {
      fc.assert(
        fc.property(valid, edits, (input, list) => {
          agree(ours, theirs, edited(input, list));
        }),
        { seed: SEED, numRuns: 400 },
      );
    });

    it('reports anything at all, whole or as a section, as Ajv does', () => {
      const sections = fc.record(
        { path: strange, query: strange, header: strange, body: strange },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.oneof(strange, sections), (input) => {
          agree(ours, theirs, input);
        }),
        { seed: SEED, numRuns: 200 },
      );
    });
  });
});

// ---- random schemas of the subset ---------------------------------------------------------------

// Property names: integer-like ones (enumerated first), and ones a JSON pointer escapes.
const PROPERTY_NAMES = ['a', 'b', '10', '2', 'c/d', 'e~f'];
const PATTERNS = ['^a', 'b$', '^[0-9]+$', '^\\p{L}*$', '😀', '^.{2}$'];
const primitives = fc.constantFrom<string | number | boolean | null>(
  'a',
  'b',
  '',
  '😀',
  'aa',
  0,
  1,
  -1,
  true,
  false,
  null,
);

const bound = fc.option(
  fc
    .oneof(fc.bigInt({ min: -12n, max: 12n }), fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 63n - 1n, -(2n ** 53n)))
    .map(String),
);
const integerRules = fc.record({ minimum: bound, maximum: bound, bigint: fc.boolean() });
const counts = fc.nat({ max: 4 });

const anyType = fc.record(
  { const: primitives, enum: fc.array(primitives, { minLength: 1, maxLength: 4 }) },
  { requiredKeys: [] },
);

const randomSchemas: fc.Arbitrary<SchemaNode> = fc.letrec<{ node: SchemaNode }>((tie) => ({
  node: fc
    .tuple(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant({}),
        fc.constant({ type: 'boolean' as const }),
        fc.record({ [INTEGER_KEYWORD]: integerRules }),
        fc.record(
          {
            type: fc.constant('string' as const),
            maxLength: counts,
            minLength: counts,
            pattern: fc.constantFrom(...PATTERNS),
          },
          { requiredKeys: ['type'] },
        ),
        fc.record(
          { type: fc.constant('array' as const), maxItems: counts, minItems: counts, items: tie('node') },
          { requiredKeys: ['type'] },
        ),
        fc
          .record(
            {
              type: fc.constant('object' as const),
              required: fc.subarray(PROPERTY_NAMES),
              additionalProperties: fc.constant(false as const),
              properties: fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), tie('node'), {
                maxKeys: 4,
                noNullPrototype: true,
              }),
            },
            { requiredKeys: ['type', 'properties'] },
          )
          // Required names are defined properties, as Ajv's strict mode and the generator insist.
          .map(({ required, ...rest }) => {
            const defined = required?.filter((name) => Object.hasOwn(rest.properties, name));
            return defined === undefined || defined.length === 0 ? rest : { ...rest, required: defined };
          }),
      ),
      fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: anyType }),
    )
    .map(([typed, any]): SchemaNode => ({ ...typed, ...any })),
})).node;

const scalars = fc.oneof(
  primitives,
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.integer({ min: -14, max: 14 }),
  fc.bigInt({ min: -14n, max: 14n }),
  fc.constantFrom<unknown>(2 ** 53, 2 ** 63, 1.5, NaN, -0, undefined, 2n ** 63n - 1n, 2n ** 63n, 'aaaaa', '😀😀😀'),
);

const values: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalars,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom(...PROPERTY_NAMES, 'z'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('src/core/request-validator.ts on random schemas of its subset', () => {
  it('gives the verdict and issues Ajv gives', () => {
    const ajv = oracle();
    fc.assert(
      fc.property(randomSchemas, fc.array(values, { minLength: 1, maxLength: 8 }), (schema, inputs) => {
        const theirs = ajv.compile(schema);
        const ours = validator(schema);
        for (const input of inputs) agree(ours, theirs, input);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('agrees with Ajv at, below and above every integer bound, as a number and as a bigint', () => {
    const ajv = oracle();
    fc.assert(
      fc.property(integerRules, (rule) => {
        const schema: SchemaNode = { [INTEGER_KEYWORD]: rule };
        const theirs = ajv.compile(schema);
        const ours = validator(schema);
        for (const bound of [rule.minimum, rule.maximum]) {
          if (bound === null) continue;
          for (const n of [BigInt(bound) - 1n, BigInt(bound), BigInt(bound) + 1n]) {
            agree(ours, theirs, n);
            agree(ours, theirs, Number(n));
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
