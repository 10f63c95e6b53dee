import type { Documents, StatsResult } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { figureLine } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';
import { STAT_LABELS } from './labels.ts';

const UNIT_NAMES: Record<string, string> = {
  kg: 'kilograms',
  EUR: 'euros',
  USD: 'US dollars',
  count: 'count',
  percent: 'percent',
  days: 'days',
};

/** Operations ranked by one metric; figures of other scopes and currencies are shown apart, never summed. */
export function statsCard(result: StatsResult, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const fields: CardField[] = [];
  const separateUnits = result.ranked.length > 1;
  for (const group of result.ranked) {
    const lines = group.entries.map(
      ({ operation, fact }, i) =>
        `${i + 1}. **${formatValue(fact)}** — ${operation.name}: ${fact.label}, ${fact.scope} ${notes.mark(fact.citation)}`,
    );
    const name = separateUnits
      ? `Ranked (${UNIT_NAMES[group.unit] ?? group.unit}, not compared with other currencies)`
      : 'Ranked by headline figure';
    fields.push({ name, value: lines.join('\n') });
  }
  if (result.ranked.length === 0)
    fields.push({ name: 'Ranked', value: 'No operation has a headline figure for this metric.' });
  if (result.otherScopes.length > 0) {
    fields.push({
      name: 'Other figures (different scope: not ranked, not added up)',
      value: result.otherScopes
        .flatMap(({ operation, facts }) => [
          `__${operation.name}__`,
          ...facts.map((f) => figureLine(f, notes)),
        ])
        .join('\n'),
    });
  }
  if (result.background.length > 0) {
    fields.push({
      name: 'Context (no single operation)',
      value: result.background.map((f) => figureLine(f, notes)).join('\n'),
    });
  }
  if (result.missing.length > 0) {
    fields.push({
      name: 'No figure in the sources',
      value: result.missing.map((op) => `• ${op.name}`).join('\n'),
    });
  }
  fields.push(notes.sourcesField());
  const label = STAT_LABELS[result.metric].en;
  const top = result.ranked[0]?.entries[0];
  const description =
    top === undefined
      ? `No operation in the sources reports ${label.toLowerCase()}.`
      : `Each operation's headline figure, largest first. Largest: ${formatValue(top.fact)} (${top.operation.name}).`;
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${label} — operations ranked`, description, fields },
    citations: notes.citations,
    state: { command: 'stats', key: result.metric, view: 'card' },
  };
}
