// Paging tokens (core/call/page-token.ts, paginate.ts): a walk that maxItems stops before the
// list's end returns a token, and a walk from that token (startingToken) goes on from the next item,
// so walks of k items, each from the token the one before returned, read exactly what one walk
// reads. First the token math over lists of every shape (in memory: offsets and page numbers,
// with and without a total, integers or decimal text, a server that keeps its own page size),
// then every list operation of both tables against a loopback list that really pages, then the
// tokens and sizes refused before anything is sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from 'imagesec';
import { pageItems } from '../../src/core/call/paginate.js';
import { pageToken } from '../../src/core/call/page-token.js';
import type { ApiResult } from '../../src/core/call/read.js';
import type { Pagination } from '../../src/core/operation-types.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { cloudClient, cloudOf } from '../helpers/cloud-clients.js';
import { listOperations, type ListOperation } from '../helpers/list-operations.js';
import { pagingParameters, servePages } from '../helpers/paging-server.js';

type Input = Readonly<Record<string, unknown>>;
type Walk = AsyncGenerator<unknown, string | undefined, undefined>;

/** The items of a walk, and what it returned. */
async function drain(walk: Walk): Promise<{ items: unknown[]; token: string | undefined }> {
  const items: unknown[] = [];
  for (let step = await walk.next(); ; step = await walk.next()) {
    if (step.done === true) return { items, token: step.value };
    items.push(step.value);
  }
}

/** Walks, each from the token the one before returned, to a walk that returns none. */
async function inSteps(walk: (token: string | undefined) => Walk): Promise<unknown[][]> {
  const steps: unknown[][] = [];
  let token: string | undefined;
  do {
    const step = await drain(walk(token));
    steps.push(step.items);
    token = step.token;
    if (steps.length > 1_000) throw new Error('the walk does not end');
  } while (token !== undefined);
  return steps;
}

describe('the token math, over lists of every shape (in memory)', () => {
  const OFFSETS: Pagination = {
    method: 'paginateList',
    size: 'limit',
    offset: 'offset',
    page: null,
    items: 'data_list',
    total: 'total_num',
    asText: [],
  };
  const PAGES: Pagination = { ...OFFSETS, size: 'PageSize', offset: null, page: 'CurrentPage', items: 'Page.List' };

  interface Shape {
    readonly paging: Pagination;
    readonly count: number;
    /** The page size the server takes when the request names none. */
    readonly serverDefault: number;
    /** The page size the server keeps whatever the request asks. */
    readonly serverSize: number | undefined;
    /** How the walk names its page size: an option, the input's parameter, or not at all. */
    readonly sizeBy: 'option' | 'input' | 'none';
    readonly size: number;
    /** The first position, from the input (an offset or a page), or none. */
    readonly from: number | undefined;
  }

  /** A list that pages as `shape` says; a paging parameter of the wrong type (number or text) fails the call. */
  function list(shape: Shape) {
    const { paging } = shape;
    const read = (input: Input, name: string, fallback: number) => {
      const value = input[name];
      if (value === undefined) return fallback;
      const text = paging.asText.includes(name);
      if (text ? typeof value !== 'string' || !/^\d+$/.test(value) : typeof value !== 'number') {
        throw new Error(`${name} sent as ${JSON.stringify(value)}`);
      }
      return Number(value);
    };
    return (input: Input): Promise<ApiResult<unknown>> => {
      const size = shape.serverSize ?? read(input, paging.size, shape.serverDefault);
      const skip = paging.offset !== null ? read(input, paging.offset, 0) : (read(input, paging.page!, 1) - 1) * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, shape.count - skip)) }, (_, i) => skip + i);
      const data = {
        data_list: items,
        Page: { List: items },
        ...(paging.total === null ? {} : { total_num: shape.count }),
      };
      return Promise.resolve({ data, requestId: undefined, status: 200, headers: new Headers() });
    };
  }

  function walker(shape: Shape) {
    const { paging } = shape;
    const call = list(shape);
    const wire = (name: string, value: number) => (paging.asText.includes(name) ? String(value) : value);
    const position = (paging.offset ?? paging.page)!;
    return (options: { maxItems?: number; startingToken?: string | undefined }) => {
      const input: Record<string, unknown> = {};
      if (shape.sizeBy === 'input') input[paging.size] = wire(paging.size, shape.size);
      if (shape.from !== undefined && options.startingToken === undefined) input[position] = wire(position, shape.from);
      const pageSize = shape.sizeBy === 'option' ? { pageSize: shape.size } : {};
      return pageItems(call, paging, 'List', input, { ...pageSize, ...options });
    };
  }

  const shapes = fc.record({
    paging: fc
      .record({
        kind: fc.constantFrom(OFFSETS, PAGES),
        total: fc.boolean(),
        asText: fc.boolean(),
      })
      .map(({ kind, total, asText }) => ({
        ...kind,
        total: total ? kind.total : null,
        asText: asText ? [kind.size, (kind.offset ?? kind.page)!] : [],
      })),
    count: fc.nat(40),
    serverDefault: fc.integer({ min: 1, max: 8 }),
    serverSize: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    sizeBy: fc.constantFrom('option' as const, 'input' as const, 'none' as const),
    size: fc.integer({ min: 1, max: 8 }),
    from: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  });

  it("walks of k items, each from the last one's token, read exactly what one walk reads", async () => {
    await fc.assert(
      fc.asyncProperty(shapes, fc.integer({ min: 1, max: 12 }), async (raw, k) => {
        // A page number is 1-based. Without a total, a page shorter than asked ends a walk, so a
        // server keeping pages smaller than asked ends walks from different offsets at different items.
        const lossy = raw.paging.total === null && raw.sizeBy !== 'none' && (raw.serverSize ?? Infinity) < raw.size;
        const shape = {
          ...raw,
          serverSize: lossy ? undefined : raw.serverSize,
          from: raw.from === undefined || raw.paging.offset !== null ? raw.from : raw.from + 1,
        };
        const walk = walker(shape);
        const whole = (await drain(walk({}))).items;
        const steps = await inSteps((startingToken) => walk({ maxItems: k, startingToken }));
        expect(steps.flat()).toEqual(whole);
        // Every walk but the last stops at k items; the last is short, or empty after a full last page.
        for (const step of steps.slice(0, -1)) expect(step).toHaveLength(k);
        expect(steps.at(-1)!.length).toBeLessThanOrEqual(k);
      }),
      { numRuns: 400 },
    );
  });

  it('with a total, the token is undefined exactly when the last item was read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 45 }),
        fc.constantFrom(OFFSETS, PAGES),
        async (count, size, k, paging) => {
          const walk = walker({
            paging,
            count,
            serverDefault: 5,
            serverSize: undefined,
            sizeBy: 'option',
            size,
            from: undefined,
          });
          const { items, token } = await drain(walk({ maxItems: k }));
          expect(items).toHaveLength(Math.min(k, count));
          expect(token === undefined).toBe(k >= count);
        },
      ),
      { numRuns: 200 },
    );
  });
});

