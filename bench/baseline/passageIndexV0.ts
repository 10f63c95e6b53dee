// The passage index as it was before issue 14 (commit 5e110bd), kept verbatim as the
// benchmark's baseline: every new figure is reported beside this one from the same run.
import type { Passage } from '../../src/corpus/passages.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { editDistance } from '../../src/search/editDistance.ts';
import { equivalents } from '../../src/search/glossary.ts';
import { STOPWORDS } from '../../src/search/stopwords.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The folded document terms that matched, for highlighting. */
  matched: string[];
}

// BM25 parameters (the usual ones).
const K1 = 1.2;
const B = 0.75;
// How much a looser match counts against the word as typed.
const WEIGHT = { exact: 1, equivalent: 0.7, prefix: 0.45, typo1: 0.55, typo2: 0.35 } as const;
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_QUERY_TERMS = 12;

interface Expansion {
  term: number;
  weight: number;
}

/** Edits allowed for a word not in the vocabulary: none for short words, two for long ones. */
function typoBudget(term: string): number {
  if (/^\d/.test(term) || term.length <= 3) return 0;
  return term.length <= 5 ? 1 : 2;
}

/**
 * The passages' full-text index: an inverted index with BM25 scoring over flat typed arrays.
 * A query word found in the vocabulary is looked up exactly, plus its translations and (from
 * four letters) a few prefix extensions; only a word not in the vocabulary pays for a typo
 * search, over the words of similar length. Passages matching more of the query's words rank
 * above passages matching fewer, so "AND" wins without losing "OR" recall.
 */
