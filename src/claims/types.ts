import type { Citation, Fact, Metric, Operation, Qualifier, Role } from '../corpus/types.ts';

export type FactUnit = Fact['unit'];
/** What a claim may qualify its number with: the facts' qualifiers plus "less than". */
export type ClaimQualifier = Qualifier | 'less than';

/** A calendar span at day, month or year precision; a day or month may come without a year. */
export interface DateMention {
  year?: number;
  month?: number;
  day?: number;
}

/** Where a figure holds or a claim says it holds: a country, and the city when one is named. */
export interface Place {
  code: string;
  city?: string;
}

/**
 * The kind of scope a figure has: on the action day, the operation's total, arrests before the
 * action day, seizures traced back to the network afterwards, a part of a larger figure, or the
 * operation as a whole.
 */
export type ScopeKind = 'action-day' | 'total' | 'earlier' | 'traced' | 'part' | 'whole';

export interface NumberMention {
  /** In the fact's units: kilograms, euros, dollars, days, percent or a count. */
  value: number;
  unit: FactUnit;
  /** Whether a unit word or symbol was written (a bare count says nothing about kilograms). */
  unitWritten: boolean;
  /** The number as written before unit conversion: 626 in "626 tonnes". */
  written: number;
  qualifier: ClaimQualifier;
}

export type RoleClaim = 'lead' | 'took part' | 'coordinated' | 'funded' | 'supported' | 'hosted';

/** A body named in a claim ("Europol", "Frontex"), as the schema spells it. */
export type BodyName = 'Europol' | 'INTERPOL' | 'Eurojust' | 'Frontex' | 'MAOC-N' | 'EMPACT';

export type QuestionKind =
  'how-many' | 'who-led' | 'which-countries' | 'which-operations' | 'when' | 'how-long' | 'other';

/** What a claim or question asserts or asks, every part optional. */
export interface ParsedClaim {
  text: string;
  /** Set when the text asks rather than asserts. */
  question?: QuestionKind;
  number?: NumberMention;
  /** The days a figure took, when the claim says so beside it ("89 victims in eight days"). */
  period?: NumberMention;
  /** Metrics the words and unit point to; empty when the claim names none. */
  metrics: Metric[];
  /** Words that narrow the figure ("flights", "sniper", "passenger"), as concepts. */
  things: string[];
  /**
   * The concepts of the noun the figure counts, when one is written ("agents" in "236 of the
   * 3,000 agents were arrested"): a fact of the figure must measure or name one of them.
   */
  counts?: string[];
  /** Every concept named, the metric words included. */
  concepts: string[];
  operations: Operation[];
  /**
   * What the claim measures when no fact measures it: an act the facts never count ("convicted",
   * "shipped") or one that cannot measure its figure ("smuggled seven tonnes").
   */
  unmeasured?: string;
  /** An operation named ("Operation Trojan Shield") that the corpus does not hold. */
  unknownOperation?: string;
  places: Place[];
  dates: DateMention[];
  scope?: ScopeKind;
  role?: RoleClaim;
  /** The country the role claim is about ("Spain" in "Spain led …"). */
  actor?: string;
  bodies: BodyName[];
}

/** One figure as the bot shows it, with its verbatim quote. */
export interface FactView {
  /** The operation's id; null for background figures. */
  operation: string | null;
  /** A facts-table metric, or what a non-numeric statement is about (lead, countries, date). */
  metric: Metric | 'lead' | 'role' | 'body' | 'date';
  label: string;
  value: number | null;
  unit: FactUnit | null;
  qualifier: Qualifier;
  scope: string;
  document: string;
  quote: string;
}

/** A view plus what it was made from, for callers that render more than the view. */
export interface FactRef {
  view: FactView;
  /** Where the view's quote stands in its document, for footnotes and citations. */
  citation: Citation;
  fact?: Fact;
  operation?: Operation;
  role?: Role;
  /** The country a role belongs to (ISO code): countries may share one quote. */
  country?: string;
}

export type Verdict = 'supported' | 'contradicted' | 'not-in-sources';

/** The part of a claim the sources state differently. */
export type WrongPart =
  'value' | 'unit' | 'qualifier' | 'place' | 'date' | 'operation' | 'scope' | 'role' | 'metric';

export interface ClaimResult {
  claim: string;
  verdict: Verdict;
  wrong?: WrongPart[];
  /** Supported: the facts that back it. Contradicted: the right fact(s), first the one meant. */
  facts: FactView[];
  /** The nearest facts, never offered as support. */
  related: FactView[];
  refs: FactRef[];
  parsed: ParsedClaim;
}

export interface CheckResult {
  claims: ClaimResult[];
}

export interface AnswerResult {
  kind: 'answer' | 'not-in-sources' | 'clarify';
  question: string;
  /** Set when the question asks whether a claim holds ("did Serbia arrest 23 people?"). */
  verdict?: Verdict;
  /** Most direct answer first. */
  facts: FactView[];
  /** Nearby figures when nothing answers it; empty otherwise. */
  related: FactView[];
  /** Operations to choose from when the question needs one (kind 'clarify'). */
  operations: { id: string; name: string }[];
  refs: FactRef[];
  parsed: ParsedClaim;
}
