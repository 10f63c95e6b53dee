import { clipText } from '../text/clip.ts';

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), bidi marks, and invisible
// characters (zero-width space, word joiner, invisible operators, BOM): they can reverse or hide
// what a title shows. Zero-width (non-)joiners stay: scripts and emoji need them.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff\u180e]/g;

/** Shows user text literally: Markdown is escaped and mentions cannot form (`@\u200beveryone`). */
export function escapeUserText(text: string, max = 100): string {
  const oneLine = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const clipped = clipText(oneLine, max);
  return escapeMarkdown(clipped).replace(/@/g, '@\u200b');
}

/** Escapes Markdown in source text so it shows as written (quotes keep their own characters). */
export function escapeMarkdown(text: string): string {
  return text.replace(
    /([\\*_`~|>[\]#-])/g,
    (match, _char: string, offset: number, whole: string) => {
      // Only escape "-" and "#" and ">" where Markdown would read them (start of a line).
      if (match === '-' || match === '#' || match === '>') {
        const lineStart = offset === 0 || whole.charAt(offset - 1) === '\n';
        return lineStart ? `\\${match}` : match;
      }
      return `\\${match}`;
    },
  );
}
