// "Did you mean ...?": the closest of the valid words to a mistyped one (commands, operations,
// flags, waiters, input document keys).

function distance(a: string, b: string): number {
  // Kept over leven@4.1.0: 13 lines for at most 48 names of at most 36 characters do not earn a runtime dependency.
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest of `choices` to a mistyped word, when one is close enough to be a likely typo. */
export function closest(word: string, choices: readonly string[]): string | undefined {
  const extended = choices.filter((choice) => word.length >= 3 && choice.startsWith(word));
  if (extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const choice of choices) {
    const d = distance(word, choice);
    if (d < bestDistance) {
      best = choice;
      bestDistance = d;
    }
  }
  return best;
}
