import { foldNumbers, foldText } from '../text/normalize.ts';

const EMPTY = -1;
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
  private readonly hashes: number[] = [];
  /** Per word, its term id, or STOP. */
  private readonly ids: number[] = [];

  constructor(
    stopwords: Iterable<string>,
    private readonly newTerm: (word: string) => number,
  ) {
    for (const word of stopwords) this.insert(word, hashOf(word, 0, word.length), STOP);
  }

  /** Calls `each` with the term id (or STOP) of every token of `text`, in order. */
  scan(text: string, each: (id: number) => void): void {
    const folded = foldNumbers(foldText(text));
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

  private find(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot] ?? EMPTY;
      if (at === EMPTY) break;
      if (this.hashes[at] === hash && sameWord(this.words[at] ?? '', text, start, end))
        return this.ids[at] ?? STOP;
    }
    // A new word: copied out of the text, so the vocabulary keeps no passage alive.
    const word = Buffer.from(text.slice(start, end), 'latin1').toString('latin1');
    const id = this.newTerm(word);
    this.insert(word, hash, id);
    return id;
  }

  private insert(word: string, hash: number, id: number): void {
    const at = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.ids.push(id);
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

/** FNV-1a over the characters [start, end) of `text`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1)
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
