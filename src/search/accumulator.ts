/**
 * Sorted lists of passages for a query's running state, merged rather than indexed by passage
 * number. A posting list is read front to back and merged with the list of passages found so
 * far, so a query's memory traffic is a few sequential streams: a table with a slot per
 * passage (32 MB at a million) was written at random, a cache miss per posting once other
 * queries had pushed it out of the cache (three to five times the time of the same query
 * repeated alone).
 */

/** Passages found by a query so far, ascending, with their running scores. */
export class Accumulator {
  docs = new Int32Array(0);
  /** BM25 summed over the words held. */
  score = new Float64Array(0);
  /** The words held, each counted by the weight of its best form. */
  coverage = new Float32Array(0);
  /** How many of the query's words it holds. */
  held = new Uint8Array(0);
  /** The current word's best share over its forms (0: none yet, see WordList), and its weight. */
  wordTf = new Float64Array(0);
  wordWeight = new Float32Array(0);
  length = 0;

  /** Room for `capacity` entries; the contents are not kept. */
  reserve(capacity: number): void {
    if (capacity <= this.docs.length) return;
    const size = Math.max(capacity, this.docs.length * 2, 1024);
    this.docs = new Int32Array(size);
    this.score = new Float64Array(size);
    this.coverage = new Float32Array(size);
    this.held = new Uint8Array(size);
    this.wordTf = new Float64Array(size);
    this.wordWeight = new Float32Array(size);
  }
}

/**
 * One query word's passages, ascending: the best share over its forms, scale × tf / (tf + norm)
 * with tf the form's weight × frequency (the word's BM25 contribution without its rarity), and
 * the strongest form's weight.
 */
export class WordList {
  docs = new Int32Array(0);
  tf = new Float64Array(0);
  weight = new Float32Array(0);
  length = 0;

  /** Room for `capacity` entries; the contents are not kept. */
  reserve(capacity: number): void {
    if (capacity <= this.docs.length) return;
    const size = Math.max(capacity, this.docs.length * 2, 1024);
    this.docs = new Int32Array(size);
    this.tf = new Float64Array(size);
    this.weight = new Float32Array(size);
  }
}

/**
 * A form's postings: passages docs[from, to) ascending, their frequencies, the form's weight
 * (inside the saturation, as a fraction of an occurrence) and scale (outside it: a typo reading's
 * own rarity against its word's).
 */
export interface FormPostings {
  docs: Int32Array;
  tfs: Uint8Array;
  from: number;
  to: number;
  weight: number;
  scale: number;
}

/** A form's share in a passage: scale × tf / (tf + norm), tf its weight × frequency. */
export function formShare(scale: number, weight: number, tf: number, norm: number): number {
  const weighted = weight * tf;
  return (scale * weighted) / (weighted + norm);
}

/**
 * Writes into `out` the union of `list` and a form's postings: a passage keeps the better
 * share and the stronger weight of the two.
 */
export function mergeForm(
  list: WordList,
  form: FormPostings,
  norms: Float32Array,
  out: WordList,
): void {
  const { docs, tfs, to, weight, scale } = form;
  out.reserve(list.length + (to - form.from));
  const { docs: aDocs, tf: aTf, weight: aWeight } = list;
  const { docs: oDocs, tf: oTf, weight: oWeight } = out;
  let i = 0;
  let j = form.from;
  let o = 0;
  const n = list.length;
  while (i < n && j < to) {
    const a = aDocs[i] as number;
    const b = docs[j] as number;
    if (a < b) {
      oDocs[o] = a;
      oTf[o] = aTf[i] as number;
      oWeight[o++] = aWeight[i++] as number;
    } else if (b < a) {
      oDocs[o] = b;
      oTf[o] = formShare(scale, weight, tfs[j++] as number, norms[b] as number);
      oWeight[o++] = weight;
    } else {
      const tf = formShare(scale, weight, tfs[j++] as number, norms[b] as number);
      const before = aTf[i] as number;
      oDocs[o] = a;
      oTf[o] = tf > before ? tf : before;
      const w = aWeight[i++] as number;
      oWeight[o++] = weight > w ? weight : w;
    }
  }
  for (; i < n; i += 1, o += 1) {
    oDocs[o] = aDocs[i] as number;
    oTf[o] = aTf[i] as number;
    oWeight[o] = aWeight[i] as number;
  }
  for (; j < to; j += 1, o += 1) {
    const doc = docs[j] as number;
    oDocs[o] = doc;
    oTf[o] = formShare(scale, weight, tfs[j] as number, norms[doc] as number);
    oWeight[o] = weight;
  }
  out.length = o;
}

/** Copies a form's postings into `out` as a word's list. */
export function formList(form: FormPostings, norms: Float32Array, out: WordList): void {
  const { docs, tfs, from, to, weight, scale } = form;
  out.reserve(to - from);
  for (let j = from, o = 0; j < to; j += 1, o += 1) {
    const doc = docs[j] as number;
    out.docs[o] = doc;
    out.tf[o] = formShare(scale, weight, tfs[j] as number, norms[doc] as number);
    out.weight[o] = weight;
  }
  out.length = to - from;
}

/** The first index in [from, to) whose value is at or after `doc` (`to` when none is). */
export function gallop(docs: Int32Array, from: number, to: number, doc: number): number {
  if (from >= to || (docs[from] as number) >= doc) return from;
  // Steps of 1, 2, 4, … until past `doc`, then a binary search in the last step.
  let lo = from;
  let step = 1;
  let hi = from + step;
  while (hi < to && (docs[hi] as number) < doc) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > to) hi = to;
  // docs[lo] < doc; the answer is in (lo, hi].
  lo += 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
