// `imagesec completion <bash|zsh|fish|powershell>`: prints the shell's completion script, built
// from the operation tables. `imagesec completion --profiles <cloud>` is what the scripts call
// while completing --profile: the profile names, one a line; it never fails (a completion must not
// print errors into the command line being typed), and prints no value from a profile.
import { closest } from '../suggest.js';
import { EXIT } from '../exit-codes.js';
import { reflow } from '../text.js';
import { UsageError } from '../usage-error.js';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { completionModel, SHELLS, type CompletionModel, type Shell } from './model.js';
import { powershellScript } from './powershell.js';
import { profileNames } from './profiles.js';
import { zshScript } from './zsh.js';

const SCRIPTS: Readonly<Record<Shell, (model: CompletionModel) => string>> = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
  powershell: powershellScript,
};

const HELP_HINT = 'see imagesec completion --help';

function isShell(value: string): value is Shell {
  return (SHELLS as readonly string[]).includes(value);
}

/** The script of a shell. */
export function completionScript(shell: Shell): string {
  return SCRIPTS[shell](completionModel());
}

export function completionHelp(): string {
  return [
    'imagesec completion: print a shell completion script.',
    '',
    'Usage: imagesec completion <bash|zsh|fish|powershell>',
    '',
    ...reflow(
      'The script completes the clouds, operations, waiters and flags, the values of flags that take ' +
        'one of a list (--output, enum parameters), file names after --each, --journal, --input @ and the ' +
        "like, and --profile's names from the vendors' credentials files, read when completing. It is " +
        'built from the operation tables of this imagesec: write it again after upgrading.',
    ),
    '',
    'Load it:',
    '  bash        source <(imagesec completion bash)',
    '              or imagesec completion bash > ~/.local/share/bash-completion/completions/imagesec',
    '  zsh         source <(imagesec completion zsh)    (after compinit)',
    '              or imagesec completion zsh > "${fpath[1]}/_imagesec"',
    '  fish        imagesec completion fish > ~/.config/fish/completions/imagesec.fish',
    '  PowerShell  imagesec completion powershell | Out-String | Invoke-Expression   (in $PROFILE)',
  ].join('\n');
}

function completion(args: readonly string[]): number {
  const [first, ...rest] = args;
  if (first === '--profiles') {
    // Hidden: the scripts' callback. Quiet whatever happens.
    try {
      const cloud = rest[0];
      const names = cloud === undefined ? [] : profileNames(cloud);
      if (names.length > 0) process.stdout.write(`${names.join('\n')}\n`);
    } catch {
      // nothing to offer
    }
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(`${completionHelp()}\n`);
    return EXIT.ok;
  }
  if (first === undefined) {
    throw new UsageError(`imagesec completion needs a shell: one of ${SHELLS.join(', ')}`, HELP_HINT);
  }
  if (!isShell(first)) {
    const guess = closest(first, SHELLS);
    throw new UsageError(
      `unknown shell '${first}'`,
      guess === undefined ? `one of: ${SHELLS.join(', ')}` : `did you mean ${guess}? (${HELP_HINT})`,
    );
  }
  if (rest.length > 0) throw new UsageError(`imagesec completion takes one shell, not '${rest.join(' ')}'`, HELP_HINT);
  process.stdout.write(completionScript(first));
  return EXIT.ok;
}

/** `imagesec completion ...`; a usage error rejects. */
export function runCompletion(args: readonly string[]): Promise<number> {
  return Promise.resolve(args).then(completion);
}
