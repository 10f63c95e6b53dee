import type { Documents, StatsResult } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { figureLine } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

/** A ranking's unit as the reader's language names it ("euros", "eura"); else as given. */
export function unitName(unit: string, locale: Locale): string {
  return Object.entries(MESSAGES[locale].units).find(([key]) => key === unit)?.[1] ?? unit;
}

/** Operations ranked by one metric; figures of other scopes and currencies are shown apart, never summed. */
export function statsCard(
  result: StatsResult,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const fields: CardField[] = [];
  const separateUnits = result.ranked.length > 1;
  for (const group of result.ranked) {
    const lines = group.entries.map(
      ({ operation, fact }, i) =>
        `${i + 1}. **${formatValue(fact, locale)}** — ${operation.name}: ${fact.label}, ${fact.scope} ${notes.mark(fact.citation)}`,
    );
    const name = separateUnits
      ? t.stats.rankedIn(unitName(group.unit, locale))
      : t.stats.rankedHeadline;
    fields.push({ name, value: lines.join('\n') });
  }
  if (result.ranked.length === 0) fields.push({ name: t.stats.ranked, value: t.stats.noHeadline });
  if (result.otherScopes.length > 0) {
    fields.push({
      name: t.stats.otherScopes,
      value: result.otherScopes
        .flatMap(({ operation, facts }) => [
          `__${operation.name}__`,
          ...facts.map((f) => figureLine(f, notes, locale)),
        ])
        .join('\n'),
    });
  }
  if (result.background.length > 0) {
    fields.push({
      name: t.stats.context,
      value: result.background.map((f) => figureLine(f, notes, locale)).join('\n'),
    });
  }
  if (result.missing.length > 0) {
    fields.push({
      name: t.stats.missing,
      value: result.missing.map((op) => `• ${op.name}`).join('\n'),
    });
  }
  fields.push(notes.sourcesField());
  const label = t.statMetrics[result.metric];
  const top = result.ranked[0]?.entries[0];
  const description =
    top === undefined
      ? t.stats.noneReports(label)
      : t.stats.largest(formatValue(top.fact, locale), top.operation.name);
  return {
    ok: true,
    ephemeral: false,
    card: { title: t.stats.title(label), description, fields },
    citations: notes.citations,
    state: { command: 'stats', key: result.metric, view: 'card' },
    locale,
  };
}
