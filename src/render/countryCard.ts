import type { CountryInvolvement, CountryReport, Documents } from '../engine/types.ts';
import { formatOperationDate } from './dates.ts';
import type { Answer, CardField } from './answer.ts';
import { figureLine } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import { problemAnswer } from './problems.ts';

function involvementField(
  entry: CountryInvolvement,
  notes: Footnotes,
  withFigures: boolean,
  countryName: string,
): CardField {
  const { operation } = entry;
  const roles = entry.roles.map((r) => {
    const detail = r.note === undefined ? '' : ` — ${r.note}`;
    return `**${r.role}**${detail} ${notes.mark(r.citation)}`;
  });
  const lines = [`Role: ${roles.join('; ')}`];
  if (entry.local.length > 0) {
    lines.push(`__In ${countryName}:__`, ...entry.local.map((f) => figureLine(f, notes)));
  }
  if (withFigures && entry.headline.length > 0) {
    lines.push('__Whole operation:__', ...entry.headline.map((f) => figureLine(f, notes)));
  }
  return {
    name: `${operation.name} (${formatOperationDate(operation.date)})`,
    value: lines.join('\n'),
  };
}

export function countryCard(report: CountryReport, documents: Documents): Answer {
  const { country } = report;
  const notes = new Footnotes(documents);
  const fields: CardField[] = report.tookPart.map((entry) =>
    involvementField(entry, notes, true, country.name),
  );
  if (report.mentioned.length > 0) {
    fields.push({
      name: '── Only mentioned (not taking part) ──',
      value: `${country.name} appears in these operations without its authorities taking part.`,
    });
    fields.push(
      ...report.mentioned.map((entry) => involvementField(entry, notes, false, country.name)),
    );
  }
  if (fields.length === 0) {
    return problemAnswer({ kind: 'country-not-mentioned', country: country.name });
  }
  fields.push(notes.sourcesField());
  const took = report.tookPart.length;
  const description =
    took === 0
      ? `${country.name} took part in no operation in the sources; it is only mentioned.`
      : `${country.name} took part in ${took} operation${took === 1 ? '' : 's'} in the sources (newest first), with its own figures and each operation's headline figures.`;
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${country.name} (${country.code})`, description, fields },
    citations: notes.citations,
    state: { command: 'country', key: country.code, view: 'card' },
  };
}
