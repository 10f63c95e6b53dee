import type { LoadedDate } from '../corpus/types.ts';
import { matchesStem, type Token } from './tokens.ts';
import type { DateMention } from './types.ts';

// Month names in English, Dutch, Serbian and Bosnian (Latin; Cyrillic folds to it) and Croatian,
// with their case forms: "maja", "kolovoza", "avgusta", "studenoga".
const MONTHS: readonly string[][] = [
  ['january', 'jan', 'januari', 'januar*', 'sijecanj', 'sijecnj*'],
  ['february', 'feb', 'februari', 'februar*', 'veljac*'],
  ['march', 'mar', 'maart', 'mart', 'marta', 'martu', 'ozujak', 'ozujk*'],
  ['april*', 'apr', 'travanj', 'travnj*'],
  ['may', 'mei', 'maj', 'maja', 'maju', 'svibanj', 'svibnj*'],
  ['june', 'juni', 'jun', 'juna', 'junu', 'lipanj', 'lipnj*'],
  ['july', 'juli', 'jul', 'jula', 'julu', 'srpanj', 'srpnj*'],
  ['august*', 'aug', 'avgust*', 'kolovoz*'],
  ['septemb*', 'sep', 'sept', 'rujan', 'rujn*'],
  ['octob*', 'oktob*', 'oct', 'okt', 'listopad*'],
  ['novemb*', 'nov', 'studeni', 'studenog', 'studenoga', 'studenom'],
  ['decemb*', 'dec', 'prosin*'],
];
// Month words that are also ordinary words ("may", "mar", "jun"…) count only beside a number.
const AMBIGUOUS = new Set([
  'may',
  'mar',
  'jan',
  'jun',
  'jul',
  'dec',
  'nov',
  'sep',
  'oct',
  'apr',
  'aug',
  'feb',
  'okt',
  'mart',
]);
const BEFORE_MONTH = new Set(
  'in during since until of from tijdens sinds sedert tot van vanaf u tokom od do krajem pocetkom sredinom polovinom'.split(
    ' ',
  ),
);

const monthsKnown = new Map<string, number | undefined>();

/** The month (1–12) a folded word names; remembered, since messages repeat their words. */
export function monthOf(word: string): number | undefined {
  if (monthsKnown.has(word)) return monthsKnown.get(word);
  const at = MONTHS.findIndex((forms) => forms.some((form) => matchesStem(word, form)));
  if (monthsKnown.size >= 20_000) monthsKnown.clear();
  monthsKnown.set(word, at < 0 ? undefined : at + 1);
  return at < 0 ? undefined : at + 1;
}

// Made once: a regular expression literal is a new object each time it is evaluated.
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$/;
const DAY_DIGITS = /^\d{1,2}$/;
const YEAR_DIGITS = /^(?:19|20)\d\d$/;
const TWO_DIGITS = /^\d\d$/;

