// Spec fidelity for every operation of every cloud's spec, seeds and the rest alike: each constraint
// the spec states on a parameter or body field (enum, length, pattern, bounds, item counts, required)
// is exercised against the mock with plain HTTP, starting from the operation's example request:
// a value at the constraint's edge passes, the first value past it is refused at that place with
// that rule. The cases are derived from the spec, so a transcribed constraint cannot go untested.
import fc from 'fast-check';
import type { OpenAPI3, RequestBodyObject } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { operationParameters, specOperations, resolveRef, wirePath } from '../../scripts/spec/document.js';
import { allClouds, cloudSpec, specFile } from '../helpers/cloud-clients.js';
import { usePrism } from '../helpers/prism.js';
import { exampleRequests, send, type PlainRequest } from '../helpers/requests.js';
import { stringsNotMatching } from '../helpers/schema-arbitrary.js';
import { violations } from './contract-suite.js';

type Schema = Record<string, unknown>;
type Where = {
  readonly section: 'query' | 'header' | 'path' | 'form' | 'body';
  readonly steps: readonly (string | number)[];
};

interface Case {
  readonly name: string;
  /** The value to put at the place (undefined: leave the member out). */
  readonly value: unknown;
  /** The rule Prism names when the value is refused; undefined when it must pass. */
  readonly refusedBy?: string;
}

interface PlaceCases {
  readonly operationId: string;
  readonly where: Where;
  readonly cases: Case[];
}

// What Prism cannot check, so no case is made for it (imagesec/testing, the strict mock, will):
// an empty query value reads as absent there; integers past 2^53-1 are not compared exactly; URLs
// of tens of kilobytes are refused by its HTTP server before validation.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_URL_VALUE = 4000;
const skipped: string[] = [];

function bound(value: unknown): bigint | undefined {
  return typeof value === 'number' || typeof value === 'bigint' ? BigInt(value) : undefined;
}

/** `text` made `length` long, keeping the pattern where a repeated character fits it. */
function ofLength(schema: Schema, length: number): string | undefined {
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  for (const unit of ['a', '1', 'A', 'a1']) {
    const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    if (pattern === undefined || pattern.test(text)) return text;
  }
  return undefined;
}

/** The cases of one scalar's own constraints. */
function scalarCases(doc: OpenAPI3, raw: unknown, where: Where, label: string): Case[] {
  const schema = resolveRef(doc, (raw ?? {}) as Schema);
  const cases: Case[] = [];
  const inUrl = where.section !== 'body';
  const note = (why: string) => skipped.push(`${label}: ${why}`);
  if (Array.isArray(schema.enum)) {
    for (const value of schema.enum) cases.push({ name: `enum value ${String(value)}`, value });
    cases.push({ name: 'a value outside the enum', value: `${String(schema.enum[0])}-not-listed`, refusedBy: 'enum' });
    return cases;
  }
  if (schema.type === 'string') {
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
    if (min > 0) {
      const at = ofLength(schema, min);
      if (at !== undefined) cases.push({ name: `${min} characters (minLength)`, value: at });
      if (inUrl && min === 1) note('an empty query or header value (Prism reads it as absent)');
      else cases.push({ name: `${min - 1} characters`, value: 'a'.repeat(min - 1), refusedBy: 'minLength' });
    }
    if (max !== undefined) {
      if (inUrl && max >= MAX_URL_VALUE) note(`maxLength ${max} (too long for a URL in the mock)`);
      else {
        const at = ofLength(schema, max);
        if (at !== undefined) cases.push({ name: `${max} characters (maxLength)`, value: at });
        cases.push({ name: `${max + 1} characters`, value: `${at ?? 'a'.repeat(max)}a`, refusedBy: 'maxLength' });
      }
    }
    if (typeof schema.pattern === 'string') {
      const printable = /^[\x21-\x7e]+$/;
      const [bad] = fc.sample(
        stringsNotMatching(schema.pattern).filter(
          (t) => printable.test(t) && (max === undefined || t.length <= max) && t.length >= min,
        ),
        { seed: 20261206, numRuns: 1 },
      );
      if (bad !== undefined) cases.push({ name: `${JSON.stringify(bad)} (pattern)`, value: bad, refusedBy: 'pattern' });
    }
  }
  if (schema.type === 'integer') {
    const min = bound(schema.minimum);
    const max = bound(schema.maximum);
    const exactly = (n: bigint) => (n > MAX_SAFE || n < -MAX_SAFE ? undefined : Number(n));
    if (min !== undefined) {
      cases.push({ name: `${min} (minimum)`, value: exactly(min) });
      const below = exactly(min - 1n);
      if (below === undefined) note(`below minimum ${min} (past 2^53-1)`);
      else cases.push({ name: `${below}`, value: below, refusedBy: 'minimum' });
    }
    if (max !== undefined) {
      const at = exactly(max);
      const above = exactly(max + 1n);
      if (at === undefined || above === undefined) note(`maximum ${max} (past 2^53-1)`);
      else cases.push({ name: `${at} (maximum)`, value: at }, { name: `${above}`, value: above, refusedBy: 'maximum' });
    }
    cases.push({ name: 'a number with a fraction', value: 1.5, refusedBy: 'type' });
  }
  return cases;
}

