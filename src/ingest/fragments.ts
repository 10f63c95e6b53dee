import { locateQuote } from '../corpus/quotes.ts';
import { placesIn } from './places.ts';

export interface Range {
  start: number;
  end: number;
}

// A sentence ends at a line break, or at . ! ? before a capital, a digit or an opening quote.
const SENTENCE_END = /\n|[.!?]["”’)]?\s+(?=[\p{Lu}\d"“‘(•-])/gu;
// Clauses inside a sentence: commas and semicolons before a space, colons, dashes, brackets,
// quotation marks, table cells, and "and" before the next figure of a list.
const CLAUSE_BREAK = /[,;:]\s+|\s[–—-]\s|[()“”"]|\s\|\s|\s(?:and|en|i|и)\s(?=\d)/g;
const MAX_WORDS = 30;

/** The sentence (or list item, or table row) around [start, end). */
export function sentenceAround(text: string, start: number, end: number): Range {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + (m[0].startsWith('\n') ? 0 : 1);
      break;
    }
  }
  return { start: from, end: to };
}

function clausesOf(text: string, sentence: Range): Range[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Range[] = [];
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: sentence.start + from, end: sentence.end });
  return clauses.map((c) => trim(text, c)).filter((c) => c.end > c.start);
}

function trim(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s.,;:!?'"“”‘’()\-–—•*|]/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:'"“”‘’(\-–—•*|]/.test(text.charAt(end - 1))) end -= 1;
  while (end > start && text.charAt(end - 1) === '.' && !/\d/.test(text.charAt(end - 2))) end -= 1;
  return { start, end };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** At most MAX_WORDS around the figure: eight words before it and the rest after. */
function window(text: string, clause: Range, figure: Range): Range {
  const before = text.slice(clause.start, figure.start).split(/(?<=\s)/);
  const start = figure.start - before.slice(-9).join('').length;
  const after = text.slice(figure.end, clause.end).split(/(?=\s)/);
  const end = figure.end + after.slice(0, MAX_WORDS - 8).join('').length;
  return trim(text, { start: Math.max(clause.start, start), end: Math.min(clause.end, end) });
}

/** Whether the quote's first place in the document is this one, so its citation lands here. */
function citesHere(text: string, range: Range, key: object): boolean {
  const found = locateQuote(text, text.slice(range.start, range.end), key);
  return found !== undefined && found.start === range.start;
}

/**
 * The shortest verbatim fragment that states a figure: its clause, with a short clause before
 * it that names its place or says "in total" ("In Serbia, 13 were arrested"), at most thirty
 * words, widened until the document holds it only here.
 */
export function fragmentFor(text: string, figure: Range, key: object): Range {
  const sentence = sentenceAround(text, figure.start, figure.end);
  const clauses = clausesOf(text, sentence);
  let index = clauses.findIndex((c) => c.start <= figure.start && figure.end <= c.end);
  if (index < 0) return trim(text, sentence);
  let range = clauses[index] ?? sentence;
  const previous = clauses[index - 1];
  if (previous !== undefined) {
    const words = text.slice(previous.start, previous.end);
    if (
      wordCount(words) <= 4 &&
      !/\d/.test(words) &&
      (placesIn(words).length > 0 || /total|totaal|ukupno|укупно/i.test(words))
    ) {
      range = { start: previous.start, end: range.end };
      index -= 1;
    }
  }
  if (wordCount(text.slice(range.start, range.end)) > MAX_WORDS)
    range = window(text, range, figure);
  let next = index + 1;
  while (!citesHere(text, range, key)) {
    const following = clauses[next];
    if (following === undefined) return trim(text, sentence);
    range = { start: range.start, end: following.end };
    next += 1;
  }
  return range;
}
