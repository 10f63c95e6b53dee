import { tokenize } from '../text/normalize.ts';

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
  termIds: ReadonlyMap<string, number>,
  forms: ReadonlyMap<number, FormOf>,
  norm: number,
  k1: number,
): number {
  const positions: number[] = [];
  const found: FormOf[] = [];
  tokenize(text).forEach((token, at) => {
    const id = termIds.get(token);
    const form = id === undefined ? undefined : forms.get(id);
    if (form !== undefined) {
      positions.push(at);
      found.push(form);
    }
  });
  const pairs = new Map<number, { sum: number; worth: number }>();
  for (let i = 0; i < found.length; i += 1) {
    const a = found[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < found.length; j += 1) {
      const b = found[j];
      const distance = (positions[j] ?? 0) - (positions[i] ?? 0);
      if (b === undefined || distance > WINDOW) break;
      if (a.word === b.word) continue;
      const key = Math.min(a.word, b.word) * 256 + Math.max(a.word, b.word);
      const pair = pairs.get(key) ?? { sum: 0, worth: Math.min(a.worth, b.worth) };
      pair.sum += 1 / (distance * distance);
      pairs.set(key, pair);
    }
  }
  let score = 0;
  for (const { sum, worth } of pairs.values()) score += (worth * (k1 + 1) * sum) / (norm + sum);
  return score;
}
