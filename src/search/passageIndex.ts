import type { Passage, PassageTable } from '../corpus/passages.ts';
import { tokenize } from '../text/normalize.ts';
import {
  Accumulator,
  END,
  WordList,
  formList,
  gallop,
  mergeForm,
  weightIn,
  type FormPostings,
  type PassageLanguages,
} from './accumulator.ts';
import { editDistance } from './editDistance.ts';
import { equivalents, languageBit, languagesOf } from './glossary.ts';
import { ForwardPostings } from './forwardPostings.ts';
import { LetterBuckets } from './letterBuckets.ts';
import { proximityScore, type FormOf } from './proximity.ts';
import { strayLetter } from './slips.ts';
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
/**
 * A glossary word in a passage whose language does not write it (a Dutch word quoted in an
 * English release) counts as a translation would: the passage is in another language, and the
 * word is a name or a quote there.
 */
const FOREIGN = WEIGHT.equivalent;
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
/**
 * Passages holding every word are looked for in the full postings when a champion list was
 * read, if the shortest of the words' lists is at most this long (a million passages:
 * "huiszoekingen" is in 20,839).
 */
const CONJUNCTION_BUDGET = 100_000;
/**
 * How much a passage's document weighs beside the passage itself (see addDocumentEvidence):
 * alike. Measured on the benchmark's corpora (the only tuning of it): at 0.5 the Dutch
 * document's own query still lost to noise at 100,000 passages; at 1 it wins at every size.
 */
const DOCUMENT_WEIGHT = 1;
/** How many of the best passages the proximity re-rank reads. */
const RERANK = 30;

interface Expansion {
  term: number;
  weight: number;
  /** The languages that write the form (glossary.ts: 0, any) and its weight in others' passages. */
  languages: number;
  foreign: number;
}