/** The places of a body schema and the cases of each, walking into the example's values. */
function bodyPlaces(
  doc: OpenAPI3,
  raw: unknown,
  example: unknown,
  steps: (string | number)[],
  out: PlaceCases[],
  operationId: string,
): void {
  const schema = resolveRef(doc, (raw ?? {}) as Schema);
  const where: Where = { section: 'body', steps };
  const label = `${operationId} body.${steps.join('.')}`;
  if (schema.type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const required = (schema.required ?? []) as string[];
    const value = (example ?? {}) as Record<string, unknown>;
    const cases: Case[] = required
      .filter((name) => name in value)
      .map((name) => ({
        name: `without ${name}`,
        value: Object.fromEntries(Object.entries(value).filter(([k]) => k !== name)),
        refusedBy: 'required',
      }));
    if (cases.length > 0) out.push({ operationId, where, cases });
    for (const [name, member] of Object.entries(properties)) {
      if (name in value) bodyPlaces(doc, member, value[name], [...steps, name], out, operationId);
      else {
        // A member the example leaves out: its own constraints, set alone.
        const own = scalarCases(doc, member, { section: 'body', steps: [...steps, name] }, `${label}.${name}`);
        if (own.length > 0) out.push({ operationId, where: { section: 'body', steps: [...steps, name] }, cases: own });
      }
    }
    return;
  }
  if (schema.type === 'array') {
    const items: unknown[] = Array.isArray(example) ? (example as unknown[]) : [];
    const cases: Case[] = [];
    const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : undefined;
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : undefined;
    if (items.length > 0 && maxItems !== undefined && maxItems <= 20_000) {
      cases.push({
        name: `${maxItems} items (maxItems)`,
        value: Array.from({ length: maxItems }, (_, i) => items[i % items.length]),
      });
      cases.push({
        name: `${maxItems + 1} items`,
        value: Array.from({ length: maxItems + 1 }, (_, i) => items[i % items.length]),
        refusedBy: 'maxItems',
      });
    }
    if (minItems !== undefined && minItems > 0 && items.length > 0) {
      cases.push({ name: `${minItems - 1} items`, value: items.slice(0, minItems - 1), refusedBy: 'minItems' });
    }
    if (cases.length > 0) out.push({ operationId, where, cases });
    if (items.length > 0) bodyPlaces(doc, schema.items, items[0], [...steps, 0], out, operationId);
    return;
  }
  const cases = scalarCases(doc, schema, where, label);
  if (cases.length > 0) out.push({ operationId, where, cases });
}

function placesOf(doc: OpenAPI3, seed: PlainRequest & { operationId: string }): PlaceCases[] {
  const found = specOperations(doc).find((o) => o.operationId === seed.operationId)!;
  const out: PlaceCases[] = [];
  for (const p of operationParameters(doc, found)) {
    const schema = resolveRef(doc, (p.schema ?? {}) as Schema);
    if ('const' in schema || p.in === 'cookie') continue;
    const where: Where = { section: p.in, steps: [p.name] };
    const cases = scalarCases(doc, schema, where, `${seed.operationId} ${p.in}.${p.name}`);
    if (p.required === true && p.in !== 'path')
      cases.push({ name: 'left out', value: undefined, refusedBy: 'required' });
    if (cases.length > 0) out.push({ operationId: seed.operationId, where, cases });
  }
  const body = found.operation.requestBody && resolveRef<RequestBodyObject>(doc, found.operation.requestBody);
  // A form body's scalar fields, each set alone in the seed's form. Its lists go as `Name.N`, which
  // Prism does not read: the strict mock checks them (test/testing/form-body.test.ts).
  const form = body?.content['application/x-www-form-urlencoded'];
  if (form !== undefined) {
    const schema = resolveRef(doc, (resolveRef(doc, form).schema ?? {}) as Schema);
    const required = (schema.required ?? []) as string[];
    for (const [field, raw] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      const where: Where = { section: 'form', steps: [field] };
      const label = `${seed.operationId} form.${field}`;
      if (resolveRef(doc, (raw ?? {}) as Schema).type === 'array') {
        skipped.push(`${label}: a list in a form body (Name.N, read by the strict mock, not Prism)`);
        continue;
      }
      const cases = scalarCases(doc, raw, where, label);
      if (required.includes(field)) cases.push({ name: 'left out', value: undefined, refusedBy: 'required' });
      if (cases.length > 0) out.push({ operationId: seed.operationId, where, cases });
    }
  }
  const media = body?.content['application/json'];
  if (media !== undefined && seed.body !== undefined)
    bodyPlaces(doc, resolveRef(doc, media).schema, seed.body, [], out, seed.operationId);
  return out;
}

