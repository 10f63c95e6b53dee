import type { CountryInvolvement, CountryReport, Documents } from '../engine/types.ts';
import { formatOperationDate } from './dates.ts';
import type { Answer, CardField } from './answer.ts';
import { figureLine } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';
import { problemAnswer } from './problems.ts';

function involvementField(
  entry: CountryInvolvement,
  notes: Footnotes,
  withFigures: boolean,
  countryName: string,
  locale: Locale,
): CardField {
  const t = MESSAGES[locale];
  const { operation } = entry;
  const roles = entry.roles.map((r) => {
    const detail = r.note === undefined ? '' : ` — ${r.note}`;
    return `**${t.roleNames[r.role]}**${detail} ${notes.mark(r.citation)}`;
  });
  const lines = [`${t.country.role}: ${roles.join('; ')}`];
  if (entry.local.length > 0) {
    lines.push(
      `__${t.country.inCountry(countryName)}__`,
      ...entry.local.map((f) => figureLine(f, notes, locale)),
    );
  }
  if (withFigures && entry.headline.length > 0) {
    lines.push(
      `__${t.country.wholeOperation}__`,
      ...entry.headline.map((f) => figureLine(f, notes, locale)),
    );
  }
  return {
    name: `${operation.name} (${formatOperationDate(operation.date, locale)})`,
    value: lines.join('\n'),
  };
}

export function countryCard(
  report: CountryReport,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const { country } = report;
  const name = t.countryName(country.code, country.name);
  const notes = new Footnotes(documents, locale);
  const fields: CardField[] = report.tookPart.map((entry) =>
    involvementField(entry, notes, true, name, locale),
  );
  if (report.mentioned.length > 0) {
    fields.push({
      name: `── ${t.country.onlyMentioned} ──`,
      value: t.country.onlyMentionedNote(name),
    });
    fields.push(
      ...report.mentioned.map((entry) => involvementField(entry, notes, false, name, locale)),
    );
  }
  if (fields.length === 0) {
    return problemAnswer({ kind: 'country-not-mentioned', country: name }, locale);
  }
  fields.push(notes.sourcesField());
  const took = report.tookPart.length;
  const description = took === 0 ? t.country.tookPartNone(name) : t.country.tookPart(name, took);
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${name} (${country.code})`, description, fields },
    citations: notes.citations,
    state: { command: 'country', key: country.code, view: 'card' },
    locale,
  };
}
