// Every list operation of both operation tables (the specs' x-imagesec-paginate), each with the
// spec's example request less its paging parameters (the walk sets those): the suites that walk
// every list (the iterators, the paging tokens) take them from here.
import { operations as hssOperations } from '../../generated/hss.operations.js';
import { operations as sasOperations } from '../../generated/sas.operations.js';
import type { OperationEntry, Pagination } from '../../src/core/operation-types.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';

export interface ListOperation {
  readonly cloud: 'hss' | 'sas';
  readonly entry: OperationEntry;
  readonly paging: Pagination;
  /** The spec's example request without its paging parameters: the walk sets those. */
  readonly input: Record<string, unknown>;
}

export async function listOperations(): Promise<ListOperation[]> {
  const docs = { hss: await loadSpec('hss'), sas: await loadSpec('sas') };
  return (['hss', 'sas'] as const).flatMap((cloud) =>
    Object.values(cloud === 'hss' ? hssOperations : sasOperations).flatMap((entry: OperationEntry) => {
      const paging = entry.paginate;
      if (paging === null) return [];
      const example = sdkInput(exampleRequest(docs[cloud], entry.operationId), entry.constHeaders);
      const input = Object.fromEntries(
        Object.entries(example).filter(([name]) => ![paging.size, paging.offset, paging.page].includes(name)),
      );
      return [{ cloud, entry, paging, input }];
    }),
  );
}
