import type { Fact } from '../corpus/types.ts';

const QUALIFIER_TEXT: Record<Fact['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more than': 'more than ',
  almost: 'almost ',
  'at least': 'at least ',
  'up to': 'up to ',
};

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "2,700 kg (2.7 t)", "€550,000", "$200,000", "300%", "8 days", "2.5 million". */
export function formatAmount(value: number, unit: Fact['unit']): string {
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
      return `${number.format(value)} day${value === 1 ? '' : 's'}`;
    case 'count':
      return large(value);
  }
}

/** "2.5 million" reads better than "2,500,000"; smaller numbers keep their digits. */
function large(value: number): string {
  return value >= 1e6 ? `${number.format(value / 1e6)} million` : number.format(value);
}

/** "more than 22,400", "almost €3 million": a number with its qualifier and unit. */
export function formatFigure(
  value: number,
  unit: Fact['unit'],
  qualifier: Fact['qualifier'],
): string {
  return `${QUALIFIER_TEXT[qualifier]}${formatAmount(value, unit)}`;
}

/** The figure as the sources state it, qualifier included; "no number given" when they give none. */
export function formatValue(fact: Fact): string {
  if (fact.value === undefined) return 'no number given';
  return formatFigure(fact.value, fact.unit, fact.qualifier);
}
