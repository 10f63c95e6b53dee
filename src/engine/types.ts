import type { Country } from '../corpus/countries.ts';
import type { Metric, Fact, Operation, OperationCountry, SourceDocument } from '../corpus/types.ts';
import type { PassageHit } from '../search/passageIndex.ts';

export type { PassageHit };

/** The documents of the corpus by id: what a renderer needs to name a citation's source. */
export type Documents = ReadonlyMap<string, SourceDocument>;

export interface Choice {
  name: string;
  value: string;
}

export interface SourcesOverview {
  /** Newest first, each with the operations it gives figures for. */
  documents: { document: SourceDocument; operations: Operation[] }[];
  operations: number;
  facts: number;
}

export type OperationLookup =
  | { kind: 'found'; operation: Operation }
  | { kind: 'ambiguous'; candidates: Operation[] }
  | { kind: 'none'; suggestions: Operation[] };

export interface CountryInvolvement {
  operation: Operation;
  roles: OperationCountry[];
  /** Figures whose scope names the country: its own part in the operation. */
  local: Fact[];
  /** The operation's headline figures for all countries together, apart from `local`. */
  headline: Fact[];
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

/** What `/stats` can rank by, and the fact metrics each one gathers. */
export const STAT_METRICS = {
  arrests: ['arrests'],
  'house-searches': ['house-searches'],
  cocaine: ['cocaine-seized'],
  cash: ['cash-seized'],
  weapons: ['weapons-seized'],
  countries: ['countries'],
  officers: ['officers'],
} as const satisfies Record<string, readonly Metric[]>;
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
