import type { Passage, PassageTable } from '../corpus/passages.ts';
import { tokenize } from '../text/normalize.ts';
import { editDistance } from './editDistance.ts';
import { equivalents } from './glossary.ts';
import { ForwardPostings } from './forwardPostings.ts';
import { LetterBuckets } from './letterBuckets.ts';
import { proximityScore, type FormOf } from './proximity.ts';
import { STOPWORDS } from './stopwords.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The folded document terms that matched, for highlighting. */
  matched: string[];
}

/** The index's arrays, as saved to and read back from disk. */
export interface PassageIndexColumns {
  /** The vocabulary, one term per line, in term-id order. */
  vocabulary: string[];
  /** Per term, where its postings start in `postingDocs`; one extra entry closes the last. */
  postingStarts: Uint32Array;
  /** Passage numbers, ascending within each term. */
  postingDocs: Int32Array;
  /** Term frequency of each posting, capped at 255. */
  postingTfs: Uint8Array;
  /** Per passage, how many content words it holds (capped at 65535). */
  lengths: Uint16Array;
  /** Term ids in the vocabulary's sorted order, for prefix ranges. */
  sorted: Int32Array;
}

// BM25 parameters (the usual ones).
const K1 = 1.2;
const B = 0.75;
// How much a looser match counts against the word as typed.
const WEIGHT = { exact: 1, equivalent: 0.7, prefix: 0.45, typo1: 0.55, typo2: 0.35 } as const;
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_QUERY_TERMS = 12;
/**
 * A word's looser forms (translations, prefix extensions) are walked only while the word's
 * postings stay under this many: a common word already has candidates enough, and walking
 * twenty long lists for it is what made common-word queries slow on a million passages.
 */
const LOOSE_FORM_BUDGET = 30_000;
/**
 * A form in more passages than this is read only in its passages where it weighs most (its
 * "champion list", highest tf/(tf + length norm) first): a common word in a third of a million
 * passages is 330,000 postings to walk, and the passages it weighs least in rarely rank.
 * The best passages are then scored exactly against the full postings.
 */
const CHAMPIONS = 5_000;
/** A query word found not in a passage but elsewhere in its document counts this much. */
const DOCUMENT_CONTEXT = 0.5;
/** How many of the best passages the proximity re-rank reads. */
const RERANK = 30;

interface Expansion {
  term: number;
  weight: number;
}

/** Edits allowed for a word not in the vocabulary: none for short words, two for long ones. */
function typoBudget(term: string): number {
  if (/^\d/.test(term) || term.length <= 3) return 0;
  return term.length <= 5 ? 1 : 2;
}

/** Which letters a word holds, one bit each (digits and others share the top six bits). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + ((code + 97) % 6));
  }
  return mask >>> 0;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds an index one passage at a time, so a corpus can be indexed while it is read. The first
 * pass keeps each passage's distinct terms and their counts in two flat growing arrays; the
 * second sorts them by term into postings of exactly the right size. Passages may also come
 * counted by another ForwardPostings (a worker's), their words mapped to this builder's ids.
 */
export class PassageIndexBuilder {
  private readonly forward: ForwardPostings;

  constructor(expectedPostings = 1024) {
    this.forward = new ForwardPostings(expectedPostings);
  }

  add(text: string): void {
    this.forward.add(text);
  }

  /**
   * This builder's term ids for words of another ForwardPostings' vocabulary, in its order:
   * mapping a worker's new words batch by batch, in passage order, gives every term the id a
   * build in one thread would have given it.
   */
  termsOf(words: readonly string[]): number[] {
    return words.map((word) => this.forward.termOf(word));
  }

  /**
   * Adds one passage counted elsewhere: its terms terms[from, to) (another ForwardPostings'
   * ids, `toTerm` maps them to this builder's, see termsOf) and their tfs.
   */
  addCounted(
    terms: ArrayLike<number>,
    tfs: ArrayLike<number>,
    from: number,
    to: number,
    length: number,
    toTerm: ArrayLike<number>,
  ): void {
    this.forward.addCounted(terms, tfs, from, to, length, toTerm);
  }

