import type { Operation, OperationCountry, Role } from '../corpus/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, Card, CardField } from './answer.ts';
import { figureLine, groupFigures } from './figures.ts';
import { formatOperationDate } from './dates.ts';
import { Footnotes } from './footnotes.ts';
import { formatValue } from './format.ts';
import type { Locale } from './locale.ts';
import { escapeMarkdown } from './markdown.ts';
import { MESSAGES, type Messages } from './messages.ts';

const ROLE_ORDER: Role[] = [
  'lead',
  'participant',
  'support',
  'event location',
  'funder',
  'origin',
  'transit',
  'destination',
  'seizure location',
  'mentioned',
];

function countryLines(operation: Operation, notes: Footnotes, t: Messages): string[] {
  const lines: string[] = [];
  for (const role of ROLE_ORDER) {
    const title = t.roles[role];
    const entries = operation.countries.filter((c) => c.role === role);
    if (entries.length === 0) continue;
    const groups = new Map<string, OperationCountry[]>();
    for (const entry of entries) {
      const key = entry.group ?? '';
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const parts = [...groups.entries()].map(([group, list]) => {
      const marks = [...new Set(list.map((c) => notes.mark(c.citation)))].join('');
      const names = list.map((c) => t.countryName(c.code, c.name)).join(', ');
      return group === '' ? `${names} ${marks}` : `${group} (${list.length}): ${names} ${marks}`;
    });
    lines.push(
      `**${title}${role === 'participant' ? ` (${entries.length})` : ''}:** ${parts.join('; ')}`,
    );
  }
  if (operation.countriesNote !== undefined) lines.push(`_${t.note}: ${operation.countriesNote}._`);
  return lines;
}

function header(operation: Operation, notes: Footnotes, locale: Locale): string {
  const t = MESSAGES[locale];
  const { date } = operation;
  const dateMark = date.precision === 'unknown' ? '' : ` ${notes.mark(date.citation)}`;
  const dateNote = date.note === undefined ? '' : ` _(${date.note})_`;
  const lines = [
    escapeMarkdown(operation.summary),
    '',
    `**${t.date}:** ${formatOperationDate(date, locale)}${dateMark}${dateNote}`,
  ];
  if (operation.lead !== undefined) {
    lines.push(
      `**${t.leadCountry}:** ${t.countryName(operation.lead.country, operation.lead.name)} ${notes.mark(operation.lead.citation)}`,
    );
  } else {
    lines.push(`**${t.leadCountry}:** ${t.notStated}`);
  }
  if (operation.bodies.length > 0) {
    lines.push(
      `**${t.coordinatingBodies}:** ${operation.bodies.map((b) => `${b.name} ${notes.mark(b.citation)}`).join(', ')}`,
    );
  }
  if (operation.umbrella !== undefined) lines.push(`**${t.partOf}:** ${operation.umbrella}`);
  return lines.join('\n');
}

/** The operation's card: header, countries with roles, figures by group, then the sources. */
export function operationCard(
  operation: Operation,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const description = header(operation, notes, locale);
  const fields: CardField[] = [
    { name: t.countries, value: countryLines(operation, notes, t).join('\n') || '—' },
  ];
  for (const group of groupFigures(operation.facts, locale)) {
    fields.push({
      name: group.title,
      value: group.facts.map((f) => figureLine(f, notes, locale)).join('\n'),
    });
  }
  fields.push(notes.sourcesField());
  const card: Card = {
    title: operation.name,
    description,
    fields,
    footer: t.cardFooter,
  };
  return {
    ok: true,
    ephemeral: false,
    card,
    citations: notes.citations,
    state: { command: 'operation', key: operation.id, view: 'card' },
    otherViews: [{ view: 'quotes', label: t.showQuotes }],
    locale,
  };
}

/** The same operation with each figure's verbatim quote, for checking and pasting. */
export function operationQuotes(
  operation: Operation,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const fields: CardField[] = [];
  const { date } = operation;
  if (date.precision !== 'unknown') {
    fields.push({
      name: `${t.date}: ${formatOperationDate(date, locale)} ${notes.mark(date.citation)}`,
      value: `> ${escapeMarkdown(date.citation.quote)} ${notes.link(date.citation)}`,
    });
  }
  for (const fact of operation.facts) {
    fields.push({
      name: `${formatValue(fact, locale)} ${fact.label} ${notes.mark(fact.citation)}`,
      value: `> ${escapeMarkdown(fact.citation.quote.replace(/\s*\n\s*/g, ' '))} ${notes.link(fact.citation)}\n_${fact.scope}_`,
    });
  }
  fields.push(notes.sourcesField());
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${operation.name} — ${t.quotesTitle}`, fields },
    citations: notes.citations,
    state: { command: 'operation', key: operation.id, view: 'quotes' },
    otherViews: [{ view: 'card', label: t.showFigures }],
    locale,
  };
}
