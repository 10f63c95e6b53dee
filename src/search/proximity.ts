import { foldNumbers } from '../text/normalize.ts';
import { foldAsciiFast } from './termScanner.ts';

/** Pairs of query words further apart than this many tokens say nothing about each other. */
const WINDOW = 5;

/** A query word's form as found in the index: which query word it stands for, and its weight. */
export interface FormOf {
  word: number;
  /** The word's rarity times the form's weight: what a pair involving it is worth. */
  worth: number;
}

/**
 * BM25TP's term-proximity score (Rasolofo & Savoy, 2003): every pair of different query words
 * at most five tokens apart adds 1/distance², and each pair's sum is saturated like a term
 * frequency and weighted by the rarer-worth of its two words. Words a sentence puts together
 * ("counterfeit passports", "6 arrests, 15 house searches") beat the same words spread over a
 * passage by chance, which is what tells a real answer from noise in a large corpus.
 */
export function proximityScore(
  text: string,
  forms: ReadonlyMap<string, FormOf>,
  words: number,
  norm: number,
  k1: number,
): number {
  // Tokens are read off the folded text by character codes and compared only with the query's
  // forms of the same length; the last WINDOW matches are kept in a ring: nothing is
  // allocated per token.
  const sums = scratch(words * words);
  const byLength = formsByLength(forms);
  const lower = foldAsciiFast(text);
  // Number folding only joins digits: most passages' text has none to fold.
  const folded = HAS_DIGIT.test(lower) ? foldNumbers(lower) : lower;
  const length = folded.length;
  let at = 0;
  let seen = 0;
  for (let i = 0; i < length;) {
    const start = i;
    const code = folded.charCodeAt(i);
    if (isDigit(code)) {
      // \d+(?:\.\d+)?
      while (i < length && isDigit(folded.charCodeAt(i))) i += 1;
      if (folded.charCodeAt(i) === DOT && isDigit(folded.charCodeAt(i + 1))) {
        i += 1;
        while (i < length && isDigit(folded.charCodeAt(i))) i += 1;
      }
    } else if (isLetter(code)) {
      while (i < length && isLetter(folded.charCodeAt(i))) i += 1;
    } else {
      i += 1;
      continue;
    }
    const form = lookup(byLength, folded, start, i - start);
    at += 1;
    if (form === undefined) continue;
    const position = at - 1;
    for (let back = 1; back <= Math.min(seen, WINDOW); back += 1) {
      const slot = (seen - back) % WINDOW;
      const distance = position - (ringAt[slot] ?? 0);
      if (distance > WINDOW) break;
      const other = ringWord[slot] ?? 0;
      if (other === form.word) continue;
      const pair = Math.min(other, form.word) * words + Math.max(other, form.word);
      sums[pair] = (sums[pair] ?? 0) + 1 / (distance * distance);
    }
    ringAt[seen % WINDOW] = position;
    ringWord[seen % WINDOW] = form.word;
    worths[form.word] = form.worth;
    seen += 1;
  }
  let score = 0;
  for (let a = 0; a < words; a += 1)
    for (let b = a + 1; b < words; b += 1) {
      const sum = sums[a * words + b] ?? 0;
      if (sum === 0) continue;
      const worth = Math.min(worths[a] ?? 0, worths[b] ?? 0);
      score += (worth * (k1 + 1) * sum) / (norm + sum);
    }
  return score;
}

const DOT = 46;
const HAS_DIGIT = /\d/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetter = (code: number): boolean => code >= 97 && code <= 122;

/** The forms grouped by length, so a token is compared only with forms as long as it. */
function formsByLength(forms: ReadonlyMap<string, FormOf>): [string, FormOf][][] {
  const byLength: [string, FormOf][][] = [];
  for (const entry of forms) (byLength[entry[0].length] ??= []).push(entry);
  return byLength;
}

function lookup(
  byLength: readonly ([string, FormOf][] | undefined)[],
  text: string,
  start: number,
  length: number,
): FormOf | undefined {
  const candidates = byLength[length];
  if (candidates === undefined) return undefined;
  for (const [form, of] of candidates) if (text.startsWith(form, start)) return of;
  return undefined;
}

/** The last WINDOW matched tokens: where each stood and which query word it stands for. */
const ringAt = new Int32Array(WINDOW);
const ringWord = new Int32Array(WINDOW);
/** Per query word, what a pair involving it is worth (its strongest form's worth). */
const worths = new Float64Array(256);
let sums = new Float64Array(256);

function scratch(size: number): Float64Array {
  if (sums.length < size) sums = new Float64Array(size * 2);
  sums.fill(0, 0, size);
  return sums;
}
