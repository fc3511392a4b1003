// The completion model as a fish script: one function prints the candidates for the command line
// (`word<TAB>description`), fish filters and quotes them. File names come from fish's own
// __fish_complete_path; profile names are printed as they are read, never evaluated.
import { header, wrapped } from './layout.js';
import type { CompletionCommand, CompletionModel } from './model.js';

/** Text in single quotes, as fish reads it back (backslash and quote escaped). */
function quoted(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function list(name: string, words: readonly string[], indent: string): string {
  if (words.length === 0) return `set ${name}`;
  return wrapped([`set ${name}`, ...words], `${indent}    `).join(' \\\n');
}

/** One word per line (descriptions are long). */
function column(name: string, words: readonly string[], indent: string): string {
  if (words.length === 0) return `set ${name}`;
  return [`set ${name}`, ...words.map((w) => `${indent}    ${w}`)].join(' \\\n');
}

function commandCase(command: CompletionCommand): string {
  const indent = '                ';
  return [
    `            case ${quoted(command.path.join(' '))}`,
    `${indent}${list(
      'subcommands',
      command.subcommands.map((w) => quoted(w.name)),
      indent,
    )}`,
    `${indent}${column(
      'subcommand_descriptions',
      command.subcommands.map((w) => quoted(w.description)),
      indent,
    )}`,
    // fish lists count from 1.
    `${indent}${list(
      'flags',
      command.flags.map((i) => String(i + 1)),
      indent,
    )}`,
    `${indent}${list(
      'args',
      command.args.map((w) => quoted(w.name)),
      indent,
    )}`,
    `${indent}${column(
      'arg_descriptions',
      command.args.map((w) => quoted(w.description)),
      indent,
    )}`,
  ].join('\n');
}

// The part after the tables (a template literal: fish has no \${ of its own).
const WALK = `
    # Down the subcommands typed so far: imagesec <cloud> wait <waiter>.
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l command_path ''
    set -l position 2
    set -l subcommands
    set -l subcommand_descriptions
    set -l flags
    set -l args
    set -l arg_descriptions
    while true
        switch $command_path
COMMANDS
            case '*'
                return
        end
        if test (count $subcommands) -gt 0 -a $position -le (count $tokens)
            if test -z "$command_path"
                set command_path $tokens[$position]
            else
                set command_path "$command_path $tokens[$position]"
            end
            set position (math $position + 1)
        else
            break
        end
    end

    if test (count $subcommands) -gt 0
        if string match -q -- '-*' $cur
            for i in $flags
                printf '%s\\t%s\\n' $flag_names[$i] $flag_descriptions[$i]
            end
        else
            for i in (seq (count $subcommands))
                printf '%s\\t%s\\n' $subcommands[$i] $subcommand_descriptions[$i]
            end
        end
        return
    end

    # The flag whose value this word is: the word before, or --flag= at its start (kept in the candidates).
    set -l prev ''
    if test (count $tokens) -ge $position
        set prev $tokens[-1]
    end
    set -l keep ''
    set -l value $cur
    if string match -qr -- '^--[^=]*=' $cur
        set prev (string replace -r -- '=.*' '' $cur)
        set keep "$prev="
        set value (string replace -r -- '^[^=]*=' '' $cur)
    end
    set -l kind ''
    set -l index 0
    if string match -q -- '--*' $prev
        for i in $flags
            if test "$flag_names[$i]" = "$prev"
                set kind $flag_values[$i]
                set index $i
                break
            end
        end
    end
    switch $kind
        case text
            return
        case choice
            for choice in (string split ' ' -- $flag_choices[$index])
                printf '%s%s\\n' $keep $choice
            end
        case file
            for path in (__fish_complete_path $value)
                printf '%s%s\\n' $keep $path
            end
        case at-file
            if test -z "$value"; or string match -q -- '@*' $value
                for path in (__fish_complete_path (string sub -s 2 -- $value))
                    printf '%s@%s\\n' $keep $path
                end
            end
        case profile
            for name in (command imagesec completion --profiles $flag_choices[$index] 2>/dev/null)
                printf '%s%s\\n' $keep $name
            end
        case '*'
            # A flag, or the command's argument; a flag given already is not offered again.
            test -n "$keep"; and return
            if not string match -q -- '-*' $cur; and test (count $args) -gt 0
                for i in (seq (count $args))
                    printf '%s\\t%s\\n' $args[$i] $arg_descriptions[$i]
                end
                return
            end
            set -l given
            if test $position -le (count $tokens)
                for token in $tokens[$position..-1]
                    string match -q -- '--*' $token; and set -a given (string replace -r -- '=.*' '' $token)
                end
            end
            for i in $flags
                if test $flag_repeatable[$i] = 1; or not contains -- $flag_names[$i] $given
                    printf '%s\\t%s\\n' $flag_names[$i] $flag_descriptions[$i]
                end
            end
    end
end

complete -c imagesec -e
complete -c imagesec -f -a '(__imagesec_complete)'
`;

/** `imagesec completion fish`. */
export function fishScript(model: CompletionModel): string {
  const { flags, commands } = model;
  const indent = '    ';
  return [
    ...header('fish', '#', [
      'This shell:   imagesec completion fish | source',
      'Every shell:  imagesec completion fish > ~/.config/fish/completions/imagesec.fish',
    ]),
    '',
    'function __imagesec_complete',
    '    # Each flag: its name, what its value is (none, text, choice, file, at-file, profile), its choices (or',
    '    # the cloud whose profiles it takes), whether it may be given more than once, and what it is.',
    `    ${list(
      '-l flag_names',
      flags.map((f) => `--${f.name}`),
      indent,
    )}`,
    `    ${list(
      '-l flag_values',
      flags.map((f) => f.value),
      indent,
    )}`,
    `    ${list(
      '-l flag_choices',
      flags.map((f) => quoted(f.value === 'profile' ? (f.cloud ?? '') : f.choices.join(' '))),
      indent,
    )}`,
    `    ${list(
      '-l flag_repeatable',
      flags.map((f) => (f.repeatable ? '1' : '0')),
      indent,
    )}`,
    `    ${column(
      '-l flag_descriptions',
      flags.map((f) => quoted(f.description)),
      indent,
    )}`,
    WALK.replace('COMMANDS', () => commands.map(commandCase).join('\n')).trimEnd(),
    '',
  ].join('\n');
}
