// What a V8 CPU profile (.cpuprofile) of SDK calls says the calls cost: self time per call, grouped
// into categories that name a step of the call (the SDK's own steps, node:http and the socket under
// them, undici's Headers and Response, openapi-fetch, GC), and the functions that cost most.
// - Only the samples inside the measured window count (the child stamps it on the profile's clock).
// - The profiler samples wall time: `(idle)` (the event loop waiting on the loopback server) and
//   `(program)` (native work V8 cannot place) are counted apart, not in the categories.
// - The built SDK (dist/) is placed by source module: the bundles are not minified, and esbuild heads
//   each module's code with a `// src/...` line, so `locate` (profile.ts reads the bundle) says which
//   module, and which named function, a bundle line is in. A module no rule names is "imagesec, other".
// - A frame no rule names (a native function, a Node internal such as crypto, URL or events) counts
//   toward its nearest caller that one does: a HMAC's native digest is signing, a socket write's
//   syscall is node:http's.

/** The parts of a .cpuprofile read here (Chrome DevTools protocol, Profiler.Profile). */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      /** 0-based. */
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }>;
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The SDK's own steps (what imagesec adds over the transport and libraries under it). */
const SDK_STEP_NAMES = ['checks', 'signing', 'body', 'transport', 'read', 'call loop', 'imagesec, other'] as const;

