// Dates as sources write them, in English and Dutch, kept at the precision the text gives:
// "8 May 2023" is a day, "March 2021" a month, "in 2020" a year, "3–7 October 2023" a range.

export type TextDate =
  | { precision: 'day' | 'month' | 'year'; value: string }
  | { precision: 'range'; start: string; end: string };

export interface FoundDate {
  date: TextDate;
  /** Offsets of the date's words in the searched text. */
  start: number;
  end: number;
}

const MONTH_NAMES: [string, number][] = [
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((name, i): [string, number] => [name, i + 1]),
  ...[
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ].map((name, i): [string, number] => [name, i + 1]),
  ...(
    [
      ['jan', 1],
      ['feb', 2],
      ['mar', 3],
      ['mrt', 3],
      ['apr', 4],
      ['jun', 6],
      ['jul', 7],
      ['aug', 8],
      ['sep', 9],
      ['sept', 9],
      ['oct', 10],
      ['okt', 10],
      ['nov', 11],
      ['dec', 12],
    ] as const
  ).map(([name, month]): [string, number] => [name, month]),
];
const MONTH_BY_NAME = new Map(MONTH_NAMES);

// Longest first, so "march" wins over "mar"; an abbreviation may carry a full stop.
const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '(19[5-9]\\d|20\\d\\d)(?![\\d])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|e)?';
const UNTIL = '\\s*(?:[-–—]|to|until|till|and|tot|en|t/m)\\s*';
// A bare year only after a word that makes it a time, and never before a unit ("in 2000 kg").
const YEAR_CUE =
  '(?:in|since|during|until|till|by|from|of|before|after|throughout|early|late|mid|' +
  'sinds|vanaf|tot|begin|eind|medio|najaar|voorjaar|zomer|winter|jaar|year)';
const NOT_A_QUANTITY = '(?!\\s*(?:kg|kilo|kilos|tonnes?|tons?|euros?|eur|usd|dollars?|%|percent))';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function month(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTH_BY_NAME.get(name.toLowerCase());
}

function day(year: string, monthNumber: number | undefined, dayText: string): string | undefined {
  const d = Number(dayText);
  if (monthNumber === undefined || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return d <= daysInMonth ? `${year}-${pad(monthNumber)}-${pad(d)}` : undefined;
}

interface Rule {
  pattern: RegExp;
  build: (m: RegExpExecArray) => TextDate | undefined;
}

function range(start: string | undefined, end: string | undefined): TextDate | undefined {
  return start !== undefined && end !== undefined && start < end
    ? { precision: 'range', start, end }
    : undefined;
}

// In order of preference where two rules match overlapping text: the more specific first.
const RULES: Rule[] = [
  {
    // "3–7 October 2023", "3 to 7 oktober 2023"
    pattern: new RegExp(`\\b${DAY}${UNTIL}${DAY}\\s+${MONTH}\\s+${YEAR}`, 'giu'),
    build: ([, d1 = '', d2 = '', m = '', y = '']) =>
      range(day(y, month(m), d1), day(y, month(m), d2)),
  },
  {
    // "28 September – 2 October 2023"
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}${UNTIL}${DAY}\\s+${MONTH}\\s+${YEAR}`, 'giu'),
    build: ([, d1 = '', m1 = '', d2 = '', m2 = '', y = '']) =>
      range(day(y, month(m1), d1), day(y, month(m2), d2)),
  },
  {
    // "8 May 2023", "24 augustus 2023", "8th of May, 2023"
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'giu'),
    build: ([, d = '', m = '', y = '']) => {
      const value = day(y, month(m), d);
      return value === undefined ? undefined : { precision: 'day', value };
    },
  },
  {
    // "May 8, 2023"
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
    build: ([, m = '', d = '', y = '']) => {
      const value = day(y, month(m), d);
      return value === undefined ? undefined : { precision: 'day', value };
    },
  },
  {
    // "2023-05-08"
    pattern: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'gu'),
    build: ([, y = '', m = '', d = '']) => {
      const value = day(y, Number(m), d);
      return value === undefined ? undefined : { precision: 'day', value };
    },
  },
  {
    // "08.05.2023", the European numeric form (never month-first)
    pattern: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`, 'gu'),
    build: ([, d = '', m = '', y = '']) => {
      const value = day(y, Number(m), d);
      return value === undefined ? undefined : { precision: 'day', value };
    },
  },
  {
    // "January to March 2023", "between January and March 2023"
    pattern: new RegExp(`\\b${MONTH}${UNTIL}${MONTH}\\s+${YEAR}`, 'giu'),
    build: ([, m1 = '', m2 = '', y = '']) => {
      const a = month(m1);
      const b = month(m2);
      return a === undefined || b === undefined
        ? undefined
        : range(`${y}-${pad(a)}`, `${y}-${pad(b)}`);
    },
  },
  {
    // "March 2021", "maart 2021"
    pattern: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}`, 'giu'),
    build: ([, m = '', y = '']) => {
      const n = month(m);
      return n === undefined ? undefined : { precision: 'month', value: `${y}-${pad(n)}` };
    },
  },
  {
    // "between 2019 and 2021", "2019–2021"
    pattern: new RegExp(
      `(?:\\b(?:between|from|tussen|van)\\s+${YEAR}\\s+(?:and|to|until|en|tot)\\s+${YEAR})|(?:\\b${YEAR}\\s*[–—-]\\s*${YEAR})`,
      'giu',
    ),
    build: ([, a, b, c, d]) => range(a ?? c, b ?? d),
  },
  {
    // "in 2020", "since 2015", "mid-2022"
    pattern: new RegExp(
      `\\b${YEAR_CUE}(?:\\s+|-)(?:the\\s+year\\s+|het\\s+jaar\\s+)?${YEAR}${NOT_A_QUANTITY}`,
      'giu',
    ),
    build: ([, y = '']) => ({ precision: 'year', value: y }),
  },
];

/** Every date stated in `text`, in reading order; overlapping readings keep the most specific. */
export function datesInText(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const date = rule.build(m);
      if (date !== undefined) found.push({ date, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A sortable key: the date's (first) day as far as it is known; "2020" sorts before "2020-03". */
export function dateSortKey(date: TextDate): string {
  return date.precision === 'range' ? date.start : date.value;
}
