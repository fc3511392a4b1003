// The shipped OpenAPI documents in the tools users bring, taken from the packed package: three
// parsers, Redocly's linter, Postman's importer and Prism serving a document by itself. Prints one
// table: per document and tool, the operations that work out of all of them. `sas.yaml` keys all
// but one action by `/#<Action>` (OpenAPI allows one operation per path and method), which only the
// project's own code cuts off; the per-action documents (`openapi/sas/<Action>.yaml`, one operation
// at the real `POST /`) are the ones for other tools, and the check says where `sas.yaml` falls short.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRequests, send } from '../helpers/requests.js';
import { keyedActions } from '../../src/mock/action-router.js';
import { pathFragment, wirePath } from '../../scripts/spec/document.js';
import { shippedDocuments, type ShippedDocument } from './spec-tools/documents.js';
import { parserErrors, PARSERS } from './spec-tools/parsers.js';
import {
  convertToPostman,
  requestProblems,
  sentPathAndQuery,
  shownUrl,
  type PostmanCollection,
  type PostmanInterface,
} from './spec-tools/postman.js';
import { startPrismAlone, type PrismAlone } from './spec-tools/prism-alone.js';
import { lintProblems } from './spec-tools/redocly.js';
import { ResultTable } from './spec-tools/result-table.js';

const started = performance.now();
const documents = await shippedDocuments();
const SAS_VERSION = '2018-12-03';
const ACTION_HEADER = 'x-acs-action';
/** The source that keys actions by `/#<Action>` (sas.yaml): served alone, Prism mismatches them. */
const keyed = documents.filter((d) => keyedActions(d.text).size > 0);
const perAction = documents.filter((d) => d.name.startsWith('openapi/sas/'));
const SOURCES = new Set(['openapi/hss.yaml', 'openapi/sas.yaml']);

// The two child processes start now and work while the in-process tools run; their tests await
// them (and report their failures).
const packageRoot = documents[0]!.path.slice(0, -documents[0]!.name.length);
const linting = lintProblems(
  packageRoot,
  perAction.map((d) => d.name),
);
const prismStarting = startPrismAlone(documents.map((d) => d.path));
for (const pending of [linting, prismStarting]) pending.catch(() => undefined);

const TOOLS = [...PARSERS, 'redocly-lint', 'postman', 'postman-v1', 'prism-alone'] as const;
const table = new ResultTable(TOOLS);
const all = (document: ShippedDocument) => document.operations.length;
/** The one document Postman's v1 interface is tried on (see its test). */
const V1_DOCUMENT = 'openapi/sas/DescribeImageVulList.yaml';
// Cells of tools the check leaves out: `npm run lint` lints the sources (with their `apis` entries'
// rules), and Postman's v1 interface is tried on one document.
for (const { name } of documents) {
  if (SOURCES.has(name)) table.set(name, 'redocly-lint', 'npm run lint');
  if (name !== V1_DOCUMENT) table.set(name, 'postman-v1', 'not run');
}

