// Fuzzing SasClient, every action of openapi/sas.yaml, with requests generated from the spec (test/helpers/schema-arbitrary.ts):
// (a) valid requests are accepted by Prism (request validation on) through the facade; (b) requests
// with one violation are refused locally with a ValidationError naming its place, and nothing reaches
// the server; (c) the canary credentials of every client appear in no result, error or debug line.
// Fixed seeds and run counts: every run tries the same cases, and a failure prints its seed.
import fc from 'fast-check';
import type { ParameterObject } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { SasClient, type ApiResult } from 'imagesec';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import { specOperations } from '../../scripts/spec/document.js';
import { SAS_CANARY_CREDENTIALS, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { rejection } from '../helpers/outcomes.js';
import { usePrism } from '../helpers/prism.js';
import { expectRefusedAt, LIMITS, RUNS_PER_SITE, VALID_RUNS } from './frame.js';
import {
  SchemaArbitraries,
  checkEverySite,
  loadExactSpec,
  operationRequest,
  prismReadsAsGiven,
  siteName,
  type Corrupted,
  type SpecRequest,
  type ViolationSite,
} from '../helpers/schema-arbitrary.js';

const SEED = 20261203;

const prism = usePrism('sas');
const server = useCaptureServer();

const doc = await loadExactSpec('sas');
const OPERATION_IDS = specOperations(doc).map((o) => o.operationId);

// Prism checks int64 values only up to 2^53-1 (a known mock limitation), so for the Prism run the
// int64 parameters (DescribeImageFixTask's times) stay within it; the validator run uses the
// spec's own range.
const forPrism = new SchemaArbitraries(doc, { integerCap: BigInt(Number.MAX_SAFE_INTEGER) });
const forValidator = new SchemaArbitraries(doc);

// A method's input is the query parameters by spec name; x-acs-action and x-acs-version are the
// SDK's, the signature headers the signer's.
const takes = (p: ParameterObject) => p.in === 'query';

// ---- calling the facade -------------------------------------------------------------------------

/**
 * A JSON-text parameter (`Info`) is taken as the value itself or as its JSON text; the text may be
 * laid out any way the parameter's pattern and JSON allow.
 */
const JSON_FORMS = {
  objects: (value: unknown) => value,
  compact: (value: unknown) => JSON.stringify(value),
  indented: (value: unknown) => JSON.stringify(value, null, 2),
  padded: (value: unknown) => ` \n${JSON.stringify(value)}\t `,
} as const;
type JsonForm = keyof typeof JSON_FORMS;
const FORMS = Object.keys(JSON_FORMS) as JsonForm[];

const jsonNames = (operationId: string) =>
  Object.keys(sasOperations[operationId as keyof typeof sasOperations].jsonQuery);

/** The method's input: each JSON-text parameter in the given form (a string is text already; a bigint has no JSON). */
function inputOf(operationId: string, request: SpecRequest, form: JsonForm): Record<string, unknown> {
  const input: Record<string, unknown> = { ...request.query };
  for (const name of jsonNames(operationId)) {
    const value = input[name];
    if (value === undefined || typeof value === 'string') continue;
    try {
      input[name] = JSON_FORMS[form](value);
    } catch {
      // Left as the value.
    }
  }
  return input;
}

/** Calls the operation's method (from the operation table) with the input. */
function call(client: SasClient, operationId: string, input: Record<string, unknown>): Promise<ApiResult<unknown>> {
  const method = sasOperations[operationId as keyof typeof sasOperations].method;
  const methods = client as unknown as Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
  return methods[method]!.call(client, input);
}

interface Logged {
  readonly lines: string[];
}

function canaryClient(endpoint: string, log: Logged): SasClient {
  return new SasClient({
    endpoint,
    credentials: SAS_CANARY_CREDENTIALS,
    env: {},
    maxRetries: 0,
    timeoutMs: 10_000,
    debug: true,
    logger: (line) => log.lines.push(line),
  });
}

// ---- cases --------------------------------------------------------------------------------------

interface ValidCase {
  readonly request: SpecRequest;
  readonly form: JsonForm;
}

const validCases = (operationId: string): fc.Arbitrary<ValidCase> =>
  fc.record({
    request: (
      forPrism.valid(operationRequest(forPrism, operationId, takes).schema) as fc.Arbitrary<SpecRequest>
    ).filter(prismReadsAsGiven),
    form: fc.constantFrom(...FORMS),
  });

interface ViolationCase {
  readonly corrupted: Corrupted;
  readonly form: JsonForm;
}

// The two ways a JSON-text parameter is taken are two code paths in the SDK: every site of an
// action that has one is tried in both.
const JSON_GIVEN = { 'as values': ['objects'], 'as JSON text': ['compact', 'indented', 'padded'] } as const;
const givenWays = (operationId: string) =>
  jsonNames(operationId).length === 0 ? { '': ['objects'] as const } : JSON_GIVEN;

const violationCases = (
  schema: Parameters<SchemaArbitraries['withViolation']>[0],
  site: ViolationSite,
  forms: readonly JsonForm[],
): fc.Arbitrary<ViolationCase> =>
  fc.record({ corrupted: forValidator.withViolation(schema, site), form: fc.constantFrom(...forms) });

// Cases that ran to the end: checked by each test, summed up in the last one.
const accepted = new Map<string, number>();
const refused = new Map<string, number>();

// ---- properties ---------------------------------------------------------------------------------

describe('(a) SAS requests generated as valid are accepted by Prism through the facade', () => {
  for (const [index, operationId] of OPERATION_IDS.entries()) {
    it(`${operationId}: every one answered 200`, async () => {
      let count = 0;
      const property = fc.asyncProperty(validCases(operationId), async ({ request, form }) => {
        const log: Logged = { lines: [] };
        let result: ApiResult<unknown>;
        try {
          result = await call(canaryClient(prism.url, log), operationId, inputOf(operationId, request, form));
        } catch (error) {
          expectNoSecrets(error, ...log.lines);
          // Prism refused it (an ApiError), the SDK did, or the mock went down (a ConnectionError):
          // a finding either way.
          throw error;
        }
        expectNoSecrets(result, ...log.lines);
        expect(result.status).toBe(200);
        count += 1;
      });
      await fc.assert(property, { numRuns: VALID_RUNS, seed: SEED + index, ...LIMITS });
      expect(count).toBe(VALID_RUNS);
      accepted.set(operationId, count);
    }, 60_000);
  }
});

describe('(b) SAS requests with one violation are refused locally; nothing is sent', () => {
  for (const [index, operationId] of OPERATION_IDS.entries()) {
    const request = operationRequest(forValidator, operationId, takes);
    for (const [formIndex, [given, forms]] of Object.entries(givenWays(operationId)).entries()) {
      const title = given === '' ? operationId : `${operationId}, JSON text ${given}`;
      it(`${title}: ${request.sites.length} sites, ${RUNS_PER_SITE} cases each`, async () => {
        let count = 0;
        await checkEverySite(request.sites, async (site, siteIndex) => {
          const property = fc.asyncProperty(
            violationCases(request.schema, site, forms),
            async ({ corrupted, form }) => {
              server.requests.length = 0;
              const log: Logged = { lines: [] };
              const input = inputOf(operationId, corrupted.value as SpecRequest, form);
              const error = await rejection(call(canaryClient(server.url, log), operationId, input));
              expectRefusedAt(error, corrupted, site, { requests: server.requests, logLines: log.lines });
              count += 1;
            },
          );
          await fc.assert(property, {
            numRuns: RUNS_PER_SITE,
            seed: SEED + 100_000 * index + 1000 * (formIndex + 1) + siteIndex,
            ...LIMITS,
          });
        });
        expect(count).toBe(request.sites.length * RUNS_PER_SITE);
        refused.set(title, count);
      }, 60_000);
    }
  }
});

describe('SAS fuzz coverage', () => {
  it('the violation sites include every mutation the issue names', () => {
    expect(operationRequest(forValidator, 'OperateImageVul', takes).sites.map(siteName)).toEqual(
      expect.arrayContaining([
        'pattern at OperateType',
        'pattern at Type',
        'pattern at Info',
        'type at Info',
        'type at Info[].tag',
        'type at Info[].ids[]',
        'unsafe-integer at Info[].ids[]',
        'additionalProperties at query',
      ]),
    );
  });

  it('sums up the cases run', () => {
    const list = (counts: Map<string, number>) => [...counts].map(([what, count]) => `${what} ${count}`).join(', ');
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`SAS fuzz: (a) ${sum(accepted)} valid requests accepted (${list(accepted)})`);
    console.log(`SAS fuzz: (b) ${sum(refused)} violations refused locally (${list(refused)})`);
  });
});
