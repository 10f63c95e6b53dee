import { foldText } from '../text/normalize.ts';
import { conceptsOf } from './concepts.ts';
import { QUALIFIERS } from './phrases.ts';
import { readNumeral, type TakenTokens, type Token } from './tokens.ts';
import type { ClaimQualifier, FactUnit, NumberMention } from './types.ts';

// Number words in English, Dutch and Serbian/Croatian/Bosnian, written as spelled and kept
// folded. Maps, not objects: "constructor" is no number word.
const UNITS = new Map<string, number>();
/** Folded number words whose spelling has š or č ("šest", "četiri"). */
const WITH_CARON = new Set<string>();
function words(list: string, start: number, step = 1): void {
  list.split(' ').forEach((word, i) => {
    for (const form of word.split('/')) {
      const folded = foldText(form);
      UNITS.set(folded, start + i * step);
      if (folded !== form) WITH_CARON.add(folded);
    }
  });
}

// Letters folding leaves as s, c, z or d: a word written with one is a number word only if
// that number word is spelled with it ("Što je …?" is "what", not "sto", a hundred). Written
// without, it may be one typed plainly ("sest" for "šest").
const CARON_LETTERS = /[šžčćđшжчћђ]/iu;

/** Whether a written word can be the number word its folded form names. */
export function spelledAsNumber(token: Token): boolean {
  return !CARON_LETTERS.test(token.raw) || WITH_CARON.has(token.fold);
}
words(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  1,
);
words('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
words(
  'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien',
  1,
);
words('twintig dertig veertig vijftig zestig zeventig tachtig negentig', 20, 10);
words(
  'jedan/jedna/jedno/jednog/jednu dva/dve/dvije/dvoje/dvojica tri/troje/trojica četiri/četvoro/četvorica pet/petoro/petorica šest/šestoro sedam/sedmoro osam/osmoro devet deset jedanaest dvanaest trinaest četrnaest petnaest šesnaest sedamnaest osamnaest devetnaest',
  1,
);
words('dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset', 20, 10);
words('sto/stotinu/hundred/honderd', 100);
words('dvesta/dvjesta/dvjesto/dvesto', 200);
words('trista/tristo', 300);
words('četiristo', 400);
words('petsto', 500);

const SCALES = new Map<string, number>([
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['duizend', 1e3],
  ['hiljada', 1e3],
  ['hiljade', 1e3],
  ['hiljadu', 1e3],
  ['tisuca', 1e3],
  ['tisuce', 1e3],
  ['tisucu', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mln', 1e6],
  ['miljoen', 1e6],
  ['milion', 1e6],
  ['miliona', 1e6],
  ['milioni', 1e6],
  ['milijun', 1e6],
  ['milijuna', 1e6],
  ['milijon', 1e6],
  ['milijona', 1e6],
  ['billion', 1e9],
  ['miljard', 1e9],
  ['milijarda', 1e9],
  ['milijardi', 1e9],
]);

/** Dutch writes 21 as "eenentwintig": unit + "en" + tens. */
function dutchCompound(word: string): number | undefined {
  const m =
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
      word,
    );
  if (m === null) return undefined;
  return (UNITS.get(m[1] ?? '') ?? 0) + (UNITS.get(m[2] ?? '') ?? 0);
}

/** Dutch writes two and a half as "tweeënhalf", one and a half as "anderhalf". */
function dutchHalf(word: string): number | undefined {
  if (word === 'anderhalf') return 1.5;
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)enhalf$/.exec(word);
  return m === null ? undefined : (UNITS.get(m[1] ?? '') ?? 0) + 0.5;
}

const wordValues = new Map<string, number | null>();

/** A number word's value; remembered, since every word of a message is asked about. */
function wordValue(word: string): number | undefined {
  let value = wordValues.get(word);
  if (value === undefined) {
    value = UNITS.get(word) ?? dutchCompound(word) ?? dutchHalf(word) ?? null;
    if (wordValues.size >= 20_000) wordValues.clear();
    wordValues.set(word, value);
  }
  return value ?? undefined;
}

// "two and a half million", "twee en een half", "dva i po miliona".
const AND_A_HALF: readonly (readonly string[])[] = [
  ['and', 'a', 'half'],
  ['en', 'een', 'half'],
  ['en', 'half'],
  ['i', 'po'],
  ['i', 'pol'],
];

/** How many tokens at `j` say "and a half", or 0. */
function andAHalf(tokens: readonly Token[], j: number): number {
  const phrase = AND_A_HALF.find((words) => words.every((w, k) => tokens[j + k]?.fold === w));
  return phrase?.length ?? 0;
}

const UNIT_WORDS: [FactUnit, number, string][] = [
  ['kg', 1000, 't ton tons tonne tonnes tonnen tona tone tonu tonama'],
  [
    'kg',
    1,
    'kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes kilograma kilogrami kila kile kilogramu',
  ],
  ['EUR', 1, 'eur euro euros eura evra evro €'],
  ['USD', 1, 'usd dollar dollars dolar dolara dolari $'],
  ['percent', 1, '% percent procent posto odsto procenat procenata postotak postotaka'],
  ['days', 1, 'day days dag dagen dan dana dani'],
];
const UNIT_BY_WORD = new Map<string, { unit: FactUnit; factor: number }>();
for (const [unit, factor, list] of UNIT_WORDS) {
  for (const word of list.split(' ')) UNIT_BY_WORD.set(word, { unit, factor });
}
// Between a number and its unit: "2.7 metric tonnes", "5 million euros", "per cent".
const FILLERS = new Set(['metric', 'metrieke', 'per']);
const ARTICLES = new Set(['a', 'an', 'een']);

