// The completion model as a bash script (bash 3.2 and later; bash-completion not needed). The
// tables become arrays and one `case`; the function that reads them is the same for every table.
// Candidates are filtered with [[ == "$typed"* ]], never through `compgen -W`, which would expand
// `$(...)` in what it is given: profile names come from the user's files, and stay plain text.
import { header, wrapped } from './layout.js';
import type { CompletionCommand, CompletionModel } from './model.js';

/** A word in single quotes (the model's names need none; the tables quote every value alike). */
function quoted(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

function array(name: string, words: readonly string[], indent: string): string {
  return wrapped([`${name}=(${words.length === 0 ? ')' : ''}`, ...words], `${indent}  `)
    .join('\n')
    .concat(words.length === 0 ? '' : ')');
}

function commandCase(command: CompletionCommand): string {
  const indent = '      ';
  return [
    `    ${quoted(command.path.join(' '))})`,
    `${indent}${array(
      '_imagesec_subcommands',
      command.subcommands.map((w) => quoted(w.name)),
      indent,
    )}`,
    `${indent}${array('_imagesec_flags', command.flags.map(String), indent)}`,
    `${indent}${array(
      '_imagesec_args',
      command.args.map((w) => quoted(w.name)),
      indent,
    )}`,
    '      ;;',
  ].join('\n');
}

// The completion function (a template literal: each \${ is bash's own).
const FUNCTIONS = `
# The words after $1 that start with $1 (the word typed), added to COMPREPLY.
_imagesec_add() {
  local typed=$1 word
  shift
  for word in "$@"; do
    [[ $word == "$typed"* ]] && COMPREPLY+=("$word")
  done
}

# File names that start with $2, each after the prefix $1 (@ for @file, or nothing).
_imagesec_files() {
  local name
  compopt -o filenames 2>/dev/null
  while IFS= read -r name; do
    COMPREPLY+=("$1$name")
  done < <(compgen -f -- "$2")
}

# The profile names of cloud $1 that start with $2, from imagesec itself (it reads the vendors' files).
_imagesec_profiles() {
  local name quoted
  while IFS= read -r name; do
    [[ -n $name && $name == "$2"* ]] || continue
    printf -v quoted '%q' "$name"
    COMPREPLY+=("$quoted")
  done < <(command imagesec completion --profiles "$1" 2>/dev/null)
}

_imagesec() {
  COMPREPLY=()
  local cword=$COMP_CWORD cur=\${COMP_WORDS[COMP_CWORD]} path='' position=1
  _imagesec_command '' || return 0
  # Down the subcommands typed so far: imagesec <cloud> wait <waiter>.
  while ((\${#_imagesec_subcommands[@]} > 0 && position < cword)); do
    path=\${path:+$path }\${COMP_WORDS[position]}
    _imagesec_command "$path" || return 0
    position=$((position + 1))
  done
  local index name names=()
  if ((\${#_imagesec_subcommands[@]} > 0)); then
    if [[ $cur == -* ]]; then
      for index in "\${_imagesec_flags[@]}"; do names+=("\${_imagesec_flag_names[index]}"); done
      _imagesec_add "$cur" "\${names[@]}"
    else
      _imagesec_add "$cur" "\${_imagesec_subcommands[@]}"
    fi
    return 0
  fi

  # The flag whose value this word is. Bash cuts --flag=value and @file at = and @ (COMP_WORDBREAKS):
  # --body=@f is the words --body, =@ and f, and f is what gets replaced. Where it does not cut, the
  # word keeps them, and so must what replaces it.
  local before=$((cword - 1)) keep='' at='' prev=''
  if [[ $cur == = || $cur == @ || $cur == =@ ]]; then
    before=$cword
    cur=''
  fi
  case \${COMP_WORDS[before]} in
    @ | =@)
      at=1
      before=$((before - 1))
      ;;
    =) before=$((before - 1)) ;;
  esac
  ((before >= position)) && prev=\${COMP_WORDS[before]}
  if [[ $cur == --*=* ]]; then
    prev=\${cur%%=*}
    keep=$prev=
    cur=\${cur#*=}
  fi

  local kind=''
  if [[ $prev == --* ]]; then
    for index in "\${_imagesec_flags[@]}"; do
      if [[ \${_imagesec_flag_names[index]} == "$prev" ]]; then
        kind=\${_imagesec_flag_values[index]}
        break
      fi
    done
  fi
  local choices=() given=' ' word
  case $kind in
    text) return 0 ;;
    choice)
      read -ra choices <<<"\${_imagesec_flag_choices[index]}"
      _imagesec_add "$cur" "\${choices[@]}"
      ;;
    file) _imagesec_files '' "$cur" ;;
    at-file)
      if [[ -n $at ]]; then
        _imagesec_files '' "$cur"
      elif [[ -z $cur || $cur == @* ]]; then
        _imagesec_files @ "\${cur#@}"
      fi
      ;;
    profile) _imagesec_profiles "\${_imagesec_flag_choices[index]}" "$cur" ;;
    *)
      # A flag, or the command's argument; a flag given already is not offered again.
      [[ -n $keep ]] && return 0
      if [[ $cur != -* ]] && ((\${#_imagesec_args[@]} > 0)); then
        _imagesec_add "$cur" "\${_imagesec_args[@]}"
        return 0
      fi
      for word in "\${COMP_WORDS[@]:position:cword-position}"; do
        [[ $word == --* ]] && given+="\${word%%=*} "
      done
      for index in "\${_imagesec_flags[@]}"; do
        name=\${_imagesec_flag_names[index]}
        [[ \${_imagesec_flag_repeatable[index]} == 1 || $given != *" $name "* ]] && names+=("$name")
      done
      _imagesec_add "$cur" "\${names[@]}"
      ;;
  esac
  if [[ -n $keep ]]; then
    for index in "\${!COMPREPLY[@]}"; do COMPREPLY[index]=$keep\${COMPREPLY[index]}; done
  fi
  return 0
}

complete -F _imagesec imagesec
`;

/** `imagesec completion bash`. */
export function bashScript(model: CompletionModel): string {
  const { flags, commands } = model;
  return [
    ...header('bash', '#', [
      'This shell:   source <(imagesec completion bash)',
      'Every shell:  imagesec completion bash > ~/.local/share/bash-completion/completions/imagesec',
      '              (bash-completion loads it when needed), or the line above in ~/.bashrc.',
    ]),
    '',
    '# Each flag: its name, what its value is (none, text, choice, file, at-file, profile), its choices (or the',
    '# cloud whose profiles it takes), and whether it may be given more than once.',
    array(
      '_imagesec_flag_names',
      flags.map((f) => `--${f.name}`),
      '  ',
    ),
    array(
      '_imagesec_flag_values',
      flags.map((f) => f.value),
      '  ',
    ),
    array(
      '_imagesec_flag_choices',
      flags.map((f) => quoted(f.value === 'profile' ? (f.cloud ?? '') : f.choices.join(' '))),
      '  ',
    ),
    array(
      '_imagesec_flag_repeatable',
      flags.map((f) => (f.repeatable ? '1' : '0')),
      '  ',
    ),
    '',
    '# Each command (the words after imagesec): its subcommands, or its flags (indices above) and the',
    '# choices of its argument.',
    '_imagesec_command() {',
    '  case $1 in',
    ...commands.map(commandCase),
    '    *) return 1 ;;',
    '  esac',
    '}',
    FUNCTIONS.trimEnd(),
    '',
  ].join('\n');
}
