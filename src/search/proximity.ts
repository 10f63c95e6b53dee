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
  // Only the query's few forms are looked up (a small map, not the whole vocabulary), and the
  // last WINDOW matches are kept in a ring: nothing is allocated per token.
  const sums = scratch(words * words);
  const folded = foldNumbers(foldAsciiFast(text));
  let at = 0;
  let seen = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded), at += 1) {
    const form = forms.get(m[0]);
    if (form === undefined) continue;
    for (let back = 1; back <= Math.min(seen, WINDOW); back += 1) {
      const slot = (seen - back) % WINDOW;
      const distance = at - (ringAt[slot] ?? 0);
      if (distance > WINDOW) break;
      const other = ringWord[slot] ?? 0;
      if (other === form.word) continue;
      const pair = Math.min(other, form.word) * words + Math.max(other, form.word);
      sums[pair] = (sums[pair] ?? 0) + 1 / (distance * distance);
    }
    ringAt[seen % WINDOW] = at;
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

const TOKEN = /\d+(?:\.\d+)?|[a-z]+/g;
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