/** Where self time goes, as the table names it; the SDK's own steps are SDK_CATEGORIES. */
export const CATEGORIES = [
  'node:http+socket',
  'undici',
  'openapi-fetch',
  ...SDK_STEP_NAMES,
  'GC',
  'node: event loop, microtasks, timers',
  'bench harness',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SDK_CATEGORIES: readonly Category[] = SDK_STEP_NAMES;

/** SDK steps by source module (esbuild heads each module's code in a bundle with `// <path>`). */
const SDK_STEPS: ReadonlyArray<readonly [Category, RegExp]> = [
  [
    'checks',
    /^(src\/core\/(call\/(check-input|violations)|request-validator|option-checks)|generated\/\w+\.validators)\.ts$/,
  ],
  [
    'signing',
    /^src\/(core\/(call\/(sign|canonical-query)|canonical|crypto\/\w+)|(hss|sas)\/(signer|authentication))\.ts$/,
  ],
  ['body', /^src\/core\/(json|call\/form)\.ts$/],
  ['transport', /^src\/core\/(http\/[\w-]+|call\/transport)\.ts$/],
  ['read', /^src\/(core\/(call\/read|exact-json|errors)|(hss|sas)\/responses)\.ts$/],
  [
    'call loop',
    /^(src\/(core\/(call\/(send|attempt|attempt-report|time-limits|wiring|method|users-middleware|paginate|page-token)|retry|call-options|middleware|debug|redact|identity\/[\w-]+)|(hss|sas)\/(client|project-scope|identity\/[\w-]+))|generated\/\w+\.operations)\.ts$/,
  ],
];

/** The step a module of the SDK's sources belongs to. */
export function sdkStep(module: string): Category {
  return SDK_STEPS.find(([, rule]) => rule.test(module))?.[0] ?? 'imagesec, other';
}

/** Where a frame's code lives, for the rules that go by file. */
function fileCategory(url: string): Category | 'sdk' | undefined {
  if (/\/dist\/(node|default)\/[^/]+\.js$/.test(url)) return 'sdk';
  if (url.includes('/node_modules/openapi-fetch/')) return 'openapi-fetch';
  if (url.includes('/scripts/bench/') || url.includes('/node_modules/tsx/')) return 'bench harness';
  if (url.startsWith('node:internal/deps/undici/') || url.startsWith('node:internal/webstreams/')) return 'undici';
  if (
    /^node:(_http_\w+|https?|net|stream|internal\/(net|http|streams\/\w+|stream_base_commons|js_stream_socket))$/.test(
      url,
    )
  ) {
    return 'node:http+socket';
  }
  return undefined;
}

/** Where a line of a bundle comes from: its source module, and the named function it is in. */
export type LocateInBundle = (
  url: string,
  lineNumber: number,
) => { readonly module: string | undefined; readonly owner: string | undefined };

const EXCLUDED = new Set(['(idle)', '(program)', '(root)']);

export interface FunctionCost {
  /** The function's name (an anonymous one's: `(anonymous in owner)`). */
  readonly name: string;
  /** Where it is: its source module (the SDK's), `file:line` (1-based), or `native`. */
  readonly where: string;
  readonly category: Category;
  readonly usPerCall: number;
}

export interface ProfileSummary {
  /** Self time per call by category, largest first (categories with none left out). */
  readonly categories: ReadonlyArray<{ readonly category: Category; readonly usPerCall: number }>;
  /** What the categories add up to: the sampled time per call, `(idle)` and `(program)` left out. */
  readonly sampledUsPerCall: number;
  /** The part of it in the SDK's own steps (SDK_CATEGORIES). */
  readonly sdkUsPerCall: number;
  readonly idleUsPerCall: number;
  readonly programUsPerCall: number;
  /** The functions with the most self time. */
  readonly top: readonly FunctionCost[];
  /** SDK functions in a module no rule names, with their self time per call (for the rules' upkeep). */
  readonly unplaced: readonly FunctionCost[];
  readonly samples: number;
}

/** The file part of a frame's location, short: `node_modules/...`, `scripts/...`, `node:_http_client`. */
function shortUrl(url: string): string {
  const dist = /\/(dist\/[^/]+\/[^/]+)$/.exec(url);
  if (dist !== null) return dist[1]!;
  const modules = /\/(node_modules\/.+)$/.exec(url);
  if (modules !== null) return modules[1]!;
  const scripts = /\/(scripts\/.+)$/.exec(url);
  return scripts?.[1] ?? url;
}

export function summariseProfile(
  profile: CpuProfile,
  { startUs, endUs, calls }: { startUs: number; endUs: number; calls: number },
  locate: LocateInBundle,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  // Self time per node inside the window: a sample's time is the delta to the next sample.
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  let samples = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const lasted = profile.timeDeltas[i + 1] ?? 0;
    if (at < startUs || at >= endUs) continue;
    samples++;
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + lasted);
  }

  // A frame's own category (undefined: its caller's) and the name and place it is shown with.
  const placed = new Map<number, { category: Category | undefined; name: string; where: string }>();
  const place = (id: number) => {
    const known = placed.get(id);
    if (known !== undefined) return known;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = fileCategory(url);
    let category = functionName === '(garbage collector)' ? 'GC' : file;
    let name = functionName === '' ? '(anonymous)' : functionName;
    let where = url === '' ? 'native' : `${shortUrl(url)}:${lineNumber + 1}`;
    if (file === 'sdk') {
      const { module, owner } = locate(url, lineNumber);
      category = module === undefined ? 'imagesec, other' : sdkStep(module);
      if (functionName === '' && owner !== undefined) name = `(anonymous in ${owner})`;
      if (module !== undefined) where = module;
    }
    const own = { category: category as Category | undefined, name, where };
    placed.set(id, own);
    return own;
  };
  const categoryOf = (id: number): Category => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { category } = place(at);
      if (category !== undefined) return category;
    }
    const { url } = byId.get(id)!.callFrame;
    return url === '' || url.startsWith('node:') ? 'node: event loop, microtasks, timers' : 'other';
  };

  const perCategory = new Map<Category, number>();
  const perFunction = new Map<string, FunctionCost & { us: number }>();
  let idle = 0;
  let program = 0;
  let sampled = 0;
  for (const [id, us] of selfUs) {
    const { functionName } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') idle += us;
    if (functionName === '(program)') program += us;
    if (EXCLUDED.has(functionName)) continue;
    sampled += us;
    const category = categoryOf(id);
    perCategory.set(category, (perCategory.get(category) ?? 0) + us);
    const { name, where } = place(id);
    const key = `${name} ${where}`;
    const known = perFunction.get(key);
    perFunction.set(key, { name, where, category, usPerCall: 0, us: (known?.us ?? 0) + us });
  }

  const perCall = (us: number) => us / calls;
  const functions = [...perFunction.values()]
    .sort((a, b) => b.us - a.us)
    .map(({ us, ...cost }) => ({ ...cost, usPerCall: perCall(us) }));
  return {
    categories: [...perCategory]
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, usPerCall: perCall(us) })),
    sampledUsPerCall: perCall(sampled),
    sdkUsPerCall: perCall(
      [...perCategory].filter(([category]) => SDK_CATEGORIES.includes(category)).reduce((sum, [, us]) => sum + us, 0),
    ),
    idleUsPerCall: perCall(idle),
    programUsPerCall: perCall(program),
    top: functions.slice(0, 10),
    unplaced: functions.filter((cost) => cost.category === 'imagesec, other').slice(0, 10),
    samples,
  };
}
