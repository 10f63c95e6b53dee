import { stringify } from 'csv-stringify/sync';
import { factFields } from '../corpus/factFields.ts';
import type { Corpus, Fact, Operation } from '../corpus/types.ts';

/** One fact as a flat row: what a spreadsheet or a script needs to check it against its source. */
export interface FactRow {
  /** The operation's id; empty for background figures, which belong to no operation. */
  operation: string;
  metric: string;
  label: string;
  /** Absent (null) when the source names the thing without a number. */
  value: number | null;
  unit: string;
  qualifier: string;
  scope: string;
  document: string;
  quote: string;
  url: string;
}

export const FACT_COLUMNS = [
  'operation',
  'metric',
  'label',
  'value',
  'unit',
  'qualifier',
  'scope',
  'document',
  'quote',
  'url',
] as const satisfies readonly (keyof FactRow)[];

/** Which facts: one operation (by id), the operations naming one country (ISO code), or all. */
export interface FactSelection {
  operation?: string;
  country?: string;
}

function namesCountry(operation: Operation, code: string): boolean {
  return operation.lead?.country === code || operation.countries.some((c) => c.code === code);
}

function toRow(corpus: Corpus, fact: Fact): FactRow {
  const url = corpus.documents.get(fact.citation.document)?.url;
  if (url === undefined) throw new Error(`fact ${fact.id} cites unknown ${fact.citation.document}`);
  return { operation: fact.operation ?? '', ...factFields(fact), url };
}

/**
 * The selected facts in corpus order. Background figures (no operation) are part of "all" only:
 * they belong to no operation and name no country as a role.
 */
export function factRows(corpus: Corpus, selection: FactSelection = {}): FactRow[] {
  const { operation, country } = selection;
  const operations = corpus.operations.filter(
    (op) =>
      (operation === undefined || op.id === operation) &&
      (country === undefined || namesCountry(op, country)),
  );
  const background = operation === undefined && country === undefined ? corpus.background : [];
  return [...operations.flatMap((op) => op.facts), ...background].map((fact) =>
    toRow(corpus, fact),
  );
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): such cells
 * get a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte order mark, so spreadsheets
 * open quotes with č, ë or Cyrillic without mojibake.
 */
export function factsToCsv(rows: readonly FactRow[]): string {
  const records = rows.map((row) =>
    FACT_COLUMNS.map((column) => {
      const cell = row[column];
      return typeof cell === 'string' ? neutralizeFormula(cell) : cell;
    }),
  );
  return stringify(records, {
    bom: true,
    header: true,
    columns: [...FACT_COLUMNS],
    record_delimiter: 'windows',
    cast: { number: (value) => String(value) },
  });
}

/** A JSON array of rows, verbatim (no formula guard: JSON is read by programs, not spreadsheets). */
export function factsToJson(rows: readonly FactRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
