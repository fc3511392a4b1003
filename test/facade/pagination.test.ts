// The list iterators (paginate<OperationId>, core/call/paginate.ts) against a loopback list that
// really pages: every list operation of both tables walks to its last item by the parameters its
// x-imagesec-paginate names; page size, start position and maxItems are honoured; each page is a
// call of its own (retried alone); a failed page ends the walk with its error.
import { describe, expect, it } from 'vitest';
import { BadRequestError, HssClient, ValidationError, type ApiResult } from 'imagesec';
import type { Pagination } from '../../src/core/operation-types.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { allClouds, cloudClient, cloudOf } from '../helpers/cloud-clients.js';
import { listOperations, type ListOperation } from '../helpers/list-operations.js';
import { pagingParameters, servePages } from '../helpers/paging-server.js';

const server = useCaptureServer();
const PAGING_KEY = { id: 'AK-PAGING-TEST', secret: 'SK-PAGING-TEST-0001' };

/** A client of the list's cloud at the loopback list. */
function client(list: ListOperation) {
  return cloudClient(cloudOf(list.cloud), server.url, PAGING_KEY, { backoff: { baseDelayMs: 1, maxDelayMs: 1 } });
}

type Iterate = (input: unknown, options?: object) => AsyncGenerator<unknown>;

const LISTS = await listOperations();

function iterate(list: ListOperation, input: Record<string, unknown> = list.input, options: object = {}) {
  const walker = client(list) as unknown as Record<string, Iterate>;
  return walker[list.paging.method]!.call(walker, input, options);
}

async function all(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The paging parameters of each request the server got. */
function positions(paging: Pagination): Array<{ size: string | null; at: string | null }> {
  return server.requests.map((request) => {
    const query = pagingParameters(request);
    return { size: query.get(paging.size), at: query.get((paging.offset ?? paging.page) as string) };
  });
}

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: `item-${from + i}` }));

it('finds list operations in every cloud’s spec (from the tables, none named here)', () => {
  expect(new Set(LISTS.map((l) => l.cloud))).toEqual(new Set(allClouds().map((cloud) => cloud.id)));
});

