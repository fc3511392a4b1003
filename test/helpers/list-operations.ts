// Every list operation of every cloud's operation table (the specs' x-imagesec-paginate), each with
// the spec's example request less its paging parameters (the walk sets those): the suites that walk
// every list (the iterators, the paging tokens) take them from here.
import type { OperationEntry, Pagination } from '../../src/core/operation-types.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { allClouds, cloudSpec } from './cloud-clients.js';

export interface ListOperation {
  /** The cloud's id in the registry. */
  readonly cloud: string;
  readonly entry: OperationEntry;
  readonly paging: Pagination;
  /** The spec's example request without its paging parameters: the walk sets those. */
  readonly input: Record<string, unknown>;
}

export async function listOperations(): Promise<ListOperation[]> {
  const clouds = await Promise.all(allClouds().map(async (cloud) => ({ cloud, doc: await cloudSpec(cloud) })));
  return clouds.flatMap(({ cloud, doc }) =>
    Object.values(cloud.operations).flatMap((entry: OperationEntry) => {
      const paging = entry.paginate;
      if (paging === null) return [];
      const example = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
      const input = Object.fromEntries(
        Object.entries(example).filter(([name]) => ![paging.size, paging.offset, paging.page].includes(name)),
      );
      return [{ cloud: cloud.id, entry, paging, input }];
    }),
  );
}
