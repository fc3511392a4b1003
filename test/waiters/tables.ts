// Waiter tables of the tests' own, over operations of the HSS table (ListImageLocal to poll,
// BatchScanLocalImage to start), so the runtime is tested whatever waiters the specs declare; and
// clients aimed at a loopback server, with tiny delays given as options.
import { HssClient } from 'imagesec';
import type { CallOptions } from '../../src/core/call-options.js';
import type { ItemCall, WaitStartEntry, WaiterCall, WaiterEntry } from '../../src/core/waiter/types.js';
import { CANARY } from '../helpers/canaries.js';

/** Polls ListImageLocal: `success` / `failed` of the first item, HSS.1063 means "poll again". */
export const LOCAL_SCANNED: WaiterEntry = {
  name: 'LocalImageScanned',
  method: 'waitForLocalImageScanned',
  operationId: 'ListImageLocal',
  pollMethod: 'listImageLocal',
  minDelayMs: 1,
  maxDelayMs: 4,
  maxWaitMs: 20_000,
  acceptors: [
    {
      state: 'success',
      matcher: { output: { path: 'data_list[0].scan_status', expected: 'success', comparator: 'stringEquals' } },
    },
    {
      state: 'failure',
      matcher: { output: { path: 'data_list[0].scan_status', expected: 'failed', comparator: 'stringEquals' } },
    },
    { state: 'retry', matcher: { errorType: 'HSS.1063' } },
  ],
};

/** Waits for an image to be gone: success read off the API error HSS.1064. */
export const LOCAL_GONE: WaiterEntry = {
  ...LOCAL_SCANNED,
  name: 'LocalImageGone',
  method: 'waitForLocalImageGone',
  acceptors: [
    { state: 'success', matcher: { errorType: 'HSS.1064' } },
    { state: 'retry', matcher: { success: true } },
  ],
};

/** BatchScanLocalImage answers nothing to follow: the new item of ListImageLocal is found. */
export const SCAN_AND_WAIT: WaitStartEntry = {
  operationId: 'BatchScanLocalImage',
  method: 'batchScanLocalImageAndWait',
  startMethod: 'batchScanLocalImage',
  waiter: 'LocalImageScanned',
  input: '{image_name: found.image_name, image_version: found.image_version, host_id: input.body.host_id}',
  find: {
    operationId: 'ListImageLocal',
    pageMethod: 'paginateListImageLocal',
    input: "{scan_status: 'scanning', limit: `200`}",
    createdAt: 'latest_update_time',
    id: 'image_id',
  },
  requires: null,
  acceptors: [],
};

export function hssClient(endpoint: string): HssClient {
  return new HssClient({
    endpoint,
    region: 'cn-north-4',
    projectId: '0123456789abcdef0123456789abcdef',
    credentials: { ak: CANARY.ak, sk: CANARY.sk },
    env: {},
    maxRetries: 0,
  });
}

/** The client's methods as the waiter runtime calls them. */
export function calls(hss: HssClient): { poll: WaiterCall; start: WaiterCall; list: ItemCall } {
  const methods = hss as unknown as Record<string, (input: unknown, options: CallOptions) => unknown>;
  return {
    poll: (input, options) => methods.listImageLocal!.call(hss, input, options) as Promise<unknown>,
    start: (input, options) => methods.batchScanLocalImage!.call(hss, input, options) as Promise<unknown>,
    list: (input, options) => methods.paginateListImageLocal!.call(hss, input, options) as AsyncIterable<unknown>,
  };
}

/** One ListImageLocal answer with one image in the given state. */
export function image(scan_status: string, extra: Record<string, unknown> = {}): object {
  return {
    total_num: 1,
    data_list: [{ image_name: 'nginx', image_version: '1.25', image_id: 'img-1', scan_status, ...extra }],
  };
}
