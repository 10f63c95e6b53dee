import type { Fact, Metric } from '../corpus/types.ts';
import type { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';
import type { Locale } from './locale.ts';
import { MESSAGES, type Messages } from './messages.ts';

export const FIGURE_GROUPS: { title: keyof Messages['groups']; metrics: readonly Metric[] }[] = [
  { title: 'arrests', metrics: ['arrests'] },
  { title: 'searches', metrics: ['house-searches'] },
  {
    title: 'seizures',
    metrics: [
      'cocaine-seized',
      'drugs-seized',
      'cash-seized',
      'assets-seized',
      'vehicles-seized',
      'valuables-seized',
      'weapons-seized',
      'ammunition-seized',
      'explosives-seized',
      'documents-seized',
      'boats-seized',
      'assets-frozen',
    ],
  },
  { title: 'checks', metrics: ['checks', 'detections'] },
  {
    title: 'other',
    metrics: [
      'victims-rescued',
      'migrants',
      'officers',
      'experts-deployed',
      'targets-identified',
      'countries',
      'price',
      'duration',
      'trend',
    ],
  },
];

/** "• **23** individuals arrested — in total, … [1]": the figure, what it counts, its scope, its source. */
export function figureLine(fact: Fact, notes: Footnotes, locale: Locale = 'en'): string {
  const derived = fact.derived === undefined ? '' : ` (${MESSAGES[locale].derived(fact.derived)})`;
  const figure =
    fact.value === undefined
      ? `${fact.label} (${MESSAGES[locale].noNumber})`
      : `**${formatValue(fact, locale)}** ${fact.label}`;
  return `• ${figure} — ${fact.scope}${derived} ${notes.mark(fact.citation)}`;
}

export function groupFigures(
  facts: readonly Fact[],
  locale: Locale = 'en',
): { title: string; facts: Fact[] }[] {
  return FIGURE_GROUPS.map((group) => ({
    title: MESSAGES[locale].groups[group.title],
    facts: facts.filter((f) => group.metrics.includes(f.metric)),
  })).filter((group) => group.facts.length > 0);
}
