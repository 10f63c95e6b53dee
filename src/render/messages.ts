import type { Verdict, WrongPart } from '../claims/types.ts';
import type { Fact, Metric, Role } from '../corpus/types.ts';
import type { StatMetric } from '../engine/types.ts';
import type { Locale } from './locale.ts';
import { en } from './messages/en.ts';
import { hr } from './messages/hr.ts';
import { nl } from './messages/nl.ts';

/** The texts of `Problem`s: user text arrives already escaped, lists already joined. */
export interface ProblemMessages {
  emptyLine: string;
  notACommand: string;
  takesNoText: (command: string, options: readonly string[]) => string;
  unknownCommand: (name: string, known: string) => string;
  unknownOption: (command: string, option: string, known: readonly string[]) => string;
  missingOption: (command: string, option: string, example: string) => string;
  tooLong: (option: string, length: number, max: number) => string;
  /** Followed by the suggestions, one per line. */
  operationNotFound: (query: string) => string;
  /** Followed by the candidates, one per line. */
  operationAmbiguous: (query: string) => string;
  countryNotFound: (query: string) => string;
  /** `names` already bold and joined. */
  didYouMean: (names: string) => string;
  countryHint: string;
  countryNotMentioned: (country: string) => string;
  noPassage: (query: string) => string;
  noClaims: (text: string) => string;
  notAMetric: (query: string, known: string) => string;
  noEvents: (subject: string) => string;
  sameOperation: (name: string) => string;
  notAFormat: (query: string, known: string) => string;
  exportTooLarge: (megabytes: number, maxMegabytes: number) => string;
  buttonExpired: string;
  viewGone: string;
  unexpected: string;
}

/**
 * The words a reply is built with, per language: every label a reader sees. Quotes, document
 * titles, names and fact scopes stay as written. Plurals and word order are functions, so no
 * language's grammar is pieced together from another's.
 */
export interface Messages {
  countries: string;
  sources: string;
  date: string;
  leadCountry: string;
  /** A country's name as this language writes it (English: the name the sources use). */
  countryName: (code: string, english: string) => string;
  notStated: string;
  coordinatingBodies: string;
  partOf: string;
  note: string;
  quotesTitle: string;
  cardFooter: string;
  showQuotes: string;
  showFigures: string;
  dateNotGiven: string;
  dateUnknown: string;
  noNumber: string;
  million: string;
  days: (n: number) => string;
  qualifiers: Record<Fact['qualifier'], string>;
  groups: { arrests: string; searches: string; seizures: string; checks: string; other: string };
  roles: Record<Role, string>;
  /** "All operations": the subject of a timeline or an export of everything. */
  allOperations: string;
  /** "(derived: …)" after a figure not written as a number in its quote. */
  derived: (how: string) => string;
  /** "retrieved 3 May 2026" after a document's date. */
  retrieved: (date: string) => string;
  /** Each metric as a heading (/compare's rows). */
  metrics: Record<Metric, string>;
  /** Each `/stats` metric (also the command's choice names). */
  statMetrics: Record<StatMetric, string>;
  /** The unit a ranking is in, as a noun. */
  units: Record<Fact['unit'], string>;
  reply: {
    previous: string;
    next: string;
    /** After a title or field name carried on to the next page. */
    continued: string;
    page: (page: number, count: number) => string;
    /** A source's link button: "Open europol.europa.eu". */
    open: (host: string) => string;
    tooManyFiles: (name: string, max: number) => string;
    tooLarge: (name: string, size: string, max: string) => string;
    pickOperation: string;
  };
  problems: ProblemMessages;
  /** Facts as verdicts and answers show them. */
  facts: {
    background: string;
    /** "Serbia: led the operation". */
    roles: Record<Role, string>;
    /** The scope of an operation's date. */
    operationDate: Record<'day' | 'month' | 'range', string>;
  };
  verdicts: {
    headings: Record<Verdict, string>;
    wrong: Record<WrongPart, string>;
    supportedBy: string;
    rightFact: (count: number) => string;
    related: string;
    noFact: string;
    noOperation: (name: string) => string;
    claim: string;
    tally: (claims: number, counts: string) => string;
    notShownTitle: (from: number, to: number) => string;
    notShown: (from: string) => string;
  };
  ask: {
    answer: string;
    notInSources: string;
    clarify: string;
    question: string;
    nothing: string;
    nearby: string;
    askAgain: string;
  };
  country: {
    role: string;
    inCountry: (name: string) => string;
    wholeOperation: string;
    onlyMentioned: string;
    onlyMentionedNote: (name: string) => string;
    tookPartNone: (name: string) => string;
    tookPart: (name: string, operations: number) => string;
  };
  search: { title: (query: string) => string; inLanguage: (language: string) => string };
  stats: {
    title: (metric: string) => string;
    rankedIn: (unit: string) => string;
    rankedHeadline: string;
    ranked: string;
    noHeadline: string;
    otherScopes: string;
    context: string;
    missing: string;
    noneReports: (metric: string) => string;
    largest: (figure: string, operation: string) => string;
    /** The chart's title (a picture's first line and alt text). */
    chartTitle: (metric: string, unit: string | undefined) => string;
  };
  timeline: {
    title: (subject: string) => string;
    quotesTitle: (subject: string) => string;
    description: (events: number) => string;
    footer: string;
    showEvents: string;
  };
  compare: {
    title: (a: string, b: string) => string;
    description: string;
    sameScope: (scope: string) => string;
    sameFigure: string;
    more: (amount: string, name: string) => string;
    notComparable: string;
    notCompared: string;
    versus: string;
    estimate: string;
  };
  export: {
    title: (subject: string) => string;
    operationCount: (n: number) => string;
    backgroundCount: (n: number) => string;
    description: (facts: number, from: string, columns: string) => string;
    operations: string;
    files: string;
    csvNote: string;
    jsonNote: string;
    csvAlt: string;
    jsonAlt: string;
  };
  help: { title: string; description: string; example: string; runIt: string };
  sourcesList: {
    description: (documents: number, operations: number, figures: number) => string;
    language: string;
    covers: string;
    background: string;
  };
  /** The operation map's legend and alt text. */
  map: {
    lead: string;
    participant: string;
    support: string;
    mentioned: string;
    map: string;
    /** What the alt text of a bar chart and of a timeline opens with. */
    barChart: string;
    timeline: string;
  };
  /** What the terminal console adds below a reply. */
  console: { citations: (n: number) => string; files: (n: number) => string };
  /** A country's role as a short noun: the country card and the map's legend. */
  roleNames: Record<Role, string>;
}

export const MESSAGES: Record<Locale, Messages> = { en, nl, hr };