/** A passage among the best: its rank, and the coverage and word count the rank came from. */
interface Hit {
  doc: number;
  rank: number;
  coverage: number;
  held: number;
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
  /**
   * Term ids by length and first letter, and by length and second letter: a typo rarely
   * changes both of the first two letters, so typo search reads only these two buckets.
   */
  private readonly byFirst: LetterBuckets;
  private readonly bySecond: LetterBuckets;
  private readonly letterMasks: Uint32Array;
  /** Per passage, BM25's length norm k1·(1 − b + b·length/average), computed once. */
  private readonly norms: Float32Array;
  /** Champion lists of the common terms: their ranges in `championDocs` and `championTfs`. */
  private readonly champions = new Map<number, [number, number, number]>();
  private readonly championDocs: Int32Array;
  private readonly championTfs: Uint8Array;
  /**
   * A query's passages so far and the buffer the next merge writes, swapped after each; two
   * word lists likewise for merging a word's forms (see accumulator.ts). Reused across queries.
   */
  private acc = new Accumulator();
  private spare = new Accumulator();
  private wordA = new WordList();
  private wordB = new WordList();
  /** The average document's length in words, for the documents' BM25 norms. */
  private readonly averageDocument: number;
  /** Per term, the most its frequency weighs in a passage (-1 until a query needs it). */
  private readonly impacts: Float64Array;
  /** Per passage, its document's language as a glossary language bit (0: another, or unknown). */
  private readonly languages: PassageLanguages;

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
    const documents = table.firstOfDocument.length - 1;
    this.averageDocument = documents <= 0 ? 1 : Math.max(1, total / documents);
    this.norms = new Float32Array(n);
    for (let doc = 0; doc < n; doc += 1)
      this.norms[doc] = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / average);
    const champions = this.championLists();
    this.championDocs = champions.docs;
    this.championTfs = champions.tfs;
    this.impacts = new Float64Array(vocabulary.length).fill(-1);
    this.languages = new Uint8Array(n);
    for (let d = 0; d < documents; d += 1)
      this.languages.fill(
        languageBit(table.document(d).language),
        table.firstOfDocument[d] ?? 0,
        table.firstOfDocument[d + 1] ?? 0,
      );
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
      return tf / (tf + this.norm(postingDocs[i] ?? 0));
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
      let i = from;
      for (; i < to && at < end; i += 1) {
        if (Math.floor(impact(i) * BINS) < cut) continue;
        docs[at] = postingDocs[i] ?? 0;
        tfs[at] = postingTfs[i] ?? 0;
        at += 1;
      }
      // A posting left out weighs less than the cut, unless the list filled up before its end.
      this.champions.set(term, [start, at, i < to ? 1 : cut / BINS]);
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
          if (distance > budget) continue;
          // A stray letter is a rarer slip than one left out or swapped: it weighs as two.
          const one = distance === 1 && !strayLetter(term, candidate);
          found.push(this.expansion(ids[i] as number, one ? WEIGHT.typo1 : WEIGHT.typo2));
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
      .map(([term, weight]) => this.expansion(term, weight))
      .sort((a, b) => b.weight - a.weight || this.postingCount(a.term) - this.postingCount(b.term));
  }

  private expansion(term: number, weight: number): Expansion {
    const languages = languagesOf(this.termAt(term));
    return { term, weight, languages, foreign: languages === 0 ? weight : weight * FOREIGN };
  }

  search(text: string, limit: number): PassageHit[] {
    const all = tokenize(text);
    const content = all.filter((t) => !STOPWORDS.has(t));
    const words = [...new Set(content.length > 0 ? content : all)].slice(0, MAX_QUERY_TERMS);
    if (words.length === 0 || this.table.length === 0 || limit <= 0) return [];
    const expansions = words.map((word) => this.expand(word));
    const idfs = expansions.map((group) => this.idf(group));
    const keep = Math.max(limit, RERANK);
    const { walked, partial } = this.accumulate(expansions, idfs, keep);
    let best = this.best(words.length, keep);
    // A champion list leaves out passages that hold every word, each where it weighs little:
    // those rank first (coverage), so they are looked for in the full postings.
    if (partial && words.length > 1) {
      const floor = best.length >= keep ? (best.at(-1)?.rank ?? -Infinity) : -Infinity;
      if (this.conjoin(expansions, idfs, floor)) best = this.best(words.length, keep);
    }
    if (partial || words.length > 1) this.rescore(best, walked, idfs);
    this.addDocumentEvidence(best, walked, idfs);
    if (words.length > 1) this.rerank(best, expansions, idfs, limit);
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
  private rerank(best: Hit[], expansions: Expansion[][], idfs: number[], limit: number): void {
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
      if (hit.held < 2) continue;
      const share = hit.coverage / words;
      const reachable = final.length >= limit ? (final[limit - 1] ?? 0) : -Infinity;
      if (hit.rank + most * share * share < reachable) break;
      const near = proximityScore(this.table.text(hit.doc), forms, words, this.norm(hit.doc), K1);
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
   * Adds each word's BM25 contribution to the passages holding it (`acc`, see accumulator.ts).
   * A passage counts a word by its best form (weight × frequency), so a passage holding three
   * loose forms of a word (translations, prefix extensions) does not outscore one holding it.
   *
   * Words are read rarest first, and a form brings in new passages only while a passage it
   * alone brings in could still reach the `keep` best (MaxScore, Turtle & Flood 1995): its most
   * possible rank, with every later word at its most, is compared with the `keep`-th best rank
   * so far, which can only grow. Past that point the form only adds to passages already found
   * (an intersection, galloping through the longer list), so a common word after a rare one
   * costs no new candidates.
   */
  private accumulate(
    expansions: Expansion[][],
    idfs: number[],
    keep: number,
  ): { walked: Expansion[][]; partial: boolean } {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    const words = expansions.length;
    let partial = false;
    this.acc.length = 0;
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
      const floor = k === 0 ? -Infinity : this.threshold(words, keep);
      let walked = 0;
      const forms = walkedForms[w] ?? [];
      // A passage's best form may come later in the group: bound each form by the rest's best.
      const impacts = k === 0 ? [] : group.map(({ term }) => this.maxImpact(term));
      for (let f = impacts.length - 2; f >= 0; f -= 1)
        impacts[f] = Math.max(impacts[f] ?? 0, impacts[f + 1] ?? 0);
      // Forms that may bring in new passages, then (the bound only falls) those that may not.
      const admitted: FormPostings[] = [];
      const updating: FormPostings[] = [];
      for (let f = 0; f < group.length; f += 1) {
        const form = group[f] as Expansion;
        const { term, weight, languages, foreign } = form;
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
        (admits ? admitted : updating).push({ docs, tfs, from, to, weight, languages, foreign });
      }
      this.unite(this.wordList(admitted), boost, updating.length === 0);
      if (updating.length === 0) return;
      for (const form of updating) this.update(form);
      this.fold(boost);
    });
    return { walked: walkedForms, partial };
  }

  /** The spare list, with room for `capacity` entries, for a merge to write. */
  private next(capacity: number): Accumulator {
    this.spare.reserve(capacity);
    return this.spare;
  }

  /** Makes the list a merge wrote (`length` entries) the query's passages. */
  private swap(out: Accumulator, length: number): void {
    out.length = length;
    this.spare = this.acc;
    this.acc = out;
  }

  /** The union of a word's forms, shortest lists merged first (the result is the same). */
  private wordList(forms: FormPostings[]): WordList {
    let list = this.wordA;
    let spare = this.wordB;
    list.length = 0;
    forms.sort((a, b) => a.to - a.from - (b.to - b.from));
    forms.forEach((form, i) => {
      if (i === 0) formList(form, list, this.languages);
      else {
        mergeForm(list, form, spare, this.languages);
        [list, spare] = [spare, list];
      }
    });
    return list;
  }

  /**
   * Merges a word's passages into the query's. With `fold`, each passage holding the word adds
   * its BM25 share at once; without, the word's frequency and weight wait in the passage's
   * entry for the forms still to come (`update`) and are added by `fold`.
   */
  private unite(list: WordList, boost: number, fold: boolean): void {
    const acc = this.acc;
    const out = this.next(acc.length + list.length);
    const { norms } = this;
    const { docs: aDocs, score: aScore, coverage: aCoverage, held: aHeld } = acc;
    const { docs: lDocs, tf: lTf, weight: lWeight } = list;
    const { docs, score, coverage, held, wordTf, wordWeight } = out;
    const n = acc.length;
    const m = list.length;
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < n || j < m) {
      const a = i < n ? (aDocs[i] as number) : END;
      const b = j < m ? (lDocs[j] as number) : END;
      if (a < b) {
        docs[o] = a;
        score[o] = aScore[i] as number;
        coverage[o] = aCoverage[i] as number;
        held[o] = aHeld[i++] as number;
        if (!fold) {
          wordTf[o] = 0;
          wordWeight[o] = 0;
        }
      } else {
        let before = 0;
        let covered = 0;
        let words = 0;
        if (a === b) {
          before = aScore[i] as number;
          covered = aCoverage[i] as number;
          words = aHeld[i++] as number;
        }
        const tf = lTf[j] as number;
        const weight = lWeight[j++] as number;
        docs[o] = b;
        if (fold) {
          score[o] = before + (boost * tf) / (tf + (norms[b] as number));
          coverage[o] = covered + weight;
          held[o] = words + 1;
        } else {
          score[o] = before;
          coverage[o] = covered;
          held[o] = words;
          wordTf[o] = tf;
          wordWeight[o] = weight;
        }
      }
      o += 1;
    }
    this.swap(out, o);
  }

  /** A form that may not bring in passages: its frequency for the passages already found. */
  private update(form: FormPostings): void {
    const { docs, tfs, from, to } = form;
    const { docs: aDocs, wordTf, wordWeight, length } = this.acc;
    const { languages } = this;
    const take = (i: number, j: number): void => {
      const weight = weightIn(form, aDocs[i] as number, languages);
      const tf = weight * (tfs[j] as number);
      if (tf > (wordTf[i] as number)) wordTf[i] = tf;
      if (weight > (wordWeight[i] as number)) wordWeight[i] = weight;
    };
    const forms = to - from;
    if (forms <= length * 4 && length <= forms * 4) {
      // Lists of like lengths: a plain merge.
      for (let i = 0, j = from; i < length && j < to;) {
        const a = aDocs[i] as number;
        const b = docs[j] as number;
        if (a < b) i += 1;
        else if (b < a) j += 1;
        else take(i++, j++);
      }
    } else if (forms < length) {
      // The shorter list drives; the other is galloped through.
      let i = 0;
      for (let j = from; j < to; j += 1) {
        i = gallop(aDocs, i, length, docs[j] as number);
        if (i >= length) break;
        if (aDocs[i] === docs[j]) take(i, j);
      }
    } else {
      let j = from;
      for (let i = 0; i < length; i += 1) {
        j = gallop(docs, j, to, aDocs[i] as number);
        if (j >= to) break;
        if (docs[j] === aDocs[i]) take(i, j);
      }
    }
  }

  /** Adds the current word's BM25 share to each passage holding it (see `unite`). */
  private fold(boost: number): void {
    const { docs, score, coverage, held, wordTf, wordWeight, length } = this.acc;
    const { norms } = this;
    for (let i = 0; i < length; i += 1) {
      const tf = wordTf[i] as number;
      if (tf === 0) continue;
      score[i] = (score[i] as number) + (boost * tf) / (tf + (norms[docs[i] as number] as number));
      coverage[i] = (coverage[i] as number) + (wordWeight[i] as number);
      held[i] = (held[i] as number) + 1;
      wordTf[i] = 0;
      wordWeight[i] = 0;
    }
  }

  /**
   * Finds the passages holding every word's strongest form in the full postings (the shortest
   * list drives, the others are galloped through, Bentley & Yao 1976), scores them on those
   * forms and merges them into the query's passages, each keeping the better of its two ranks;
   * returns false when it did not walk: the shortest list is longer than CONJUNCTION_BUDGET
   * postings, or no passage left out could rank above `floor`, the `keep`-th best rank so far.
   */
  private conjoin(expansions: Expansion[][], idfs: number[], floor: number): boolean {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    const { norms } = this;
    const words = expansions.length;
    const forms: Expansion[] = [];
    for (const group of expansions) {
      const strongest = group[0];
      if (strongest === undefined) return false;
      forms.push(strongest);
    }
    const order = [...forms.keys()].sort(
      (a, b) =>
        this.postingCount((forms[a] as Expansion).term) -
        this.postingCount((forms[b] as Expansion).term),
    );
    const driver = forms[order[0] as number] as Expansion;
    if (this.postingCount(driver.term) > CONJUNCTION_BUDGET) return false;
    // The most a passage the walk did not find can rank: a champion list's left-out postings
    // weigh less than its cut. When that cannot reach the `keep`-th best, nothing is walked.
    let coverage = 0;
    let most = 0;
    forms.forEach(({ term, weight }, w) => {
      coverage += weight;
      const left = this.champions.get(term)?.[2] ?? this.maxImpact(term);
      most += (idfs[w] ?? 0) * (K1 + 1) * left;
    });
    const share = coverage / words;
    if (most * share * share < floor) return false;
    // The passages holding every word, ascending, and their scores.
    const found = this.wordA;
    found.reserve(this.postingCount(driver.term));
    let length = 0;
    const cursors = order.map((w) => postingStarts[(forms[w] as Expansion).term] ?? 0);
    const ends = order.map((w) => postingStarts[(forms[w] as Expansion).term + 1] ?? 0);
    const tfAt = new Int32Array(words);
    scan: for (let i = cursors[0] as number; i < (ends[0] as number); i += 1) {
      const doc = postingDocs[i] as number;
      tfAt[0] = i;
      let all = true;
      for (let k = 1; k < words; k += 1) {
        let at = cursors[k] as number;
        // Usually a few steps on: walked one by one, galloped past the first eight.
        const near = Math.min(at + 8, ends[k] as number);
        while (at < near && (postingDocs[at] as number) < doc) at += 1;
        if (at === near) at = gallop(postingDocs, at, ends[k] as number, doc);
        cursors[k] = at;
        if (at >= (ends[k] as number)) break scan;
        if (postingDocs[at] !== doc) {
          all = false;
          break;
        }
        tfAt[k] = at;
      }
      if (!all) continue;
      const norm = norms[doc] as number;
      let score = 0;
      let covered = 0;
      for (let k = 0; k < words; k += 1) {
        const w = order[k] as number;
        const weight = weightIn(forms[w] as Expansion, doc, this.languages);
        const tf = weight * (postingTfs[tfAt[k] as number] as number);
        score += ((idfs[w] ?? 0) * (K1 + 1) * tf) / (tf + norm);
        covered += weight;
      }
      found.docs[length] = doc;
      found.weight[length] = covered;
      found.tf[length++] = score;
    }
    found.length = length;
    this.join(found, words);
    return true;
  }

  /**
   * Merges passages holding every word (their scores in `found.tf`, their coverage in
   * `found.weight`) into the query's: one already there takes the new score, coverage and word
   * count only if they rank it higher.
   */
  private join(found: WordList, words: number): void {
    const acc = this.acc;
    const out = this.next(acc.length + found.length);
    const { docs: aDocs, score: aScore, coverage: aCoverage, held: aHeld } = acc;
    const { docs, score, coverage: covered, held } = out;
    const n = acc.length;
    const m = found.length;
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < n || j < m) {
      const a = i < n ? (aDocs[i] as number) : END;
      const b = j < m ? (found.docs[j] as number) : END;
      const conjoined = found.tf[j] as number;
      const coverage = found.weight[j] as number;
      if (
        a < b ||
        (a === b &&
          conjoined * (coverage / words) ** 2 <=
            (aScore[i] as number) * ((aCoverage[i] as number) / words) ** 2)
      ) {
        docs[o] = a;
        score[o] = aScore[i] as number;
        covered[o] = aCoverage[i] as number;
        held[o] = aHeld[i++] as number;
        if (a === b) j += 1;
      } else {
        if (a === b) i += 1;
        docs[o] = b;
        score[o] = conjoined;
        covered[o] = coverage;
        held[o] = words;
        j += 1;
      }
      o += 1;
    }
    this.swap(out, o);
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
      most = Math.max(most, tf / (tf + this.norm(docs[i] as number)));
    }
    this.impacts[term] = most;
    return most;
  }

  /** The `keep`-th best rank among the passages found so far; -Infinity while fewer are found. */
  private threshold(words: number, keep: number): number {
    if (this.acc.length < keep) return -Infinity;
    return this.best(words, keep).at(-1)?.rank ?? -Infinity;
  }

  /**
   * The exact score of the best passages: each word's best form looked up in the full postings
   * (a passage a champion list left out still counts the word), and a word the passage lacks
   * but its document holds counted at a discount.
   */
  private rescore(best: Hit[], walked: Expansion[][], idfs: number[]): void {
    const { firstOfDocument, documentOf } = this.table;
    for (const hit of best) {
      const { doc } = hit;
      const d = documentOf[doc] ?? 0;
      const norm = this.norm(doc);
      let score = 0;
      let weights = 0;
      let holds = 0;
      walked.forEach((forms, w) => {
        const { tf, weight } = this.bestForm(forms, doc, doc + 1);
        if (tf === 0) {
          // Not in the passage but elsewhere in its document: the passage is about the
          // same thing, so the word counts, at a discount, towards holding the query.
          const first = firstOfDocument[d] ?? 0;
          const end = firstOfDocument[d + 1] ?? 0;
          weights += DOCUMENT_CONTEXT * this.bestForm(forms, first, end).weight;
          return;
        }
        holds += 1;
        weights += weight;
        score += ((idfs[w] ?? 0) * (K1 + 1) * tf) / (tf + norm);
      });
      hit.coverage = Math.fround(weights);
      hit.held = holds;
      const share = weights / walked.length;
      hit.rank = score * share * share;
    }
    best.sort((a, b) => b.rank - a.rank || a.doc - b.doc);
  }

  /**
   * Adds to the best passage of each document among the best the evidence of its whole
   * document, scored like a passage (BM25 with the document's length against the average
   * document's, each word by its best form, squared coverage): a passage of a release about
   * the query outranks one where the words fell together by chance in a long text about
   * something else (Callan 1994 ranked documents by their own and their best passage's
   * evidence). Only the best passage gains, so one strong document does not fill the answer
   * with its weaker passages; a document of one passage is that passage, already counted.
   */
  private addDocumentEvidence(best: Hit[], walked: Expansion[][], idfs: number[]): void {
    const { firstOfDocument, documentOf } = this.table;
    const { lengths } = this.columns;
    const words = walked.length;
    const seen = new Set<number>();
    for (const hit of best) {
      const d = documentOf[hit.doc] ?? 0;
      if (seen.has(d)) continue;
      seen.add(d);
      const first = firstOfDocument[d] ?? 0;
      const end = firstOfDocument[d + 1] ?? 0;
      if (end - first < 2) continue;
      let length = 0;
      for (let p = first; p < end; p += 1) length += lengths[p] ?? 0;
      const norm = K1 * (1 - B + (B * length) / this.averageDocument);
      let score = 0;
      let weights = 0;
      walked.forEach((forms, w) => {
        const { tf, weight } = this.bestForm(forms, first, end);
        if (tf === 0) return;
        weights += weight;
        score += ((idfs[w] ?? 0) * (K1 + 1) * tf) / (tf + norm);
      });
      const share = weights / words;
      hit.rank += DOCUMENT_WEIGHT * score * share * share;
    }
    best.sort((a, b) => b.rank - a.rank || a.doc - b.doc);
  }

  /**
   * A query word in the passages [first, end) (one passage, or a whole document, all of one
   * language): its best form's weighted frequency and the weight of the strongest form found;
   * 0 and 0 when none is there.
   */
  private bestForm(
    forms: readonly Expansion[],
    first: number,
    end: number,
  ): { tf: number; weight: number } {
    let tf = 0;
    let weight = 0;
    for (const form of forms) {
      const found = this.occurrences(form.term, first, end);
      if (found === 0) continue;
      const weighs = weightIn(form, first, this.languages);
      weight = Math.max(weight, weighs);
      tf = Math.max(tf, weighs * found);
    }
    return { tf, weight };
  }

  /** How often the term occurs in the passages [first, end): one passage, or a document's. */
  private occurrences(term: number, first: number, end: number): number {
    const { postingStarts, postingDocs, postingTfs } = this.columns;
    const to = postingStarts[term + 1] ?? 0;
    let total = 0;
    for (let i = gallop(postingDocs, postingStarts[term] ?? 0, to, first); i < to; i += 1) {
      if ((postingDocs[i] as number) >= end) break;
      total += postingTfs[i] as number;
    }
    return total;
  }

  /** The `keep` best passages found: those holding every word first, then by BM25. */
  private best(words: number, keep: number): Hit[] {
    const { docs, score, coverage, held, length } = this.acc;
    const top: Hit[] = [];
    // The weakest kept rank: most passages fall below it and cost one comparison.
    let floor = -1;
    let floorDoc = 0;
    for (let t = 0; t < length; t += 1) {
      const doc = docs[t] as number;
      const share = (coverage[t] as number) / words;
      const rank = (score[t] as number) * share * share;
      if (top.length >= keep && (rank < floor || (rank === floor && doc > floorDoc))) continue;
      let at = top.length;
      for (; at > 0; at -= 1) {
        const above = top[at - 1] as Hit;
        if (above.rank > rank || (above.rank === rank && above.doc < doc)) break;
      }
      top.splice(at, 0, { doc, rank, coverage: coverage[t] as number, held: held[t] as number });
      if (top.length > keep) top.pop();
      const last = top[top.length - 1] as Hit;
      floor = last.rank;
      floorDoc = last.doc;
    }
    return top;
  }

  private holds(term: number, doc: number): boolean {
    return this.occurrences(term, doc, doc + 1) > 0;
  }

  /** A passage's BM25 length norm, k1·(1 − b + b·length/average). */
  private norm(doc: number): number {
    return this.norms[doc] as number;
  }
}
