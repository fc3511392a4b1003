// Contract of a form-body action of openapi/sas.yaml (PageImageRegistry), with plain fetch against
// Prism serving the spec: Prism reads the form and checks its fields against the form schema (types,
// bounds, enums); the strict mock checks the rest, the `Name.N` lists among them
// (test/testing/form-body.test.ts). SourceIp stays a query parameter.
import { contractSuite } from './contract-suite.js';
import { SAS_SIGNATURE_HEADERS } from './seed-requests.js';

const FORM = 'application/x-www-form-urlencoded';

const seed = {
  method: 'POST',
  path: '/',
  query: { SourceIp: '140.207.XXX.XXX' },
  headers: {
    ...SAS_SIGNATURE_HEADERS,
    'x-acs-action': 'PageImageRegistry',
    'x-acs-version': '2018-12-03',
    'content-type': FORM,
  },
  body: 'CurrentPage=1&PageSize=20&RegistryNameLike=asa&RegistryTypeInList.1=harbor&RegistryTypeInList.2=quay',
};

/** The seed with its form body replaced (the body is text, not a JSON object). */
const withBody = (text: string) => (request: { body: unknown }) => void (request.body = text);

contractSuite('sas', {
  PageImageRegistry: {
    seed,
    accepts: [
      { name: 'an empty form (every field optional)', change: withBody('') },
      { name: 'no query at all', change: (r) => void (r.query = {}) },
      { name: 'a type with a slash, percent-encoded (CI/CD)', change: withBody('RegistryTypeNotInList.1=CI%2FCD') },
      { name: 'a large page size (no upper bound documented)', change: withBody('PageSize=1000') },
    ],
    rejects: [
      { name: 'PageSize 0', change: withBody('PageSize=0'), at: 'body.PageSize', code: 'minimum' },
      { name: 'CurrentPage 0', change: withBody('CurrentPage=0'), at: 'body.CurrentPage', code: 'minimum' },
      {
        name: 'a page size that is not a number',
        change: withBody('PageSize=twenty'),
        at: 'body.PageSize',
        code: 'type',
      },
      {
        name: 'a page number past int32',
        change: withBody('CurrentPage=2147483648'),
        at: 'body.CurrentPage',
        code: 'format',
      },
      {
        name: 'another action in x-acs-action',
        change: (r) => void (r.headers['x-acs-action'] = 'DescribeImageGroupedVulList'),
        at: 'header.x-acs-action',
        code: 'const',
      },
    ],
  },
});
