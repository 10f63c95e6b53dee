import { foldNumbers, foldText } from '../text/normalize.ts';

const EMPTY = -1;
const NON_ASCII_RUN = /[^\t\n\r -~]+/g;

/**
 * `foldText`, folding only the runs of non-ASCII characters: one "ë" or "€" made the whole
 * passage go through NFKD and a Unicode regex, a third of the build's scanning. Every step of
 * the fold acts on each character alone (a combining mark cut from its ASCII base is dropped
 * either way), so the result is the same.
 */
export function foldAsciiFast(text: string): string {
  return text.replace(NON_ASCII_RUN, foldText).toLowerCase();
}
/** Marks a word that is counted in no passage (a stop word). */
export const STOP = -2;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * The index build's tokenizer: the same terms as `tokenize` (folded words and numbers), but
 * each looked up in an open-addressing table straight from the folded text, so no string is
 * made per token — only one per new word. Making and hashing a string per token was most of
 * the build's time at a million passages.
 */
export class TermScanner {
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private readonly words: string[] = [];
  /** Per word, its hash and its term id (or STOP): typed, so a probe reads no boxed number. */
  private hashes = new Int32Array(1 << 15);
  private ids = new Int32Array(1 << 15);

  constructor(
    stopwords: Iterable<string>,
    private readonly newTerm: (word: string) => number,
  ) {
    for (const word of stopwords) this.insert(word, hashOf(word, 0, word.length), STOP);
  }

  /** Calls `each` with the term id (or STOP) of every token of `text`, in order. */
  scan(text: string, each: (id: number) => void): void {
    const folded = foldNumbers(foldAsciiFast(text));
    const n = folded.length;
    let i = 0;
    while (i < n) {
      const code = folded.charCodeAt(i);
      let end = i + 1;
      if (isDigit(code)) {
        while (end < n && isDigit(folded.charCodeAt(end))) end += 1;
        if (end + 1 < n && folded.charCodeAt(end) === 46 && isDigit(folded.charCodeAt(end + 1))) {
          end += 2;
          while (end < n && isDigit(folded.charCodeAt(end))) end += 1;
        }
      } else if (isLetter(code)) {
        while (end < n && isLetter(folded.charCodeAt(end))) end += 1;
      } else {
        i = end;
        continue;
      }
      each(this.find(folded, i, end));
      i = end;
    }
  }

  /** One word's term id (STOP for a stop word), added as a new term when not known. */
  termOf(word: string): number {
    return this.find(word, 0, word.length);
  }

  private find(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at === EMPTY) break;
      if (hashes[at] === hash && sameWord(this.words[at] as string, text, start, end))
        return this.ids[at] as number;
    }
    // A new word: copied out of the text, so the vocabulary keeps no passage alive.
    const word = Buffer.from(text.slice(start, end), 'latin1').toString('latin1');
    const id = this.newTerm(word);
    this.insert(word, hash, id);
    return id;
  }

  private insert(word: string, hash: number, id: number): void {
    const at = this.words.length;
    if (at === this.hashes.length) {
      const hashes = new Int32Array(at * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const ids = new Int32Array(at * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.words.push(word);
    this.hashes[at] = hash;
    this.ids[at] = id;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
      this.words.forEach((_, w) => this.place(w));
    } else this.place(at);
  }

  private place(at: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[at] ?? 0) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = at;
  }
}

/** FNV-1a over the characters [start, end) of `text`, as a signed 32-bit integer. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1)
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
