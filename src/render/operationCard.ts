import type { Operation, OperationCountry, Role } from '../corpus/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, Card, CardField } from './answer.ts';
import { figureLine, groupFigures } from './figures.ts';
import { formatOperationDate } from './dates.ts';
import { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';
import { escapeMarkdown } from './markdown.ts';

const ROLE_TITLES: [Role, string][] = [
  ['lead', 'Lead'],
  ['participant', 'Taking part'],
  ['support', 'Supporting'],
  ['event location', 'Event location'],
  ['funder', 'Funder (not a participant)'],
  ['origin', 'Origin of drugs (not a participant)'],
  ['transit', 'Transit (not a participant)'],
  ['destination', 'Destination (not a participant)'],
  ['seizure location', 'Place of earlier seizures'],
  ['mentioned', 'Also mentioned'],
];

function countryLines(operation: Operation, notes: Footnotes): string[] {
  const lines: string[] = [];
  for (const [role, title] of ROLE_TITLES) {
    const entries = operation.countries.filter((c) => c.role === role);
    if (entries.length === 0) continue;
    const groups = new Map<string, OperationCountry[]>();
    for (const entry of entries) {
      const key = entry.group ?? '';
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const parts = [...groups.entries()].map(([group, list]) => {
      const marks = [...new Set(list.map((c) => notes.mark(c.citation)))].join('');
      const names = list.map((c) => c.name).join(', ');
      return group === '' ? `${names} ${marks}` : `${group} (${list.length}): ${names} ${marks}`;
    });
    lines.push(
      `**${title}${role === 'participant' ? ` (${entries.length})` : ''}:** ${parts.join('; ')}`,
    );
  }
  if (operation.countriesNote !== undefined) lines.push(`_Note: ${operation.countriesNote}._`);
  return lines;
}

function header(operation: Operation, notes: Footnotes): string {
  const { date } = operation;
  const dateMark = date.precision === 'unknown' ? '' : ` ${notes.mark(date.citation)}`;
  const dateNote = date.note === undefined ? '' : ` _(${date.note})_`;
  const lines = [
    escapeMarkdown(operation.summary),
    '',
    `**Date:** ${formatOperationDate(date)}${dateMark}${dateNote}`,
  ];
  if (operation.lead !== undefined) {
    lines.push(`**Lead country:** ${operation.lead.name} ${notes.mark(operation.lead.citation)}`);
  } else {
    lines.push('**Lead country:** not stated in the sources');
  }
  if (operation.bodies.length > 0) {
    lines.push(
      `**Coordinating bodies:** ${operation.bodies.map((b) => `${b.name} ${notes.mark(b.citation)}`).join(', ')}`,
    );
  }
  if (operation.umbrella !== undefined) lines.push(`**Part of:** ${operation.umbrella}`);
  return lines.join('\n');
}

/** The operation's card: header, countries with roles, figures by group, then the sources. */
export function operationCard(operation: Operation, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const description = header(operation, notes);
  const fields: CardField[] = [
    { name: 'Countries', value: countryLines(operation, notes).join('\n') || '—' },
  ];
  for (const group of groupFigures(operation.facts)) {
    fields.push({
      name: group.title,
      value: group.facts.map((f) => figureLine(f, notes)).join('\n'),
    });
  }
  fields.push(notes.sourcesField());
  const card: Card = {
    title: operation.name,
    description,
    fields,
    footer: 'Every figure is quoted from its source: press “Show quotes”.',
  };
  return {
    ok: true,
    ephemeral: false,
    card,
    citations: notes.citations,
    state: { command: 'operation', key: operation.id, view: 'card' },
    otherViews: [{ view: 'quotes', label: 'Show quotes' }],
  };
}

/** The same operation with each figure's verbatim quote, for checking and pasting. */
export function operationQuotes(operation: Operation, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const fields: CardField[] = [];
  const { date } = operation;
  if (date.precision !== 'unknown') {
    fields.push({
      name: `Date: ${formatOperationDate(date)} ${notes.mark(date.citation)}`,
      value: `> ${escapeMarkdown(date.citation.quote)} ${notes.link(date.citation)}`,
    });
  }
  for (const fact of operation.facts) {
    fields.push({
      name: `${formatValue(fact)} ${fact.label} ${notes.mark(fact.citation)}`,
      value: `> ${escapeMarkdown(fact.citation.quote.replace(/\s*\n\s*/g, ' '))} ${notes.link(fact.citation)}\n_${fact.scope}_`,
    });
  }
  fields.push(notes.sourcesField());
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${operation.name} — quotes`, fields },
    citations: notes.citations,
    state: { command: 'operation', key: operation.id, view: 'quotes' },
    otherViews: [{ view: 'card', label: 'Show figures' }],
  };
}