afterAll(async () => {
  await prismStarting.then((prism) => prism.stop()).catch(() => undefined);
  // The unpacked package and its tarball (packed-documents.ts).
  rmSync(dirname(packageRoot), { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${table.render(documents.map((d) => d.name))}\n(whole check, packing included: ${seconds} s)`);
});

describe('the shipped documents', () => {
  it('ship both sources and, per action of sas.yaml, a document with that one operation at POST /', () => {
    const names = documents.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining([...SOURCES]));
    const sas = documents.find((d) => d.name === 'openapi/sas.yaml')!;
    const expected = sas.operations.map((o) => `openapi/sas/${o.operationId}.yaml`).sort();
    expect(perAction.map((d) => d.name)).toEqual(expected);
    for (const document of perAction) {
      expect(document.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
        `post / ${document.name.slice('openapi/sas/'.length, -'.yaml'.length)}`,
      ]);
      // src/mock/prism.ts puts an action router in front of Prism only for keyed actions: none here.
      expect(keyedActions(document.text).size).toBe(0);
    }
  });
});

describe.each(PARSERS)('%s', (parser) => {
  it.each(documents)('finds $name valid', async (document) => {
    const errors = await parserErrors(parser, document);
    table.set(document.name, parser, { ok: errors.length === 0 ? all(document) : 0, total: all(document) });
    expect(errors).toEqual([]);
  });
});

describe('redocly lint with redocly.yaml', () => {
  it('passes every per-action document (the sources are linted by npm run lint)', async () => {
    const problems = await linting;
    for (const document of perAction) {
      const found = problems.get(document.name) ?? [];
      table.set(document.name, 'redocly-lint', { ok: found.length === 0 ? 1 : 0, total: 1 });
    }
    expect(Object.fromEntries([...problems].filter(([, list]) => list.length > 0))).toEqual({});
  });
});

describe('openapi-to-postmanv2', () => {
  // Each document is converted once per interface; two tests read sas.yaml's collection.
  const converted = new Map<string, Promise<PostmanCollection>>();
  function collectionOf(document: ShippedDocument, version: PostmanInterface): Promise<PostmanCollection> {
    const key = `${version} ${document.name}`;
    if (!converted.has(key)) converted.set(key, convertToPostman(document, version));
    return converted.get(key)!;
  }

  /** Each operation's request in the collection, and how it differs from the spec. */
  async function postmanProblems(document: ShippedDocument, version: PostmanInterface) {
    const collection = await collectionOf(document, version);
    const problems: Record<string, string[]> = {};
    for (const operation of document.operations) {
      const made = collection.requests.filter((r) => r.name === operation.operation.summary);
      problems[operation.operationId] =
        made.length === 1 ? requestProblems(document, collection, operation, made[0]!) : [`${made.length} requests`];
    }
    const ok = Object.values(problems).filter((list) => list.length === 0).length;
    const wrong = Object.fromEntries(Object.entries(problems).filter(([, list]) => list.length > 0));
    return { collection, ok, wrong };
  }

  it.each(documents)('makes one request per operation of $name, as the spec gives it', async (document) => {
    const { collection, ok, wrong } = await postmanProblems(document, 'v2');
    const fragments = document.operations.filter((o) => pathFragment(o.path) !== undefined).length;
    table.set(document.name, 'postman', {
      ok,
      total: all(document),
      ...(fragments > 0 && {
        note: `${document.name}: ${fragments} requests show their \`#<Action>\` key in the URL (not sent)`,
      }),
    });
    expect(collection.requests).toHaveLength(all(document));
    expect(wrong).toEqual({});
  });

  // v1 (`convert()`, the converter's README example) fills a header's value only from the schema's
  // `default`, not from `const`, `enum` or `example`: the SAS action headers come out as `<string>`,
  // and nothing else differs. (A `default` beside each `const` would fill them; then this test fails
  // and the cell turns green.) Tried on one per-action document: the generator writes the headers
  // alike in all of them, and v1 takes 60 ms a document (half a second a source).
  it(`through v1 (convert), differs from ${V1_DOCUMENT} only in the SAS action headers`, async () => {
    const document = documents.find((d) => d.name === V1_DOCUMENT);
    expect(document).toBeDefined();
    const { ok, wrong } = await postmanProblems(document!, 'v1');
    table.set(V1_DOCUMENT, 'postman-v1', {
      ok,
      total: all(document!),
      note: `postman-v1: ${ACTION_HEADER} and x-acs-version are sent as \`<string>\` (v1 reads only \`default\`)`,
    });
    expect(wrong).toEqual({
      DescribeImageVulList: [
        `header ${ACTION_HEADER}: "<string>", spec: "DescribeImageVulList"`,
        `header x-acs-version: "<string>", spec: "${SAS_VERSION}"`,
      ],
    });
  });

  // The worry for sas.yaml: a `/#<Action>` key puts the query after the fragment. Postman
  // keeps the key as the URL's fragment, which it shows but does not send: the request is still
  // `POST /?<query>`, named by its headers.
  it.each(keyed)('shows the `/#<Action>` keys of $name as URL fragments, and sends POST /?query', async (document) => {
    const collection = await collectionOf(document, 'v2');
    for (const operation of document.operations.filter((o) => pathFragment(o.path) !== undefined)) {
      const request = collection.requests.find((r) => r.name === operation.operation.summary)!;
      expect(shownUrl(request.url)).toMatch(new RegExp(`^\\{\\{baseUrl\\}\\}/\\?[\\s\\S]*#${operation.operationId}$`));
      expect(sentPathAndQuery(request.url)).toMatch(/^\/\?[^#]*$/);
      expect(request.header?.find((h) => h.key === ACTION_HEADER)?.value).toBe(operation.operationId);
    }
  });
});

