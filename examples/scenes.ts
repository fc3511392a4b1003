// What the strict mock answers while the image-loop recipes (recipes.ts) run: per recipe, the
// answers of the operations whose state moves (a scan task from running to done, an image from
// scanning to scanned); every other operation answers with its spec's example. `npm start` and
// test/docs/readme.test.ts play a recipe's scene (`playScene`) before running it, the TypeScript
// and the shell version alike. A scene is a test fixture, never sent to a real cloud.
import type { RunningMock, ScriptedAnswer } from 'imagesec/testing';

type Scene = Readonly<Record<string, readonly ScriptedAnswer[]>>;

/** A scan task in HSS's task list; `begin_time` is now, as the task a start has just begun. */
const hssTask = (task_status: number) => ({
  body: {
    total_num: 1,
    data_list: [
      {
        task_id: '5c4b3a29-1807-4f6e-8d5c-4b3a29180716',
        task_name: 'manual-scan-imagesec',
        begin_time: Date.now(),
        task_type: 'manual',
        image_type: 'registry',
        task_status,
        success_num: task_status === 100 ? 1 : 0,
        failed_num: 0,
        total_num: 1,
      },
    ],
  },
});
/** The task list before the start: none of ours yet. */
const hssNoTask = { body: { total_num: 0, data_list: [] } };

/** library/nginx:1.25 in HSS's registry image list, in the given scan state. */
const hssImage = (scan_status: 'scanning' | 'success') => ({
  body: {
    total_num: 1,
    data_list: [
      {
        id: 1034,
        namespace: 'library',
        image_name: 'nginx',
        image_id: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        image_version: '1.25',
        image_type: 'private_image',
        registry_type: 'SwrPrivate',
        scan_status,
      },
    ],
  },
});

/** A Security Center scan task, in the given state. */
const sasTask = (Status: 'START' | 'SUCCESS') => ({
  body: { TaskId: 'a410bb3e68c217a3368bc0238c66886d', TaskInfo: { Status }, TotalCount: 1, FinishCount: 1 },
});

/** The image in Security Center's image list, in the given scan state. */
const sasImage = (ScaStatus: 'CVE_ANALYZER' | 'SUCCESS') => ({
  body: {
    PageInfo: { CurrentPage: 1, PageSize: 20, TotalCount: 1, Count: 1 },
    ImageInstanceList: [
      {
        Uuid: '4ad91dd8c0c02de6574fa98085d0a1b2',
        Digest: 'e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c4f2b',
        RepoName: 'web',
        RepoNamespace: 'shop',
        Tag: 'v1',
        ScaStatus,
        ScaProgress: ScaStatus === 'SUCCESS' ? 100 : 60,
      },
    ],
  },
});

// Functions, so that a task's begin_time is the time it is served (the task a start began is one
// that began after the start: see the README's "The image loop").
const scenes: Readonly<Record<string, () => Scene>> = {
  'hss-scan-gate': () => ({
    // The lookup, then the image's scan: running, then done.
    ListRegistryImages: [hssImage('scanning'), hssImage('scanning'), hssImage('success')],
    // Before the start: no task; after it: our task, at 40 %, then finished.
    ListImageScanTask: [hssNoTask, () => hssTask(40), () => hssTask(40), () => hssTask(100)],
  }),
  'hss-accept-and-verify': () => ({
    ListRegistryImages: [hssImage('success')],
    ListImageScanTask: [hssNoTask, () => hssTask(100)],
    // The whitelisting, as HSS records it.
    ListGeneralImageVulOperations: [
      {
        body: {
          total_num: 1,
          data_list: [
            {
              image_id: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
              image_name: 'nginx',
              user_name: 'ci-bot',
              handle_time: Date.now(),
              handle_type: 'add_to_whitelist',
              status: 'vul_status_ignored',
              remark: 'accepted risk (hss-accept-and-verify)',
            },
          ],
        },
      },
    ],
  }),
  'sas-scan-gate': () => ({
    GetOnceTaskResultInfo: [sasTask('START'), sasTask('SUCCESS')],
    DescribeImageInstances: [sasImage('CVE_ANALYZER'), sasImage('SUCCESS')],
  }),
  'sas-accept-and-verify': () => ({
    DescribeImageInstances: [sasImage('SUCCESS')],
    GetOnceTaskResultInfo: [sasTask('START'), sasTask('SUCCESS')],
    // After the rescan: the accepted item whitelisted, another still failing.
    DescribeImageBaselineItemList: [
      {
        body: {
          PageInfo: { CurrentPage: 1, PageSize: 20, TotalCount: 2, Count: 2 },
          BaselineItemInfos: [
            { BaselineItemKey: 'hc.image.checklist.identify.ak_leak.item', Status: 0, WhiteList: 1 },
            { BaselineItemKey: 'hc.image.checklist.identify.duplicate_uid.item', Status: 0, WhiteList: 0 },
          ],
        },
      },
    ],
  }),
};

/** The recipes that have a scene. */
export const SCENES: readonly string[] = Object.keys(scenes);

/** Forgets what the mock was told (and recorded), then scripts the recipe's scene. */
export function playScene(mock: RunningMock, recipe: string): void {
  const scene = scenes[recipe];
  if (scene === undefined) throw new Error(`no scene for the recipe ${recipe}`);
  mock.reset();
  for (const [operation, answers] of Object.entries(scene())) mock.script(operation, answers);
}