  finish(table: PassageTable): PassageIndex {
    const forward = this.forward;
    const passages = forward.starts.length;
    if (passages !== table.length)
      throw new Error(`indexed ${passages} passages, the table has ${table.length}`);
    const terms = forward.words;
    const vocabulary = terms.length;
    const forwardTerms = forward.terms.view();
    const forwardTfs = forward.tfs.view();
    const postingStarts = new Uint32Array(vocabulary + 1);
    for (const term of forwardTerms) postingStarts[term + 1] = (postingStarts[term + 1] ?? 0) + 1;
    for (let t = 0; t < vocabulary; t += 1)
      postingStarts[t + 1] = (postingStarts[t + 1] ?? 0) + (postingStarts[t] ?? 0);
    const next = postingStarts.slice(0, vocabulary);
    const postingDocs = new Int32Array(forwardTerms.length);
    const postingTfs = new Uint8Array(forwardTerms.length);
    const starts = forward.starts.view();
    for (let p = 0; p < passages; p += 1) {
      const end = p + 1 < passages ? (starts[p + 1] ?? 0) : forwardTerms.length;
      for (let k = starts[p] ?? 0; k < end; k += 1) {
        const term = forwardTerms[k] ?? 0;
        const at = next[term] ?? 0;
        next[term] = at + 1;
        postingDocs[at] = p;
        postingTfs[at] = forwardTfs[k] ?? 0;
      }
    }
    const order = Int32Array.from(terms.keys());
    order.sort((a, b) => compareStrings(terms[a] ?? '', terms[b] ?? ''));
    const lengths = Uint16Array.from(forward.lengths.view(), (n) => Math.min(n, 65535));
    return PassageIndex.restore(table, {
      vocabulary: terms,
      postingStarts,
      postingDocs,
      postingTfs,
      lengths,
      sorted: order,
    });
  }
}

/**
 * The passages' full-text index: an inverted index with BM25 scoring over flat typed arrays.
 * A query word found in the vocabulary is looked up exactly, plus its translations and (from
 * four letters) a few prefix extensions; only a word not in the vocabulary pays for a typo
 * search, over the words of similar length. Passages matching more of the query's words rank
 * above passages matching fewer, so "AND" wins without losing "OR" recall; among the best, a
 * passage whose matched words stand close together ranks higher.
 */
export class PassageIndex {
  private readonly termIds = new Map<string, number>();
  /** Per passage, BM25's length normalisation k1·(1 − b + b·length/average), computed once. */
  private readonly norms: Float32Array;
  /**
   * Term ids by length and first letter, and by length and second letter: a typo rarely
   * changes both of the first two letters, so typo search reads only these two buckets.
   */
  private readonly byFirst: LetterBuckets;
  private readonly bySecond: LetterBuckets;
  private readonly letterMasks: Uint32Array;
  private readonly scores: Float64Array;
  /** Per passage, the query words it holds, each counted by the weight of its best form. */
  private readonly coverage: Float32Array;
  private readonly wordWeights: Float32Array;
  /** Per passage, how many of the query's words it holds. */
  private readonly held: Uint8Array;
  /** Per passage, the current word's best weighted frequency over its forms. */
  private readonly wordTfs: Float64Array;
  /** The passages the current word touched. */
  private readonly wordDocs: Int32Array;
  /** Champion lists of the common terms: their ranges in `championDocs` and `championTfs`. */
  private readonly champions = new Map<number, [number, number]>();
  private readonly championDocs: Int32Array;
  private readonly championTfs: Uint8Array;
  /** The passages a query touched, reused across queries. */
  private readonly touched: Int32Array;
  /**
   * One bit per passage the query has found so far: a word read only where earlier words were
   * found tests this (a few kilobytes, in cache) before its larger per-passage arrays.
   */
  private readonly found: Uint32Array;
  /** Per term, the most its frequency weighs in a passage (-1 until a query needs it). */
  private readonly impacts: Float64Array;

