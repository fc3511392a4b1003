// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/waiters.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The waiters (x-imagesec-waiters) and the
// operations that start work one follows (x-imagesec-wait), as data, and the methods they give the client.

import type { SasMethods } from './sas.methods.js';
import type { StartAndWaitResult, WaitArgs, WaiterResult } from '../src/core/waiter/types.js';

export const waiters = {
  "ImageFixTaskFinished": {
    "name": "ImageFixTaskFinished",
    "method": "waitForImageFixTaskFinished",
    "operationId": "DescribeImageFixTask",
    "pollMethod": "describeImageFixTask",
    "minDelayMs": 10000,
    "maxDelayMs": 60000,
    "maxWaitMs": 1800000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "BuildTasks[].to_string(Status)",
            "expected": "2",
            "comparator": "allStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "BuildTasks[].to_string(Status)",
            "expected": "3",
            "comparator": "anyStringEquals"
          }
        }
      }
    ]
  },
  "ImageScanned": {
    "name": "ImageScanned",
    "method": "waitForImageScanned",
    "operationId": "DescribeImageInstances",
    "pollMethod": "describeImageInstances",
    "minDelayMs": 10000,
    "maxDelayMs": 60000,
    "maxWaitMs": 1800000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "ImageInstanceList[].to_string(ScaStatus)",
            "expected": "SUCCESS",
            "comparator": "allStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "ImageInstanceList[].to_string(ScaStatus)",
            "expected": "FAIL",
            "comparator": "anyStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "ImageInstanceList[].to_string(ScaStatus)",
            "expected": "TIMEOUT",
            "comparator": "anyStringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "ImageInstanceList[].to_string(ScaResult)",
            "expected": "TASK_NOT_SUPPORT_REGION",
            "comparator": "anyStringEquals"
          }
        }
      }
    ]
  },
  "ImageScanTaskFinished": {
    "name": "ImageScanTaskFinished",
    "method": "waitForImageScanTaskFinished",
    "operationId": "GetOnceTaskResultInfo",
    "pollMethod": "getOnceTaskResultInfo",
    "minDelayMs": 10000,
    "maxDelayMs": 60000,
    "maxWaitMs": 1800000,
    "acceptors": [
      {
        "state": "success",
        "matcher": {
          "output": {
            "path": "TaskInfo.Status",
            "expected": "SUCCESS",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "TaskInfo.Status",
            "expected": "TIMEOUT",
            "comparator": "stringEquals"
          }
        }
      }
    ]
  }
} as const;

export const waitStarts = {
  "OperateImageVul": {
    "operationId": "OperateImageVul",
    "method": "operateImageVulAndWait",
    "startMethod": "operateImageVul",
    "waiter": "ImageFixTaskFinished",
    "input": "{StartTime: startedAt - `300000`, CurrentPage: `1`, PageSize: `100`}",
    "find": null,
    "requires": {
      "path": "input.OperateType == 'vul_fix'",
      "message": "only a vul_fix starts image rebuilds (fix tasks) to wait for"
    },
    "acceptors": []
  },
  "PublicCreateImageScanTask": {
    "operationId": "PublicCreateImageScanTask",
    "method": "publicCreateImageScanTaskAndWait",
    "startMethod": "publicCreateImageScanTask",
    "waiter": "ImageScanTaskFinished",
    "input": "{TaskId: output.Data.TaskId, TaskType: 'IMAGE_SCAN', TaskName: 'IMAGE_SCAN'}",
    "find": null,
    "requires": null,
    "acceptors": [
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "Data.Result",
            "expected": "TASK_NOT_SUPPORT_REGION",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "Data.Status",
            "expected": "FAIL",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "!(Data.TaskId)",
            "expected": "true",
            "comparator": "booleanEquals"
          }
        }
      }
    ]
  },
  "PublicSyncAndCreateImageScanTask": {
    "operationId": "PublicSyncAndCreateImageScanTask",
    "method": "publicSyncAndCreateImageScanTaskAndWait",
    "startMethod": "publicSyncAndCreateImageScanTask",
    "waiter": "ImageScanTaskFinished",
    "input": "{TaskId: output.Data.TaskId, TaskType: 'IMAGE_SCAN', TaskName: 'IMAGE_SCAN'}",
    "find": null,
    "requires": null,
    "acceptors": [
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "Data.Result",
            "expected": "TASK_NOT_SUPPORT_REGION",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "Data.Status",
            "expected": "FAIL",
            "comparator": "stringEquals"
          }
        }
      },
      {
        "state": "failure",
        "matcher": {
          "output": {
            "path": "!(Data.TaskId)",
            "expected": "true",
            "comparator": "booleanEquals"
          }
        }
      }
    ]
  }
} as const;

