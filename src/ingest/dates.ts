import type { FoldedText } from './foldedText.ts';
import { originalSpan } from './foldedText.ts';

// Month names as they stand after folding (Cyrillic to Latin, no diacritics), in English, Dutch,
// Serbian/Bosnian (both cases) and Croatian (nominative and genitive).
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januari', 'januar', 'januara', 'sijecanj', 'sijecnja'],
  ['february', 'feb', 'februari', 'februar', 'februara', 'veljaca', 'veljace'],
  ['march', 'mar', 'maart', 'mart', 'marta', 'ozujak', 'ozujka'],
  ['april', 'apr', 'aprila', 'travanj', 'travnja'],
  ['may', 'mei', 'maj', 'maja', 'svibanj', 'svibnja'],
  ['june', 'jun', 'juni', 'juna', 'lipanj', 'lipnja'],
  ['july', 'jul', 'juli', 'jula', 'srpanj', 'srpnja'],
  ['august', 'aug', 'augustus', 'avgust', 'avgusta', 'augusta', 'kolovoz', 'kolovoza'],
  ['september', 'sep', 'sept', 'septembar', 'septembra', 'rujan', 'rujna'],
  ['october', 'oct', 'oktober', 'oktobar', 'oktobra', 'listopad', 'listopada'],
  ['november', 'nov', 'novembar', 'novembra', 'studeni', 'studenoga', 'studenog'],
  ['december', 'dec', 'decembar', 'decembra', 'prosinac', 'prosinca'],
];

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS.set(name, index + 1);
});
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

export interface FoundDate {
  /** Span in the original text. */
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or MM-DD when the year is not written. */
  iso: string;
  precision: 'day' | 'month' | 'day-no-year';
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return year === undefined || (year >= 1900 && year <= 2100);
}

const PATTERNS: {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<FoundDate, 'start' | 'end'> | undefined;
}[] = [
  {
    // 2023-05-12
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => day(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // 12.05.2023, 12/05/2023, 12-5-2023: day first, as in every language the sources use
    pattern: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b\.?/g,
    read: (m) => day(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // 12 May 2023, 12. maja 2023., 12 mei
    pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b\\.?)?`, 'g'),
    read: (m) => day(Number(m[1]), MONTHS.get(m[2] ?? '') ?? 0, optionalYear(m[3])),
  },
  {
    // May 12, 2023; May 12
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    read: (m) => day(Number(m[2]), MONTHS.get(m[1] ?? '') ?? 0, optionalYear(m[3])),
  },
  {
    // May 2023, mei 2023, maja 2023.
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b\\.?`, 'g'),
    read: (m) => {
      const month = MONTHS.get(m[1] ?? '') ?? 0;
      const year = Number(m[2]);
      return valid(1, month, year)
        ? { iso: `${year}-${pad(month)}`, precision: 'month' }
        : undefined;
    },
  },
];

function optionalYear(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : Number(raw);
}

function day(
  d: number,
  month: number,
  year?: number,
): Omit<FoundDate, 'start' | 'end'> | undefined {
  if (!valid(d, month, year)) return undefined;
  return year === undefined
    ? { iso: `${pad(month)}-${pad(d)}`, precision: 'day-no-year' }
    : { iso: `${year}-${pad(month)}-${pad(d)}`, precision: 'day' };
}

/** Every date written in the text, earliest in the text first; overlapping matches keep the longest. */
export function findDates(text: FoldedText): FoundDate[] {
  const found: (FoundDate & { from: number; to: number })[] = [];
  for (const { pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text.folded); m !== null; m = pattern.exec(text.folded)) {
      const date = read(m);
      if (date === undefined) continue;
      const from = m.index;
      const to = m.index + m[0].length;
      if (found.some((f) => f.from <= from && to <= f.to)) continue;
      const [start, end] = originalSpan(text, from, to);
      found.push({ ...date, start, end, from, to });
    }
  }
  return found.sort((a, b) => a.from - b.from).map(({ from: _from, to: _to, ...date }) => date);
}

/** The first full date (or month) in the opening of a text, as an ISO partial date. */
export function dateInOpening(text: FoldedText, openingChars = 600): string | undefined {
  return findDates(text).find((d) => d.start < openingChars && d.precision !== 'day-no-year')?.iso;
}

/** An ISO date-time or date ("2023-05-12T09:00:00+02:00", "D:20230512…") as YYYY-MM-DD as written. */
export function isoDateOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(raw.trim());
  if (m === null) return undefined;
  const [, y, mo, d] = m;
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  return valid(Number(d), Number(mo), Number(y)) ? `${y}-${mo}-${d}` : undefined;
}
