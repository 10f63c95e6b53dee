// Which one-letter slips a typist makes. Pollock & Zamora (1983), from 50,000 misspellings:
// leaving a letter out is the commonest slip, and a doubled letter is the main cause of an
// extra one; the other extra letters come from a finger catching a key beside the one meant.

/** The letter rows of the keyboards the corpus's readers type on: QWERTY, and QWERTZ. */
const LAYOUTS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
];

/** Pairs of letters whose keys touch on either keyboard, as "ab" and "ba". */
const NEIGHBOURS = new Set<string>();
for (const rows of LAYOUTS) {
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c += 1) {
      const key = row.charAt(c);
      // Each row sits half a key right of the one above: key c touches c and c + 1 above.
      const touching = [
        row.charAt(c - 1),
        row.charAt(c + 1),
        rows[r - 1]?.charAt(c) ?? '',
        rows[r - 1]?.charAt(c + 1) ?? '',
        rows[r + 1]?.charAt(c) ?? '',
        rows[r + 1]?.charAt(c - 1) ?? '',
      ];
      for (const other of touching) if (other !== '') NEIGHBOURS.add(key + other);
    }
  });
}

/** Whether the keys of two letters touch on a QWERTY or QWERTZ keyboard. */
export function keysTouch(a: string, b: string): boolean {
  return NEIGHBOURS.has(a + b);
}

/**
 * Whether `typed` is `word` with one letter too many that no common slip explains: not a
 * letter doubled, nor a key beside a neighbouring letter's ("tures" from "tres": the u sits
 * by neither t nor r). False for any other pair, including other edits.
 */
export function strayLetter(typed: string, word: string): boolean {
  if (typed.length !== word.length + 1) return false;
  let at = 0;
  while (at < word.length && typed.charCodeAt(at) === word.charCodeAt(at)) at += 1;
  if (typed.slice(at + 1) !== word.slice(at)) return false;
  const extra = typed.charAt(at);
  // In a run of the same letter, the first mismatch may sit anywhere in the run.
  for (const beside of [typed.charAt(at - 1), typed.charAt(at + 1)])
    if (beside !== '' && (beside === extra || keysTouch(extra, beside))) return false;
  return true;
}