  private constructor(
    private readonly table: PassageTable,
    private readonly columns: PassageIndexColumns,
  ) {
    const { vocabulary, lengths } = columns;
    this.letterMasks = Uint32Array.from(vocabulary, letterMask);
    vocabulary.forEach((term, id) => this.termIds.set(term, id));
    this.byFirst = new LetterBuckets(vocabulary, this.letterMasks, 0);
    this.bySecond = new LetterBuckets(vocabulary, this.letterMasks, 1);
    const n = table.length;
    let total = 0;
    for (const length of lengths) total += length;
    const average = n === 0 ? 1 : Math.max(1, total / n);
    this.norms = Float32Array.from(lengths, (length) => K1 * (1 - B + (B * length) / average));
    const champions = this.championLists();
    this.championDocs = champions.docs;
    this.championTfs = champions.tfs;
    this.scores = new Float64Array(n);
    this.coverage = new Float32Array(n);
    this.wordWeights = new Float32Array(n);
    this.held = new Uint8Array(n);
    this.wordTfs = new Float64Array(n);
    this.wordDocs = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.impacts = new Float64Array(vocabulary.length).fill(-1);
    this.found = new Uint32Array((n >>> 5) + 1);
  }

  /** For each term in more than CHAMPIONS passages, its CHAMPIONS-odd weightiest, in order. */
  private championLists(): { docs: Int32Array; tfs: Uint8Array } {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    const BINS = 4096;
    const bins = new Uint32Array(BINS);
    const long: number[] = [];
    for (let t = 0; t + 1 < postingStarts.length; t += 1)
      if (this.postingCount(t) > CHAMPIONS) long.push(t);
    const impact = (i: number): number => {
      const tf = postingTfs[i] ?? 0;
      return tf / (tf + (this.norms[postingDocs[i] ?? 0] ?? 1));
    };
    const docs = new Int32Array(long.length * CHAMPIONS * 2);
    const tfs = new Uint8Array(docs.length);
    let at = 0;
    for (const term of long) {
      const from = postingStarts[term] ?? 0;
      const to = postingStarts[term + 1] ?? 0;
      // A histogram of impacts (all in [0, 1)) finds the cut without sorting the list.
      bins.fill(0);
      for (let i = from; i < to; i += 1) {
        const bin = Math.floor(impact(i) * BINS);
        bins[bin] = (bins[bin] ?? 0) + 1;
      }
      let cut = BINS - 1;
      for (let kept = 0; cut > 0; cut -= 1) {
        kept += bins[cut] ?? 0;
        if (kept >= CHAMPIONS) break;
      }
      const start = at;
      // Many equal impacts can crowd the cut's bin: a term keeps at most twice its share.
      const end = start + 2 * CHAMPIONS;
      for (let i = from; i < to && at < end; i += 1) {
        if (Math.floor(impact(i) * BINS) < cut) continue;
        docs[at] = postingDocs[i] ?? 0;
        tfs[at] = postingTfs[i] ?? 0;
        at += 1;
      }
      this.champions.set(term, [start, at]);
    }
    return { docs: docs.slice(0, at), tfs: tfs.slice(0, at) };
  }

  static build(table: PassageTable): PassageIndex {
    const builder = new PassageIndexBuilder();
    for (let p = 0; p < table.length; p += 1) builder.add(table.text(p));
    return builder.finish(table);
  }

  /** An index over saved columns; throws when they do not fit together or the table. */
  static restore(table: PassageTable, columns: PassageIndexColumns): PassageIndex {
    const { vocabulary, postingStarts, postingDocs, postingTfs, lengths, sorted } = columns;
    const fits =
      postingStarts.length === vocabulary.length + 1 &&
      postingStarts[vocabulary.length] === postingDocs.length &&
      postingTfs.length === postingDocs.length &&
      lengths.length === table.length &&
      sorted.length === vocabulary.length;
    if (!fits) throw new Error('the index columns do not fit together');
    for (let t = 0; t < vocabulary.length; t += 1)
      if ((postingStarts[t] ?? 0) > (postingStarts[t + 1] ?? 0))
        throw new Error('the posting offsets are out of order');
    return new PassageIndex(table, columns);
  }

