// Shell completion: the model built from the operation tables (every operation and waiter with the
// flags it takes, enum values, what each flag's value is), `imagesec completion` itself, the profile
// names read from the vendors' files, and the scripts run in bash, zsh and fish against fixed
// command lines (one shell process each). PowerShell is not installed here: its script is checked
// for what it must contain and that it is the same every time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OUTPUT_FORMATS } from '../../src/cli/arguments.js';
import { completionHelp, completionScript, runCompletion } from '../../src/cli/completion/command.js';
import { completionModel, SHELLS, type CompletionModel } from '../../src/cli/completion/model.js';
import { powershellScript } from '../../src/cli/completion/powershell.js';
import { fishScript } from '../../src/cli/completion/fish.js';
import { zshScript } from '../../src/cli/completion/zsh.js';
import { profileNames, processContext } from '../../src/cli/completion/profiles.js';
import { appliesToCommand } from '../../src/cli/flag-scope.js';
import { GLOBAL_FLAGS, type GlobalFlag } from '../../src/cli/global-flags.js';
import { mockHelp } from '../../src/cli/help.js';
import { main } from '../../src/cli/main.js';
import { cliCloud, findOperation, pagination, type CliOperation } from '../../src/cli/operations.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { cloudWaiters, waitStartOf } from '../../src/cli/wait-table.js';
import { files } from '../../src/core/identity/files-node.js';
import { runBash, runFish, runZsh, writeShim, type ShellRun } from './completion-shells.js';

const MODEL = completionModel();
const OPERATIONS: readonly CliOperation[] = [...cliCloud('hss').operations, ...cliCloud('sas').operations];
const CHANGE = findOperation('hss', 'change-sensitive-info')!;
const IMAGE_TYPES = CHANGE.options.find((o) => o.flag === 'image-type')!.enum!;

/** The flags of a command of the model, with dashes. */
function flagsOf(path: readonly string[], model: CompletionModel = MODEL): string[] {
  const command = model.commands.find((c) => c.path.join(' ') === path.join(' '));
  if (command === undefined) throw new Error(`no command ${path.join(' ')}`);
  return command.flags.map((i) => `--${model.flags[i]!.name}`);
}

function flagOf(path: readonly string[], name: string) {
  const command = MODEL.commands.find((c) => c.path.join(' ') === path.join(' '))!;
  return command.flags.map((i) => MODEL.flags[i]!).find((f) => f.name === name);
}

/** The global flags an operation takes, as the CLI's parser and help decide it. */
function expectedGlobals(operation: CliOperation): string[] {
  const pages = pagination(operation) !== null;
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][])
    .filter(([, flag]) => appliesToCommand(flag, { cloud: operation.cloud, pages }))
    .filter(([name]) => name !== 'body' || operation.body !== undefined)
    .map(([name]) => `--${name}`);
}

