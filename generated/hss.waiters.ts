// Generated from openapi/hss.yaml by scripts/generate.ts (scripts/codegen/waiters.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The waiters (x-imagesec-waiters) and the
// operations that start work one follows (x-imagesec-wait), as data, and the methods they give the client.

import type { HssMethods } from './hss.methods.js';
import type { operations } from './hss.js';
import type { ItemOf } from '../src/core/operation-types.js';
import type { StartAndWaitResult, WaitArgs, WaiterResult } from '../src/core/waiter/types.js';

export const waiters = {
  "LocalImageScanned": {
    "name": "LocalImageScanned",
    "method": "waitForLocalImageScanned",
    "operationId": "ListImageLocal",
    "pollMethod": "listImageLocal",
    "minDelayMs": 5000,
    "maxDelayMs": 60000,
    "maxWaitMs": 1800000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "success",
            "comparator": "allStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "failed",
            "comparator": "anyStringEquals"
          }
        }
      }
    ]
  },
  "RegistryAccessed": {
    "name": "RegistryAccessed",
    "method": "waitForRegistryAccessed",
    "operationId": "ListRegistry",
    "pollMethod": "listRegistry",
    "minDelayMs": 5000,
    "maxDelayMs": 30000,
    "maxWaitMs": 900000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "inputOutput": {
            "path": "output.data_list[?registry_name == $.input.registry_name || id == $.input.registry_id].status | [0]",
            "expected": "success",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "inputOutput": {
            "path": "output.data_list[?registry_name == $.input.registry_name || id == $.input.registry_id].status | [0]",
            "expected": "fail",
            "comparator": "stringEquals"
          }
        }
      }
    ]
  },
  "ImageSyncFinished": {
    "name": "ImageSyncFinished",
    "method": "waitForImageSyncFinished",
    "operationId": "ListAssociateRegistries",
    "pollMethod": "listAssociateRegistries",
    "minDelayMs": 5000,
    "maxDelayMs": 60000,
    "maxWaitMs": 1800000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "data_list[].sync_status",
            "expected": "finished",
            "comparator": "allStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "data_list[].sync_status",
            "expected": "failed",
            "comparator": "anyStringEquals"
          }
        }
      }
    ]
  },
  "RegistryImageScanned": {
    "name": "RegistryImageScanned",
    "method": "waitForRegistryImageScanned",
    "operationId": "ListRegistryImages",
    "pollMethod": "listRegistryImages",
    "minDelayMs": 10000,
    "maxDelayMs": 60000,
    "maxWaitMs": 3600000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "success",
            "comparator": "allStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "failed",
            "comparator": "anyStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "download_failed",
            "comparator": "anyStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "data_list[].scan_status",
            "expected": "image_oversized",
            "comparator": "anyStringEquals"
          }
        }
      }
    ]
  },
  "ImageScanTaskFinished": {
    "name": "ImageScanTaskFinished",
    "method": "waitForImageScanTaskFinished",
    "operationId": "ListImageScanTask",
    "pollMethod": "listImageScanTask",
    "minDelayMs": 10000,
    "maxDelayMs": 60000,
    "maxWaitMs": 3600000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "inputOutput": {
            "path": "to_string(output.data_list[?task_id == $.input.task_id].task_status | [0])",
            "expected": "100",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "inputOutput": {
            "path": "to_string(output.data_list[?task_id == $.input.task_id].task_status | [0])",
            "expected": "-1",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "inputOutput": {
            "path": "to_string(output.data_list[?task_id == $.input.task_id].task_status | [0])",
            "expected": "-2",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "inputOutput": {
            "path": "to_string(output.data_list[?task_id == $.input.task_id].task_status | [0])",
            "expected": "-3",
            "comparator": "stringEquals"
          }
        }
      }
    ]
  }
} as const;

