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
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
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
  twintig: 20,
  dertig: 30,
  honderd: 100,
};
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
};

const UNIT_WORDS: [RegExp, Unit, number][] = [
  [/^(metric )?(t|ton|tons|tonne|tonnes)\b/, 'kg', 1000],
  [/^(kg|kgs|kilo|kilos|kilogram|kilograms|kilogrammes?)\b/, 'kg', 1],
  [/^(eur|euro|euros)\b/, 'EUR', 1],
  [/^(usd|dollar|dollars)\b/, 'USD', 1],
  [/^(%|percent|per cent|procent)/, 'percent', 1],
];

const PREFIX_CURRENCY: [RegExp, Unit][] = [
  [/(€|\beur)\s?$/, 'EUR'],
  [/(\$|\busd)\s?$/, 'USD'],
];

/** Reads "2,7" the Dutch way and "2,700" the English way; "7 000" is seven thousand in both. */
function readDigits(raw: string, language: string): number {
  const dutch = language === 'nl';
  const thousands = dutch ? '.' : ',';
  const decimal = dutch ? ',' : '.';
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
      const after = unitAfter(rest);
      if (WORD_NUMBERS[word] !== undefined) base = WORD_NUMBERS[word];
      else if (ARTICLES.has(word) && after.unit !== 'count') base = 1;
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
