import { TAKING_PART } from '../corpus/schema.ts';
import type { Corpus, Fact, Metric, Operation } from '../corpus/types.ts';
import type { OperationLookup } from '../engine/types.ts';
import { conceptIds } from './concepts.ts';
import { findDates, operationDates } from './dates.ts';
import { OperationFinder } from './operations.ts';
import { parseText, type Finders } from './parse.ts';
import { PlaceFinder, uniquePlaces } from './places.ts';
import { tokensOf, type Token } from './tokens.ts';
import type { DateMention, FactRef, ParsedClaim, Place, ScopeKind } from './types.ts';
import { SourceVocabulary } from './unknownNames.ts';
import { factRef } from './views.ts';

/** What the claim layer needs from the engine; `Engine` provides it. */
export interface ClaimSource {
  corpus: Corpus;
  findOperation(query: string): OperationLookup;
}

/** A fact with the structure its free-text scope and label imply, computed once. */
export interface IndexedFact {
  fact: Fact;
  operation: Operation | undefined;
  ref: FactRef;
  /** Concepts its label names ("flight", "check" for "flights monitored"). */
  concepts: ReadonlySet<string>;
  /** Where the figure holds as a whole: "in Serbia" → RS; a total names none. */
  places: readonly Place[];
  kind: ScopeKind;
  /** When it holds: dates in its scope, else the operation's date for a figure of its days. */
  dates: readonly DateMention[];
  /** The operation's other figures of this metric count the same way (no total beside it). */
  onlyCount: boolean;
  /** The countries whose authorities took part in the fact's operation. */
  takingPart: ReadonlySet<string>;
}

/**
 * The claim layer's view of one corpus: name finders and every fact with its structured scope,
 * built once, so a 2,000-character /check reads each fact's scope zero times.
 */
export class ClaimIndex {
  readonly facts: readonly IndexedFact[];
  readonly operations: readonly Operation[];
  private readonly finders: Finders;

  private constructor(readonly source: ClaimSource) {
    const { corpus } = source;
    this.operations = corpus.operations;
    const codes = new Set(corpus.operations.flatMap((op) => op.countries.map((c) => c.code)));
    const operations = new OperationFinder(corpus.operations);
    this.finders = {
      operations,
      places: new PlaceFinder(codes),
      vocabulary: new SourceVocabulary(citedTexts(corpus), operations.nameWords()),
      labelled: (concept, metrics) =>
        metrics.some((m) => this.labelConcepts.get(m)?.has(concept) === true),
    };
    const facts = [
      ...corpus.operations.flatMap((op) => op.facts.map((fact) => this.indexFact(fact, op))),
      ...corpus.background.map((fact) => this.indexFact(fact, undefined)),
    ];
    for (const entry of facts) {
      entry.onlyCount = !facts.some(
        (other) =>
          other !== entry &&
          other.operation === entry.operation &&
          other.fact.metric === entry.fact.metric &&
          (other.kind === 'total' || other.kind === 'earlier'),
      );
    }
    this.facts = facts;
    for (const entry of facts) {
      const same = this.byMetric.get(entry.fact.metric);
      if (same === undefined) this.byMetric.set(entry.fact.metric, [entry]);
      else same.push(entry);
    }
    for (const entry of facts) {
      const known = this.labelConcepts.get(entry.fact.metric) ?? new Set<string>();
      for (const c of entry.concepts) known.add(c);
      this.labelConcepts.set(entry.fact.metric, known);
    }
  }

  private readonly byMetric = new Map<Metric, IndexedFact[]>();

  /**
   * The facts of the given metrics, in the facts' order (ties in a ranking keep it); every fact
   * with a value when none is given.
   */
  factsOf(metrics: readonly Metric[]): readonly IndexedFact[] {
    if (metrics.length === 0) return this.valued;
    const [only] = metrics;
    if (metrics.length === 1 && only !== undefined) return this.byMetric.get(only) ?? [];
    const wanted = new Set(metrics);
    return this.facts.filter((f) => wanted.has(f.fact.metric));
  }

