import type { Fact, Metric } from '../corpus/types.ts';
import type { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';

export const FIGURE_GROUPS: { title: string; metrics: readonly Metric[] }[] = [
  { title: 'Arrests', metrics: ['arrests'] },
  { title: 'Searches', metrics: ['house-searches'] },
  {
    title: 'Seizures',
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
  { title: 'Checks and detections', metrics: ['checks', 'detections'] },
  {
    title: 'Other figures',
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
export function figureLine(fact: Fact, notes: Footnotes): string {
  const derived = fact.derived === undefined ? '' : ` (derived: ${fact.derived})`;
  const figure =
    fact.value === undefined
      ? `${fact.label} (no number given)`
      : `**${formatValue(fact)}** ${fact.label}`;
  return `• ${figure} — ${fact.scope}${derived} ${notes.mark(fact.citation)}`;
}

export function groupFigures(facts: readonly Fact[]): { title: string; facts: Fact[] }[] {
  return FIGURE_GROUPS.map((group) => ({
    title: group.title,
    facts: facts.filter((f) => group.metrics.includes(f.metric)),
  })).filter((group) => group.facts.length > 0);
}
