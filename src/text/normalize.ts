// One normalisation for every index and every comparison: what a person types and what the
// sources say must fold to the same form (case, diacritics, Cyrillic, typographic marks, numbers).

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
  й: 'j',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ё: 'e',
  щ: 'sc',
  ъ: '',
  ь: '',
  є: 'je',
  і: 'i',
  ї: 'ji',
};

const SPECIAL: Record<string, string> = {
  đ: 'dj',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

const NON_ASCII = /[^\t\n\r -~]/;
const NON_ASCII_ALL = /[^\t\n\r -~]/g;

/** Lower case, no diacritics, Latin script: "Servië" → "servie", "Србија" → "srbija". */
export function foldText(input: string): string {
  // Most text is plain ASCII: nothing to decompose or transliterate.
  if (!NON_ASCII.test(input)) return input.toLowerCase();
  const lower = input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return lower.replace(NON_ASCII_ALL, (ch) => CYRILLIC[ch] ?? SPECIAL[ch] ?? ch);
}

/**
 * Numbers written "550.000", "550,000" and "550 000" are one number; "2,7" and "2.7" too.
 * A separator followed by exactly three digits groups thousands, any other is a decimal point.
 */
export function foldNumbers(input: string): string {
  // Most words hold no digit: one scan instead of two replacements with a lookbehind.
  if (!/\d/.test(input)) return input;
  return input
    .replace(/(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)/g, (run) =>
      run.replace(/[.,\u00a0\u202f ]/g, ''),
    )
    .replace(/(\d),(\d)/g, '$1.$2');
}

/** Folded words and numbers, the terms every index stores and every query asks for. */
export function tokenize(input: string): string[] {
  const folded = foldNumbers(foldText(input));
  return folded.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? [];
}

/** A key for exact name lookups: "Sky-ECC", "sky ecc" and "SkyECC" are one key. */
export function compactKey(input: string): string {
  return tokenize(input).join('');
}
