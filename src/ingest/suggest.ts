import { parseQuantities, statesValue } from '../corpus/quantities.ts';
import type { Metric, Qualifier } from '../corpus/schema.ts';
import type { SourceDocument } from '../corpus/types.ts';
import { foldText } from '../text/normalize.ts';
import { findFigures, type Figure, type FigureUnit } from './figures.ts';
import { fragmentFor, sentenceAround, type Range } from './fragments.ts';
import { classify, type Classified } from './metrics.ts';
import { countriesIn, placeJustAfter } from './places.ts';

export type ScopeHint = 'total' | 'per country' | 'earlier' | 'traced';

/** One proposed fact: every quote stands verbatim in its document and states the value. */
export interface Suggestion {
  id: string;
  /** Undefined when the words around the figure do not say what it counts. */
  metric?: Metric;
  label: string;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  quote: string;
  /** ISO codes of the countries and places the quote names. */
  countries: string[];
  scope?: ScopeHint;
}

const QUALIFIERS: [Qualifier, RegExp][] = [
  [
    'more than',
    /\b(more than|over|in excess of|upwards of|ruim|meer dan|vise od|vise nego|preko)\s*$/,
  ],
  ['almost', /\b(almost|nearly|close to|just under|bijna|vrijwel|nagenoeg|gotovo|skoro|blizu)\s*$/],
  [
    'at least',
    /\b(at least|no fewer than|minstens|ten minste|tenminste|minimaal|najmanje|barem|bar)\s*$/,
  ],
  ['up to', /\b(up to|as much as|as many as|tot wel|tot|do)\s*$/],
  [
    'about',
    /\b(about|approximately|approx|around|roughly|some|an estimated|estimated|circa|ca|ongeveer|rond|zo'n|naar schatting|oko|priblizno|otprilike|procijenjen\w*|procenjen\w*)\s*$/,
  ],
];

const TRACED =
  /\b(traced|linked to|attributed|tied to|toegeschreven|gelinkt|in verband gebracht|herleid|povezan|dovedeni u vezu|pripisan)/;
const EARLIER =
  /\b(previously|earlier|already|prior|last year|eerder|reeds|vorig jaar|ranije|prethodno|vec|prosle godine|prosle godine)\b/;
const TOTAL =
  /\b(in total|a total of|total|overall|in all|altogether|in totaal|totaal|ukupno|sveukupno|svega)\b/;

function qualifierBefore(foldedBefore: string): Qualifier {
  const text = foldedBefore
    .replace(/(?:€|\$|£|\b(?:eur|usd|gbp|rsd|bam)\.?)\s*$/, '')
    .replace(/[.,]/g, ' ');
  return QUALIFIERS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'exact';
}

function scopeOf(
  quote: string,
  sentence: string,
  countries: readonly string[],
): ScopeHint | undefined {
  const q = foldText(quote);
  const s = foldText(sentence);
  if (TRACED.test(s)) return 'traced';
  if (EARLIER.test(q) || (EARLIER.test(s) && !TOTAL.test(q))) return 'earlier';
  if (TOTAL.test(q)) return 'total';
  return countries.length === 1 ? 'per country' : undefined;
}

/** A figure in a table row ("Serbia | 3 | 4"): its column's heading says what it counts. */
function tableCell(text: string, figure: Figure): { row: Range; heading: string } | undefined {
  const lineStart = text.lastIndexOf('\n', figure.start) + 1;
  const lineEndAt = text.indexOf('\n', figure.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes(' | ')) return undefined;
  const column = text.slice(lineStart, figure.start).split(' | ').length - 1;
  let headerStart = lineStart;
  for (;;) {
    const previousStart = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (headerStart === 0 || !text.slice(previousStart, headerStart - 1).includes(' | ')) break;
    headerStart = previousStart;
  }
  const headerEnd = text.indexOf('\n', headerStart);
  const heading = text.slice(headerStart, headerEnd < 0 ? text.length : headerEnd).split(' | ')[
    column
  ];
  if (heading === undefined || headerStart === lineStart) return undefined;
  return { row: { start: lineStart, end: lineEnd }, heading: heading.trim() };
}

function supports(quote: string, language: string, figure: Figure): boolean {
  const unit = figure.unit;
  const loaderUnit =
    unit === 'count' || unit === 'kg' || unit === 'EUR' || unit === 'USD' || unit === 'percent'
      ? unit
      : 'count';
  return statesValue(parseQuantities(quote, language), figure.value, loaderUnit);
}

function paragraphAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function slug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'figure'
  );
}

/**
 * A fact proposed for every figure in a document, in the order the text states them. Each quote
 * is located in the document and parsed back with the loader's own functions: a figure whose
 * quote would not verify is not proposed.
 */
export function suggestFacts(doc: Pick<SourceDocument, 'text' | 'language'>): Suggestion[] {
  const { text, language } = doc;
  const key = {};
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  const ids = new Map<string, number>();
  let previous: { sentence: number; unit: FigureUnit; classified: Classified } | undefined;
  for (const figure of findFigures(text, language)) {
    const sentence = sentenceAround(text, figure.start, figure.end);
    const cell = tableCell(text, figure);
    let range = cell?.row ?? fragmentFor(text, figure, key);
    if (!supports(text.slice(range.start, range.end), language, figure)) range = sentence;
    const quote = text.slice(range.start, range.end).trim();
    if (!supports(quote, language, figure)) continue;
    const dedupe = `${figure.value}|${figure.unit}|${quote}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);

    const sentenceText = text.slice(sentence.start, sentence.end);
    let classified: Classified;
    if (cell === undefined) {
      const after = text.slice(figure.end, sentence.end);
      const paragraph = paragraphAround(text, figure.start);
      classified = classify(
        figure.unit,
        foldText(after),
        foldText(sentenceText),
        after,
        foldText(paragraph),
      );
      // "27 suspects were arrested: 14 in the United Kingdom, 6 in Spain": the list counts
      // what its sentence's first figure counts
      const elliptic =
        /^\s*(in|at|te|u|from|uit|iz)\b/i.test(after) ||
        /^\s*[,;.]/.test(after) ||
        after.trim() === '';
      if (
        classified.metric === undefined &&
        elliptic &&
        previous?.sentence === sentence.start &&
        previous.unit === figure.unit
      ) {
        classified = previous.classified;
      }
      if (classified.metric !== undefined)
        previous = { sentence: sentence.start, unit: figure.unit, classified };
    } else {
      const fromHeading = classify(
        figure.unit,
        foldText(cell.heading),
        foldText(cell.heading),
        cell.heading,
      );
      classified = { ...fromHeading, label: cell.heading };
    }
    // "…, three in Montenegro and one in Austria": each figure of a list by place is its place's
    const listedPlace = cell === undefined ? placeJustAfter(text, figure.end) : undefined;
    const countries =
      listedPlace !== undefined
        ? [listedPlace]
        : countriesIn(cell === undefined ? quote : (quote.split(' | ')[0] ?? ''));
    const before = foldText(text.slice(Math.max(range.start, figure.start - 40), figure.start));
    const base = slug(classified.metric ?? 'figure');
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const suggestion: Suggestion = {
      id: `${base}-${n}`,
      label: classified.label,
      value: figure.value,
      unit: figure.unit,
      qualifier: qualifierBefore(before),
      quote,
      countries,
    };
    if (classified.metric !== undefined) suggestion.metric = classified.metric;
    const scope = scopeOf(quote, sentenceText, countries);
    if (scope !== undefined) suggestion.scope = scope;
    suggestions.push(suggestion);
  }
  return suggestions;
}