function dayOf(token: Token | undefined): number | undefined {
  if (token?.kind !== 'number' || !DAY_DIGITS.test(token.raw)) return undefined;
  const day = Number(token.raw);
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearOf(token: Token | undefined): number | undefined {
  if (token?.kind !== 'number' || !YEAR_DIGITS.test(token.raw)) return undefined;
  return Number(token.raw);
}

export interface DateSpan {
  date: DateMention;
  from: number;
  to: number;
}

/**
 * The dates a text names, with the tokens they take: "11 May 2023", "11. maja", "May 11, 2023",
 * "kolovoz 2023", "in 2021", "2023-05-11", "11.05.2023". `isQuantityWord` tells a year from a
 * count: "2000 migrants" is not a year.
 */
export function findDates(
  tokens: readonly Token[],
  isQuantityWord: (token: Token | undefined) => boolean,
): DateSpan[] {
  const spans: DateSpan[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const dotted = token.kind === 'number' ? DOTTED_DATE.exec(token.raw) : null;
    if (dotted !== null) {
      spans.push({
        date: mention(dotted[3] ?? '', dotted[2] ?? '', dotted[1]),
        from: i,
        to: i + 1,
      });
      continue;
    }
    const iso = isoAt(tokens, i);
    if (iso !== undefined) {
      spans.push(iso);
      i = iso.to - 1;
      continue;
    }
    const day = dayOf(token);
    const monthAfterDay = day === undefined ? undefined : monthToken(tokens[i + 1]);
    if (day !== undefined && monthAfterDay !== undefined) {
      const year = yearOf(tokens[i + 2]);
      const date: DateMention = { day, month: monthAfterDay };
      if (year !== undefined) date.year = year;
      spans.push({ date, from: i, to: i + (year === undefined ? 2 : 3) });
      i += year === undefined ? 1 : 2;
      continue;
    }
    const month = monthToken(token);
    if (month !== undefined) {
      const dayAfter = dayOf(tokens[i + 1]);
      const yearAfter = yearOf(tokens[i + (dayAfter === undefined ? 1 : 2)]);
      const standalone = !AMBIGUOUS.has(token.fold) && BEFORE_MONTH.has(tokens[i - 1]?.fold ?? '');
      if (dayAfter === undefined && yearAfter === undefined && !standalone) continue;
      const date: DateMention = { month };
      if (dayAfter !== undefined) date.day = dayAfter;
      if (yearAfter !== undefined) date.year = yearAfter;
      const to = i + 1 + (dayAfter === undefined ? 0 : 1) + (yearAfter === undefined ? 0 : 1);
      spans.push({ date, from: i, to });
      i = to - 1;
      continue;
    }
    const year = yearOf(token);
    // "2000 migrants" is a count, "In 2021, police seized …" a year: a comma ends the number.
    if (year === undefined) continue;
    const next = tokens[i + 1];
    const counts = next !== undefined && next.start === token.end + 1 && isQuantityWord(next);
    if (!counts) {
      spans.push({ date: { year }, from: i, to: i + 1 });
    }
  }
  return spans;
}

function monthToken(token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? monthOf(token.fold) : undefined;
}

function isoAt(tokens: readonly Token[], i: number): DateSpan | undefined {
  const y = tokens[i];
  const m = tokens[i + 1];
  const d = tokens[i + 2];
  if (yearOf(y) === undefined || y === undefined || m === undefined) return undefined;
  if (!TWO_DIGITS.test(m.raw) || m.start !== y.end + 1) return undefined;
  const withDay = d !== undefined && TWO_DIGITS.test(d.raw) && d.start === m.end + 1;
  return {
    date: mention(y.raw, m.raw, withDay ? d.raw : undefined),
    from: i,
    to: i + (withDay ? 3 : 2),
  };
}

function mention(year: string, month: string, day?: string): DateMention {
  const date: DateMention = { year: Number(year), month: Number(month) };
  if (day !== undefined) date.day = Number(day);
  return date;
}

/** The span a loaded operation date covers, as mentions (a range gives its two ends). */
export function operationDates(date: LoadedDate): DateMention[] {
  switch (date.precision) {
    case 'day':
    case 'month':
      return [fromIso(date.value)];
    case 'range':
      return [fromIso(date.start), fromIso(date.end)];
    case 'unknown':
      return [];
  }
}

export function fromIso(value: string): DateMention {
  const [year = '', month, day] = value.split('-');
  return month === undefined ? { year: Number(year) } : mention(year, month, day);
}

export type DateAgreement = 'agree' | 'differ' | 'unknown';

/**
 * Whether a claimed date fits a fact's date: every part both give must be equal, and the claim
 * may not be more precise than the fact ("11 May" cannot be confirmed by "May 2023").
 */
export function compareDates(claimed: DateMention, stated: DateMention): DateAgreement {
  const parts = ['year', 'month', 'day'] as const;
  for (const part of parts) {
    const c = claimed[part];
    const s = stated[part];
    if (c !== undefined && s !== undefined && c !== s) return 'differ';
  }
  for (const part of parts) {
    if (claimed[part] !== undefined && stated[part] === undefined) return 'unknown';
  }
  return 'agree';
}

/** Whether a claimed date falls within a range's ends (month precision is enough). */
export function withinRange(claimed: DateMention, start: DateMention, end: DateMention): boolean {
  const key = (d: DateMention, fill: number): number =>
    (d.year ?? 0) * 10000 + (d.month ?? fill) * 100 + (d.day ?? fill);
  if (claimed.year === undefined) return false;
  return key(claimed, 99) >= key(start, 0) && key(claimed, 0) <= key(end, 99);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatMention(date: DateMention): string {
  const month = date.month === undefined ? undefined : MONTH_NAMES[date.month - 1];
  return [date.day, month, date.year].filter((p) => p !== undefined).join(' ');
}
