import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/passages.ts';
import { tokenize } from '../text/normalize.ts';
import { equivalents } from './glossary.ts';
import { STOPWORDS } from './stopwords.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The folded document terms that matched, for highlighting. */
  matched: string[];
}

const MINISEARCH_OPTIONS: Options<{ i: number; text: string }> = {
  fields: ['text'],
  idField: 'i',
  tokenize: (text: string): string[] => tokenize(text),
  processTerm: (term: string): string | null => (STOPWORDS.has(term) ? null : term),
  searchOptions: { processTerm: (term: string): string => term },
};

/** Edits allowed for a word not in the vocabulary: none for short words, two for long ones. */
function typoBudget(term: string): number {
  if (/^\d/.test(term) || term.length <= 3) return 0;
  return term.length <= 6 ? 1 : 2;
}

/**
 * The passages' full-text index: MiniSearch (BM25) over the shared normalisation, with
 * stop words dropped. A query word found in the vocabulary is looked up exactly (plus its
 * prefix extensions); only an unknown word pays for a fuzzy walk of the vocabulary.
 */
export class PassageIndex {
  private constructor(
    private readonly index: MiniSearch<{ i: number; text: string }>,
    private readonly passages: readonly Passage[],
    private readonly vocabulary: ReadonlySet<string>,
  ) {}

  static build(passages: readonly Passage[]): PassageIndex {
    const index = new MiniSearch<{ i: number; text: string }>(MINISEARCH_OPTIONS);
    const vocabulary = new Set<string>();
    passages.forEach((passage, i) => {
      for (const term of tokenize(passage.text)) if (!STOPWORDS.has(term)) vocabulary.add(term);
      index.add({ i, text: passage.text });
    });
    return new PassageIndex(index, passages, vocabulary);
  }

  /** Rebuilds from `serialize()` output; the passages must be the ones it was built from. */
  static load(json: string, passages: readonly Passage[]): PassageIndex {
    const saved = JSON.parse(json) as { index: unknown; vocabulary: string[] };
    const index = MiniSearch.loadJS<{ i: number; text: string }>(
      saved.index as Parameters<typeof MiniSearch.loadJS>[0],
      MINISEARCH_OPTIONS,
    );
    return new PassageIndex(index, passages, new Set(saved.vocabulary));
  }

  serialize(): string {
    return JSON.stringify({ index: this.index.toJSON(), vocabulary: [...this.vocabulary] });
  }

  get size(): number {
    return this.passages.length;
  }

  private termQuery(term: string): Query {
    const known = this.vocabulary.has(term);
    const alternatives = [term, ...equivalents(term)];
    return {
      combineWith: 'OR',
      queries: alternatives.map((word) => ({
        queries: [word],
        prefix: word.length >= 4,
        fuzzy: known || this.vocabulary.has(word) ? false : typoBudget(word),
        // The word as typed counts more than its translations and extensions.
        boostTerm: () => (word === term ? 1 : 0.6),
      })),
    };
  }

  search(text: string, limit: number): PassageHit[] {
    const all = tokenize(text);
    const content = all.filter((t) => !STOPWORDS.has(t));
    const terms = [...new Set(content.length > 0 ? content : all)].slice(0, 12);
    if (terms.length === 0) return [];
    const groups = terms.map((term) => this.termQuery(term));
    let results: SearchResult[] = this.index.search({ combineWith: 'AND', queries: groups });
    if (results.length === 0 && groups.length > 1) {
      results = this.index.search({ combineWith: 'OR', queries: groups });
    }
    return results.slice(0, limit).flatMap((result) => {
      const passage = this.passages[result.id as number];
      return passage === undefined ? [] : [{ passage, score: result.score, matched: result.terms }];
    });
  }
}
