import { GrowableInt32, GrowableUint8 } from './growable.ts';
import { STOPWORDS } from './stopwords.ts';
import { STOP, TermScanner } from './termScanner.ts';

/**
 * The first pass of an index build: per passage, its distinct terms (in order of first
 * appearance) and their counts, in flat growing arrays, with the vocabulary in term-id order
 * (ids in order of first appearance). A worker thread fills one for its share of the passages;
 * the builder maps its words to its own ids.
 */
export class ForwardPostings {
  /** The vocabulary, in term-id order. */
  readonly words: string[] = [];
  readonly terms: GrowableInt32;
  readonly tfs: GrowableUint8;
  /** Per passage, where its terms start in `terms`. */
  readonly starts = new GrowableInt32();
  /** Per passage, how many content words it holds. */
  readonly lengths = new GrowableInt32();
  private readonly scanner = new TermScanner(STOPWORDS, (word) => this.newTerm(word));
  /** The passage being added, and how many content words it has so far. */
  private passage = 0;
  private length = 0;
  /** Per term, the last passage that held it and where its count sits: no Map per passage. */
  private lastPassage = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);
  /** Passages dropped by `clear`: ids in `lastPassage` stay unique across batches. */
  private cleared = 0;

  constructor(expectedPostings = 1024) {
    this.terms = new GrowableInt32(expectedPostings);
    this.tfs = new GrowableUint8(expectedPostings);
  }

  /** Scans one passage's text. */
  add(text: string): void {
    this.passage = this.cleared + this.starts.length;
    this.starts.push(this.terms.length);
    this.length = 0;
    this.scanner.scan(text, this.count);
    this.lengths.push(this.length);
  }

  /** Adds one passage counted elsewhere: its distinct terms (mapped to ids here by toTerm). */
  addCounted(
    terms: ArrayLike<number>,
    tfs: ArrayLike<number>,
    from: number,
    to: number,
    length: number,
    toTerm: ArrayLike<number>,
  ): void {
    this.starts.push(this.terms.length);
    for (let k = from; k < to; k += 1) {
      this.terms.push(toTerm[terms[k] ?? 0] ?? 0);
      this.tfs.push(tfs[k] ?? 0);
    }
    this.lengths.push(length);
  }

  /** A word's term id, added to the vocabulary when new; STOP for a stop word. */
  termOf(word: string): number {
    return this.scanner.termOf(word);
  }

  /** Forgets the passages added so far (not the vocabulary): for a worker between batches. */
  clear(): void {
    this.cleared += this.starts.length;
    this.terms.clear();
    this.tfs.clear();
    this.starts.clear();
    this.lengths.clear();
  }

  /** Counts one token of the current passage (its term id from the scanner). */
  private readonly count = (id: number): void => {
    if (id === STOP) return;
    this.length += 1;
    if (this.lastPassage[id] === this.passage) {
      this.tfs.increment(this.slot[id] ?? 0);
    } else {
      this.lastPassage[id] = this.passage;
      this.slot[id] = this.terms.length;
      this.terms.push(id);
      this.tfs.push(1);
    }
  };

  private newTerm(token: string): number {
    const id = this.words.length;
    this.words.push(token);
    if (id >= this.lastPassage.length) {
      const last = new Int32Array(this.lastPassage.length * 2).fill(-1);
      last.set(this.lastPassage);
      this.lastPassage = last;
      const slot = new Int32Array(this.slot.length * 2);
      slot.set(this.slot);
      this.slot = slot;
    }
    return id;
  }
}
