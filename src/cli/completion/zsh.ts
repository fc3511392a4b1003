// The completion model as a zsh completion function (compsys: compinit must have run). Flags and
// subcommands are offered with their descriptions (_describe), file names by _files, profile names
// as plain words through compadd, which quotes what it inserts: nothing read from a file is eval'd.
import { header, wrapped } from './layout.js';
import type { CompletionCommand, CompletionModel, CompletionWord } from './model.js';

/** Text in single quotes, as zsh reads it back. */
function quoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `name:description`, as _describe takes it (a colon in the name would need a backslash: names have none). */
function described(word: CompletionWord): string {
  return quoted(`${word.name}:${word.description}`);
}

function array(name: string, words: readonly string[], indent: string): string {
  if (words.length === 0) return `${name}=()`;
  return `${wrapped([`${name}=(${words[0]!}`, ...words.slice(1)], `${indent}  `).join('\n')})`;
}

/** A list with one word per line (descriptions are long). */
function column(name: string, words: readonly string[], indent: string): string {
  if (words.length === 0) return `${name}=()`;
  return [`${name}=(`, ...words.map((w) => `${indent}  ${w}`), `${indent})`].join('\n');
}

function commandCase(command: CompletionCommand): string {
  const indent = '        ';
  return [
    `      ${quoted(command.path.join(' '))})`,
    `${indent}${column('subcommands', command.subcommands.map(described), indent)}`,
    // zsh arrays count from 1.
    `${indent}${array(
      'flags',
      command.flags.map((i) => String(i + 1)),
      indent,
    )}`,
    `${indent}${column('args', command.args.map(described), indent)}`,
    '        ;;',
  ].join('\n');
}

// The part after the tables (a template literal: each \${ is zsh's own).
const WALK = `
  # Down the subcommands typed so far: imagesec <cloud> wait <waiter>.
  local command_path='' cur=\${words[CURRENT]} prev='' kind='' index name word
  local -a subcommands flags args offered choices given
  local -i position=2
  while true; do
    case $command_path in
COMMANDS
      *) return 1 ;;
    esac
    (( \${#subcommands} > 0 && position < CURRENT )) || break
    command_path=\${command_path:+$command_path }\${words[position]}
    (( position++ ))
  done

  if (( \${#subcommands} > 0 )); then
    if [[ $cur == -* ]]; then
      for index in $flags; do offered+=("\${flag_names[index]}:\${flag_descriptions[index]}"); done
      _describe -t flags 'flag' offered
    else
      _describe -t commands 'imagesec command' subcommands
    fi
    return
  fi

  # The flag whose value this word is: the word before, or --flag= at its start.
  (( CURRENT - 1 >= position )) && prev=\${words[CURRENT-1]}
  if [[ $cur == --*=* ]]; then
    prev=\${cur%%=*}
  fi
  if [[ $prev == --* ]]; then
    for index in $flags; do
      if [[ \${flag_names[index]} == "$prev" ]]; then
        kind=\${flag_values[index]}
        break
      fi
    done
  fi
  if [[ $cur == --*=* ]]; then
    [[ -n $kind && $kind != none ]] || return 1
    # The flag's name is one of the words above, so it is no pattern.
    compset -P "$prev="
  fi
  case $kind in
    text) _message -e values "\${flag_descriptions[index]}" ;;
    choice)
      choices=(\${=flag_choices[index]})
      compadd -a choices
      ;;
    file) _files ;;
    at-file)
      if compset -P '@'; then
        _files
      elif [[ -z $PREFIX ]]; then
        _files -P '@'
      fi
      ;;
    profile)
      choices=(\${(f)"$(command imagesec completion --profiles \${flag_choices[index]} 2>/dev/null)"})
      compadd -a choices
      ;;
    *)
      # A flag, or the command's argument; a flag given already is not offered again.
      if [[ $cur != -* ]] && (( \${#args} > 0 )); then
        _describe -t arguments 'argument' args
        return
      fi
      for word in "\${(@)words[position,CURRENT-1]}"; do
        [[ $word == --* ]] && given+=("\${word%%=*}")
      done
      for index in $flags; do
        name=\${flag_names[index]}
        if [[ \${flag_repeatable[index]} == 1 ]] || (( ! \${given[(Ie)$name]} )); then
          offered+=("$name:\${flag_descriptions[index]}")
        fi
      done
      _describe -t flags 'flag' offered
      ;;
  esac
}
`;

/** `imagesec completion zsh`. */
export function zshScript(model: CompletionModel): string {
  const { flags, commands } = model;
  const indent = '  ';
  return [
    '#compdef imagesec',
    ...header('zsh', '#', [
      'This shell:   source <(imagesec completion zsh)   (after compinit)',
      'Every shell:  imagesec completion zsh > "${fpath[1]}/_imagesec", then start a new shell',
      '              (or that source line in ~/.zshrc, after compinit).',
    ]),
    '',
    '_imagesec() {',
    '  # Each flag: its name, what its value is (none, text, choice, file, at-file, profile), its choices (or',
    '  # the cloud whose profiles it takes), whether it may be given more than once, and what it is.',
    '  local -a flag_names flag_values flag_choices flag_repeatable flag_descriptions',
    `  ${array(
      'flag_names',
      flags.map((f) => `--${f.name}`),
      indent,
    )}`,
    `  ${array(
      'flag_values',
      flags.map((f) => f.value),
      indent,
    )}`,
    `  ${array(
      'flag_choices',
      flags.map((f) => quoted(f.value === 'profile' ? (f.cloud ?? '') : f.choices.join(' '))),
      indent,
    )}`,
    `  ${array(
      'flag_repeatable',
      flags.map((f) => (f.repeatable ? '1' : '0')),
      indent,
    )}`,
    `  ${column(
      'flag_descriptions',
      flags.map((f) => quoted(f.description)),
      indent,
    )}`,
    WALK.replace('COMMANDS', () => commands.map(commandCase).join('\n')).trimEnd(),
    '',
    // Autoloaded from $fpath, this file is the body of _imagesec: it defines the function and runs it.
    // Sourced, it registers the function for the imagesec command.
    'if [[ $funcstack[1] == _imagesec ]]; then',
    '  _imagesec "$@"',
    'elif (( $+functions[compdef] )); then',
    '  compdef _imagesec imagesec',
    'else',
    "  print -u2 'imagesec completion: run compinit first (autoload -Uz compinit && compinit)'",
    'fi',
    '',
  ].join('\n');
}
