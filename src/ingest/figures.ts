import { parseQuantities, wordNumber, type Quantity } from '../corpus/quantities.ts';
import { foldWithOffsets, originalSpan, type FoldedText } from './foldedText.ts';
import { nonFigureSpans, type Span } from './nonFigures.ts';
import { placeJustAfter } from './places.ts';

/** Currencies the corpus's units do not hold: a figure in one is suggested, never drafted. */
export type ForeignCurrency = 'GBP' | 'RSD' | 'BAM' | 'HRK' | 'MKD' | 'CHF' | 'ALL';
export type FigureUnit = Quantity['unit'] | ForeignCurrency;

export interface Figure {
  /** The number as written, with its currency sign or unit: "£1.3 million", "2,7 ton". */
  start: number;
  end: number;
  /** Where the number itself starts (after a currency sign). */
  numberStart: number;
  value: number;
  unit: FigureUnit;
  /** Written as a word ("negen", "three"), not in digits. */
  word: boolean;
}

// Number words by language: the loader's table reads them all, but "ten" is a Dutch
// preposition and "pet" an English noun.
const WORDS_BY_LANGUAGE: Record<string, readonly string[]> = {
  en: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen'.split(
    ' ',
  ),
  nl: 'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd'.split(
    ' ',
  ),
};
// Articles count as one only before a unit: "a ton of cocaine", "een kilo".
const ARTICLES = new Set(['a', 'an', 'een']);
// "one of the", "een van de", "jedan od": a pronoun, not a count.
const NOT_AFTER_ONE = new Set(
  'of another other who that which day time way side hand or and by in at to is was the van die dat od koji koja koje je'.split(
    ' ',
  ),
);
const ONE = new Set(['one', 'jedan', 'jedna', 'jedno']);

const FOREIGN_AFTER: [RegExp, ForeignCurrency][] = [
  [
    /^\s*(?:million |mln |miljoen |miliona |milijuna |thousand |hiljada |tisuca )?(?:pounds?|gbp)\b/,
    'GBP',
  ],
  [/^\s*(?:million |mln |miliona |milijuna |hiljada |tisuca )?(?:dinara?|rsd)\b/, 'RSD'],
  [
    /^\s*(?:million |miliona |milijuna |hiljada |tisuca )?(?:km|bam|konvertibiln\w* mar\w*|maraka)\b/,
    'BAM',
  ],
  [/^\s*(?:million |miliona |milijuna |hiljada |tisuca )?(?:kuna|kn|hrk)\b/, 'HRK'],
  [/^\s*(?:million |miliona |hiljada )?(?:denara?|mkd)\b/, 'MKD'],
  [/^\s*(?:million |miliona |hiljada )?(?:chf|swiss francs?|francs?)\b/, 'CHF'],
  [/^\s*(?:million |miliona |hiljada )?(?:lek[eu]?|all)\b/, 'ALL'],
];
const FOREIGN_BEFORE: [RegExp, ForeignCurrency][] = [
  [/(?:£|\bgbp)\s?$/, 'GBP'],
  [/\b(?:rsd|din\.?)\s?$/, 'RSD'],
  [/\b(?:bam|km)\s?$/, 'BAM'],
  [/\bchf\s?$/, 'CHF'],
];
// A currency sign or code written before the number belongs to the figure's span.
const CURRENCY_BEFORE = /(?:€|\$|£|\b(?:eur|usd|gbp|rsd|bam|chf))\s?$/;
// Letters that may follow digits directly: units ("60kgs", "5g"), not ordinals or codes ("2e", "A1").
const UNIT_SUFFIX = /^(?:kgs?|g|t|mln|m|bn|k|%)\b/;

// Digits: thousands grouped by one separator ("550.000", "1,500", "7 000"), an optional decimal
// part; or plain digits with an optional decimal part. Not part of a code ("A1", "COVID-19").
const DIGITS =
  /(?<![a-z\d]|[a-z]-|\d[.,])(?:\d{1,3}(?:([.,\u00a0\u202f ])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])/g;
const WORD = /\b[a-z]+\b/g;
const YEAR = /^(?:19|20)\d{2}$/;

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

function isNumberWord(word: string, language: string, rest: string): boolean {
  if (ARTICLES.has(word))
    return /^\s*(?:metric )?(?:ton|tons|tonne|tonnes|kilo|kilos|kilogram)\b/.test(rest);
  const list = WORDS_BY_LANGUAGE[language];
  const known = list === undefined ? wordNumber(word, language) !== undefined : list.includes(word);
  if (!known) return false;
  if (ONE.has(word) || word === 'dozen') {
    const next = /^\s*([a-z]+)/.exec(rest)?.[1];
    if (next === undefined || NOT_AFTER_ONE.has(next)) return false;
  }
  return true;
}