export const waitStarts = {
  "AddRegistry": {
    "operationId": "AddRegistry",
    "method": "addRegistryAndWait",
    "startMethod": "addRegistry",
    "waiter": "RegistryAccessed",
    "input": "{registry_name: input.body.registry_name, enterprise_project_id: input.enterprise_project_id}",
    "find": null,
    "requires": null,
    "acceptors": []
  },
  "CreateImageSynchronizeTask": {
    "operationId": "CreateImageSynchronizeTask",
    "method": "createImageSynchronizeTaskAndWait",
    "startMethod": "createImageSynchronizeTask",
    "waiter": "ImageSyncFinished",
    "input": "{task_id: found.task_id, enterprise_project_id: input.enterprise_project_id, limit: `200`}",
    "find": {
      "operationId": "ListImageScanTask",
      "pageMethod": "paginateListImageScanTask",
      "input": "{type: 'image_sync', task_type: 'manualSync', enterprise_project_id: input.enterprise_project_id, limit: `200`}",
      "items": "data_list",
      "createdAt": "begin_time",
      "id": "task_id"
    },
    "requires": null,
    "acceptors": []
  },
  "CreateManualImageScanTask": {
    "operationId": "CreateManualImageScanTask",
    "method": "createManualImageScanTaskAndWait",
    "startMethod": "createManualImageScanTask",
    "waiter": "ImageScanTaskFinished",
    "input": "{type: 'image_scan', task_id: found.task_id, enterprise_project_id: input.enterprise_project_id}",
    "find": {
      "operationId": "ListImageScanTask",
      "pageMethod": "paginateListImageScanTask",
      "input": "{type: 'image_scan', task_type: 'manual', global_image_type: input.global_image_type || 'registry', enterprise_project_id: input.enterprise_project_id, limit: `200`}",
      "items": "data_list",
      "createdAt": "begin_time",
      "id": "task_id"
    },
    "requires": null,
    "acceptors": []
  }
} as const;

// The waiters with their CLI command and description, as the registry's descriptor gives them to the
// CLI and the docs. Help text no client reads: it is joined to the table in a call marked pure, which
// a bundler drops where nothing reads its result, so no client's bundle carries it.
export const describedWaiters = /* @__PURE__ */ (() =>
  ({
    "LocalImageScanned": { ...waiters.LocalImageScanned, "command": "local-image-scanned", "description": "Until every local image the filters select (best pinned down by `image_name` and `image_version`, or `host_id`) has a finished scan: all `scan_status` `success`; any `failed` ends the wait as a failure (see `scan_failed_desc`); `waiting`, `scanning` and `unscan` wait on, and so does an empty list. `image_name` matches part of a name, so `nginx` also selects `nginx-ingress`. Only the page asked for is read." },
    "RegistryAccessed": { ...waiters.RegistryAccessed, "command": "registry-accessed", "description": "Until the registry named by `registry_name` (or `registry_id`) is connected: `status` `success`; `fail` ends the wait as a failure (see `fail_reason`), `accessing` waits on. The item is picked out of the answer by that exact name or id, so a name filter that also lists other registries does no harm; a registry that never appears (wrong name, other enterprise project) is waited for until the time runs out." },
    "ImageSyncFinished": { ...waiters.ImageSyncFinished, "command": "image-sync-finished", "description": "Until every registry of the sync task named by `task_id` has synced: all `sync_status` `finished`; any `failed` ends the wait as a failure (see `failed_reason`), `running` waits on, and so does an empty list. Only the page asked for is read: give `limit` 200 for a task that covers more than 10 registries." },
    "RegistryImageScanned": { ...waiters.RegistryImageScanned, "command": "registry-image-scanned", "description": "Until every image the filters select (best pinned down by `registry_name`, `namespace`, `image_name` and `image_version`) has a finished scan: all `scan_status` `success`; any `failed`, `download_failed` or `image_oversized` ends the wait as a failure (see `scan_failed_code`); `waiting_for_scan`, `scanning` and `unscan` wait on, and so does an empty list. Only the page asked for is read. Right after a scan is started an image can still show its previous `success`: wait on the task (`ImageScanTaskFinished`) when that matters." },
    "ImageScanTaskFinished": { ...waiters.ImageScanTaskFinished, "command": "image-scan-task-finished", "description": "Until the task named by `task_id` (give it with `type`, e.g. `image_scan`) ends: `task_status` `100` is success; `-1` (stopped), `-2` (timed out) or `-3` (error) is a failure; a progress from 0 to 99 waits on. A finished task may still have failed images (`failed_num`, `failed_images`): read them from the answer. The item is picked out by its exact `task_id`; a task that never appears is waited for until the time runs out." },
  }) as const)();

