import type { Fact } from '../corpus/types.ts';
import { INTL_TAG, type Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

const numbers = new Map<Locale, Intl.NumberFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let found = numbers.get(locale);
  if (found === undefined) {
    found = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 });
    numbers.set(locale, found);
  }
  return found;
}

/** "2,700 kg (2.7 t)", "€550,000", "$200,000", "300%", "8 days", "2.5 million". */
export function formatAmount(value: number, unit: Fact['unit'], locale: Locale = 'en'): string {
  const number = numberFormat(locale);
  const large = (n: number): string =>
    n >= 1e6 ? `${number.format(n / 1e6)} ${MESSAGES[locale].million}` : number.format(n);
  switch (unit) {
    case 'kg':
      return value >= 1000
        ? `${number.format(value)} kg (${number.format(value / 1000)} t)`
        : `${number.format(value)} kg`;
    case 'EUR':
      return `€${large(value)}`;
    case 'USD':
      return `$${large(value)}`;
    case 'percent':
      return `${number.format(value)}%`;
    case 'days':
      return `${number.format(value)} ${MESSAGES[locale].days(value)}`;
    case 'count':
      return large(value);
  }
}

/** "more than 22,400", "almost €3 million": a number with its qualifier and unit. */
export function formatFigure(
  value: number,
  unit: Fact['unit'],
  qualifier: Fact['qualifier'],
  locale: Locale = 'en',
): string {
  return `${MESSAGES[locale].qualifiers[qualifier]}${formatAmount(value, unit, locale)}`;
}

/** The figure as the sources state it, qualifier included; "no number given" when they give none. */
export function formatValue(fact: Fact, locale: Locale = 'en'): string {
  if (fact.value === undefined) return MESSAGES[locale].noNumber;
  return formatFigure(fact.value, fact.unit, fact.qualifier, locale);
}
