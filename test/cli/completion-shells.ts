// Runs the completion scripts in the shells themselves, many fixed command lines in one process per
// shell: bash calls the completion function with COMP_WORDS set as readline would set them; zsh
// completes for real, in an interactive zsh on a pseudo-terminal (zpty), with compadd wrapped to
// print what it adds; fish answers `complete -C`. Each returns, per command line, the words the
// shell would offer (zsh and fish: as they would be inserted, prefix included).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, NODE_SOURCE_ARGS } from '../helpers/cli.js';

export interface ShellRun {
  /** Where the script, the `imagesec` shim and the driver are written. */
  readonly dir: string;
  /** The working directory of the shell (file names complete from there). */
  readonly cwd: string;
  readonly home: string;
  readonly script: string;
}

/** Text in single quotes for sh, bash and zsh. */
function q(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** An `imagesec` on PATH that runs this checkout's CLI from its sources (the scripts call it for profiles). */
export function writeShim(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'imagesec');
  const command = [process.execPath, ...NODE_SOURCE_ARGS, CLI].map(q).join(' ');
  writeFileSync(shim, `#!/bin/sh\nexec ${command} "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

function run(command: string, args: readonly string[], run: ShellRun, bin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: run.cwd,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: run.home, TERM: 'xterm', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} exited ${code}: ${stderr}\n${stdout}`));
    });
  });
}

/** The offers per case index, from lines `<case N>` followed by one offer per line. */
function offersOf(output: string, marker: RegExp): Map<number, string[]> {
  const offers = new Map<number, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const start = marker.exec(line);
    if (start !== null) {
      current = [];
      offers.set(Number(start[1]), current);
    } else if (current !== undefined && line !== '') current.push(line);
  }
  return offers;
}

/** bash: `words` per case, as readline splits the line (at = and @ too), the last being the word completed. */
export async function runBash(
  shell: ShellRun,
  bin: string,
  cases: readonly (readonly string[])[],
): Promise<Map<number, string[]>> {
  const driver = [
    `source ${q(shell.script)}`,
    'complete_words() {',
    '  local id=$1',
    '  shift',
    '  COMP_WORDS=("$@")',
    '  COMP_CWORD=$(($# - 1))',
    '  COMP_LINE="$*"',
    '  COMP_POINT=${#COMP_LINE}',
    '  COMPREPLY=()',
    '  _imagesec',
    '  printf "<case %s>\\n" "$id"',
    '  printf "%s\\n" "${COMPREPLY[@]}"',
    '}',
    ...cases.map((words, i) => `complete_words ${i} ${words.map(q).join(' ')}`),
  ].join('\n');
  const path = join(shell.dir, 'driver.bash');
  writeFileSync(path, driver);
  return offersOf(await run('bash', ['--norc', '--noprofile', path], shell, bin), /^<case (\d+)>$/);
}

// The zsh typed into: no prompt, no listing (each completion prints its own offers), compinit;
// compadd wrapped to print each match it adds as the line would get it (ignored prefix, -P and -p
// prefixes, the match). Markers are written as \x3c so that the echo of these lines never matches.
const ZSH_SETUP = [
  "PS1='' PROMPT='' RPROMPT=''",
  'unsetopt zle_bracketed_paste auto_list auto_menu list_ambiguous list_beep 2>/dev/null',
  'autoload -Uz compinit && compinit -u -D',
  [
    'compadd() {',
    '  local -a hits; local pre= hidden= i h',
    '  if [[ ${@[1,(i)--]} == *-[OAD]* ]]; then builtin compadd "$@"; return; fi',
    '  for (( i = 1; i <= $#; i++ )); do',
    '    case ${@[i]} in (-P) pre=${@[i+1]};; (-p) hidden=${@[i+1]};; (--) break;; esac',
    '  done',
    '  builtin compadd -A hits "$@"',
    `  for h in $hits; do print -r -- $'\\x3coffer>'"$IPREFIX$pre$hidden$h"; done`,
    '  builtin compadd "$@"',
    '}',
  ].join('\n'),
  `offers() { zle complete-word; print -r -- $'\\x3cdone>' }`,
  'zle -N offers',
  "bindkey '^I' offers",
];

/** zsh: each line typed at a real zsh prompt, then TAB. */
export async function runZsh(shell: ShellRun, bin: string, lines: readonly string[]): Promise<Map<number, string[]>> {
  const driver = [
    'zmodload zsh/zpty',
    "zpty shell 'zsh -f -i'",
    ...ZSH_SETUP.map((line) => `zpty -w shell ${q(line)}`),
    `zpty -w shell ${q(`source ${q(shell.script)}; print -r -- $'\\x3cready>'`)}`,
    "out=''; while zpty -r shell chunk; do out+=$chunk; [[ $out == *'<ready>'* ]] && break; done",
    'typeset -a lines',
    `lines=(${lines.map(q).join(' ')})`,
    'for (( n = 1; n <= ${#lines}; n++ )); do',
    `  zpty -w -n shell "$lines[n]"$'\\t'`,
    "  out=''",
    "  while zpty -r shell chunk; do out+=$chunk; [[ $out == *'<done>'* ]] && break; done",
    '  print -r -- "<case $(( n - 1 ))>"',
    `  for l in \${(f)out}; do [[ $l == *'<offer>'* ]] && print -r -- "\${\${l#*<offer>}%%$'\\r'*}"; done`,
    "  zpty -w -n shell $'\\C-u'",
    'done',
    'zpty -d shell',
  ].join('\n');
  const path = join(shell.dir, 'driver.zsh');
  writeFileSync(path, driver);
  return offersOf(await run('zsh', ['-f', path], shell, bin), /^<case (\d+)>$/);
}

/** Text in single quotes for fish. */
function fq(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** fish: `complete -C` for each line (offers without their descriptions, unless asked for: `word<TAB>description`). */
export async function runFish(
  shell: ShellRun,
  bin: string,
  lines: readonly string[],
  descriptions = false,
): Promise<Map<number, string[]>> {
  const strip = descriptions ? '' : ` | string replace -r '\\t.*' ''`;
  const driver = [
    `source ${fq(shell.script)}`,
    ...lines.flatMap((line, i) => [`echo '<case ${i}>'`, `complete -C ${fq(line)}${strip}`]),
  ].join('\n');
  const path = join(shell.dir, 'driver.fish');
  writeFileSync(path, driver);
  return offersOf(await run('fish', ['--no-config', path], shell, bin), /^<case (\d+)>$/);
}
