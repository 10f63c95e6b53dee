import { foldText } from '../text/normalize.ts';

/**
 * The text folded like every index folds it (lower case, no diacritics, Cyrillic in Latin), with
 * the original offset of each folded character, so patterns written once for Latin lower case
 * find their spans in the source's own characters.
 */
export interface FoldedText {
  folded: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const piece = foldText(text.charAt(i));
    folded += piece;
    for (let k = 0; k < piece.length; k += 1) origin.push(i);
  }
  return { folded, origin };
}

/** The original span [start, end) of the folded span [from, to). */
export function originalSpan(text: FoldedText, from: number, to: number): [number, number] {
  const start = text.origin[from] ?? 0;
  const last = text.origin[Math.max(from, to - 1)] ?? start;
  return [start, last + 1];
}
