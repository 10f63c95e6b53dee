import { tokenize } from '../text/normalize.ts';
import { STOPWORDS } from './stopwords.ts';

/** How much a passage whose matched words stand side by side gains over a scattered one. */
const PROXIMITY = 0.6;

/**
 * A factor ≥ 1 for how close together a passage holds the query's words: the smallest window of
 * content words covering every query word the passage holds, against the tightest possible
 * window. Words a sentence puts together ("700 kilos … Rotterdam") beat the same words spread
 * over a passage by chance, which is what tells a real answer from noise in a large corpus.
 */
export function proximityBonus(
  text: string,
  termIds: ReadonlyMap<string, number>,
  wordOf: ReadonlyMap<number, number>,
  words: number,
): number {
  const positions: number[] = [];
  const which: number[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (STOPWORDS.has(token)) continue;
    const id = termIds.get(token);
    const word = id === undefined ? undefined : wordOf.get(id);
    if (word !== undefined) {
      positions.push(at);
      which.push(word);
    }
    at += 1;
  }
  const distinct = new Set(which).size;
  if (distinct < 2) return 1;
  // The shortest window holding all `distinct` words: a sliding window over the matches.
  const inWindow = new Map<number, number>();
  let covered = 0;
  let shortest = Infinity;
  let left = 0;
  for (let right = 0; right < which.length; right += 1) {
    const w = which[right] ?? 0;
    const seen = inWindow.get(w) ?? 0;
    if (seen === 0) covered += 1;
    inWindow.set(w, seen + 1);
    while (covered === distinct) {
      shortest = Math.min(shortest, (positions[right] ?? 0) - (positions[left] ?? 0) + 1);
      const lw = which[left] ?? 0;
      const count = (inWindow.get(lw) ?? 1) - 1;
      inWindow.set(lw, count);
      if (count === 0) covered -= 1;
      left += 1;
    }
  }
  const tightness = (distinct - 1) / Math.max(1, shortest - 1);
  return 1 + PROXIMITY * tightness * ((distinct - 1) / Math.max(1, words - 1));
}
