import type { Country } from '../corpus/countries.ts';
import type { Operation } from '../corpus/types.ts';
import { factRows, factsToCsv, factsToJson, type FactSelection } from '../export/facts.ts';
import { defineCommand } from '../interactions/command.ts';
import type { Attachment } from '../render/answer.ts';
import { exportCard } from '../render/exportCard.ts';
import { LIMITS } from '../render/limits.ts';
import type { Locale } from '../render/locale.ts';
import { MESSAGES } from '../render/messages.ts';
import { problemAnswer } from '../render/problems.ts';
import { countryChoices, nameOfCountry, resolveCountry, resolveOperation } from './resolve.ts';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Discord's attachment size for a bot without boosts. */
const MAX_BYTES = 10 * 1024 * 1024;

function file(format: Format, base: string, text: string, locale: Locale): Attachment {
  const t = MESSAGES[locale].export;
  return format === 'csv'
    ? {
        name: `${base}.csv`,
        description: t.csvAlt,
        contentType: 'text/csv; charset=utf-8',
        data: Buffer.from(text, 'utf8'),
      }
    : {
        name: `${base}.json`,
        description: t.jsonAlt,
        contentType: 'application/json',
        data: Buffer.from(text, 'utf8'),
      };
}

export const exportCommand = defineCommand({
  name: 'export',
  description: {
    en: 'The facts as CSV and JSON files: one row per figure, with its quote and source',
    nl: 'De feiten als CSV- en JSON-bestand: één rij per cijfer, met citaat en bron',
    hr: 'Podaci kao CSV i JSON datoteke: jedan redak po podatku, s citatom i izvorom',
  },
  options: {
    operation: {
      type: 'string',
      localizedName: { nl: 'operatie', hr: 'operacija' },
      description: {
        en: 'Only this operation, e.g. sky-ecc',
        nl: 'Alleen deze operatie, bijv. sky-ecc',
        hr: 'Samo ova operacija, npr. sky-ecc',
      },
      required: false,
      maxLength: 200,
      autocomplete: true,
    },
    country: {
      type: 'string',
      localizedName: { nl: 'land', hr: 'drzava' },
      description: {
        en: 'Only operations naming this country, e.g. Serbia, Srbija',
        nl: 'Alleen operaties die dit land noemen, bijv. Servië, Srbija',
        hr: 'Samo operacije koje navode ovu državu, npr. Srbija',
      },
      required: false,
      maxLength: 100,
      autocomplete: true,
    },
    format: {
      type: 'string',
      localizedName: { nl: 'formaat', hr: 'format' },
      description: {
        en: 'One format only (both by default)',
        nl: 'Alleen één formaat (standaard beide)',
        hr: 'Samo jedan format (zadano oba)',
      },
      required: false,
      choices: FORMATS.map((f) => ({
        value: f,
        name: { en: f.toUpperCase(), nl: f.toUpperCase(), hr: f.toUpperCase() },
      })),
    },
  },
  example: '/export operation:sky-ecc',
  run({ engine, locale }, options) {
    const wanted = options.format?.toLowerCase();
    const formats = FORMATS.filter((f) => wanted === undefined || f === wanted);
    if (formats.length === 0) {
      return problemAnswer(
        { kind: 'not-a-format', query: options.format ?? '', known: FORMATS },
        locale,
      );
    }
    let operation: Operation | undefined;
    let country: Country | undefined;
    if (options.operation !== undefined) {
      const found = resolveOperation(engine, options.operation, locale);
      if (found.kind === 'problem') return found.answer;
      operation = found.value;
    }
    if (options.country !== undefined) {
      const found = resolveCountry(engine, options.country, locale);
      if (found.kind === 'problem') return found.answer;
      country = found.value;
    }
    const selection: FactSelection = {
      ...(operation === undefined ? {} : { operation: operation.id }),
      ...(country === undefined ? {} : { country: country.code }),
    };
    const rows = factRows(engine.corpus, selection);
    const ids = new Set(rows.map((row) => row.operation));
    const operations = engine.corpus.operations.filter((op) => ids.has(op.id));
    if (country !== undefined && operations.length === 0) {
      return problemAnswer(
        { kind: 'country-not-mentioned', country: nameOfCountry(country, locale) },
        locale,
      );
    }
    const base = ['facts', operation?.id, country?.code.toLowerCase()]
      .filter((part) => part !== undefined)
      .join('-');
    const files = formats.map((format) =>
      file(
        format,
        base === 'facts' ? 'facts-all' : base,
        format === 'csv' ? factsToCsv(rows) : factsToJson(rows),
        locale,
      ),
    );
    const largest = Math.max(...files.map((f) => f.data.length));
    if (largest > MAX_BYTES) {
      const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
      return problemAnswer(
        { kind: 'export-too-large', megabytes: mb(largest), maxMegabytes: mb(MAX_BYTES) },
        locale,
      );
    }
    const subject =
      operation !== undefined && country !== undefined
        ? `${operation.name}, ${nameOfCountry(country, locale)}`
        : (operation?.name ??
          (country === undefined ? undefined : nameOfCountry(country, locale)) ??
          MESSAGES[locale].allOperations);
    return exportCard(
      {
        subject,
        facts: rows.length,
        operations: operations.map((op) => op.name),
        background: rows.filter((row) => row.operation === '').length,
      },
      files,
      locale,
    );
  },
  autocomplete(ctx, option, value) {
    const { engine } = ctx;
    return option === 'country'
      ? countryChoices(ctx, value)
      : option === 'operation'
        ? engine.completeOperations(value, LIMITS.choices)
        : [];
  },
});