export function unitOf(token: Token | undefined): { unit: FactUnit; factor: number } | undefined {
  if (token === undefined) return undefined;
  return UNIT_BY_WORD.get(token.fold);
}

/** A word after a four-digit number that makes it a count, not a year: "2000 migrants". */
export function isQuantityWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return (
    unitOf(token) !== undefined || isNumberWord(token.fold) || conceptsOf(token.fold).length > 0
  );
}

/** Whether a word is a number word or a scale: a year before it is a count, not a date. */
export function isNumberWord(word: string): boolean {
  return wordValue(word) !== undefined || SCALES.has(word);
}

export interface FoundNumber {
  mention: NumberMention;
  /** Token range: [from, to). */
  from: number;
  to: number;
}

/** Every number the tokens state, skipping the tokens `taken` by dates. */
export function findNumbers(tokens: readonly Token[], taken: TakenTokens): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const read = readAt(tokens, i, taken);
    if (read === undefined) continue;
    found.push(read);
    i = read.to - 1;
  }
  return found;
}

function readAt(tokens: readonly Token[], i: number, taken: TakenTokens): FoundNumber | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  let base: number | undefined;
  let j = i;
  if (first.kind === 'number') {
    base = readNumeral(first.raw);
    if (Number.isNaN(base)) return undefined;
    j = i + 1;
  } else if (first.kind === 'word') {
    // A run of number words: "twenty three", "dvadeset i tri", "two hundred".
    let total = 0;
    let seen = false;
    while (j < tokens.length && !taken.has(j)) {
      const token = tokens[j];
      const word = token?.fold ?? '';
      const value = token !== undefined && spelledAsNumber(token) ? wordValue(word) : undefined;
      if (value !== undefined) {
        total = value === 100 && seen ? total * 100 : total + value;
        seen = true;
        j += 1;
      } else if (
        seen &&
        (word === 'and' || word === 'i' || word === 'en') &&
        wordValue(tokens[j + 1]?.fold ?? '') !== undefined
      ) {
        j += 1;
      } else break;
    }
    if (seen) base = total;
    else if (first.fold === 'half' && ARTICLES.has(tokens[i + 1]?.fold ?? '')) {
      // "half a million"
      base = 0.5;
      j = i + 2;
    } else if (
      ARTICLES.has(first.fold) &&
      (unitOf(tokens[i + 1]) !== undefined || SCALES.has(tokens[i + 1]?.fold ?? ''))
    ) {
      base = 1;
      j = i + 1;
    }
    // "een" alone is the article, not the number one.
    if (
      first.fold === 'een' &&
      j === i + 1 &&
      unitOf(tokens[j]) === undefined &&
      !SCALES.has(tokens[j]?.fold ?? '')
    ) {
      return undefined;
    }
  }
  if (base === undefined) return undefined;
  const half = andAHalf(tokens, j);
  if (half > 0) {
    base += 0.5;
    j += half;
  }
  let scale = 1;
  for (let factor = SCALES.get(tokens[j]?.fold ?? ''); factor !== undefined;) {
    scale *= factor;
    j += 1;
    factor = SCALES.get(tokens[j]?.fold ?? '');
  }
  let unitRead = unitBefore(tokens, i);
  let to = j;
  if (unitRead === undefined) {
    let k = j;
    while (FILLERS.has(tokens[k]?.fold ?? '') && unitOf(tokens[k]) === undefined) k += 1;
    const after = unitOf(tokens[k]);
    // "per cent" is two words; "per" alone is no unit.
    if (after === undefined && tokens[k - 1]?.fold === 'per' && tokens[k]?.fold === 'cent') {
      unitRead = { unit: 'percent', factor: 1 };
      to = k + 1;
    } else if (after !== undefined) {
      unitRead = after;
      to = k + 1;
    }
  }
  const unit = unitRead?.unit ?? 'count';
  const factor = unitRead?.factor ?? 1;
  const written = base * scale;
  return {
    mention: {
      value: round(written * factor),
      unit,
      unitWritten: unitRead !== undefined,
      written: round(written),
      qualifier: qualifierBefore(tokens, i),
    },
    from: i,
    to,
  };
}

/** "€3 million", "EUR 5 million", "$200,000". */
function unitBefore(
  tokens: readonly Token[],
  i: number,
): { unit: FactUnit; factor: number } | undefined {
  const before = unitOf(tokens[i - 1]);
  return before !== undefined && (before.unit === 'EUR' || before.unit === 'USD')
    ? before
    : undefined;
}

/** The qualifier in the few words before the number (or its currency sign). */
function qualifierBefore(tokens: readonly Token[], numberAt: number): ClaimQualifier {
  const end = unitBefore(tokens, numberAt) !== undefined ? numberAt - 1 : numberAt;
  return QUALIFIERS.endingAt(tokens, end) ?? 'exact';
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