describe('the completion model', () => {
  it('has every operation of both clouds, with its own flags, the global ones that apply, and --wait where it starts work', () => {
    for (const operation of OPERATIONS) {
      const flags = flagsOf([operation.cloud, operation.command]);
      const waiting =
        waitStartOf(operation) === undefined ? [] : ['--wait', '--max-wait', '--min-delay', '--max-delay'];
      expect(new Set(flags)).toEqual(
        new Set([...operation.options.map((o) => `--${o.flag}`), ...waiting, ...expectedGlobals(operation)]),
      );
      expect(flags.length, `${operation.command}: a flag twice`).toBe(new Set(flags).size);
    }
    for (const cloud of ['hss', 'sas'] as const) {
      const command = MODEL.commands.find((c) => c.path.join(' ') === cloud)!;
      expect(command.subcommands.map((w) => w.name)).toEqual([
        ...cliCloud(cloud).operations.map((o) => o.command),
        'wait',
      ]);
    }
    expect(MODEL.commands[0]!.subcommands.map((w) => w.name)).toEqual(['hss', 'sas', 'mock', 'completion', 'help']);
  });

  it('gives a cloud-only flag to its cloud only, and the list flags to the operations that page only', () => {
    expect(flagsOf(['hss', 'list-registry'])).toContain('--project-id');
    expect(flagsOf(['sas', 'describe-image-vul-list'])).not.toContain('--project-id');
    expect(flagsOf(['hss', 'list-registry'])).toEqual(
      expect.arrayContaining(['--all', '--max-items', '--starting-token']),
    );
    expect(flagsOf(['hss', 'add-registry'])).not.toContain('--all');
    expect(flagsOf(['sas', 'operate-image-vul'])).not.toContain('--body');
  });

  it("gives each waiter its polling operation's flags and how long to wait, not the modes wait refuses", async () => {
    for (const cloud of ['hss', 'sas'] as const) {
      expect(MODEL.commands.find((c) => c.path.join(' ') === `${cloud} wait`)!.subcommands.map((w) => w.name)).toEqual(
        cloudWaiters(cloud).map((w) => w.command),
      );
      for (const waiter of cloudWaiters(cloud)) {
        const flags = flagsOf([cloud, 'wait', waiter.command]);
        expect(flags).toEqual(expect.arrayContaining([...waiter.operation.options.map((o) => `--${o.flag}`)]));
        expect(flags).toEqual(expect.arrayContaining(['--max-wait', '--min-delay', '--max-delay', '--region']));
        for (const refused of ['--wait', '--each', '--all', '--dry-run', '--journal', '--max-items']) {
          expect(flags).not.toContain(refused);
        }
      }
    }
    // Each flag left out is one `imagesec hss wait` refuses as a usage error before sending anything.
    const waiter = cloudWaiters('hss').find((w) => pagination(w.operation) !== null)!;
    const offered = new Set(flagsOf(['hss', 'wait', waiter.command]));
    const left = expectedGlobals(waiter.operation).filter((flag) => !offered.has(flag));
    expect(left.length).toBeGreaterThan(5);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const flag of left) {
        const value = (GLOBAL_FLAGS as Record<string, GlobalFlag>)[flag.slice(2)]!.type === 'boolean' ? [] : ['1'];
        const args = ['hss', 'wait', waiter.command, '--endpoint', 'http://127.0.0.1:9', flag, ...value];
        expect(await main(args), flag).toBe(2);
      }
    } finally {
      stderr.mockRestore();
    }
  });

  it("knows each flag's value: enum values, --output's formats, files, @files, profiles, none for a boolean", () => {
    expect(flagOf(['hss', 'change-sensitive-info'], 'image-type')).toMatchObject({
      value: 'choice',
      choices: IMAGE_TYPES,
    });
    expect(flagOf(['sas', 'describe-image-vul-list'], 'output')).toMatchObject({
      value: 'choice',
      choices: OUTPUT_FORMATS,
    });
    expect(flagOf(['hss', 'list-image-local'], 'has-vul')).toMatchObject({ value: 'none' });
    expect(flagOf(['hss', 'change-sensitive-info'], 'body')).toMatchObject({ value: 'at-file' });
    expect(flagOf(['hss', 'change-sensitive-info'], 'input')).toMatchObject({ value: 'at-file' });
    expect(flagOf(['sas', 'operate-image-vul'], 'info')).toMatchObject({ value: 'at-file' });
    for (const name of ['each', 'failed-out', 'journal', 'unknown-out']) {
      expect(flagOf(['hss', 'change-sensitive-info'], name)).toMatchObject({ value: 'file' });
    }
    expect(flagOf(['hss', 'list-registry'], 'profile')).toMatchObject({ value: 'profile', cloud: 'hss' });
    expect(flagOf(['sas', 'describe-image-vul-list'], 'profile')).toMatchObject({ value: 'profile', cloud: 'sas' });
    expect(flagOf(['hss', 'list-registry'], 'region')).toMatchObject({ value: 'text' });
    for (const operation of OPERATIONS) {
      for (const option of operation.options.filter((o) => o.enum !== undefined && !o.json)) {
        expect(flagOf([operation.cloud, operation.command], option.flag)!.choices).toEqual(option.enum);
      }
    }
  });

  it("has the mock command's flags as `imagesec mock --help` lists them", () => {
    const help = mockHelp();
    const section = help.slice(help.indexOf('Arguments and flags:')).split('\n\n')[0]!;
    const listed = new Set(section.match(/--[a-z-]+/g));
    expect(new Set(flagsOf(['mock']))).toEqual(listed);
  });

  it('is the same every time, and so is each script', () => {
    expect(completionModel()).toEqual(MODEL);
    for (const shell of SHELLS) expect(completionScript(shell)).toBe(completionScript(shell));
  });
});

