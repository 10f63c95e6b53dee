/**
 * Sorted lists of passages for a query's running state, merged rather than indexed by passage
 * number. A posting list is read front to back and merged with the list of passages found so
 * far, so a query's memory traffic is a few sequential streams: a table with a slot per
 * passage (32 MB at a million) was written at random, a cache miss per posting once other
 * queries had pushed it out of the cache (three to five times the time of the same query
 * repeated alone).
 */

/** Past every passage number: a merge's exhausted side reads as this. */
export const END = 0x7fffffff;

/** The size to grow a list's columns to for `capacity` entries; 0 when they are large enough. */
function grown(size: number, capacity: number): number {
  return capacity <= size ? 0 : Math.max(capacity, size * 2, 1024);
}

/** Passages found by a query so far, ascending, with their running scores. */
export class Accumulator {
  docs = new Int32Array(0);
  /** BM25 summed over the words held. */
  score = new Float64Array(0);
  /** The words held, each counted by the weight of its best form. */
  coverage = new Float32Array(0);
  /** How many of the query's words it holds. */
  held = new Uint8Array(0);
  /** The current word's best weighted frequency over its forms (0: none yet), and its weight. */
  wordTf = new Float64Array(0);
  wordWeight = new Float32Array(0);
  length = 0;

  /** Room for `capacity` entries; the contents are not kept. */
  reserve(capacity: number): void {
    const size = grown(this.docs.length, capacity);
    if (size === 0) return;
    this.docs = new Int32Array(size);
    this.score = new Float64Array(size);
    this.coverage = new Float32Array(size);
    this.held = new Uint8Array(size);
    this.wordTf = new Float64Array(size);
    this.wordWeight = new Float32Array(size);
  }
}

/** One query word's passages, ascending: the best weighted frequency over its forms, its weight. */
export class WordList {
  docs = new Int32Array(0);
  tf = new Float64Array(0);
  weight = new Float32Array(0);
  length = 0;

  /** Room for `capacity` entries; the contents are not kept. */
  reserve(capacity: number): void {
    const size = grown(this.docs.length, capacity);
    if (size === 0) return;
    this.docs = new Int32Array(size);
    this.tf = new Float64Array(size);
    this.weight = new Float32Array(size);
  }
}

/**
 * A form's postings: passages docs[from, to) ascending, their frequencies, the form's weight,
 * and its weight where its passage's language is not one of the form's (`languages`, a bit
 * each; 0: any language; see passageIndex.ts).
 */
export interface FormPostings extends Weighed {
  docs: Int32Array;
  tfs: Uint8Array;
  from: number;
  to: number;
}

/** A form's weight, the languages that write it (a bit each; 0: any) and its weight elsewhere. */
export interface Weighed {
  weight: number;
  languages: number;
  foreign: number;
}

/** Per passage, its document's language as a bit (0: not known); see `FormPostings`. */
export type PassageLanguages = Uint8Array;

/** The form's weight in passage `doc`. */
export function weightIn(form: Weighed, doc: number, languages: PassageLanguages): number {
  if (form.languages === 0) return form.weight;
  const language = languages[doc] as number;
  return language === 0 || (language & form.languages) !== 0 ? form.weight : form.foreign;
}

/**
 * Writes into `out` the union of `list` and a form's postings: a passage keeps the better
 * weighted frequency and the stronger weight of the two.
 */
export function mergeForm(
  list: WordList,
  form: FormPostings,
  out: WordList,
  languages: PassageLanguages,
): void {
  const { docs, tfs, to } = form;
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
      const weight = weightIn(form, b, languages);
      oDocs[o] = b;
      oTf[o] = weight * (tfs[j++] as number);
      oWeight[o++] = weight;
    } else {
      const weight = weightIn(form, b, languages);
      const tf = weight * (tfs[j++] as number);
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
    const weight = weightIn(form, docs[j] as number, languages);
    oDocs[o] = docs[j] as number;
    oTf[o] = weight * (tfs[j] as number);
    oWeight[o] = weight;
  }
  out.length = o;
}

/** Copies a form's postings into `out` as a word's list. */
export function formList(form: FormPostings, out: WordList, languages: PassageLanguages): void {
  const { docs, tfs, from, to } = form;
  out.reserve(to - from);
  for (let j = from, o = 0; j < to; j += 1, o += 1) {
    const weight = weightIn(form, docs[j] as number, languages);
    out.docs[o] = docs[j] as number;
    out.tf[o] = weight * (tfs[j] as number);
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
