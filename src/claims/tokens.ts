import { foldText } from '../text/normalize.ts';

export interface Token {
  /** As written. */
  raw: string;
  /** Folded: lower case, no diacritics, Latin script. */
  fold: string;
  kind: 'word' | 'number' | 'symbol';
  /** Written with a capital first letter (names of places and operations). */
  capital: boolean;
  start: number;
  end: number;
}

// A number keeps its separators ("15,000", "1,5", "7 000"); a word is letters only, so
// "twenty-three" and "Sky-ECC" are two tokens each; currency and percent signs stand alone.
const TOKEN =
  /(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d))|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|([€$%])/gu;

/** A word's folded form and whether it is capitalised; remembered, as words repeat. */
const WORDS = new Map<string, { fold: string; capital: boolean }>();

function wordOf(raw: string): { fold: string; capital: boolean } {
  let word = WORDS.get(raw);
  if (word === undefined) {
    word = { fold: foldText(raw), capital: /^\p{Lu}/u.test(raw) };
    if (WORDS.size >= 20_000) WORDS.clear();
    WORDS.set(raw, word);
  }
  return word;
}

/** Which of a text's tokens a name, place or date has taken, by token index. */
export class TakenTokens {
  private readonly marks: Uint8Array;

  constructor(count: number) {
    this.marks = new Uint8Array(count);
  }

  take(from: number, to: number): void {
    this.marks.fill(1, from, to);
  }

  has(i: number): boolean {
    return this.marks[i] === 1;
  }

  /** Whether any of `[from, to)` is taken. */
  any(from: number, to: number): boolean {
    for (let i = from; i < to; i += 1) if (this.marks[i] === 1) return true;
    return false;
  }
}

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [raw, spaced, digits, word] = m;
    const start = m.index;
    const kind = spaced !== undefined || digits !== undefined ? 'number' : word ? 'word' : 'symbol';
    const known = kind === 'word' ? wordOf(raw) : undefined;
    tokens.push({
      raw,
      fold: known?.fold ?? raw,
      kind,
      capital: known?.capital ?? false,
      start,
      end: start + raw.length,
    });
  }
  return tokens;
}

/**
 * A written number's value, whatever the convention: a separator followed by exactly three
 * digits groups thousands ("15,000", "550.000", "7 000") unless a zero precedes it ("0.626"), any
 * other single separator is a decimal point ("2.5", "1,5"); with both kinds, the last one is the decimal point.
 */
export function readNumeral(raw: string): number {
  const text = raw.replace(/[ \u00a0\u202f]/g, '');
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  if (hasComma && hasDot) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return Number(text.split(thousands).join('').replace(decimal, '.'));
  }
  const separator = hasComma ? ',' : hasDot ? '.' : undefined;
  if (separator === undefined) return Number(text);
  const [head = '', ...groups] = text.split(separator);
  // "0.626" is a fraction: no number's thousands group follows a zero.
  if (groups.every((g) => g.length === 3) && head.length <= 3 && head !== '0')
    return Number(head + groups.join(''));
  if (groups.length === 1) return Number(`${head}.${groups[0] ?? ''}`);
  return Number.NaN;
}

/** Whether a folded word is `pattern`: "let" is the word itself, "uhaps*" any word it starts. */
export function matchesStem(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}
