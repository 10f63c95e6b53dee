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
// Read by hand (`tokensOf`), the patterns tried only where a number starts: a match array per
// token was most of what splitting a message allocated.
const SPACED_NUMBER = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)/y;
const PLAIN_NUMBER = /\d+(?:[.,]\d+)*/y;
const LETTER = /^[\p{L}\p{M}]$/u;

/** Whether each UTF-16 unit is a letter or a mark: 0 not yet asked, 1 yes, 2 no. */
const LETTER_UNITS = new Uint8Array(0x10000);

/** How many units the letter or mark at `i` takes (a pair for one outside the BMP), or 0. */
function letterWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return (unit | 32) >= 97 && (unit | 32) <= 122 ? 1 : 0;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(i) ?? unit;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = LETTER_UNITS[unit];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
    LETTER_UNITS[unit] = known;
  }
  return known === 1 ? 1 : 0;
}

function isDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

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
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    let end = i;
    let kind: Token['kind'] = 'symbol';
    if (isDigit(unit)) {
      kind = 'number';
      SPACED_NUMBER.lastIndex = i;
      if (SPACED_NUMBER.test(text)) end = SPACED_NUMBER.lastIndex;
      else {
        PLAIN_NUMBER.lastIndex = i;
        PLAIN_NUMBER.test(text);
        end = PLAIN_NUMBER.lastIndex;
      }
    } else if (unit === 0x20ac || unit === 0x24 || unit === 0x25) {
      end = i + 1;
    } else {
      kind = 'word';
      for (let width = letterWidth(text, end); width > 0; width = letterWidth(text, end)) {
        end += width;
      }
    }
    if (end === i) {
      i += 1;
      continue;
    }
    const raw = text.slice(i, end);
    const known = kind === 'word' ? wordOf(raw) : undefined;
    tokens.push({
      raw,
      fold: known?.fold ?? raw,
      kind,
      capital: known?.capital ?? false,
      start: i,
      end,
    });
    i = end;
  }
  return tokens;
}

const PLAIN_DIGITS = /^\d+$/;

/**
 * A written number's value, whatever the convention: a separator followed by exactly three
 * digits groups thousands ("15,000", "550.000", "7 000") unless a zero precedes it ("0.626"), any
 * other single separator is a decimal point ("2.5", "1,5"); with both kinds, the last one is the decimal point.
 */
export function readNumeral(raw: string): number {
  if (PLAIN_DIGITS.test(raw)) return Number(raw);
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
