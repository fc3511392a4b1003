// Fuzzing SasClient with requests generated from openapi/sas.yaml (test/helpers/schema-arbitrary.ts):
// (a) valid requests are accepted by Prism (request validation on) through the facade; (b) requests
// with one violation are refused locally with a ValidationError naming its place, and nothing reaches
// the server; (c) the canary credentials of every client appear in no result, error or debug line.
// Fixed seeds and run counts: every run tries the same cases, and a failure prints its seed.
import fc from 'fast-check';
import type { ParameterObject } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { SasClient, type OperateImageVulInput, type OperateImageVulResult } from 'imagesec';
import { operations } from '../../scripts/spec/document.js';
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
  siteName,
  type Corrupted,
  type SpecRequest,
  type ViolationSite,
} from '../helpers/schema-arbitrary.js';

const SEED = 20261203;

const prism = usePrism('sas');
const server = useCaptureServer();

const doc = await loadExactSpec('sas');
const [OPERATION_ID = 'OperateImageVul'] = operations(doc).map((o) => o.operationId);

// Every integer of this spec is a safe number (Info's ids have no range past 2^53-1), so the same
// arbitraries serve Prism and the validator.
const arbs = new SchemaArbitraries(doc);

// The method's input is the query parameters by spec name; x-acs-action and x-acs-version are the
// SDK's, the signature headers the signer's.
const takes = (p: ParameterObject) => p.in === 'query';
const REQUEST = operationRequest(arbs, OPERATION_ID, takes);

// ---- calling the facade -------------------------------------------------------------------------

/**
 * `Info` is taken as the array itself or as its JSON text; the text may be laid out any way the
 * parameter's pattern (`^\s*\[[\s\S]*\]\s*$`) and JSON allow.
 */
const INFO_FORMS = {
  objects: (info: unknown) => info,
  compact: (info: unknown) => JSON.stringify(info),
  indented: (info: unknown) => JSON.stringify(info, null, 2),
  padded: (info: unknown) => ` \n${JSON.stringify(info)}\t `,
} as const;
type InfoForm = keyof typeof INFO_FORMS;
const FORMS = Object.keys(INFO_FORMS) as InfoForm[];

/** The method's input: `Info` in the given form where it has one (a string is text already; a bigint has no JSON). */
function inputOf(request: SpecRequest, form: InfoForm): OperateImageVulInput {
  const { Info, ...rest } = request.query;
  if (Info === undefined) return rest;
  let info: unknown = Info;
  try {
    if (typeof Info !== 'string') info = INFO_FORMS[form](Info);
  } catch {
    // Left as objects.
  }
  return { ...rest, Info: info } as OperateImageVulInput;
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
  readonly infoForm: InfoForm;
}

const validCases: fc.Arbitrary<ValidCase> = fc.record({
  request: arbs.valid(REQUEST.schema) as fc.Arbitrary<SpecRequest>,
  infoForm: fc.constantFrom(...FORMS),
});

interface ViolationCase {
  readonly corrupted: Corrupted;
  readonly infoForm: InfoForm;
}

// The two ways `Info` is taken are two code paths in the SDK: every site is tried in both.
const INFO_GIVEN = { 'as objects': ['objects'], 'as JSON text': ['compact', 'indented', 'padded'] } as const;

const violationCases = (site: ViolationSite, forms: readonly InfoForm[]): fc.Arbitrary<ViolationCase> =>
  fc.record({ corrupted: arbs.withViolation(REQUEST.schema, site), infoForm: fc.constantFrom(...forms) });

// Cases that ran to the end: checked by each test, summed up in the last one.
let accepted = 0;
const refused = new Map<string, number>();

// ---- properties ---------------------------------------------------------------------------------

describe('(a) SAS requests generated as valid are accepted by Prism through the facade', () => {
  it(`${OPERATION_ID}: every one answered 200`, async () => {
    let count = 0;
    const property = fc.asyncProperty(validCases, async ({ request, infoForm }) => {
      const log: Logged = { lines: [] };
      let result: OperateImageVulResult;
      try {
        result = await canaryClient(prism.url, log).operateImageVul(inputOf(request, infoForm));
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
    await fc.assert(property, { numRuns: VALID_RUNS, seed: SEED, ...LIMITS });
    expect(count).toBe(VALID_RUNS);
    accepted = count;
  }, 60_000);
});

describe('(b) SAS requests with one violation are refused locally; nothing is sent', () => {
  for (const [formIndex, [given, forms]] of Object.entries(INFO_GIVEN).entries()) {
    it(`${OPERATION_ID}, Info ${given}: ${REQUEST.sites.length} sites, ${RUNS_PER_SITE} cases each`, async () => {
      let count = 0;
      await checkEverySite(REQUEST.sites, async (site, siteIndex) => {
        const property = fc.asyncProperty(violationCases(site, forms), async ({ corrupted, infoForm }) => {
          server.requests.length = 0;
          const log: Logged = { lines: [] };
          const call = canaryClient(server.url, log).operateImageVul(inputOf(corrupted.value as SpecRequest, infoForm));
          const error = await rejection(call);
          expectRefusedAt(error, corrupted, site, { requests: server.requests, logLines: log.lines });
          count += 1;
        });
        await fc.assert(property, {
          numRuns: RUNS_PER_SITE,
          seed: SEED + 1000 * (formIndex + 1) + siteIndex,
          ...LIMITS,
        });
      });
      expect(count).toBe(REQUEST.sites.length * RUNS_PER_SITE);
      refused.set(given, count);
    }, 60_000);
  }
});

describe('SAS fuzz coverage', () => {
  it('the violation sites include every mutation the issue names', () => {
    expect(REQUEST.sites.map(siteName)).toEqual(
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
    const each = [...refused].map(([given, count]) => `Info ${given} ${count}`).join(', ');
    const total = [...refused.values()].reduce((a, b) => a + b, 0);
    console.log(`SAS fuzz: (a) ${accepted} valid requests accepted (${OPERATION_ID})`);
    console.log(`SAS fuzz: (b) ${total} violations refused locally (${OPERATION_ID}: ${each})`);
  });
});