// The waiters with their CLI command and description, as the registry's descriptor gives them to the
// CLI and the docs. Help text no client reads: it is joined to the table in a call marked pure, which
// a bundler drops where nothing reads its result, so no client's bundle carries it.
export const describedWaiters = /* @__PURE__ */ (() =>
  ({
    "ImageFixTaskFinished": { ...waiters.ImageFixTaskFinished, "command": "image-fix-task-finished", "description": "Until every fix task this call lists has ended. OperateImageVul returns no task id and this action filters by status and time only, so give the input that lists just your fix: `StartTime` a little before you sent the `vul_fix` (epoch milliseconds), with `CurrentPage` 1 and a `PageSize` large enough for one page to hold them all (only that page is read); `--wait` on OperateImageVul gives `StartTime` five minutes before its call (for the clocks), `CurrentPage` 1 and `PageSize` 100. Succeeds when every listed task's `Status` is `2` (succeeded); fails when any is `3` (failed); `1` (running) and an empty page mean poll again. Every fix task in the window is waited for, yours or not: a failure of someone else's fails the wait, and an earlier task that has already succeeded can end it before yours is listed." },
    "ImageScanned": { ...waiters.ImageScanned, "command": "image-scanned", "description": "Until every image this call lists has been scanned. Give the input that lists just the images you scanned (a `Criteria` naming them, e.g. by `instanceId` as in the vendor's example or by the names DescribeImageRepoCriteria returns) and a `PageSize` large enough for one page to hold them all: only the page the input asks for is read. Succeeds when every listed image's `ScaStatus` is `SUCCESS`; fails when any is `FAIL` or `TIMEOUT`, or reports `ScaResult` `TASK_NOT_SUPPORT_REGION` (a region that is never scanned); every other status (`INIT`, `START`, `MESSAGE_SEND`, `START_RUN`, `DOWNLOAD`, `PRE_ANALYZER`, `PRE_ANALYZER_SUCCESS`, `WEB_SHELL_ANALYZER`, `CVE_ANALYZER`, `BIN_ANALYZER`, `OTHER_ANALYZER`), an image without a status, and an empty page mean poll again. The vendor advises waiting one to five minutes for a scan." },
    "ImageScanTaskFinished": { ...waiters.ImageScanTaskFinished, "command": "image-scan-task-finished", "description": "Until the one-time task named by `TaskId` ends. Give the `TaskId` that PublicCreateImageScanTask or PublicSyncAndCreateImageScanTask returned (`Data.TaskId`) with `TaskType` and `TaskName` both `IMAGE_SCAN` (`--wait` on those actions does). Succeeds on `TaskInfo.Status` `SUCCESS`, fails on `TIMEOUT`; `INIT` and `START` mean poll again. `SUCCESS` says the task ended, not that every image scanned: the task has no failure status of its own, so read the outcome per image (DescribeImageInstances' `ScaStatus`, the `ImageScanned` waiter). The vendor advises waiting one to five minutes for a scan." },
  }) as const)();