describe('imagesec completion', () => {
  it('refuses a missing, unknown or extra shell as a usage error, and has --help', async () => {
    await expect(runCompletion([])).rejects.toThrow(UsageError);
    await expect(runCompletion(['bsh'])).rejects.toThrow(/unknown shell 'bsh'/);
    const typo = (await runCompletion(['bsh']).catch((error: unknown) => error)) as UsageError;
    expect(typo.hint).toContain('did you mean bash?');
    await expect(runCompletion(['bash', 'zsh'])).rejects.toThrow(UsageError);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await runCompletion(['--help'])).toBe(0);
      expect(stdout).toHaveBeenCalledWith(`${completionHelp()}\n`);
      expect(await runCompletion(['--profiles', 'nowhere'])).toBe(0);
    } finally {
      stdout.mockRestore();
    }
  });
});

describe('the PowerShell script (no PowerShell here: checked by its text)', () => {
  const script = completionScript('powershell');

  it('registers a native completer with every command, flag and waiter', () => {
    expect(script).toContain("Register-ArgumentCompleter -Native -CommandName 'imagesec' -ScriptBlock {");
    for (const command of MODEL.commands) expect(script).toContain(`        '${command.path.join(' ')}' = @{`);
    for (const flag of MODEL.flags) expect(script).toContain(`@{ Name = '--${flag.name}'; Value = '${flag.value}'`);
    expect(script).toContain(`Choices = @(${IMAGE_TYPES.map((t) => `'${t}'`).join(', ')})`);
  });

  it('quotes descriptions as PowerShell reads them: no $, backtick or quote escapes its string', () => {
    const hostile = "it's `$(Remove-Item x)` and ‘this’";
    const model: CompletionModel = {
      program: 'imagesec',
      flags: [{ name: 'x', description: hostile, value: 'none', choices: [], repeatable: false }],
      commands: [{ path: [], subcommands: [], flags: [0], args: [] }],
    };
    const text = powershellScript(model);
    expect(text).toContain("Description = 'it''s `$(Remove-Item x)` and ‘‘this’’' }");
    expectBracketsPair(powershellCode(text));
    expectBracketsPair(powershellCode(script));
  });
});

/**
 * PowerShell text without its comments and strings: '...' (a quote doubled inside, the typographic
 * single quotes being quotes too) and "..." (`" or "" inside; the script has no $(...) in them).
 */
function powershellCode(text: string): string {
  const isSingle = (c: string | undefined) => c !== undefined && /['\u2018\u2019\u201A\u201B]/.test(c);
  let code = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (isSingle(c) || c === '"') {
      const closes = c === '"' ? (d: string | undefined) => d === '"' : isSingle;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`a string from ${JSON.stringify(text.slice(0, 40))} does not end`);
        if (c === '"' && text[i] === '`') i += 2;
        else if (closes(text[i]) && closes(text[i + 1])) i += 2;
        else if (closes(text[i])) break;
        else i += 1;
      }
      i += 1;
      code += `${c}${c}`;
    } else {
      code += c;
      i += 1;
    }
  }
  return code;
}

function expectBracketsPair(code: string): void {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const open: string[] = [];
  for (const c of code) {
    if ('([{'.includes(c)) open.push(c);
    else if (c in pairs) expect(open.pop(), `a ${c} closes nothing`).toBe(pairs[c]);
  }
  expect(open).toEqual([]);
}

