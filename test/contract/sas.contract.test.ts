// Contract of openapi/sas.yaml, checked with plain fetch against Prism serving it, plus the parts
// Prism cannot check: the decoded shape of the JSON-in-a-string Info parameter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParameterObject } from 'openapi-typescript';
import { send } from '../helpers/requests.js';
import { loadSpec, specOperations } from '../../scripts/spec/document.js';
import { usePrism } from '../helpers/prism.js';
import { specValidator, type SpecValidator } from '../helpers/spec-schemas.js';
import { contractSuite, variantOf } from './contract-suite.js';
import { SAS_SIGNATURE_HEADERS, SEED_INFO, sasSeeds } from './seed-requests.js';

contractSuite('sas', {
  OperateImageVul: {
    seed: sasSeeds.OperateImageVul,
    accepts: [
      // Open on purpose: only vul_fix and cve are documented, other lower-case tokens are plausible.
      {
        name: 'an undocumented lower-case OperateType (vul_verify)',
        change: (r) => void (r.query.OperateType = 'vul_verify'),
      },
      { name: 'an undocumented lower-case Type (sca)', change: (r) => void (r.query.Type = 'sca') },
      { name: 'no parameters at all (all optional)', change: (r) => void (r.query = {}) },
      {
        name: 'an Info with one image and one id',
        change: (r) => void (r.query.Info = '[{"uuid":"4ad91dd8c0c02de6574fa98085d0****","ids":[197540864]}]'),
      },
      {
        name: 'STS credentials (signed security token)',
        change: (r) => void (r.headers['x-acs-security-token'] = 'mock-sts-token'),
      },
    ],
    rejects: [
      {
        name: 'a missing x-acs-action',
        change: (r) => void delete r.headers['x-acs-action'],
        at: 'header',
        code: 'required',
      },
      {
        // An action the spec does not have (one it has would route the request to that action).
        name: 'another action in x-acs-action',
        change: (r) => void (r.headers['x-acs-action'] = 'DescribeImageGroupedVulList'),
        at: 'header.x-acs-action',
        code: 'const',
      },
      {
        name: 'another API version',
        change: (r) => void (r.headers['x-acs-version'] = '2017-12-03'),
        at: 'header.x-acs-version',
        code: 'const',
      },
      {
        name: 'OperateType in the wrong case',
        change: (r) => void (r.query.OperateType = 'VUL_FIX'),
        at: 'query.OperateType',
        code: 'pattern',
      },
      { name: 'Type in the wrong case', change: (r) => void (r.query.Type = 'CVE'), at: 'query.Type', code: 'pattern' },
      {
        name: 'an Info that is a JSON object, not an array',
        change: (r) => void (r.query.Info = SEED_INFO.slice(1, -1)),
        at: 'query.Info',
        code: 'pattern',
      },
      {
        name: "an Info with the page's escaped quotes (not an array)",
        change: (r) => void (r.query.Info = JSON.stringify(SEED_INFO)),
        at: 'query.Info',
        code: 'pattern',
      },
    ],
  },
});

describe('OperateImageVul Info as JSON text', () => {
  let schemas: SpecValidator;
  beforeAll(async () => {
    schemas = await specValidator('sas');
  });
  const infoSchema = '#/components/schemas/OperateImageVulInfo';

  it('decodes the seed value to the documented shape', () => {
    expect(schemas.errorsAt(infoSchema, JSON.parse(SEED_INFO))).toEqual([]);
  });

  it('describes ids as integers and each field as a string', () => {
    expect(schemas.errorsAt(infoSchema, [{ ids: ['197540864'] }])).not.toEqual([]);
    expect(schemas.errorsAt(infoSchema, [{ newTag: 1 }])).not.toEqual([]);
    expect(schemas.errorsAt(infoSchema, { uuid: 'x' })).not.toEqual([]);
  });

  it('links the parameter to that schema (contentMediaType + contentSchema)', async () => {
    const [operateImageVul] = specOperations(await loadSpec('sas'));
    const info = (operateImageVul?.operation.parameters as ParameterObject[]).find((p) => p.name === 'Info');
    expect(info).toMatchObject({
      in: 'query',
      schema: { type: 'string', contentMediaType: 'application/json', contentSchema: { $ref: infoSchema } },
    });
  });
});

describe('SAS authentication', () => {
  const prism = usePrism('sas');

  it.each(Object.keys(SAS_SIGNATURE_HEADERS))('refuses a request without %s', async (header) => {
    const response = await send(
      prism.url,
      variantOf(sasSeeds.OperateImageVul, (r) => void delete r.headers[header]),
    );
    expect(response.status).toBe(401);
  });

  it('answers with the documented RequestId body', async () => {
    const response = await send(prism.url, sasSeeds.OperateImageVul);
    expect(response.body).toEqual({ RequestId: '486F2228-438A-544A-A533-433F943C15CD' });
  });
});