export interface HssWaiterMethods {
  /**
   * Until every local image the filters select (best pinned down by `image_name` and `image_version`, or
   * `host_id`) has a finished scan: all `scan_status` `success`; any `failed` ends the wait as a failure
   * (see `scan_failed_desc`); `waiting`, `scanning` and `unscan` wait on, and so does an empty list.
   * `image_name` matches part of a name, so `nginx` also selects `nginx-ingress`. Only the page asked
   * for is read.
   *
   * Polls listImageLocal (each poll a call of its own, retried like any other) every 5 s to 60 s, for at
   * most 1800 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state, WaiterTimeoutError
   * when time runs out.
   */
  waitForLocalImageScanned(...args: WaitArgs<HssMethods['listImageLocal']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listImageLocal']>>>>;
  /**
   * Until the registry named by `registry_name` (or `registry_id`) is connected: `status` `success`;
   * `fail` ends the wait as a failure (see `fail_reason`), `accessing` waits on. The item is picked out
   * of the answer by that exact name or id, so a name filter that also lists other registries does no
   * harm; a registry that never appears (wrong name, other enterprise project) is waited for until the
   * time runs out.
   *
   * Polls listRegistry (each poll a call of its own, retried like any other) every 5 s to 30 s, for at
   * most 900 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state, WaiterTimeoutError
   * when time runs out.
   */
  waitForRegistryAccessed(...args: WaitArgs<HssMethods['listRegistry']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listRegistry']>>>>;
  /**
   * Until every registry of the sync task named by `task_id` has synced: all `sync_status` `finished`;
   * any `failed` ends the wait as a failure (see `failed_reason`), `running` waits on, and so does an
   * empty list. Only the page asked for is read: give `limit` 200 for a task that covers more than 10
   * registries.
   *
   * Polls listAssociateRegistries (each poll a call of its own, retried like any other) every 5 s to 60
   * s, for at most 1800 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForImageSyncFinished(...args: WaitArgs<HssMethods['listAssociateRegistries']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listAssociateRegistries']>>>>;
  /**
   * Until every image the filters select (best pinned down by `registry_name`, `namespace`, `image_name`
   * and `image_version`) has a finished scan: all `scan_status` `success`; any `failed`,
   * `download_failed` or `image_oversized` ends the wait as a failure (see `scan_failed_code`);
   * `waiting_for_scan`, `scanning` and `unscan` wait on, and so does an empty list. Only the page asked
   * for is read. Right after a scan is started an image can still show its previous `success`: wait on
   * the task (`ImageScanTaskFinished`) when that matters.
   *
   * Polls listRegistryImages (each poll a call of its own, retried like any other) every 10 s to 60 s,
   * for at most 3600 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForRegistryImageScanned(...args: WaitArgs<HssMethods['listRegistryImages']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listRegistryImages']>>>>;
  /**
   * Until the task named by `task_id` (give it with `type`, e.g. `image_scan`) ends: `task_status` `100`
   * is success; `-1` (stopped), `-2` (timed out) or `-3` (error) is a failure; a progress from 0 to 99
   * waits on. A finished task may still have failed images (`failed_num`, `failed_images`): read them
   * from the answer. The item is picked out by its exact `task_id`; a task that never appears is waited
   * for until the time runs out.
   *
   * Polls listImageScanTask (each poll a call of its own, retried like any other) every 10 s to 60 s,
   * for at most 3600 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForImageScanTaskFinished(...args: WaitArgs<HssMethods['listImageScanTask']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listImageScanTask']>>>>;
  /**
   * addRegistry, then waitForRegistryAccessed on what it started (the overall limit counts from its
   * answer).
   */
  addRegistryAndWait(...args: WaitArgs<HssMethods['addRegistry']>): Promise<StartAndWaitResult<Awaited<ReturnType<HssMethods['addRegistry']>>, Awaited<ReturnType<HssMethods['listRegistry']>>, never>>;
  /**
   * createImageSynchronizeTask, then waitForImageSyncFinished on what it started (the overall limit
   * counts from its answer).
   * Its answer names no task: the new item of paginateListImageScanTask created since the start is the
   * one followed (the newest, with a warning, when several appear).
   */
  createImageSynchronizeTaskAndWait(...args: WaitArgs<HssMethods['createImageSynchronizeTask']>): Promise<StartAndWaitResult<Awaited<ReturnType<HssMethods['createImageSynchronizeTask']>>, Awaited<ReturnType<HssMethods['listAssociateRegistries']>>, ItemOf<operations['ListImageScanTask'], "data_list">>>;
  /**
   * createManualImageScanTask, then waitForImageScanTaskFinished on what it started (the overall limit
   * counts from its answer).
   * Its answer names no task: the new item of paginateListImageScanTask created since the start is the
   * one followed (the newest, with a warning, when several appear).
   */
  createManualImageScanTaskAndWait(...args: WaitArgs<HssMethods['createManualImageScanTask']>): Promise<StartAndWaitResult<Awaited<ReturnType<HssMethods['createManualImageScanTask']>>, Awaited<ReturnType<HssMethods['listImageScanTask']>>, ItemOf<operations['ListImageScanTask'], "data_list">>>;
}
