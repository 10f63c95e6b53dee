import type { Country } from '../corpus/countries.ts';
import type {
  Citation,
  Fact,
  Operation,
  OperationCountry,
  SourceDocument,
} from '../corpus/types.ts';
import type { PassageHit } from '../search/passageIndex.ts';

export type { PassageHit };

export type OperationLookup =
  | { kind: 'found'; operation: Operation }
  | { kind: 'ambiguous'; candidates: Operation[] }
  | { kind: 'none'; suggestions: Operation[] };

export interface CountryInvolvement {
  operation: Operation;
  roles: OperationCountry[];
  /** The operation's headline figures, plus any figure whose scope names the country. */
  figures: Fact[];
}

export interface CountryReport {
  country: Country;
  /** Operations its authorities took part in (lead, participant, support), newest first. */
  tookPart: CountryInvolvement[];
  /** Operations that only mention it (origin, destination, funder, seizure location, …). */
  mentioned: CountryInvolvement[];
}

export type CountryLookup =
  { kind: 'found'; report: CountryReport } | { kind: 'none'; suggestions: Country[] };

export interface CiteResult {
  /** The whole sentence that supports the claim, verbatim. */
  citation: Citation;
  document: SourceDocument;
  /** The figure from the facts table that the claim names, when it names one. */
  fact?: Fact;
  /** Share of the claim's words found in the quote (1 when a figure matched). */
  coverage: number;
  /** Numbers in the claim that the quote does not state: the sources do not back them. */
  unsupportedNumbers: string[];
}

export const STAT_METRICS = {
  arrests: { label: 'Arrests', metrics: ['arrests'] },
  'house-searches': { label: 'House searches', metrics: ['house-searches'] },
  cocaine: { label: 'Cocaine seized', metrics: ['cocaine-seized'] },
  cash: { label: 'Cash seized', metrics: ['cash-seized'] },
  weapons: { label: 'Weapons seized', metrics: ['weapons-seized'] },
  countries: { label: 'Countries taking part', metrics: ['countries'] },
  officers: { label: 'Officers involved', metrics: ['officers'] },
} as const;
export type StatMetric = keyof typeof STAT_METRICS;

export interface StatsResult {
  metric: StatMetric;
  /** Headline figures, one list per unit (EUR and USD are never ranked together), largest first. */
  ranked: { unit: string; entries: { operation: Operation; fact: Fact }[] }[];
  /** Other figures of the same metric with a different scope: listed, never summed or ranked. */
  otherScopes: { operation: Operation; facts: Fact[] }[];
  /** Figures that belong to no operation. */
  background: Fact[];
  /** Operations whose sources give no figure for the metric. */
  missing: Operation[];
}
