import type { PassageIndex } from '../search/passageIndex.ts';
import type { Passage, PassageTable } from './passages.ts';
import type { FactInput, Metric, OperationDate, Qualifier, Role } from './schema.ts';

export type { Metric, Qualifier, Role, Passage };

/** A verified place in a source document: `quote` is the document's own text at [start, end). */
export interface Citation {
  document: string;
  quote: string;
  start: number;
  end: number;
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  published?: string | undefined;
  url: string;
  /** The day the source was fetched or read, when known (YYYY-MM-DD). */
  retrieved?: string | undefined;
  language: string;
  note?: string | undefined;
  file: string;
  text: string;
}

export interface Fact extends Omit<FactInput, 'document' | 'quote' | 'unit'> {
  unit: FactInput['unit'];
  citation: Citation;
  /** The operation the figure belongs to; undefined for background figures. */
  operation?: string;
}

export interface OperationCountry {
  code: string;
  name: string;
  role: Role;
  group?: string;
  note?: string | undefined;
  citation: Citation;
}

export type LoadedDate =
  | { precision: 'day' | 'month'; value: string; note?: string | undefined; citation: Citation }
  | {
      precision: 'range';
      start: string;
      end: string;
      note?: string | undefined;
      citation: Citation;
    }
  | { precision: 'unknown'; note: string };

export interface Operation {
  id: string;
  name: string;
  aliases: string[];
  umbrella?: string;
  date: LoadedDate;
  summary: string;
  lead?: { country: string; name: string; citation: Citation };
  bodies: { name: string; citation: Citation }[];
  countries: OperationCountry[];
  countriesNote?: string;
  facts: Fact[];
  file: string;
}

export interface Corpus {
  dir: string;
  documents: Map<string, SourceDocument>;
  /** Every document's passages, as columns; `passages.at(i)` makes one `Passage`. */
  passages: PassageTable;
  /** The passage index when it was read back from a saved copy, so the engine need not build it. */
  passageIndex?: PassageIndex;
  operations: Operation[];
  /** Figures that belong to no operation (trends, context). */
  background: Fact[];
}

export type { OperationDate };
