import { foldText } from '../text/normalize.ts';

export type Unit = 'count' | 'kg' | 'EUR' | 'USD' | 'percent';

export interface Quantity {
  value: number;
  unit: Unit;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

// Serbian, Croatian and Bosnian (Latin, or Cyrillic folded to Latin), with the collective forms
// police releases use ("devetorica osumnjičenih"). Only read in those languages: "pet" and "tri"
// are words elsewhere.
export const BCS_LANGUAGES: ReadonlySet<string> = new Set(['sr', 'hr', 'bs']);
const BCS_WORD_NUMBERS: Record<string, number> = {
  jedan: 1,
  jedna: 1,
  jedno: 1,
  dva: 2,
  dve: 2,
  dvije: 2,
  dvojica: 2,
  dvoje: 2,
  tri: 3,
  trojica: 3,
  troje: 3,
  cetiri: 4,
  cetvorica: 4,
  cetvoro: 4,
  pet: 5,
  petorica: 5,
  petoro: 5,
  sest: 6,
  sestorica: 6,
  sedam: 7,
  sedmorica: 7,
  osam: 8,
  osmorica: 8,
  devet: 9,
  devetorica: 9,
  deset: 10,
  desetorica: 10,
  jedanaest: 11,
  dvanaest: 12,
  trinaest: 13,
  cetrnaest: 14,
  petnaest: 15,
  sesnaest: 16,
  sedamnaest: 17,
  osamnaest: 18,
  devetnaest: 19,
  dvadeset: 20,
  trideset: 30,
  cetrdeset: 40,
  pedeset: 50,
  sezdeset: 60,
  sedamdeset: 70,
  osamdeset: 80,
  devedeset: 90,
  sto: 100,
  stotinu: 100,
};

/** The number a word names in `language`, if any. */
export function wordNumber(word: string, language: string): number | undefined {
  return WORD_NUMBERS[word] ?? (BCS_LANGUAGES.has(language) ? BCS_WORD_NUMBERS[word] : undefined);
}
// "a ton", "an estimated" — an article counts as one only before a unit.
const ARTICLES = new Set(['a', 'an', 'een']);

const SCALES: Record<string, number> = {
  thousand: 1e3,
  duizend: 1e3,
  million: 1e6,
  miljoen: 1e6,
  mln: 1e6,
  billion: 1e9,
  miljard: 1e9,
  hiljadu: 1e3,
  hiljada: 1e3,
  hiljade: 1e3,
  tisucu: 1e3,
  tisuca: 1e3,
  tisuce: 1e3,
  milion: 1e6,
  miliona: 1e6,
  milijun: 1e6,
  milijuna: 1e6,
  milijarda: 1e9,
  milijardi: 1e9,
  milijarde: 1e9,
};

const UNIT_WORDS: [RegExp, Unit, number][] = [
  [/^(metric )?(t|ton|tons|tonne|tonnes|tona|tone|tonu|toni)\b/, 'kg', 1000],
  [/^(kg|kgs|kilo|kilos|kilogram|kilograms|kilogrammes?|kilograma|kilograme|kila)\b/, 'kg', 1],
  [/^(g|gr|gram|grams|grammes?|grama)\b/, 'kg', 0.001],
  [/^(eur|euro|euros|evra|evro|eura|evre)\b/, 'EUR', 1],
  [/^(usd|dollar|dollars|dolara|dolar)\b/, 'USD', 1],
  [/^(%|percent|per cent|procent|odsto|posto|procenata|procenta)/, 'percent', 1],
];

const PREFIX_CURRENCY: [RegExp, Unit][] = [
  [/(€|\beur)\s?$/, 'EUR'],
  [/(\$|\busd)\s?$/, 'USD'],
];

// Languages that write "2,7" for two point seven and "550.000" for five hundred and fifty thousand.
const DECIMAL_COMMA = new Set(['nl', 'sr', 'hr', 'bs', 'de', 'sl', 'mk', 'sq']);

/** Reads "2,7" the Dutch way and "2,700" the English way; "7 000" is seven thousand in both. */
function readDigits(raw: string, language: string): number {
  const comma = DECIMAL_COMMA.has(language);
  const thousands = comma ? '.' : ',';
  const decimal = comma ? ',' : '.';
  let text = raw.replace(/[\u00a0\u202f ]/g, '');
  text = text.split(thousands).join('');
  text = text.replace(decimal, '.');
  return Number(text);
}

function unitAfter(rest: string): { unit: Unit; factor: number; scale: number } {
  let tail = rest.replace(/^[\s-]+/, '');
  let scale = 1;
  const scaleMatch = /^([a-z]+)\b/.exec(tail);
  const scaleWord = scaleMatch?.[1];
  if (scaleWord !== undefined && SCALES[scaleWord] !== undefined) {
    scale = SCALES[scaleWord];
    tail = tail.slice(scaleWord.length).replace(/^\s+/, '');
  }
  for (const [pattern, unit, factor] of UNIT_WORDS) {
    if (pattern.test(tail)) return { unit, factor, scale };
  }
  return { unit: 'count', factor: 1, scale };
}

/** Every quantity a quote states, with units converted to kg and currencies kept apart. */
export function parseQuantities(quote: string, language: string): Quantity[] {
  const text = foldText(quote).replace(/[‘’]/g, "'");
  const found: Quantity[] = [];
  const token = /(\d+(?:[.,\u00a0\u202f ]\d+)*)|\b([a-z]+)\b/g;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const [whole, digits, word] = m;
    const end = m.index + whole.length;
    const rest = text.slice(end);
    let base: number | undefined;
    if (digits !== undefined) base = readDigits(digits, language);
    else if (word !== undefined) {
      base = wordNumber(word, language);
      if (base === undefined && ARTICLES.has(word) && unitAfter(rest).unit !== 'count') base = 1;
    }
    if (base === undefined || Number.isNaN(base)) continue;
    const { unit, factor, scale } = unitAfter(rest);
    const value = base * scale * factor;
    const before = text.slice(0, m.index);
    const prefixed = PREFIX_CURRENCY.find(([pattern]) => pattern.test(before))?.[1];
    found.push({ value: round(value), unit: prefixed ?? unit });
  }
  return found;
}

/** Whether one of `found` is `value` in `unit` (a number of days is read like any count). */
export function statesValue(
  found: readonly Quantity[],
  value: number,
  unit: Unit | 'days',
): boolean {
  const wanted = unit === 'days' ? 'count' : unit;
  const tolerance = 1e-6 * Math.max(1, value);
  return found.some((q) => q.unit === wanted && Math.abs(q.value - value) < tolerance);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