/** The seed with the value at the place (a parameter set, replaced or left out; a body member). */
function withValue(seed: PlainRequest, operationPath: string, where: Where, value: unknown): PlainRequest {
  const request = structuredClone(seed);
  const [name] = where.steps;
  if (where.section === 'query' || where.section === 'header') {
    const section = where.section === 'query' ? request.query : request.headers;
    if (value === undefined) delete section[name as string];
    // Parameters here are scalars: a string as it is, a number or boolean as its JSON text.
    else section[name as string] = typeof value === 'string' ? value : JSON.stringify(value);
    return request;
  }
  if (where.section === 'form') {
    const fields = new URLSearchParams(typeof seed.body === 'string' ? seed.body : '');
    if (value === undefined) fields.delete(name as string);
    else fields.set(name as string, typeof value === 'string' ? value : JSON.stringify(value));
    request.body = fields.toString();
    return request;
  }
  if (where.section === 'path') {
    // Rebuild the path from the template with the seed's other values.
    const template = wirePath(operationPath);
    const seedParts = seed.path.split('/');
    request.path = template
      .split('/')
      .map((part, i) => (part === `{${String(name)}}` ? encodeURIComponent(String(value)) : (seedParts[i] ?? part)))
      .join('/');
    return request;
  }
  if (where.steps.length === 0) {
    request.body = value;
    return request;
  }
  let holder = request.body as Record<string | number, unknown>;
  for (const step of where.steps.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = where.steps.at(-1)!;
  if (value === undefined) delete holder[last];
  else holder[last] = value;
  return request;
}

// Every cloud of the registry, the test suite's own among them.
const SPECS = allClouds().map((cloud) => [specFile(cloud), cloud] as const);

describe.each(SPECS)('every constraint of %s, against the mock', (_file, cloud) => {
  const name = cloud.id;
  const prism = usePrism(name);

  it('holds at its edge and refuses the first value past it, for every operation', { timeout: 120_000 }, async () => {
    const doc = await cloudSpec(cloud);
    const seeds = new Map<string, PlainRequest & { operationId: string }>();
    for (const request of exampleRequests(doc))
      if (!seeds.has(request.operationId)) seeds.set(request.operationId, request);
    const failures: string[] = [];
    let checked = 0;
    for (const [operationId, seed] of seeds) {
      const path = specOperations(doc).find((o) => o.operationId === operationId)!.path;
      for (const { where, cases } of placesOf(doc, seed)) {
        // Prism names a form body's field as it names a JSON body's.
        const place = [where.section === 'form' ? 'body' : where.section, ...where.steps].join('.');
        for (const { name: what, value, refusedBy } of cases) {
          const response = await send(prism.url, withValue(seed, path, where, value));
          const found = violations(response).map((v) => `${v.location.slice(1).join('.')} ${String(v.code)}`);
          checked += 1;
          if (refusedBy === undefined) {
            if (response.status !== 200)
              failures.push(`${operationId} ${place}: ${what} should pass: ${response.status} ${found.join('; ')}`);
          } else {
            // A missing member is reported at its parent.
            const section = where.section === 'form' ? 'body' : where.section;
            const at = refusedBy === 'required' ? [section, ...where.steps.slice(0, -1)].join('.') : place;
            if (response.status !== 400 || !found.some((f) => f.toLowerCase() === `${at} ${refusedBy}`.toLowerCase())) {
              failures.push(
                `${operationId} ${place}: ${what} should be refused by ${refusedBy}: ${response.status} ${found.join('; ')}`,
              );
            }
          }
        }
      }
    }
    console.log(
      `${name}: ${checked} constraint cases against the mock; not checkable there: ${skipped.filter((s) => seeds.has(s.split(' ')[0]!)).length}`,
    );
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(seeds.size * 3);
  });
});
