import type { Operation } from '../corpus/types.ts';
import { editDistance } from '../search/editDistance.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { englishWord } from '../search/glossary.ts';
import { foldText } from '../text/normalize.ts';
import type { Token } from './tokens.ts';

export interface OperationSpan {
  /** One operation, or several when the words name what they share ("Balkan Cartel"). */
  operations: Operation[];
  from: number;
  to: number;
}

interface Name {
  key: string;
  words: number;
  wordList: readonly string[];
  /** Each word as `inflects` compares it: its stem, or the whole word when short. */
  stems: readonly { stem: string; whole: boolean }[];
  operations: Operation[];
}

/** The names sharing a first letter, with how far a match of any of them can reach. */
interface Initial {
  names: Name[];
  /** The names by key (each key is one name's), for the exact match. */
  byKey: Map<string, Name>;
  /** The names by how many words they have, for the match with case endings. */
  byWords: Name[][];
  /** Most words a match may span (a typo may join or split one). */
  maxWords: number;
  /** Longest run of joined words a match may span: a typo's budget, or case endings. */
  maxLength: number;
  /**
   * For `n` words typed, bit `L` set when a name of `n` ± 1 words could be misspelt as `L`
   * letters (see closeEnough): other lengths skip the typo look-up.
   */
  typoLengths: Uint32Array;
}

const MAX_WORDS = 6;

/** The folded words of a name, joined: "Sky-ECC", "Sky ECC" and "SkyECC" are one key. */
function keyOf(words: readonly string[]): string {
  return words.join('');
}

function wordsOf(name: string): string[] {
  return (foldText(name).match(/[a-z]+|\d+(?:[.,]\d+)*/g) ?? []).map(spelling);
}

/**
 * A word as names are compared: in English when the glossary knows it ("Tezeja" is Theseus), and
 * with "c" read as "k", which is how the region's languages and Dutch write it ("Balkankartel").
 */
function spelling(word: string): string {
  let spelt = SPELT.get(word);
  if (spelt === undefined) {
    spelt = (englishWord(word) ?? word).replace(/c/g, 'k');
    if (SPELT.size >= 20_000) SPELT.clear();
    SPELT.set(word, spelt);
  }
  return spelt;
}
// Remembered, since messages repeat their words.
const SPELT = new Map<string, string>();

/** A name's word with a case ending or an adjective's suffix: "Balkanskog", "kartela". */
function inflectionStem(word: string): { stem: string; whole: boolean } {
  return word.length < 5
    ? { stem: word, whole: true }
    : { stem: word.replace(/[aeiou]+$/, ''), whole: false };
}

function inflects(token: string, { stem, whole }: { stem: string; whole: boolean }): boolean {
  if (whole) return token === stem;
  return token.startsWith(stem) && token.length - stem.length <= 4;
}

/**
 * Whether each word typed from `tokens[at]` is the name's word with a case ending ("Balkanskog
 * kartela").
 */
function inflectsAll(tokens: readonly Token[], at: number, stems: Name['stems']): boolean {
  for (let k = 0; k < stems.length; k += 1) {
    const stem = stems[k];
    const token = tokens[at + k];
    if (stem === undefined || token === undefined || !inflects(spelt(token), stem)) return false;
  }
  return true;
}

/** A token as names are compared: a word spelt as `spelling` reads it, a number as written. */
function spelt(token: Token): string {
  return token.kind === 'word' ? spelling(token.fold) : token.raw;
}

/**
 * Finds the operations a text names by name, alias or umbrella, one typo allowed in names of six
 * letters or more and two from nine ("thesues", "sky ekc").
 */
export class OperationFinder {
  /** Names by their first letter: a typo never hits the first letter (see closeEnough). */
  private readonly byInitial = new Map<string, Initial>();
  private readonly vocabulary = new Set<string>();

