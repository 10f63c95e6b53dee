import { corpusVersion } from '../corpus/version.ts';
import { countryDirectory, namesCountry, type Country } from '../corpus/countries.ts';
import { TAKING_PART } from '../corpus/schema.ts';
import type { Corpus, Fact, Operation, SourceDocument } from '../corpus/types.ts';
import { equivalents, inEnglish, prepareGlossary } from '../search/glossary.ts';
import { NameIndex, type NameMatch } from '../search/nameIndex.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { isoDateInWords } from '../text/dates.ts';
import { compactKey, tokenize } from '../text/normalize.ts';
import { operationSortKey } from './order.ts';
import {
  STAT_METRICS,
  type Choice,
  type CountryInvolvement,
  type CountryLookup,
  type CountryReport,
  type OperationLookup,
  type PassageHit,
  type SourcesOverview,
  type StatMetric,
  type StatsResult,
} from './types.ts';

const HEADLINE_ORDER = [
  'arrests',
  'house-searches',
  'cocaine-seized',
  'drugs-seized',
  'cash-seized',
  'officers',
];

function operationNames(op: Operation): string[] {
  const names = [op.name, op.id, ...op.aliases];
  if (op.date.precision === 'day' || op.date.precision === 'month') {
    names.push(op.date.value, isoDateInWords(op.date.value));
  }
  return names;
}

function contentTerms(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => !STOPWORDS.has(t)))];
}

/** Whether `term` (or a translation of it) appears among `terms`, allowing a prefix form. */
function termFound(term: string, terms: ReadonlySet<string>): boolean {
  const wanted = [term, ...equivalents(term)];
  for (const candidate of terms) {
    for (const word of wanted) {
      if (candidate === word) return true;
      if (
        word.length >= 4 &&
        (candidate.startsWith(word) || word.startsWith(candidate)) &&
        candidate.length >= 4
      ) {
        return true;
      }
    }
  }
  return false;
}

/** Every country by the compact key of its code and each of its names (the same for every corpus). */
let countriesByKey: ReadonlyMap<string, Country> | undefined;

function countryByKeyTable(): ReadonlyMap<string, Country> {
  if (countriesByKey !== undefined) return countriesByKey;
  const table = new Map<string, Country>();
  for (const country of countryDirectory().values()) {
    for (const name of [country.code, ...country.names]) {
      const key = compactKey(name);
      if (key !== '' && !table.has(key)) table.set(key, country);
    }
  }
  countriesByKey = table;
  return table;
}

/**
 * The answer engine: typed questions in, typed answers out, every figure and quote traceable to
 * a verified citation. It knows nothing of Discord; indexes are built once, here.
 */
export class Engine {
  readonly passages: PassageIndex;
  // The name lookups are built on first use (or by `prepare`), after the corpus is verified:
  // they only find what the corpus and the country list already hold.
  #operationIndex: NameIndex<Operation> | undefined;
  #countryIndex: NameIndex<Country> | undefined;
  #corpusCountries: readonly Country[] | undefined;
  /** Newest first (on first use: the first `localeCompare` sets up ICU's collator). */
  #byDate: readonly Operation[] | undefined;
  private readonly facts: readonly Fact[];
  /** How many operations name each country: orders the empty autocomplete. */
  private readonly involvement = new Map<string, number>();

  #version: string | undefined;

  /** `version`: the corpus's content hash when the loader knows it; else computed when asked. */
  constructor(
    readonly corpus: Corpus,
    version?: string,
  ) {
    this.#version = version;
    this.passages = corpus.passageIndex ?? PassageIndex.build(corpus.passages);
    this.facts = [...corpus.operations.flatMap((op) => op.facts), ...corpus.background];
    for (const op of corpus.operations) {
      for (const code of new Set(op.countries.map((c) => c.code))) {
        this.involvement.set(code, (this.involvement.get(code) ?? 0) + 1);
      }
    }
  }

  /**
   * Builds now what the first lookups would otherwise build (the name indexes, the country
   * names, the glossary): a server calls it once it listens, so its first answers do not wait.
   */
  prepare(): void {
    this.operations();
    this.operationIndex();
    this.countryIndex();
    countryByKeyTable();
    prepareGlossary();
  }

  private operationIndex(): NameIndex<Operation> {
    this.#operationIndex ??= new NameIndex(this.corpus.operations, (op) => op.id, operationNames);
    return this.#operationIndex;
  }

  private corpusCountries(): readonly Country[] {
    if (this.#corpusCountries === undefined) {
      const directory = countryDirectory();
      const codes = new Set(
        this.corpus.operations.flatMap((op) => op.countries.map((c) => c.code)),
      );
      this.#corpusCountries = [...codes].flatMap((code) => directory.get(code) ?? []);
    }
    return this.#corpusCountries;
  }