describe('Prism serving a document by itself', () => {
  let prism: PrismAlone;
  beforeAll(async () => {
    prism = await prismStarting;
  });

  it('is sent the SAS headers that name the action', () => {
    for (const document of perAction) {
      for (const request of exampleRequests(document.doc)) {
        expect(request.headers).toMatchObject({ [ACTION_HEADER]: request.operationId, 'x-acs-version': SAS_VERSION });
      }
    }
  });

  /** Each example request of the document sent; the operations whose answer is not their documented 2xx. */
  async function unanswered(document: ShippedDocument): Promise<Record<string, string>> {
    const failed: Record<string, string> = {};
    const requests = exampleRequests(document.doc);
    await Promise.all(
      requests.map(async (request) => {
        const operation = document.operations.find((o) => o.operationId === request.operationId)!;
        const success = Object.keys(operation.operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
        // Sent as an SDK sends it: a `/#<Action>` key cut at the `#`.
        const response = await send(prism.url(document.path), { ...request, path: wirePath(request.path) });
        // Prism names in this header what it found wrong with the request (or with its own answer).
        const violations = response.headers.get('sl-violations');
        if (String(response.status) !== success || violations !== null)
          failed[`${request.operationId} (${request.example})`] =
            `${response.status}, documented ${success}: ${violations ?? JSON.stringify(response.body)}`;
      }),
    );
    return failed;
  }

  const served = documents.filter((d) => !keyed.includes(d));
  it.each(served)('answers the example request of every operation of $name with its 2xx', async (document) => {
    const failed = await unanswered(document);
    const wrong = new Set(Object.keys(failed).map((key) => key.split(' ')[0]));
    table.set(document.name, 'prism-alone', { ok: all(document) - wrong.size, total: all(document) });
    expect(failed).toEqual({});
  });

  // Served alone, sas.yaml's `POST /` is OperateImageVul's: every other action's correct request
  // (`POST /`, its own x-acs-action) is matched to OperateImageVul and refused because the header
  // is not OperateImageVul's constant. This is why sas.yaml needs the project's action router
  // (src/mock/action-router.ts) and other tools take the per-action documents.
  it.each(keyed)('answers only the action keyed `/` of $name; the others are refused', async (document) => {
    const failed = await unanswered(document);
    const unkeyed = document.operations.filter((o) => pathFragment(o.path) === undefined).map((o) => o.operationId);
    const refused = new Set(Object.keys(failed).map((key) => key.split(' ')[0]));
    table.set(document.name, 'prism-alone', {
      ok: all(document) - refused.size,
      total: all(document),
      note: `${document.name} alone: POST / is ${unkeyed.join(', ')}; any other action is refused (${ACTION_HEADER} is not its constant)`,
    });
    expect([...refused].sort()).toEqual(
      document.operations
        .filter((o) => pathFragment(o.path) !== undefined)
        .map((o) => o.operationId)
        .sort(),
    );
    for (const reason of Object.values(failed)) expect(reason).toMatch(new RegExp(`^(400|422), .*${ACTION_HEADER}`));
  });
});
