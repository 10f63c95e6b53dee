import type { Engine } from '../engine/engine.ts';
import { formatOperationDate } from '../engine/dates.ts';
import type { CountryInvolvement, CountryReport } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { figureLine } from './figures.ts';
import { Footnotes } from './footnotes.ts';

function involvementField(
  entry: CountryInvolvement,
  notes: Footnotes,
  withFigures: boolean,
): CardField {
  const { operation } = entry;
  const roles = entry.roles.map((r) => {
    const detail = r.note === undefined ? '' : ` — ${r.note}`;
    return `**${r.role}**${detail} ${notes.mark(r.citation)}`;
  });
  const lines = [`Role: ${roles.join('; ')}`];
  if (withFigures) lines.push(...entry.figures.map((f) => figureLine(f, notes)));
  return {
    name: `${operation.name} (${formatOperationDate(operation.date)})`,
    value: lines.join('\n'),
  };
}

export function countryCard(engine: Engine, report: CountryReport): Answer {
  const { country } = report;
  const notes = new Footnotes((id) => engine.document(id));
  const fields: CardField[] = report.tookPart.map((entry) => involvementField(entry, notes, true));
  if (report.mentioned.length > 0) {
    fields.push({
      name: '── Only mentioned (not taking part) ──',
      value: `${country.name} appears in these operations without its authorities taking part.`,
    });
    fields.push(...report.mentioned.map((entry) => involvementField(entry, notes, false)));
  }
  if (fields.length === 0) {
    return {
      ok: false,
      ephemeral: true,
      content: `The sources do not mention **${country.name}** in any operation. Try \`/sources\` to see what the corpus covers.`,
      citations: [],
    };
  }
  fields.push({ name: 'Sources', value: notes.lines().join('\n') });
  const took = report.tookPart.length;
  const description =
    took === 0
      ? `${country.name} took part in no operation in the sources; it is only mentioned.`
      : `${country.name} took part in ${took} operation${took === 1 ? '' : 's'} in the sources (newest first), with each operation's headline figures.`;
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${country.name} (${country.code})`, description, fields },
    citations: notes.citations,
    state: { command: 'country', key: country.code, view: 'card' },
  };
}