export class PassageIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: Int32Array[] = [];
  /** Per passage, BM25's length normalisation k1·(1 − b + b·length/average), computed once. */
  private readonly norms: Float64Array;
  /** The vocabulary sorted, for prefix ranges. */
  private readonly sorted: string[];
  /** Term ids by word length, for typo search. */
  private readonly byLength = new Map<number, number[]>();
  private readonly scores: Float64Array;
  private readonly hitsPerDoc: Uint8Array;
  /** Per passage, the last query word (1-based) that counted it: one count per word. */
  private readonly lastWord: Uint8Array;
  /** The passages a query touched, reused across queries. */
  private readonly touched: Int32Array;

  private constructor(private readonly passages: readonly Passage[]) {
    const building: number[][] = [];
    const lengths = new Int32Array(passages.length);
    let total = 0;
    const counts = new Map<number, number>();
    passages.forEach((passage, doc) => {
      counts.clear();
      let length = 0;
      for (const token of tokenize(passage.text)) {
        if (STOPWORDS.has(token)) continue;
        length += 1;
        let id = this.termIds.get(token);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(token, id);
          this.terms.push(token);
          building.push([]);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, tf] of counts) building[id]?.push(doc, tf);
      lengths[doc] = length;
      total += length;
    });
    for (const list of building) this.postings.push(Int32Array.from(list));
    const average = passages.length === 0 ? 1 : Math.max(1, total / passages.length);
    this.norms = Float64Array.from(lengths, (length) => K1 * (1 - B + (B * length) / average));
    this.sorted = [...this.terms].sort();
    this.terms.forEach((term, id) => {
      const list = this.byLength.get(term.length) ?? [];
      list.push(id);
      this.byLength.set(term.length, list);
    });
    this.scores = new Float64Array(passages.length);
    this.hitsPerDoc = new Uint8Array(passages.length);
    this.lastWord = new Uint8Array(passages.length);
    this.touched = new Int32Array(passages.length);
  }

  static build(passages: readonly Passage[]): PassageIndex {
    return new PassageIndex(passages);
  }

  get size(): number {
    return this.passages.length;
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  private prefixExtensions(term: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length; i += 1) {
      const candidate = this.sorted[i] ?? '';
      if (!candidate.startsWith(term)) break;
      const id = this.termIds.get(candidate);
      if (id !== undefined && candidate !== term) found.push(id);
    }
    // Keep the extensions most passages use: those are the word's real forms, not noise.
    return found
      .sort((a, b) => (this.postings[b]?.length ?? 0) - (this.postings[a]?.length ?? 0))
      .slice(0, MAX_PREFIX_EXPANSIONS);
  }

  private typoMatches(term: string): Expansion[] {
    const budget = typoBudget(term);
    if (budget === 0) return [];
    const found: Expansion[] = [];
    for (let length = term.length - budget; length <= term.length + budget; length += 1) {
      for (const id of this.byLength.get(length) ?? []) {
        const candidate = this.terms[id] ?? '';
        // Typos rarely change both of the first two letters: a cheap filter before the distance.
        if (
          candidate.charCodeAt(0) !== term.charCodeAt(0) &&
          candidate.charCodeAt(1) !== term.charCodeAt(1)
        )
          continue;
        const distance = editDistance(term, candidate, budget);
        if (distance <= budget)
          found.push({ term: id, weight: distance === 1 ? WEIGHT.typo1 : WEIGHT.typo2 });
      }
    }
    return found;
  }

  /** What one query word matches in the index, each with how much it counts. */
  private expand(word: string): Expansion[] {
    const best = new Map<number, number>();
    const offer = (id: number | undefined, weight: number): void => {
      if (id !== undefined && weight > (best.get(id) ?? 0)) best.set(id, weight);
    };
    const known = this.termIds.get(word);
    offer(known, WEIGHT.exact);
    for (const other of equivalents(word)) offer(this.termIds.get(other), WEIGHT.equivalent);
    if (word.length >= 4) for (const id of this.prefixExtensions(word)) offer(id, WEIGHT.prefix);
    if (known === undefined && best.size === 0)
      for (const m of this.typoMatches(word)) offer(m.term, m.weight);
    return [...best.entries()].map(([term, weight]) => ({ term, weight }));
  }

  search(text: string, limit: number): PassageHit[] {
    const all = tokenize(text);
    const content = all.filter((t) => !STOPWORDS.has(t));
    const words = [...new Set(content.length > 0 ? content : all)].slice(0, MAX_QUERY_TERMS);
    if (words.length === 0 || this.passages.length === 0) return [];
    const expansions = words.map((word) => this.expand(word));
    const n = this.passages.length;
    let count = 0;
    const { scores, hitsPerDoc, lastWord, norms, touched } = this;
    expansions.forEach((group, w) => {
      const stamp = w + 1;
      // One rarity per query word, taken over all its forms: a translation or a typo match
      // must not outrank the word as typed just because that form is rarer.
      const df = Math.min(
        n,
        group.reduce((sum, { term }) => sum + (this.postings[term]?.length ?? 0) / 2, 0),
      );
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (const { term, weight } of group) {
        const list = this.postings[term];
        if (list === undefined) continue;
        const boost = weight * idf * (K1 + 1);
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i] as number;
          const tf = list[i + 1] as number;
          if (hitsPerDoc[doc] === 0 && lastWord[doc] === 0) touched[count++] = doc;
          scores[doc] = (scores[doc] as number) + (boost * tf) / (tf + (norms[doc] as number));
          // A passage counts once per query word, however many of the word's forms it holds.
          if (lastWord[doc] !== stamp) {
            lastWord[doc] = stamp;
            hitsPerDoc[doc] = (hitsPerDoc[doc] as number) + 1;
          }
        }
      }
    });
    // Passages holding every query word come first; then BM25 decides.
    const top: { doc: number; rank: number }[] = [];
    for (let t = 0; t < count; t += 1) {
      const doc = touched[t] as number;
      const coverage = (hitsPerDoc[doc] ?? 0) / words.length;
      const rank = (scores[doc] ?? 0) * coverage * coverage;
      if (top.length < limit || rank > (top[top.length - 1]?.rank ?? 0)) {
        top.push({ doc, rank });
        top.sort((a, b) => b.rank - a.rank || a.doc - b.doc);
        if (top.length > limit) top.pop();
      }
    }
    for (let t = 0; t < count; t += 1) {
      const doc = touched[t] as number;
      scores[doc] = 0;
      hitsPerDoc[doc] = 0;
      lastWord[doc] = 0;
    }
    return top.flatMap(({ doc, rank }) => {
      const passage = this.passages[doc];
      if (passage === undefined) return [];
      const matched = expansions
        .flat()
        .flatMap(({ term }) => (this.holds(term, doc) ? [this.terms[term] ?? ''] : []));
      return [{ passage, score: rank, matched }];
    });
  }

  private holds(term: number, doc: number): boolean {
    const list = this.postings[term];
    if (list === undefined) return false;
    let lo = 0;
    let hi = list.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = list[mid * 2] ?? 0;
      if (at === doc) return true;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