function foreignCurrency(before: string, after: string): ForeignCurrency | undefined {
  return (
    FOREIGN_BEFORE.find(([p]) => p.test(before))?.[1] ??
    FOREIGN_AFTER.find(([p]) => p.test(after))?.[1]
  );
}

interface Candidate {
  from: number;
  to: number;
  word: boolean;
}

// "…, three in Montenegro and one in Austria", "… en één in Duitsland": in a list of counts by
// place, "one" counts.
const LIST_BEFORE = /(?:,|\band|\ben|\bi)\s*$/;

function oneInListedPlace(text: string, folded: FoldedText, from: number, to: number): boolean {
  if (!LIST_BEFORE.test(folded.folded.slice(Math.max(0, from - 6), from))) return false;
  return placeJustAfter(text, originalSpan(folded, from, to)[1]) !== undefined;
}

function candidates(text: string, folded: FoldedText, language: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of folded.folded.matchAll(DIGITS)) {
    const to = m.index + m[0].length;
    const next = folded.folded.slice(to, to + 6);
    if (/^[a-z]/.test(next) && !UNIT_SUFFIX.test(next)) continue;
    found.push({ from: m.index, to, word: false });
  }
  for (const m of folded.folded.matchAll(WORD)) {
    const to = m.index + m[0].length;
    if (
      isNumberWord(m[0], language, folded.folded.slice(to, to + 40)) ||
      ((ONE.has(m[0]) || m[0] === 'een') && oneInListedPlace(text, folded, m.index, to))
    ) {
      found.push({ from: m.index, to, word: true });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Words that name what a year-shaped number counts ("1900 officers"), so it is not a year. */
const COUNTED_AFTER_YEAR =
  /^\s*(?:officers|police|agents|agenten|policajaca|kg|kilos?|tonnes?|euros?|eur|searches|arrests|people|persons|personen|osoba)\b/;

/**
 * Every figure the text states, in the order it states them: digits in English and continental
 * formats, number words in the document's language, with units (tonnes to kg) and currencies.
 * Dates, years, times, ages, page and phone numbers, article and case numbers are left out.
 */
export function findFigures(text: string, language: string): Figure[] {
  const folded = foldWithOffsets(text);
  const excluded = nonFigureSpans(text, folded);
  const figures: Figure[] = [];
  for (const candidate of candidates(text, folded, language)) {
    const [numberStart, numberEnd] = originalSpan(folded, candidate.from, candidate.to);
    if (overlaps(excluded, numberStart, numberEnd)) continue;
    if (figures.some((f) => numberStart < f.end && f.numberStart < numberEnd)) continue;
    const raw = text.slice(numberStart, numberEnd);
    const after = folded.folded.slice(candidate.to, candidate.to + 60);
    if (!candidate.word && YEAR.test(raw) && !COUNTED_AFTER_YEAR.test(after)) continue;
    if (!candidate.word && /^\d{7,}$/.test(raw)) continue;
    if (
      /^\s*(?:years?|days?|months?|weeks?|jaar|jaren|dagen|maanden|weken|godina|godine|dana|meseci|mjeseci|sedmica|tjedana)\s+(?:ago|later|earlier|geleden|later|kasnije|ranije|prije|pre)\b/.test(
        after,
      )
    ) {
      continue;
    }
    const before = folded.folded.slice(Math.max(0, candidate.from - 5), candidate.from);
    const prefix = CURRENCY_BEFORE.exec(before)?.[0] ?? '';
    const start =
      prefix === ''
        ? numberStart
        : originalSpan(folded, candidate.from - prefix.length, candidate.from)[0];
    const lineEnd = text.indexOf('\n', numberEnd);
    const expression = text.slice(
      start,
      Math.min(lineEnd < 0 ? text.length : lineEnd, numberEnd + 48),
    );
    const quantity = parseQuantities(expression, language)[0];
    if (quantity === undefined) continue;
    const foreign = quantity.unit === 'count' ? foreignCurrency(before, after) : undefined;
    figures.push({
      start,
      end: numberEnd,
      numberStart,
      value: quantity.value,
      unit: foreign ?? quantity.unit,
      word: candidate.word,
    });
  }
  return figures;
}