  private countryIndex(): NameIndex<Country> {
    this.#countryIndex ??= new NameIndex(
      this.corpusCountries(),
      (c) => c.code,
      (c) => [c.code, ...c.names],
    );
    return this.#countryIndex;
  }

  /** The corpus version (a content hash): answers computed from it may be cached under it. */
  get version(): string {
    this.#version ??= corpusVersion(this.corpus);
    return this.#version;
  }

  document(id: string): SourceDocument {
    const doc = this.corpus.documents.get(id);
    if (doc === undefined) throw new Error(`unknown document ${id}`);
    return doc;
  }

  operations(): readonly Operation[] {
    if (this.#byDate === undefined) {
      const { operations, documents } = this.corpus;
      const sortKey = new Map(operations.map((op) => [op, operationSortKey(op, documents)]));
      this.#byDate = [...operations].sort(
        (a, b) =>
          (sortKey.get(b) ?? '').localeCompare(sortKey.get(a) ?? '') ||
          a.name.localeCompare(b.name),
      );
    }
    return this.#byDate;
  }

  getOperation(id: string): Operation | undefined {
    return this.corpus.operations.find((op) => op.id === id);
  }

  findOperation(query: string): OperationLookup {
    const byId = this.getOperation(query.trim());
    if (byId !== undefined) return { kind: 'found', operation: byId };
    const key = compactKey(query);
    const matches = this.operationIndex().find(query, 10);
    const [first, second] = matches;
    // "balkan cartel" names the taskforce that groups several operations: offer them all.
    const umbrella = this.corpus.operations.filter(
      (op) => op.umbrella !== undefined && key.length >= 5 && compactKey(op.umbrella).includes(key),
    );
    if (umbrella.length > 1 && first?.tier !== 'exact')
      return { kind: 'ambiguous', candidates: umbrella };
    if (first === undefined) {
      // "Тезеј", "zajednički akcioni dani": the name in the glossary's English.
      const english = inEnglish(query);
      const translated = english === undefined ? undefined : this.findOperation(english);
      if (translated !== undefined && translated.kind !== 'none') return translated;
      const fromSummary = this.operationsBySummary(query);
      if (fromSummary.length === 1 && fromSummary[0] !== undefined)
        return { kind: 'found', operation: fromSummary[0] };
      if (fromSummary.length > 1) return { kind: 'ambiguous', candidates: fromSummary };
      return { kind: 'none', suggestions: this.operations().slice(0, 5) };
    }
    if (umbrella.length === 1 && umbrella[0] !== undefined)
      return { kind: 'found', operation: umbrella[0] };
    if (second === undefined || isClearlyBetter(first, second))
      return { kind: 'found', operation: first.item };
    const tied = matches.filter((m) => !isClearlyBetter(first, m)).map((m) => m.item);
    return { kind: 'ambiguous', candidates: tied };
  }

  /** Operations whose name, aliases, umbrella and summary hold every word of the query. */
  private operationsBySummary(query: string): Operation[] {
    const terms = contentTerms(query);
    if (terms.length === 0) return [];
    return this.corpus.operations.filter((op) => {
      const words = new Set(
        tokenize([op.name, op.umbrella ?? '', op.summary, ...op.aliases].join(' ')),
      );
      return terms.every((term) => termFound(term, words));
    });
  }

  /** Newest first when nothing is typed yet; else best match first. */
  completeOperations(query: string, limit: number): Choice[] {
    const toChoice = (op: Operation): Choice => ({ name: op.name, value: op.id });
    if (compactKey(query) === '') return this.operations().slice(0, limit).map(toChoice);
    const matched = this.operationIndex()
      .find(query, limit)
      .map((m) => m.item);
    // A name in the region's words ("Тезеј", "zajednički akcioni dani"), as the glossary knows them.
    const english = inEnglish(query);
    if (english !== undefined) {
      for (const { item } of this.operationIndex().find(english, limit))
        if (!matched.includes(item)) matched.push(item);
    }
    const extra = this.operationsBySummary(query).filter((op) => !matched.includes(op));
    return [...matched, ...extra].slice(0, limit).map(toChoice);
  }

  findCountry(query: string): CountryLookup {
    const key = compactKey(query);
    const exact = key === '' ? undefined : countryByKeyTable().get(key);
    if (exact !== undefined) return { kind: 'found', report: this.countryReport(exact) };
    const matches = this.countryIndex().find(query, 5);
    const [first, second] = matches;
    if (first !== undefined && (second === undefined || isClearlyBetter(first, second))) {
      return { kind: 'found', report: this.countryReport(first.item) };
    }
    const suggestions = matches.length > 0 ? matches.map((m) => m.item) : [];
    return { kind: 'none', suggestions };
  }

  /** The most involved countries when nothing is typed yet; else best match first. */
  completeCountries(query: string, limit: number): Choice[] {
    const toChoice = (country: Country): Choice => ({ name: country.name, value: country.code });
    if (compactKey(query) === '') {
      const count = (c: Country): number => this.involvement.get(c.code) ?? 0;
      return [...this.corpusCountries()]
        .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name))
        .slice(0, limit)
        .map(toChoice);
    }
    const matched = this.countryIndex()
      .find(query, limit)
      .map((m) => m.item);
    // A two-letter start is more often a name being typed ("ne…") than an ISO code.
    const exact = query.trim().length > 2 ? countryByKeyTable().get(compactKey(query)) : undefined;
    if (exact !== undefined && !matched.includes(exact)) matched.unshift(exact);
    return matched.slice(0, limit).map(toChoice);
  }

  countryReport(country: Country): CountryReport {
    const tookPart: CountryInvolvement[] = [];
    const mentioned: CountryInvolvement[] = [];
    for (const operation of this.operations()) {
      const roles = operation.countries.filter((c) => c.code === country.code);
      if (roles.length === 0) continue;
      const local = operation.facts.filter((f) => isCountrysOwn(f, country.code));
      const headline = this.headlineFigures(operation);
      const entry = {
        operation,
        roles,
        local,
        headline: headline.filter((f) => !local.includes(f)),
      };
      if (roles.some((r) => TAKING_PART.has(r.role))) tookPart.push(entry);
      else mentioned.push(entry);
    }
    return { country, tookPart, mentioned };
  }

  /** Up to four primary figures, in the order people ask for them. */
  headlineFigures(operation: Operation): Fact[] {
    return operation.facts
      .filter((f) => f.primary && f.value !== undefined && HEADLINE_ORDER.includes(f.metric))
      .sort((a, b) => HEADLINE_ORDER.indexOf(a.metric) - HEADLINE_ORDER.indexOf(b.metric))
      .slice(0, 4);
  }

  search(query: string, limit = 3): PassageHit[] {
    return this.passages.search(query, limit);
  }

  allFacts(): readonly Fact[] {
    return this.facts;
  }

  /** The documents, newest first, each with the operations it gives figures for. */
  sourcesOverview(): SourcesOverview {
    const documents = [...this.corpus.documents.values()]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
      .map((document) => ({
        document,
        operations: this.corpus.operations.filter((op) =>
          op.facts.some((f) => f.citation.document === document.id),
        ),
      }));
    return { documents, operations: this.corpus.operations.length, facts: this.facts.length };
  }

  stats(metric: StatMetric): StatsResult {
    const wanted: readonly string[] = STAT_METRICS[metric];
    const byUnit = new Map<string, { operation: Operation; fact: Fact }[]>();
    const otherScopes: StatsResult['otherScopes'] = [];
    const missing: Operation[] = [];
    for (const operation of this.operations()) {
      const facts = operation.facts.filter(
        (f) => wanted.includes(f.metric) && f.value !== undefined,
      );
      if (facts.length === 0) {
        missing.push(operation);
        continue;
      }
      const primary = facts.filter((f) => f.primary);
      for (const fact of primary) {
        const list = byUnit.get(fact.unit) ?? [];
        list.push({ operation, fact });
        byUnit.set(fact.unit, list);
      }
      const rest = facts.filter((f) => !f.primary);
      if (rest.length > 0) otherScopes.push({ operation, facts: rest });
    }
    const ranked = [...byUnit.entries()].map(([unit, entries]) => ({
      unit,
      entries: entries.sort((a, b) => (b.fact.value ?? 0) - (a.fact.value ?? 0)),
    }));
    const background = this.corpus.background.filter((f) => wanted.includes(f.metric));
    return { metric, ranked, otherScopes, background, missing };
  }
}

/**
 * A figure belongs to a country when its scope names it and is not a total over several
 * countries (a count of countries, or "in total, counting … Belgium, Serbia, Peru").
 */
function isCountrysOwn(fact: Fact, code: string): boolean {
  return (
    fact.metric !== 'countries' && !/\btotal\b/i.test(fact.scope) && namesCountry(fact.scope, code)
  );
}

function isClearlyBetter<T>(a: NameMatch<T>, b: NameMatch<T>): boolean {
  if (a.tier === 'exact') return b.tier !== 'exact';
  if (a.tier !== b.tier) return true;
  return a.distance < b.distance;
}