  /** The arrays to save; restoring them with the same table gives the same index. */
  save(): PassageIndexColumns {
    return this.columns;
  }

  get size(): number {
    return this.table.length;
  }

  get vocabularySize(): number {
    return this.columns.vocabulary.length;
  }

  private postingCount(term: number): number {
    const { postingStarts } = this.columns;
    return (postingStarts[term + 1] ?? 0) - (postingStarts[term] ?? 0);
  }

  private termAt(id: number): string {
    return this.columns.vocabulary[id] ?? '';
  }

  private prefixExtensions(term: string): number[] {
    const { sorted } = this.columns;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.termAt(sorted[mid] ?? 0) < term) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < sorted.length; i += 1) {
      const id = sorted[i] ?? 0;
      const candidate = this.termAt(id);
      if (!candidate.startsWith(term)) break;
      if (candidate !== term) found.push(id);
    }
    // Keep the extensions most passages use: those are the word's real forms, not noise.
    return found
      .sort((a, b) => this.postingCount(b) - this.postingCount(a))
      .slice(0, MAX_PREFIX_EXPANSIONS);
  }

  private typoMatches(term: string): Expansion[] {
    const budget = typoBudget(term);
    if (budget === 0) return [];
    const found: Expansion[] = [];
    const first = term.charCodeAt(0);
    const mask = letterMask(term);
    for (let length = term.length - budget; length <= term.length + budget; length += 1) {
      for (const [buckets, letter] of [
        [this.byFirst, first],
        [this.bySecond, term.charCodeAt(1)],
      ] as const) {
        const { ids, masks } = buckets;
        const [from, to] = buckets.group(length, letter);
        for (let i = from; i < to; i += 1) {
          // An edit adds at most one letter to the word's set of letters and removes at most one.
          const other = masks[i] as number;
          if (bitCount(other & ~mask) > budget || bitCount(mask & ~other) > budget) continue;
          const candidate = this.termAt(ids[i] as number);
          // Those sharing the first letter were considered in the first group.
          if (buckets === this.bySecond && candidate.charCodeAt(0) === first) continue;
          const distance = editDistance(term, candidate, budget);
          if (distance <= budget)
            found.push({
              term: ids[i] as number,
              weight: distance === 1 ? WEIGHT.typo1 : WEIGHT.typo2,
            });
        }
      }
    }
    return found;
  }

  /** What one query word matches in the index, strongest form first. */
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
    return [...best.entries()]
      .map(([term, weight]) => ({ term, weight }))
      .sort((a, b) => b.weight - a.weight || this.postingCount(a.term) - this.postingCount(b.term));
  }

  search(text: string, limit: number): PassageHit[] {
    const all = tokenize(text);
    const content = all.filter((t) => !STOPWORDS.has(t));
    const words = [...new Set(content.length > 0 ? content : all)].slice(0, MAX_QUERY_TERMS);
    if (words.length === 0 || this.table.length === 0 || limit <= 0) return [];
    const expansions = words.map((word) => this.expand(word));
    const idfs = expansions.map((group) => this.idf(group));
    const keep = Math.max(limit, RERANK);
    const { count, walked, partial } = this.accumulate(expansions, idfs, keep);
    const best = this.best(count, words.length, keep);
    if (partial || words.length > 1) this.rescore(best, walked, idfs);
    if (words.length > 1) this.rerank(best, expansions, idfs, limit);
    this.clear(count);
    return best.slice(0, limit).map(({ doc, rank }) => ({
      passage: this.table.at(doc),
      score: rank,
      matched: expansions
        .flat()
        .flatMap(({ term }) => (this.holds(term, doc) ? [this.termAt(term)] : [])),
    }));
  }

  /**
   * Adds term proximity to the best passages, best first. A pair's proximity score is below its
   * worth × (k1 + 1), so once a passage's rank plus the most it could gain cannot reach the
   * `limit`-th best, neither can any after it: they are not read.
   */
  private rerank(
    best: { doc: number; rank: number }[],
    expansions: Expansion[][],
    idfs: number[],
    limit: number,
  ): void {
    const words = expansions.length;
    const forms = new Map<string, FormOf>();
    const worths: number[] = [];
    // Only each word's strongest forms: a translation next to a word is not the phrase typed.
    expansions.forEach((group, word) => {
      const strongest = group[0]?.weight ?? 0;
      worths.push(strongest * (idfs[word] ?? 0));
      for (const { term, weight } of group)
        if (weight === strongest && !forms.has(this.termAt(term)))
          forms.set(this.termAt(term), { word, worth: weight * (idfs[word] ?? 0) });
    });
    let most = 0;
    for (let a = 0; a < words; a += 1)
      for (let b = a + 1; b < words; b += 1)
        most += Math.min(worths[a] ?? 0, worths[b] ?? 0) * (K1 + 1);
    const final: number[] = [];
    for (const hit of best) {
      // Proximity needs two words: a passage holding one gains nothing, and is not read.
      if ((this.held[hit.doc] as number) < 2) continue;
      const share = (this.coverage[hit.doc] as number) / words;
      const reachable = final.length >= limit ? (final[limit - 1] ?? 0) : -Infinity;
      if (hit.rank + most * share * share < reachable) break;
      const near = proximityScore(
        this.table.text(hit.doc),
        forms,
        words,
        this.norms[hit.doc] as number,
        K1,
      );
      hit.rank += near * share * share;
      final.push(hit.rank);
      final.sort((a, b) => b - a);
    }
    best.sort((a, b) => b.rank - a.rank || a.doc - b.doc);
  }

  /**
   * One rarity per query word, taken over all its forms: a translation or a typo match must not
   * outrank the word as typed just because that form is rarer.
   */
  private idf(group: Expansion[]): number {
    const n = this.table.length;
    const df = Math.min(
      n,
      group.reduce((sum, { term }) => sum + this.postingCount(term), 0),
    );
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Adds each word's BM25 contribution to the passages holding it; returns how many it touched.
   * A passage counts a word by its best form (weight × frequency), so a passage holding three
   * loose forms of a word (translations, prefix extensions) does not outscore one holding it.
   *
   * Words are read rarest first, and a form is walked in full only while a passage it alone
   * brings in could still reach the `keep` best (MaxScore, Turtle & Flood 1995): its most
   * possible rank, with every later word at its most, is compared with the `keep`-th best rank
   * so far, which can only grow. Past that point the form only adds to passages already found,
   * so a common word after a rare one costs a walk and no new candidates.
   */
  private accumulate(
    expansions: Expansion[][],
    idfs: number[],
    keep: number,
  ): { count: number; walked: Expansion[][]; partial: boolean } {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    const { scores, coverage, held, norms, touched, wordTfs, wordWeights, wordDocs, found } = this;
    const words = expansions.length;
    // One word reads every posting: nothing is skipped, so nothing needs marking.
    const marks = words > 1;
    let count = 0;
    let partial = false;
    const walkedForms: Expansion[][] = expansions.map(() => []);
    const order = [...expansions.keys()].sort((a, b) => (idfs[b] ?? 0) - (idfs[a] ?? 0) || a - b);
    // What the words after the current one could add at most, to rank and to coverage.
    let laterBound = 0;
    let laterWeight = 0;
    for (const w of order) {
      laterBound += (idfs[w] ?? 0) * (K1 + 1);
      laterWeight += expansions[w]?.[0]?.weight ?? 0;
    }
    order.forEach((w, k) => {
      const group = expansions[w] ?? [];
      const boost = (idfs[w] ?? 0) * (K1 + 1);
      laterBound -= boost;
      laterWeight -= group[0]?.weight ?? 0;
      // The `keep`-th best rank of the passages found by the earlier words (none for the first).
      const floor = k === 0 ? -Infinity : this.threshold(count, words, keep);
      let walked = 0;
      let holding = 0;
      const forms = walkedForms[w] ?? [];
      // A passage's best form may come later in the group: bound each form by the rest's best.
      const impacts = k === 0 ? [] : group.map(({ term }) => this.maxImpact(term));
      for (let f = impacts.length - 2; f >= 0; f -= 1)
        impacts[f] = Math.max(impacts[f] ?? 0, impacts[f + 1] ?? 0);
      for (let f = 0; f < group.length; f += 1) {
        const form = group[f] as Expansion;
        const { term, weight } = form;
        let from = postingStarts[term] ?? 0;
        let to = postingStarts[term + 1] ?? 0;
        if (walked > 0 && walked + Math.min(to - from, CHAMPIONS) > LOOSE_FORM_BUDGET) continue;
        forms.push(form);
        let docs = postingDocs;
        let tfs = postingTfs;
        const champion = this.champions.get(term);
        if (champion !== undefined) {
          // A very common form: only its passages where it weighs most (see `champions`).
          [from, to] = champion;
          docs = this.championDocs;
          tfs = this.championTfs;
          partial = true;
        }
        walked += to - from;
        const reach = weight + laterWeight;
        const most = (boost * (impacts[f] ?? 1) + laterBound) * (reach / words) ** 2;
        // Whether a passage no earlier word or form holds can still reach the best (with a
        // margin for rounding: the bound is summed in another order than the ranks).
        const admits = most * (1 + 1e-9) >= floor;
        for (let i = from; i < to; i += 1) {
          const doc = docs[i] as number;
          if (marks) {
            const bit = 1 << (doc & 31);
            const bits = found[doc >>> 5] as number;
            if ((bits & bit) === 0) {
              if (!admits) continue;
              found[doc >>> 5] = bits | bit;
            }
          }
          const before = wordTfs[doc] as number;
          const tf = weight * (tfs[i] as number);
          if (before === 0) {
            wordDocs[holding++] = doc;
            // Forms come strongest first: the first form a passage holds is its best.
            wordWeights[doc] = weight;
          }
          if (tf > before) wordTfs[doc] = tf;
        }
      }
      for (let h = 0; h < holding; h += 1) {
        const doc = wordDocs[h] as number;
        const tf = wordTfs[doc] as number;
        wordTfs[doc] = 0;
        if (coverage[doc] === 0) touched[count++] = doc;
        coverage[doc] = (coverage[doc] as number) + (wordWeights[doc] as number);
        held[doc] = (held[doc] as number) + 1;
        scores[doc] = (scores[doc] as number) + (boost * tf) / (tf + (norms[doc] as number));
      }
    });
    return { count, walked: walkedForms, partial };
  }

  /**
   * The most a form's frequency can weigh in any passage, tf/(tf + norm) at its best (a looser
   * form's weight only lowers it); read from its postings once, then remembered.
   */
  private maxImpact(term: number): number {
    const known = this.impacts[term] ?? -1;
    if (known >= 0) return known;
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    // A champion list holds its term's weightiest postings: its best is the term's best.
    const champion = this.champions.get(term);
    const [from, to] = champion ?? [postingStarts[term] ?? 0, postingStarts[term + 1] ?? 0];
    const docs = champion === undefined ? postingDocs : this.championDocs;
    const tfs = champion === undefined ? postingTfs : this.championTfs;
    let most = 0;
    for (let i = from; i < to; i += 1) {
      const tf = tfs[i] as number;
      most = Math.max(most, tf / (tf + (this.norms[docs[i] as number] as number)));
    }
    this.impacts[term] = most;
    return most;
  }

  /** The `keep`-th best rank among the touched passages; -Infinity while fewer are touched. */
  private threshold(count: number, words: number, keep: number): number {
    if (count < keep) return -Infinity;
    return this.best(count, words, keep).at(-1)?.rank ?? -Infinity;
  }

  /**
   * The exact score of the best passages: each word's best form looked up in the full postings
   * (a passage a champion list left out still counts the word), and a word the passage lacks
   * but its document holds counted at a discount.
   */
  private rescore(
    best: { doc: number; rank: number }[],
    walked: Expansion[][],
    idfs: number[],
  ): void {
    const { scores, coverage, held, norms } = this;
    for (const hit of best) {
      const { doc } = hit;
      let score = 0;
      let weights = 0;
      let holds = 0;
      walked.forEach((forms, w) => {
        let tf = 0;
        let weight = 0;
        for (const form of forms) {
          const found = this.frequency(form.term, doc);
          if (found === 0) continue;
          if (weight === 0) weight = form.weight;
          tf = Math.max(tf, form.weight * found);
        }
        if (tf === 0) {
          // Not in the passage but elsewhere in its document: the passage is about the
          // same thing, so the word counts, at a discount, towards holding the query.
          const best = forms.find((form) => this.inDocument(form.term, doc));
          if (best !== undefined) weights += DOCUMENT_CONTEXT * best.weight;
          return;
        }
        holds += 1;
        weights += weight;
        score += ((idfs[w] ?? 0) * (K1 + 1) * tf) / (tf + (norms[doc] as number));
      });
      scores[doc] = score;
      coverage[doc] = weights;
      held[doc] = holds;
      const share = weights / walked.length;
      hit.rank = score * share * share;
    }
    best.sort((a, b) => b.rank - a.rank || a.doc - b.doc);
  }

  /** The `keep` best touched passages: those holding every word first, then by BM25. */
  private best(count: number, words: number, keep: number): { doc: number; rank: number }[] {
    const { scores, coverage, touched } = this;
    const top: { doc: number; rank: number }[] = [];
    // The weakest kept rank: most passages fall below it and cost one comparison.
    let floor = -1;
    let floorDoc = 0;
    for (let t = 0; t < count; t += 1) {
      const doc = touched[t] as number;
      const share = (coverage[doc] as number) / words;
      const rank = (scores[doc] as number) * share * share;
      if (top.length >= keep && (rank < floor || (rank === floor && doc > floorDoc))) continue;
      let at = top.length;
      for (; at > 0; at -= 1) {
        const above = top[at - 1] as { doc: number; rank: number };
        if (above.rank > rank || (above.rank === rank && above.doc < doc)) break;
      }
      top.splice(at, 0, { doc, rank });
      if (top.length > keep) top.pop();
      const last = top[top.length - 1] as { doc: number; rank: number };
      floor = last.rank;
      floorDoc = last.doc;
    }
    return top;
  }

  private clear(count: number): void {
    const { scores, coverage, held, touched, found } = this;
    for (let t = 0; t < count; t += 1) {
      const doc = touched[t] as number;
      found[doc >>> 5] = 0;
      scores[doc] = 0;
      coverage[doc] = 0;
      held[doc] = 0;
    }
  }

  private holds(term: number, doc: number): boolean {
    return this.frequency(term, doc) > 0;
  }

  /** Whether any passage of `passage`'s document holds the term. */
  private inDocument(term: number, passage: number): boolean {
    const { postingStarts, postingDocs } = this.columns;
    const { firstOfDocument, documentOf } = this.table;
    const d = documentOf[passage] ?? 0;
    const first = firstOfDocument[d] ?? 0;
    const end = firstOfDocument[d + 1] ?? 0;
    // The first posting at or after the document's first passage.
    let lo = postingStarts[term] ?? 0;
    let hi = postingStarts[term + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((postingDocs[mid] ?? 0) < first) lo = mid + 1;
      else hi = mid;
    }
    return lo < (postingStarts[term + 1] ?? 0) && (postingDocs[lo] ?? end) < end;
  }

  /** How often the term occurs in the passage (0 when not at all). */
  private frequency(term: number, doc: number): number {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    let lo = postingStarts[term] ?? 0;
    let hi = (postingStarts[term + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = postingDocs[mid] ?? 0;
      if (at === doc) return postingTfs[mid] ?? 0;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}