describe.each(LISTS.map((l) => [`${l.cloud} ${l.paging.method}`, l] as const))('%s', (_, list) => {
  const { paging } = list;
  const firstPosition = paging.offset !== null ? '0' : '1';

  it('walks every page to the total, page size as asked, each page one request', async () => {
    servePages(server, { paging, count: 25, defaultSize: 10 });
    expect(await all(iterate(list, list.input, { pageSize: 10 }))).toEqual(ids(25));
    const expected =
      paging.offset !== null
        ? [
            { size: '10', at: '0' },
            { size: '10', at: '10' },
            { size: '10', at: '20' },
          ]
        : [
            { size: '10', at: '1' },
            { size: '10', at: '2' },
            { size: '10', at: '3' },
          ];
    expect(positions(paging)).toEqual(expected);
  });

  it("takes the server's page size when none is given, and stops at the total", async () => {
    servePages(server, { paging, count: 12, defaultSize: 10 });
    // The input's own page size, in the type the spec gives it (text for SAS DescribeGroupedMaliciousFiles).
    const size = paging.asText.includes(paging.size) ? '10' : 10;
    const input = { ...list.input, ...(paging.page !== null ? { [paging.size]: size } : {}) };
    expect(await all(iterate(list, input))).toEqual(ids(12));
    expect(positions(paging).map((p) => p.at)).toEqual([firstPosition, paging.offset !== null ? '10' : '2']);
  });

  it('without a total, stops at the first short page', async () => {
    servePages(server, { paging, count: 17, defaultSize: 10, noTotal: true });
    expect(await all(iterate(list, list.input, { pageSize: 10 }))).toEqual(ids(17));
    expect(server.requests).toHaveLength(2);
  });

  it('a server that sends more items than asked: the next page starts after the items received, none twice or skipped', async () => {
    servePages(server, { paging, count: 40, defaultSize: 10, serverSize: 15 });
    expect(await all(iterate(list, list.input, { pageSize: 10 }))).toEqual(ids(40));
    expect(positions(paging)).toEqual(
      (paging.offset !== null ? ['0', '15', '30'] : ['1', '2', '3']).map((at) => ({ size: '10', at })),
    );
  });

  it('a server that keeps pages smaller than asked loses nothing where it reports a total', async () => {
    servePages(server, { paging, count: 40, defaultSize: 10, serverSize: 7 });
    const items = await all(iterate(list, list.input, { pageSize: 10 }));
    // Without a total, a page shorter than asked is the only sign of the end.
    expect(items).toEqual(paging.total !== null ? ids(40) : ids(7));
  });

  it('stops at maxItems without asking for a page it does not need', async () => {
    servePages(server, { paging, count: 50, defaultSize: 10 });
    expect(await all(iterate(list, list.input, { pageSize: 10, maxItems: 15 }))).toEqual(ids(15));
    expect(server.requests).toHaveLength(2);
  });

  it('starts where the input says', async () => {
    servePages(server, { paging, count: 30, defaultSize: 10 });
    const start = paging.offset !== null ? { [paging.offset]: 20 } : { [paging.page as string]: 3 };
    expect(await all(iterate(list, { ...list.input, ...start }, { pageSize: 10 }))).toEqual(ids(10, 21));
    expect(server.requests).toHaveLength(1);
  });

  it('retries a page on its own: a 503 on the second page is asked again, the walk goes on', async () => {
    const busy = { status: 503, body: { error_code: 'APIGW.0001', error_msg: 'busy', Code: 'ServiceUnavailable' } };
    servePages(server, { paging, count: 15, defaultSize: 10, faults: { 2: busy } });
    expect(await all(iterate(list, list.input, { pageSize: 10 }))).toEqual(ids(15));
    expect(positions(paging).map((p) => p.at)).toEqual(paging.offset !== null ? ['0', '10', '10'] : ['1', '2', '2']);
  });

  it("ends with a page's error after the items before it", async () => {
    const refused = {
      status: 400,
      body: { error_code: 'HSS.0001', error_msg: 'bad', Code: 'InvalidParameter', Message: 'bad' },
    };
    servePages(server, { paging, count: 30, defaultSize: 10, faults: { 2: refused } });
    const seen: unknown[] = [];
    const walk = (async () => {
      for await (const item of iterate(list, list.input, { pageSize: 10 })) seen.push(item);
    })();
    await expect(walk).rejects.toBeInstanceOf(BadRequestError);
    expect(seen).toEqual(ids(10));
  });

  it('refuses a bad maxItems or pageSize before sending anything', async () => {
    for (const options of [{ maxItems: 0 }, { maxItems: 1.5 }, { pageSize: -1 }]) {
      await expect(all(iterate(list, list.input, options))).rejects.toBeInstanceOf(ValidationError);
    }
    expect(server.requests).toHaveLength(0);
  });
});

it('a page size the operation refuses is reported under the operation parameter, before sending', async () => {
  const list = LISTS.find((l) => l.entry.operationId === 'ListImageWhiteLists')!;
  // limit is 10-200 in the spec.
  const error = await all(iterate(list, list.input, { pageSize: 500 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).violations.map((v) => v.path)).toContain('limit');
  expect(server.requests).toHaveLength(0);
});

it('an operation that does not page has no iterator', () => {
  const hss = new HssClient({
    endpoint: server.url,
    region: 'cn-north-4',
    projectId: '0123456789abcdef0123456789abcdef',
    credentials: { ak: 'AK-PAGING-TEST', sk: 'SK-PAGING-TEST-0001' },
    env: {},
    backoff: { baseDelayMs: 1, maxDelayMs: 1 },
  });
  expect((hss as unknown as Record<string, unknown>).paginateChangeSensitiveInfo).toBeUndefined();
  expect(typeof hss.paginateListImageLocal).toBe('function');
  // The page's own method still answers one page.
  const result: Promise<ApiResult<unknown>> = hss.listImageLocal({}, { maxRetries: 0 });
  return expect(result).resolves.toMatchObject({ status: 200 });
});
