// Fuzzing HssClient with requests generated from openapi/hss.yaml (test/helpers/schema-arbitrary.ts):
// (a) valid requests are accepted by Prism (request validation on) through the facade; (b) requests
// with one violation are refused locally with a ValidationError naming its place, and nothing reaches
// the server; (c) the canary credentials of every client appear in no result, error or debug line.
// Fixed seeds and run counts: every run tries the same cases, and a failure prints its seed.
import fc from 'fast-check';
import type { ParameterObject } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { HssClient, type ApiResult } from 'imagesec';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { specOperations } from '../../scripts/spec/document.js';
import { PROJECT_ID } from '../contract/seed-requests.js';
import { HSS_CANARY_CREDENTIALS, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { rejection } from '../helpers/outcomes.js';
import { usePrism } from '../helpers/prism.js';
import { expectRefusedAt, LIMITS, RUNS_PER_SITE, VALID_RUNS } from './frame.js';
import {
  SchemaArbitraries,
  checkEverySite,
  headerText,
  loadExactSpec,
  operationRequest,
  prismReadsAsGiven,
  parametersOf,
  siteName,
  type Corrupted,
  type OperationRequest,
  type SpecRequest,
  type ViolationSite,
} from '../helpers/schema-arbitrary.js';

const SEED = 20261123;

const prism = usePrism('hss');
const server = useCaptureServer();

const doc = await loadExactSpec('hss');
const OPERATION_IDS = specOperations(doc).map((o) => o.operationId);

// Prism checks int64 values only up to 2^53-1 (a known mock limitation), so for the Prism run the
// int64 `image_info[].id` stays within 1..2^53-1, given as a bigint or a number alike. The
// validator run uses the spec's own range (up to 2^63-1).
const forPrism = new SchemaArbitraries(doc, { integerCap: BigInt(Number.MAX_SAFE_INTEGER) });
const forValidator = new SchemaArbitraries(doc);

// A method's input: the query parameters and the `region` header by spec name, and the body. The
// project id (path and X-Project-Id) is a client option; the signature headers are the signer's.
const takes = (p: ParameterObject) =>
  p.in === 'query' || (p.in === 'path' && p.name !== 'project_id') || (p.in === 'header' && p.name === 'region');

// The project id goes into a path segment and the X-Project-Id header: the path parameter's length
// bounds, in what both can carry (the SDK refuses / ? # % \ and the segments . and ..).
function projectIdValues(): fc.Arbitrary<string> {
  const [first] = OPERATION_IDS;
  const parameter = parametersOf(doc, first ?? '').find((p) => p.in === 'path' && p.name === 'project_id');
  const schema = forPrism.resolve(parameter?.schema ?? {});
  const generated = headerText(Number(schema.minLength ?? 1), Number(schema.maxLength ?? 256), '/?#%\\');
  return fc.oneof(
    fc.constant(PROJECT_ID),
    generated.filter((id) => id !== '.' && id !== '..'),
  );
}
const projectIds = projectIdValues();

// ---- calling the facade -------------------------------------------------------------------------

/** The client method of an operation, from the operation table. */
const methodOf = (operationId: string): string => hssOperations[operationId as keyof typeof hssOperations].method;

/** Where the region header comes from: the call, the client, or both (the call's wins). */
type RegionSource = 'call' | 'client' | 'both';
const REGION_SOURCES: readonly RegionSource[] = ['call', 'client', 'both'];
const CLIENT_REGION = 'cn-north-4';

/** The method's input and the client's region for a request. */
function inputOf(
  request: SpecRequest,
  from: RegionSource,
): { input: Record<string, unknown>; clientRegion: string | undefined } {
  const { region, ...headers } = request.header;
  const input: Record<string, unknown> = { ...request.path, ...request.query, ...headers };
  if ('body' in request) input.body = request.body;
  if (region !== undefined && from !== 'client') input.region = region;
  if (from === 'call') return { input, clientRegion: undefined };
  return { input, clientRegion: from === 'client' && typeof region === 'string' ? region : CLIENT_REGION };
}

interface Logged {
  readonly lines: string[];
}

function canaryClient(endpoint: string, projectId: string, region: string | undefined, log: Logged): HssClient {
  return new HssClient({
    endpoint,
    projectId,
    region,
    credentials: HSS_CANARY_CREDENTIALS,
    env: {},
    maxRetries: 0,
    timeoutMs: 10_000,
    debug: true,
    logger: (line) => log.lines.push(line),
  });
}

async function call(
  client: HssClient,
  operationId: string,
  input: Record<string, unknown>,
): Promise<ApiResult<unknown>> {
  const methods = client as unknown as Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
  return methods[methodOf(operationId)]!.call(client, input);
}

// ---- cases --------------------------------------------------------------------------------------

interface ValidCase {
  readonly request: SpecRequest;
  readonly projectId: string;
  readonly regionFrom: RegionSource;
}

function validCases(request: OperationRequest): fc.Arbitrary<ValidCase> {
  return fc.record({
    request: (forPrism.valid(request.schema) as fc.Arbitrary<SpecRequest>).filter(prismReadsAsGiven),
    projectId: projectIds,
    regionFrom: fc.constantFrom(...REGION_SOURCES),
  });
}

interface ViolationCase {
  readonly corrupted: Corrupted;
  readonly projectId: string;
  readonly regionFrom: RegionSource;
}

function violationCases(request: OperationRequest, site: ViolationSite): fc.Arbitrary<ViolationCase> {
  return (
    fc
      .record({
        corrupted: forValidator.withViolation(request.schema, site),
        projectId: projectIds,
        regionFrom: fc.constantFrom(...REGION_SOURCES),
      })
      // A header violation is passed per call, with no client region to fall back on.
      .map((c) => (c.corrupted.at[0] === 'header' ? { ...c, regionFrom: 'call' as const } : c))
  );
}

// Cases that ran to the end, per operation: checked by each test, summed up in the last one.
const accepted = new Map<string, number>();
const refused = new Map<string, number>();

// ---- properties ---------------------------------------------------------------------------------

describe('(a) HSS requests generated as valid are accepted by Prism through the facade', () => {
  for (const [index, operationId] of OPERATION_IDS.entries()) {
    it(`${operationId}: every one answered 200`, async () => {
      const request = operationRequest(forPrism, operationId, takes);
      let count = 0;
      const property = fc.asyncProperty(validCases(request), async ({ request: sent, projectId, regionFrom }) => {
        const log: Logged = { lines: [] };
        const { input, clientRegion } = inputOf(sent, regionFrom);
        const client = canaryClient(prism.url, projectId, clientRegion, log);
        let result: ApiResult<unknown>;
        try {
          result = await call(client, operationId, input);
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

describe('(b) HSS requests with one violation are refused locally; nothing is sent', () => {
  for (const [index, operationId] of OPERATION_IDS.entries()) {
    const request = operationRequest(forValidator, operationId, takes);
    it(`${operationId}: ${request.sites.length} sites, ${RUNS_PER_SITE} cases each`, async () => {
      let count = 0;
      await checkEverySite(request.sites, async (site, siteIndex) => {
        const property = fc.asyncProperty(
          violationCases(request, site),
          async ({ corrupted, projectId, regionFrom }) => {
            server.requests.length = 0;
            const log: Logged = { lines: [] };
            const { input, clientRegion } = inputOf(corrupted.value as SpecRequest, regionFrom);
            const client = canaryClient(server.url, projectId, clientRegion, log);
            const error = await rejection(call(client, operationId, input));
            expectRefusedAt(error, corrupted, site, { requests: server.requests, logLines: log.lines });
            count += 1;
          },
        );
        await fc.assert(property, { numRuns: RUNS_PER_SITE, seed: SEED + 1000 * (index + 1) + siteIndex, ...LIMITS });
      });
      expect(count).toBe(request.sites.length * RUNS_PER_SITE);
      refused.set(operationId, count);
    }, 60_000);
  }
});

describe('HSS fuzz coverage', () => {
  it('the violation sites include every mutation the issue names', () => {
    const names = OPERATION_IDS.flatMap((id) => operationRequest(forValidator, id, takes).sites.map(siteName));
    expect(names).toEqual(
      expect.arrayContaining([
        'type at image_type',
        'enum at image_type',
        'required at image_type',
        'additionalProperties at query',
        'minLength at enterprise_project_id',
        'maxLength at enterprise_project_id',
        'required at body',
        'required at body.rule_type',
        'required at body.sensitive_info_id',
        'additionalProperties at body',
        'additionalProperties at body.image_info[]',
        'maxLength at body.sensitive_info_id',
        'minLength at body.image_info[].image_name',
        'minimum at body.image_info[].id',
        'maximum at body.image_info[].id',
        'unsafe-integer at body.image_info[].id',
        'maximum at body.image_size',
        'unsafe-integer at body.start_latest_update_time',
        'maxItems at body.vul_id_list',
        'required at region',
        'header-value at region',
      ]),
    );
  });

  it('sums up the cases run', () => {
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    const each = (counts: Map<string, number>) => OPERATION_IDS.map((id) => `${id} ${counts.get(id) ?? 0}`).join(', ');
    console.log(`HSS fuzz: (a) ${sum(accepted)} valid requests accepted (${each(accepted)})`);
    console.log(`HSS fuzz: (b) ${sum(refused)} violations refused locally (${each(refused)})`);
  });
});