const server = useCaptureServer();
const LISTS = await listOperations();

describe('every list operation, against a loopback list that pages', () => {
  /** A client of the list's cloud at the loopback list. */
  const client = (list: ListOperation) =>
    cloudClient(
      cloudOf(list.cloud),
      server.url,
      { id: 'AK-PAGING-TEST', secret: 'SK-PAGING-TEST-0001' },
      { maxRetries: 0 },
    );

  function walk(list: ListOperation, input: Input, options: object): Walk {
    const walker = client(list) as unknown as Record<string, (i: Input, o: object) => Walk>;
    return walker[list.paging.method]!.call(walker, input, options);
  }

  const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: `item-${from + i}` }));
  /** Where each request the server got asked to start, and its page size. */
  const asked = (paging: Pagination) =>
    server.requests.map((request) => {
      const query = pagingParameters(request);
      return [query.get((paging.offset ?? paging.page)!), query.get(paging.size)];
    });

  describe.each(LISTS.map((l) => [`${l.cloud} ${l.paging.method}`, l] as const))('%s', (_, list) => {
    const { paging } = list;

    it.each([1, 9, 10, 11, 24, 25])('maxItems %i, then on from its token: every item once', async (k) => {
      servePages(server, { paging, count: 25, defaultSize: 10 });
      const first = await drain(walk(list, list.input, { pageSize: 10, maxItems: k }));
      expect(first.items).toEqual(ids(k));
      if (k === 25) return expect(first.token).toBeUndefined();
      const rest = await drain(walk(list, list.input, { startingToken: first.token, pageSize: 10 }));
      expect(rest).toEqual({ items: ids(25 - k, k + 1), token: undefined });
    });

    it('goes on from a start the input named, its page size pinned where pages are numbered', async () => {
      servePages(server, { paging, count: 30, defaultSize: 10 });
      const start = paging.offset !== null ? { [paging.offset]: 5 } : { [paging.page!]: 2 };
      const first = await drain(walk(list, { ...list.input, ...start }, { pageSize: 10, maxItems: 4 }));
      const from = paging.offset !== null ? 6 : 11;
      expect(first.items).toEqual(ids(4, from));
      // No page size this time: a page-number walk sends the token's.
      const rest = await drain(walk(list, list.input, { startingToken: first.token }));
      expect(rest.items).toEqual(ids(30 - from - 3, from + 4));
      expect(asked(paging).slice(0, 2)).toEqual(
        paging.offset !== null
          ? [
              ['5', '10'],
              ['9', null],
            ]
          : [
              ['2', '10'],
              ['2', '10'],
            ],
      );
    });
  });

  it('a page-number walk of a service that keeps its own page size goes on without losing items', async () => {
    const list = LISTS.find((l) => l.paging.page !== null && l.paging.total !== null)!;
    for (const serverSize of [7, 15]) {
      servePages(server, { paging: list.paging, count: 40, defaultSize: 10, serverSize });
      const steps = await inSteps((startingToken) =>
        walk(list, list.input, { pageSize: 10, maxItems: 9, startingToken }),
      );
      expect(steps.flat()).toEqual(ids(40));
    }
  });

  describe('refused before anything is sent', () => {
    const offsets = LISTS.find((l) => l.paging.offset !== null)!;
    const pages = LISTS.find((l) => l.paging.page !== null)!;
    const refusal = async (list: ListOperation, input: Input, options: object) => {
      const error = await drain(walk(list, input, options)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(server.requests).toHaveLength(0);
      return error as ValidationError;
    };
    const encode = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');

    it('a token that is not one a walk of this list gave, without echoing it', async () => {
      const op = offsets.entry.operationId;
      const good = pageToken(op, { kind: 'offset', at: 20 });
      const fields = JSON.parse(Buffer.from(good, 'base64url').toString()) as Record<string, unknown>;
      const damaged = [
        'not a token',
        '',
        'A'.repeat(100_000),
        good.slice(0, -3),
        encode([1, op, 20]),
        encode({ ...fields, offset: 21 }), // altered, its check left as it was
        encode({ ...fields, offset: -1 }),
        encode({ ...fields, extra: 1 }),
        encode({ v: 1 }),
      ];
      for (const token of damaged) {
        const error = await refusal(offsets, offsets.input, { startingToken: token });
        expect(error.violations).toEqual([
          {
            path: 'options.startingToken',
            message: expect.stringMatching(/^is not a token a walk of this list gave/) as unknown,
          },
        ]);
        expect(error.message.length).toBeLessThan(200);
      }
      await expect(refusal(offsets, offsets.input, { startingToken: 42 })).resolves.toMatchObject({
        message: /must be text/,
      });
      await expect(
        refusal(offsets, offsets.input, { startingToken: encode({ ...fields, v: 2 }) }),
      ).resolves.toMatchObject({
        message: /another version of imagesec/,
      });
    });

    it('a token of another operation, or of the other kind of list', async () => {
      const other = pageToken(pages.entry.operationId, { kind: 'page', at: 2, skip: 0, size: 10, before: 10 });
      const error = await refusal(offsets, offsets.input, { startingToken: other });
      expect(error.message).toBe(
        `options.startingToken belongs to another list operation (${pages.entry.operationId}), not ${offsets.entry.operationId}`,
      );
      // Right operation, wrong kind of position (made by hand, as no walk would).
      const wrongKind = pageToken(pages.entry.operationId, { kind: 'offset', at: 2 });
      await refusal(pages, pages.input, { startingToken: wrongKind });
    });

    it('a page size other than the one a page-number token was counted with, or a position beside a token', async () => {
      const op = pages.entry.operationId;
      const counted = pageToken(op, { kind: 'page', at: 3, skip: 2, size: 10, before: 20 });
      const own = pageToken(op, { kind: 'page', at: 3, skip: 2, size: null, before: 20 });
      const size = (n: number) => ({
        [pages.paging.size]: pages.paging.asText.includes(pages.paging.size) ? String(n) : n,
      });
      expect((await refusal(pages, pages.input, { startingToken: counted, pageSize: 20 })).violations).toEqual([
        {
          path: 'options.pageSize',
          message: "must be 10 or left out: the starting token's pages were counted with 10 items a page",
        },
      ]);
      expect(
        (await refusal(pages, { ...pages.input, ...size(20) }, { startingToken: counted })).violations[0]?.path,
      ).toBe(pages.paging.size);
      expect((await refusal(pages, pages.input, { startingToken: own, pageSize: 10 })).message).toMatch(
        /must be left out: the starting token's pages were counted with the service's own page size/,
      );
      const position = await refusal(pages, { ...pages.input, [pages.paging.page!]: 3 }, { startingToken: counted });
      expect(position.violations[0]?.path).toBe(pages.paging.page);
      // An offset list's token pins no page size: any goes.
      servePages(server, { paging: offsets.paging, count: 30, defaultSize: 10 });
      const token = pageToken(offsets.entry.operationId, { kind: 'offset', at: 25 });
      const rest = await drain(walk(offsets, offsets.input, { startingToken: token, pageSize: 20 }));
      expect(rest.items).toEqual(ids(5, 26));
    });
  });
});