  constructor(operations: readonly Operation[]) {
    const byKey = new Map<string, Name>();
    const add = (text: string, operation: Operation): void => {
      for (const word of foldText(text).match(/[a-z]+/g) ?? []) this.vocabulary.add(word);
      const words = wordsOf(text).filter((w) => w !== 'operation');
      // An alias that is a figure ("2.7 tonnes") names a figure, not the operation.
      if (words.length === 0 || /^\d/.test(words[0] ?? '') || words.length > MAX_WORDS) return;
      const key = keyOf(words);
      const name = byKey.get(key) ?? {
        key,
        words: words.length,
        wordList: words,
        stems: words.map(inflectionStem),
        operations: [],
      };
      if (!name.operations.includes(operation)) name.operations.push(operation);
      byKey.set(key, name);
    };
    for (const op of operations) {
      add(op.id.replace(/-/g, ' '), op);
      for (const part of op.name.split(/[,(]/)) add(part, op);
      for (const alias of op.aliases) add(alias, op);
      if (op.umbrella !== undefined) {
        add(op.umbrella, op);
        // "Operational Taskforce Balkan Cartel" is called "Balkan Cartel".
        add(op.umbrella.split(' ').slice(-2).join(' '), op);
      }
    }
    for (const name of byKey.values()) {
      const initial = name.key.charAt(0);
      const known: Initial = this.byInitial.get(initial) ?? {
        names: [],
        byKey: new Map(),
        byWords: Array.from({ length: MAX_WORDS + 1 }, (): Name[] => []),
        maxWords: 0,
        maxLength: 0,
        typoLengths: new Uint32Array(MAX_WORDS + 1),
      };
      const budget = typoBudget(name.key);
      for (let n = Math.max(1, name.words - 1); n <= Math.min(MAX_WORDS, name.words + 1); n += 1) {
        for (
          let l = name.key.length - budget;
          l <= name.key.length + budget && budget > 0;
          l += 1
        ) {
          if (l < 32) known.typoLengths[n] = (known.typoLengths[n] ?? 0) | (1 << l);
        }
      }
      known.names.push(name);
      known.byKey.set(name.key, name);
      known.byWords[name.words]?.push(name);
      known.maxWords = Math.max(known.maxWords, name.words + 1);
      // Each word may carry up to four letters of ending (see inflects); a typo two.
      known.maxLength = Math.max(
        known.maxLength,
        name.key.length + 4 * name.words,
        name.key.length + 2,
      );
      this.byInitial.set(initial, known);
    }
  }

  /** Every word of every name, alias and umbrella (folded). */
  nameWords(): ReadonlySet<string> {
    return this.vocabulary;
  }

  /** Remembered typo look-ups: a message's common words are asked about again and again. */
  private readonly typos = new Map<number, Map<string, Name | null>>();

  /** The first name of `n` words, give or take one, that `joined` misspells. */
  private misspelt(initial: Initial, joined: string, n: number): Name | undefined {
    // Only a name within its typo budget of this length can be misspelt as it.
    if (joined.length < 32 && ((initial.typoLengths[n] ?? 0) & (1 << joined.length)) === 0) {
      return undefined;
    }
    let known = this.typos.get(n);
    if (known === undefined) {
      known = new Map();
      this.typos.set(n, known);
    }
    let found = known.get(joined);
    if (found === undefined) {
      found =
        initial.names.find(
          (name) => name.words <= n + 1 && name.words >= n - 1 && closeEnough(joined, name.key),
        ) ?? null;
      if (known.size >= 20_000) known.clear();
      known.set(joined, found);
    }
    return found ?? undefined;
  }

  find(tokens: readonly Token[]): OperationSpan[] {
    const spans: OperationSpan[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const match = this.longestAt(tokens, i);
      if (match === undefined) continue;
      spans.push(match);
      i = match.to - 1;
    }
    return spans;
  }

  /**
   * The longest name written out at `i`; one written with case endings ("Balkanskog kartela")
   * when none is written exactly, and one with a typo only when neither is.
   */
  private longestAt(tokens: readonly Token[], i: number): OperationSpan | undefined {
    const first = tokens[i];
    if (first?.kind !== 'word' || STOPWORDS.has(first.fold)) return undefined;
    const initial = this.byInitial.get(spelling(first.fold).charAt(0));
    if (initial === undefined) return undefined;
    let exact: Name | undefined;
    let exactTo = 0;
    let inflected: Name | undefined;
    let inflectedTo = 0;
    let typo: Name | undefined;
    let typoTo = 0;
    let joined = '';
    const last = Math.min(MAX_WORDS, initial.maxWords, tokens.length - i);
    for (let n = 1; n <= last; n += 1) {
      const token = tokens[i + n - 1];
      if (token === undefined || token.kind === 'symbol') break;
      joined += spelt(token);
      // No name's match, exact, inflected or misspelt, is this long.
      if (joined.length > initial.maxLength) break;
      const named = initial.byKey.get(joined);
      if (named !== undefined && named.words <= n + 1 && named.words >= n - 1) {
        exact = named;
        exactTo = i + n;
      }
      for (const name of initial.byWords[n] ?? []) {
        if (name !== named && inflectsAll(tokens, i, name.stems)) {
          inflected = name;
          inflectedTo = i + n;
        }
      }
      // A typo counts only when nothing is written out: look no further once something is.
      // It never reaches into a figure: "Sky ECC 2" is Sky ECC and the number 2.
      if (
        typo === undefined &&
        exact === undefined &&
        inflected === undefined &&
        token.kind === 'word'
      ) {
        typo = this.misspelt(initial, joined, n);
        typoTo = i + n;
      }
    }
    if (exact !== undefined) return { operations: exact.operations, from: i, to: exactTo };
    if (inflected !== undefined)
      return { operations: inflected.operations, from: i, to: inflectedTo };
    if (typo !== undefined) return { operations: typo.operations, from: i, to: typoTo };
    return undefined;
  }
}

/** How many edits a name may be typed with: none under six letters, two from nine. */
function typoBudget(key: string): number {
  return key.length < 6 ? 0 : key.length >= 9 ? 2 : 1;
}

function closeEnough(typed: string, key: string): boolean {
  // A typo rarely hits the first letter; "impact" is a word, not a misspelt EMPACT.
  const budget = typoBudget(key);
  if (budget === 0 || typed[0] !== key[0]) return false;
  if (Math.abs(typed.length - key.length) > budget) return false;
  return editDistance(typed, key, budget) <= budget;
}