  private get valued(): readonly IndexedFact[] {
    this.withValues ??= this.facts.filter((f) => f.fact.value !== undefined);
    return this.withValues;
  }

  private withValues: readonly IndexedFact[] | undefined;

  /** The concepts the labels of each metric's facts name. */
  private readonly labelConcepts = new Map<Metric, Set<string>>();

  private static readonly cache = new WeakMap<Corpus, ClaimIndex>();

  /** The index for the source's corpus, built on first use and kept while the corpus lives. */
  static of(source: ClaimSource): ClaimIndex {
    const known = ClaimIndex.cache.get(source.corpus);
    if (known !== undefined) return known;
    const index = new ClaimIndex(source);
    ClaimIndex.cache.set(source.corpus, index);
    return index;
  }

  /** `tokens`, when the text was tokenized already (a piece of a split message). */
  parse(text: string, tokens?: readonly Token[]): ParsedClaim {
    const parsed = parseText(this.finders, text, tokens);
    if (parsed.unknownOperation !== undefined) {
      // A typo the name finder missed ("Operation Thesues") is still the known operation.
      const found = this.lookUp(parsed.unknownOperation);
      if (found !== undefined) {
        parsed.operations = [found];
        delete parsed.unknownOperation;
      }
    }
    return parsed;
  }

  private readonly lookedUp = new Map<string, Operation | undefined>();

  private lookUp(name: string): Operation | undefined {
    if (this.lookedUp.has(name)) return this.lookedUp.get(name);
    const lookup = this.source.findOperation(name);
    const found = lookup.kind === 'found' ? lookup.operation : undefined;
    if (this.lookedUp.size >= 1000) this.lookedUp.clear();
    this.lookedUp.set(name, found);
    return found;
  }

  private indexFact(fact: Fact, operation: Operation | undefined): IndexedFact {
    const kind = scopeKind(fact.scope);
    // "(Belgium 2021, Serbia, Peru …)" lists what a total counts, not where it holds.
    const outside = fact.scope.replace(/\([^)]*\)/g, ' ');
    const places = this.finders.places
      .find(tokensOf(`${fact.label} . ${outside}`))
      .map((span) => span.place);
    const scopeTokens = tokensOf(kind === 'total' ? outside : fact.scope);
    let dates: DateMention[] = findDates(scopeTokens, () => false).map((span) => span.date);
    if (dates.length === 0 && operation !== undefined && kind !== 'total' && kind !== 'earlier') {
      dates = operationDates(operation.date);
    }
    return {
      fact,
      operation,
      ref: factRef(fact, operation),
      concepts: conceptIds(tokensOf(fact.label).map((t) => t.fold)),
      places: uniquePlaces(places),
      kind,
      dates,
      onlyCount: true,
      takingPart: new Set(
        (operation?.countries ?? []).filter((c) => TAKING_PART.has(c.role)).map((c) => c.code),
      ),
    };
  }
}

/**
 * The texts of the documents the facts table cites: the sources whose names a claim may use
 * (the passage index may hold many more documents; they are not read here).
 */
function citedTexts(corpus: Corpus): string[] {
  const cited = new Set<string>();
  for (const fact of corpus.background) cited.add(fact.citation.document);
  for (const op of corpus.operations) {
    for (const fact of op.facts) cited.add(fact.citation.document);
    for (const entry of [...op.countries, ...op.bodies]) cited.add(entry.citation.document);
  }
  return [...cited].flatMap((id) => corpus.documents.get(id)?.text ?? []);
}

/** A fact's scope kind, read from its scope text (written in English by the curators). */
export function scopeKind(scope: string): ScopeKind {
  const s = scope.toLowerCase();
  if (/\btraced\b/.test(s)) return 'traced';
  if (/^part of\b|^among the\b/.test(s)) return 'part';
  // "in total, counting arrests before the action day" is a total.
  if (/\btotal\b/.test(s)) return 'total';
  if (/before the action day|\bearlier\b|\bpreviously\b|\balready\b/.test(s)) return 'earlier';
  if (/action days?\b/.test(s)) return 'action-day';
  return 'whole';
}
