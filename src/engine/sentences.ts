/**
 * The sentence (or list line) of `text` that contains [start, end): quotes become whole,
 * readable sentences when cited, always as the document's own characters.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  while (from > 0) {
    const prev = text.charAt(from - 1);
    if (prev === '\n') break;
    if (/\s/.test(prev) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, from - 3), from - 1))) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length) {
    const ch = text.charAt(to);
    if (ch === '\n') break;
    to += 1;
    if (/[.!?]/.test(ch) && (to >= text.length || /[\s"”’]/.test(text.charAt(to)))) {
      while (to < text.length && /["”’]/.test(text.charAt(to))) to += 1;
      break;
    }
  }
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  return { start: from, end: to };
}