export interface SasWaiterMethods {
  /**
   * Until every fix task this call lists has ended. OperateImageVul returns no task id and this action
   * filters by status and time only, so give the input that lists just your fix: `StartTime` a little
   * before you sent the `vul_fix` (epoch milliseconds), with `CurrentPage` 1 and a `PageSize` large
   * enough for one page to hold them all (only that page is read); `--wait` on OperateImageVul gives
   * `StartTime` five minutes before its call (for the clocks), `CurrentPage` 1 and `PageSize` 100.
   * Succeeds when every listed task's `Status` is `2` (succeeded); fails when any is `3` (failed); `1`
   * (running) and an empty page mean poll again. Every fix task in the window is waited for, yours or
   * not: a failure of someone else's fails the wait, and an earlier task that has already succeeded can
   * end it before yours is listed.
   *
   * Polls describeImageFixTask (each poll a call of its own, retried like any other) every 10 s to 60 s,
   * for at most 1800 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForImageFixTaskFinished(...args: WaitArgs<SasMethods['describeImageFixTask']>): Promise<WaiterResult<Awaited<ReturnType<SasMethods['describeImageFixTask']>>>>;
  /**
   * Until every image this call lists has been scanned. Give the input that lists just the images you
   * scanned (a `Criteria` naming them, e.g. by `instanceId` as in the vendor's example or by the names
   * DescribeImageRepoCriteria returns) and a `PageSize` large enough for one page to hold them all: only
   * the page the input asks for is read. Succeeds when every listed image's `ScaStatus` is `SUCCESS`;
   * fails when any is `FAIL` or `TIMEOUT`, or reports `ScaResult` `TASK_NOT_SUPPORT_REGION` (a region
   * that is never scanned); every other status (`INIT`, `START`, `MESSAGE_SEND`, `START_RUN`,
   * `DOWNLOAD`, `PRE_ANALYZER`, `PRE_ANALYZER_SUCCESS`, `WEB_SHELL_ANALYZER`, `CVE_ANALYZER`,
   * `BIN_ANALYZER`, `OTHER_ANALYZER`), an image without a status, and an empty page mean poll again. The
   * vendor advises waiting one to five minutes for a scan.
   *
   * Polls describeImageInstances (each poll a call of its own, retried like any other) every 10 s to 60
   * s, for at most 1800 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForImageScanned(...args: WaitArgs<SasMethods['describeImageInstances']>): Promise<WaiterResult<Awaited<ReturnType<SasMethods['describeImageInstances']>>>>;
  /**
   * Until the one-time task named by `TaskId` ends. Give the `TaskId` that PublicCreateImageScanTask or
   * PublicSyncAndCreateImageScanTask returned (`Data.TaskId`) with `TaskType` and `TaskName` both
   * `IMAGE_SCAN` (`--wait` on those actions does). Succeeds on `TaskInfo.Status` `SUCCESS`, fails on
   * `TIMEOUT`; `INIT` and `START` mean poll again. `SUCCESS` says the task ended, not that every image
   * scanned: the task has no failure status of its own, so read the outcome per image
   * (DescribeImageInstances' `ScaStatus`, the `ImageScanned` waiter). The vendor advises waiting one to
   * five minutes for a scan.
   *
   * Polls getOnceTaskResultInfo (each poll a call of its own, retried like any other) every 10 s to 60
   * s, for at most 1800 s (`maxWaitMs`); rejects with WaiterFailureError in a failure state,
   * WaiterTimeoutError when time runs out.
   */
  waitForImageScanTaskFinished(...args: WaitArgs<SasMethods['getOnceTaskResultInfo']>): Promise<WaiterResult<Awaited<ReturnType<SasMethods['getOnceTaskResultInfo']>>>>;
  /**
   * operateImageVul, then waitForImageFixTaskFinished on what it started (the overall limit counts from
   * its answer).
   * Sends nothing and rejects with ValidationError unless `input.OperateType == 'vul_fix'` is true
   * (`input` the input given): only a vul_fix starts image rebuilds (fix tasks) to wait for.
   */
  operateImageVulAndWait(...args: WaitArgs<SasMethods['operateImageVul']>): Promise<StartAndWaitResult<Awaited<ReturnType<SasMethods['operateImageVul']>>, Awaited<ReturnType<SasMethods['describeImageFixTask']>>, never>>;
  /**
   * publicCreateImageScanTask, then waitForImageScanTaskFinished on what it started (the overall limit
   * counts from its answer).
   * Rejects with WaiterFailureError before any poll (the start's answer as `result`) when `Data.Result`
   * is `TASK_NOT_SUPPORT_REGION`, or `Data.Status` is `FAIL`, or `!(Data.TaskId)` is true.
   */
  publicCreateImageScanTaskAndWait(...args: WaitArgs<SasMethods['publicCreateImageScanTask']>): Promise<StartAndWaitResult<Awaited<ReturnType<SasMethods['publicCreateImageScanTask']>>, Awaited<ReturnType<SasMethods['getOnceTaskResultInfo']>>, never>>;
  /**
   * publicSyncAndCreateImageScanTask, then waitForImageScanTaskFinished on what it started (the overall
   * limit counts from its answer).
   * Rejects with WaiterFailureError before any poll (the start's answer as `result`) when `Data.Result`
   * is `TASK_NOT_SUPPORT_REGION`, or `Data.Status` is `FAIL`, or `!(Data.TaskId)` is true.
   */
  publicSyncAndCreateImageScanTaskAndWait(...args: WaitArgs<SasMethods['publicSyncAndCreateImageScanTask']>): Promise<StartAndWaitResult<Awaited<ReturnType<SasMethods['publicSyncAndCreateImageScanTask']>>, Awaited<ReturnType<SasMethods['getOnceTaskResultInfo']>>, never>>;
}