describe('profile names', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'imagesec-completion-profiles-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  function context(env: Record<string, string>) {
    return { ...processContext(), env: { HOME: home, ...env }, files };
  }

  it("are read from both vendors' files by the sources' own paths and overrides, names only", () => {
    writeVendorFiles(home);
    expect(profileNames('hss', context({}))).toEqual(['basic', 'hss-dev', 'my team', '$(touch pwned)']);
    expect(profileNames('sas', context({}))).toEqual(['default', 'ali-cli', 'ali-ini']);
    expect(profileNames('sas', context({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }))).toEqual([
      'default',
      'ali-ini',
    ]);
    const other = join(home, 'other-credentials');
    writeFileSync(other, '[elsewhere]\nak = A\nsk = B\n', { mode: 0o600 });
    expect(profileNames('hss', context({ HUAWEICLOUD_SDK_CREDENTIALS_FILE: other }))).toEqual(['elsewhere']);
    expect(profileNames('sas', context({ ALIBABA_CLOUD_CREDENTIALS_FILE: other }))).toEqual([
      'default',
      'ali-cli',
      'elsewhere',
    ]);
  });

  it('are none, without an error, when the files are missing or not what they should be', () => {
    const empty = mkdtempSync(join(tmpdir(), 'imagesec-completion-none-'));
    try {
      expect(profileNames('hss', { ...context({}), env: { HOME: empty } })).toEqual([]);
      mkdirSync(join(empty, '.aliyun'));
      writeFileSync(join(empty, '.aliyun', 'config.json'), '{ not json', { mode: 0o600 });
      mkdirSync(join(empty, '.huaweicloud', 'credentials'), { recursive: true });
      expect(profileNames('sas', { ...context({}), env: { HOME: empty } })).toEqual([]);
      expect(profileNames('hss', { ...context({}), env: { HOME: empty } })).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** Both vendors' profile files, 0600, with keys in them that must never be printed. */
function writeVendorFiles(home: string): void {
  mkdirSync(join(home, '.huaweicloud'), { recursive: true });
  mkdirSync(join(home, '.aliyun'), { recursive: true });
  mkdirSync(join(home, '.alibabacloud'), { recursive: true });
  writeFileSync(
    join(home, '.huaweicloud', 'credentials'),
    '[basic]\nak = AK-BASIC\nsk = SECRET-BASIC\n[hss-dev]\nak = AK-DEV\nsk = SECRET-DEV\n' +
      '[my team]\nak = A\nsk = SECRET-TEAM\n[$(touch pwned)]\nak = A\nsk = SECRET-HOSTILE\n',
    { mode: 0o600 },
  );
  writeFileSync(
    join(home, '.aliyun', 'config.json'),
    JSON.stringify({
      current: 'default',
      profiles: [
        { name: 'default', mode: 'AK', access_key_id: 'ID', access_key_secret: 'SECRET-CLI' },
        { name: 'ali-cli', mode: 'AK', access_key_id: 'ID2', access_key_secret: 'SECRET-CLI2' },
      ],
    }),
    { mode: 0o600 },
  );
  writeFileSync(
    join(home, '.alibabacloud', 'credentials'),
    '[default]\ntype = access_key\naccess_key_id = ID\naccess_key_secret = SECRET-INI\n' +
      '[ali-ini]\ntype = access_key\naccess_key_id = ID3\naccess_key_secret = SECRET-INI3\n',
    { mode: 0o600 },
  );
}

/**
 * A command line and what completing its last word offers. `bash` gives the words as readline cuts
 * them (at = and @ too) where that differs from splitting at spaces, and what bash offers where
 * that differs (the part after a cut, or a name quoted for the line). `fuzzy`: fish, finding no
 * word that starts with the typed one, offers those that contain it, so only `excludes` holds there.
 */
interface Case {
  readonly line: string;
  readonly equals?: readonly string[];
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  readonly bash?: { readonly words?: readonly string[]; readonly equals?: readonly string[] };
  readonly zsh?: { readonly equals?: readonly string[] };
  readonly fuzzy?: boolean;
}

const hssOps = cliCloud('hss').operations.map((o) => o.command);
const CASES: readonly Case[] = [
  { line: 'imagesec ', equals: ['hss', 'sas', 'mock', 'completion', 'help'] },
  { line: 'imagesec hss ', equals: [...hssOps, 'wait'] },
  { line: 'imagesec hss list-image-', equals: hssOps.filter((c) => c.startsWith('list-image-')) },
  { line: 'imagesec hss change-sensitive-info --', equals: flagsOf(['hss', 'change-sensitive-info']) },
  { line: 'imagesec hss list-registry --pro', equals: ['--project-id', '--profile'] },
  { line: 'imagesec sas describe-image-vul-list --pro', equals: ['--profile'] },
  { line: 'imagesec hss list-registry --al', equals: ['--all'] },
  { line: 'imagesec hss add-registry --al', equals: [], excludes: ['--all'], fuzzy: true },
  { line: 'imagesec hss add-registry --wa', equals: ['--wait'] },
  { line: 'imagesec hss change-sensitive-info --image-type ', equals: IMAGE_TYPES },
  {
    line: 'imagesec hss change-sensitive-info --image-type=p',
    equals: ['--image-type=private_image'],
    bash: { words: ['imagesec', 'hss', 'change-sensitive-info', '--image-type', '=', 'p'], equals: ['private_image'] },
  },
  { line: 'imagesec sas describe-image-vul-list --output ', equals: OUTPUT_FORMATS },
  { line: 'imagesec hss wait ', equals: cloudWaiters('hss').map((w) => w.command) },
  { line: 'imagesec sas wait ', equals: cloudWaiters('sas').map((w) => w.command) },
  {
    line: 'imagesec hss wait registry-accessed --max-',
    equals: ['--max-wait', '--max-delay', '--max-response-bytes', '--max-retries'],
  },
  {
    // bash and zsh offer the names as they go into the line, quoted; fish quotes on insertion.
    line: 'imagesec hss list-registry --profile ',
    equals: ['basic', 'hss-dev', 'my team', '$(touch pwned)'],
    bash: { equals: ['basic', 'hss-dev', 'my\\ team', '\\$\\(touch\\ pwned\\)'] },
    zsh: { equals: ['basic', 'hss-dev', 'my\\ team', '\\$\\(touch\\ pwned\\)'] },
  },
  {
    line: 'imagesec sas operate-image-vul --info @',
    equals: ['@images.json', '@input.yaml', '@sub/'],
    bash: {
      words: ['imagesec', 'sas', 'operate-image-vul', '--info', '@'],
      equals: ['images.json', 'input.yaml', 'sub'],
    },
    // zsh adds a folder's slash when it inserts it.
    zsh: { equals: ['@images.json', '@input.yaml', '@sub'] },
  },
  {
    line: 'imagesec hss change-sensitive-info --body=@i',
    equals: ['--body=@images.json', '--body=@input.yaml'],
    bash: {
      words: ['imagesec', 'hss', 'change-sensitive-info', '--body', '=@', 'i'],
      equals: ['images.json', 'input.yaml'],
    },
  },
  { line: 'imagesec hss change-sensitive-info --input ', includes: ['@images.json', '@input.yaml'] },
  { line: 'imagesec hss change-sensitive-info --each i', equals: ['images.json', 'input.yaml'] },
  { line: 'imagesec hss list-registry --journal sub/', equals: ['sub/x.json'] },
  { line: 'imagesec hss add-registry --region ', equals: [] },
  {
    line: 'imagesec hss add-registry --region cn-north-4 --reg',
    includes: ['--registry-name', '--registry-type'],
    excludes: ['--region'],
  },
  { line: 'imagesec hss list-image-local --has-vul --has-c', equals: ['--has-container'] },
  { line: 'imagesec mock ', equals: ['all', 'hss', 'sas'] },
  { line: 'imagesec mock --output ', equals: ['json', 'text'] },
  { line: 'imagesec completion ', equals: [...SHELLS] },
];

function check(shell: 'bash' | 'zsh' | 'fish', offers: Map<number, string[]>): void {
  CASES.forEach((c, i) => {
    const got = offers.get(i);
    const label = `${shell}: ${c.line}`;
    expect(got, label).toBeDefined();
    const equals = (shell === 'bash' ? c.bash?.equals : shell === 'zsh' ? c.zsh?.equals : undefined) ?? c.equals;
    const normal = (list: readonly string[]) => [...list].sort();
    if (equals !== undefined && !(shell === 'fish' && c.fuzzy === true))
      expect(normal(got!), label).toEqual(normal(equals));
    if (c.includes !== undefined) expect(got, label).toEqual(expect.arrayContaining([...c.includes]));
    for (const word of c.excludes ?? []) expect(got, label).not.toContain(word);
  });
}

function installed(shell: string): void {
  if (spawnSync(shell, ['-c', 'exit 0']).status !== 0) {
    throw new Error(
      `${shell} not found: install Debian's ${shell} (apt-get install -y ${shell}; .ci/run does it in CI)`,
    );
  }
}

describe('the scripts, in the shells', () => {
  let dir: string;
  let bin: string;
  let base: Omit<ShellRun, 'script'>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'imagesec-completion-'));
    const home = join(dir, 'home');
    const cwd = join(dir, 'work');
    mkdirSync(join(cwd, 'sub'), { recursive: true });
    for (const name of ['images.json', 'input.yaml', join('sub', 'x.json')]) writeFileSync(join(cwd, name), '{}');
    writeVendorFiles(home);
    bin = writeShim(dir);
    base = { dir, cwd, home };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function scriptFile(name: string, text: string): ShellRun {
    const script = join(dir, name);
    writeFileSync(script, text);
    return { ...base, script };
  }

  it('bash completes each command line', async () => {
    installed('bash');
    const words = CASES.map((c) => c.bash?.words ?? c.line.split(' '));
    check('bash', await runBash(scriptFile('imagesec.bash', completionScript('bash')), bin, words));
    expect(existsSync(join(base.cwd, 'pwned'))).toBe(false);
  });

  it('zsh completes each command line', async () => {
    installed('zsh');
    check(
      'zsh',
      await runZsh(
        scriptFile('imagesec.zsh', completionScript('zsh')),
        bin,
        CASES.map((c) => c.line),
      ),
    );
    expect(existsSync(join(base.cwd, 'pwned'))).toBe(false);
  });

  it('fish completes each command line', async () => {
    installed('fish');
    check(
      'fish',
      await runFish(
        scriptFile('imagesec.fish', completionScript('fish')),
        bin,
        CASES.map((c) => c.line),
      ),
    );
    expect(existsSync(join(base.cwd, 'pwned'))).toBe(false);
  });

  it('a description that looks like shell code stays text (profile names: the cases above)', async () => {
    const hostile = 'it\'s $(touch pwned) `touch pwned` \\ "q"';
    const model: CompletionModel = {
      program: 'imagesec',
      flags: [{ name: 'x', description: hostile, value: 'none', choices: [], repeatable: false }],
      commands: [
        { path: [], subcommands: [{ name: 'run', description: hostile }], flags: [], args: [] },
        { path: ['run'], subcommands: [], flags: [0], args: [] },
      ],
    };
    const fish = await runFish(
      scriptFile('hostile.fish', fishScript(model)),
      bin,
      ['imagesec ', 'imagesec run --'],
      true,
    );
    expect([...fish.values()]).toEqual([[`run\t${hostile}`], [`--x\t${hostile}`]]);
    const zsh = await runZsh(scriptFile('hostile.zsh', zshScript(model)), bin, ['imagesec r', 'imagesec run --']);
    expect([...zsh.values()]).toEqual([['run'], ['--x']]);
    expect(existsSync(join(base.cwd, 'pwned'))).toBe(false);
  });
});
