// The completion model as a PowerShell argument completer (Register-ArgumentCompleter -Native,
// PowerShell 5.1 and 7). The tables are literals inside the script block, so the completer needs no
// variable of the session. PowerShell reads a bare @word as splatting: @file values are offered in
// quotes ('@images.json'), and so is a profile name that is not one plain word.
import { header } from './layout.js';
import type { CompletionCommand, CompletionModel, CompletionWord } from './model.js';

/**
 * Text in single quotes, as PowerShell reads it back: each quote doubled, the typographic single
 * quotes too, which PowerShell also takes for quotes.
 */
function quoted(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

function array(items: readonly string[]): string {
  return `@(${items.join(', ')})`;
}

function words(list: readonly CompletionWord[]): string {
  return array(list.map((w) => `@{ Name = ${quoted(w.name)}; Description = ${quoted(w.description)} }`));
}

function commandEntry(command: CompletionCommand): string {
  return [
    `        ${quoted(command.path.join(' '))} = @{`,
    `            Subcommands = ${words(command.subcommands)}`,
    `            Flags = ${array(command.flags.map(String))}`,
    `            Args = ${words(command.args)}`,
    '        }',
  ].join('\n');
}

// The part after the tables.
const WALK = `
    # The words before the one being completed (the command name first).
    $words = @($commandAst.CommandElements | Where-Object { $_.Extent.StartOffset -lt $cursorPosition } |
        ForEach-Object { $_.Extent.Text })
    if ($wordToComplete -ne '') {
        if ($words.Count -gt 1) { $words = @($words[0..($words.Count - 2)]) } else { $words = @() }
    }

    # Down the subcommands typed so far: imagesec <cloud> wait <waiter>.
    $path = ''
    $position = 1
    $command = $commands[$path]
    while ($command.Subcommands.Count -gt 0 -and $position -lt $words.Count) {
        $path = if ($path -eq '') { $words[$position] } else { $path + ' ' + $words[$position] }
        $command = $commands[$path]
        if ($null -eq $command) { return }
        $position++
    }

    $results = [System.Collections.Generic.List[System.Management.Automation.CompletionResult]]::new()
    function Add-Result([string] $text, [string] $description, [string] $type = 'ParameterValue') {
        if ($text.StartsWith($wordToComplete, [System.StringComparison]::Ordinal)) {
            $tip = if ($description -eq '') { $text } else { $description }
            $results.Add([System.Management.Automation.CompletionResult]::new($text, $text, $type, $tip))
        }
    }
    function Quote-Word([string] $text) {
        if ($text -match '^[A-Za-z0-9_./:+-]+$') { return $text }
        return "'" + ($text -replace "['\\u2018\\u2019\\u201A\\u201B]", '$0$0') + "'"
    }

    if ($command.Subcommands.Count -gt 0) {
        if ($wordToComplete.StartsWith('-')) {
            foreach ($index in $command.Flags) { Add-Result $flags[$index].Name $flags[$index].Description 'ParameterName' }
        } else {
            foreach ($word in $command.Subcommands) { Add-Result $word.Name $word.Description 'Command' }
        }
        return $results
    }

    # The flag whose value this word is: the word before, or --flag= at its start (kept in the results).
    $prev = if ($words.Count -gt $position) { $words[-1] } else { '' }
    $keep = ''
    $value = $wordToComplete
    if ($wordToComplete -match '^(--[^=]*)=(.*)$') {
        $prev = $Matches[1]
        $keep = "$prev="
        $value = $Matches[2]
    }
    $flag = $null
    if ($prev.StartsWith('--')) {
        foreach ($index in $command.Flags) {
            if ($flags[$index].Name -ceq $prev) { $flag = $flags[$index]; break }
        }
    }
    $kind = if ($null -eq $flag) { '' } else { $flag.Value }
    switch ($kind) {
        'text' { return }
        'choice' { foreach ($choice in $flag.Choices) { Add-Result "$keep$choice" '' } }
        'file' {
            foreach ($file in [System.Management.Automation.CompletionCompleters]::CompleteFilename($value)) {
                Add-Result ($keep + $file.CompletionText) ''
            }
        }
        'at-file' {
            $name = $value.Trim("'", '"')
            if ($name -eq '' -or $name.StartsWith('@')) {
                foreach ($file in [System.Management.Automation.CompletionCompleters]::CompleteFilename($name.TrimStart('@'))) {
                    $text = $file.CompletionText.Trim("'", '"')
                    $quoted = $keep + "'@" + ($text -replace "'", "''") + "'"
                    $results.Add([System.Management.Automation.CompletionResult]::new($quoted, "@$text", 'ParameterValue', "@$text"))
                }
            }
        }
        'profile' {
            foreach ($name in @(& imagesec completion --profiles $flag.Cloud 2>$null)) {
                if ($name -ne '') { Add-Result ($keep + (Quote-Word $name)) '' }
            }
        }
        default {
            # A flag, or the command's argument; a flag given already is not offered again.
            if ($keep -ne '') { return }
            if (-not $wordToComplete.StartsWith('-') -and $command.Args.Count -gt 0) {
                foreach ($word in $command.Args) { Add-Result $word.Name $word.Description }
                return $results
            }
            $given = @($words | Select-Object -Skip $position | Where-Object { $_.StartsWith('--') } |
                ForEach-Object { ($_ -split '=', 2)[0] })
            foreach ($index in $command.Flags) {
                $entry = $flags[$index]
                if ($entry.Repeatable -or $given -cnotcontains $entry.Name) {
                    Add-Result $entry.Name $entry.Description 'ParameterName'
                }
            }
        }
    }
    return $results
}
`;

/** `imagesec completion powershell`. */
export function powershellScript(model: CompletionModel): string {
  const { flags, commands } = model;
  const flagEntries = flags.map((f) =>
    [
      `        @{ Name = ${quoted(`--${f.name}`)}; Value = ${quoted(f.value)}`,
      `Choices = ${array(f.choices.map(quoted))}; Cloud = ${quoted(f.cloud ?? '')}`,
      `Repeatable = $${f.repeatable ? 'true' : 'false'}; Description = ${quoted(f.description)} }`,
    ].join('; '),
  );
  return [
    ...header('powershell', '#', [
      'This session:   imagesec completion powershell | Out-String | Invoke-Expression',
      'Every session:  that line in $PROFILE, or the script saved to a file that $PROFILE dot-sources.',
    ]),
    '',
    "Register-ArgumentCompleter -Native -CommandName 'imagesec' -ScriptBlock {",
    '    param($wordToComplete, $commandAst, $cursorPosition)',
    '',
    '    # Each flag: its name, what its value is (none, text, choice, file, at-file, profile), its choices, the',
    '    # cloud whose profiles it takes, whether it may be given more than once, and what it is.',
    '    $flags = @(',
    flagEntries.join(',\n'),
    '    )',
    '    # Each command (the words after imagesec): its subcommands, or its flags (indices above) and the',
    '    # choices of its argument.',
    '    $commands = @{',
    commands.map(commandEntry).join('\n'),
    '    }',
    WALK.trimEnd(),
    '',
  ].join('\n');
}
