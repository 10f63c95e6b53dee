import type { Operation } from '../corpus/types.ts';
import { editDistance } from '../search/editDistance.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { foldText } from '../text/normalize.ts';
import { conceptsOf } from './concepts.ts';
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
  operations: Operation[];
}

const MAX_WORDS = 6;
// Words that introduce an operation's name in a claim: "Operation Trojan Shield".
const OPERATION_WORDS = new Set([
  'operation',
  'operatie',
  'operacija',
  'operaciji',
  'operacije',
  'operacijom',
]);

/** The folded words of a name, joined: "Sky-ECC", "Sky ECC" and "SkyECC" are one key. */
function keyOf(words: readonly string[]): string {
  return words.join('');
}

function wordsOf(name: string): string[] {
  return foldText(name).match(/[a-z]+|\d+(?:[.,]\d+)*/g) ?? [];
}

/**
 * Finds the operations a text names by name, alias or umbrella, one typo allowed in names of six
 * letters or more and two from nine ("thesues", "sky ekc").
 */
export class OperationFinder {
  /** Names by their first letter: a typo never hits the first letter (see closeEnough). */
  private readonly byInitial = new Map<string, Name[]>();

  constructor(operations: readonly Operation[]) {
    const byKey = new Map<string, Name>();
    const add = (text: string, operation: Operation): void => {
      const words = wordsOf(text).filter((w) => w !== 'operation');
      // An alias that is a figure ("2.7 tonnes") names a figure, not the operation.
      if (words.length === 0 || /^\d/.test(words[0] ?? '') || words.length > MAX_WORDS) return;
      const key = keyOf(words);
      const name = byKey.get(key) ?? { key, words: words.length, operations: [] };
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
      this.byInitial.set(initial, [...(this.byInitial.get(initial) ?? []), name]);
    }
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

  /** The longest name written out at `i`; a name with a typo only when none is written exactly. */
  private longestAt(tokens: readonly Token[], i: number): OperationSpan | undefined {
    const first = tokens[i];
    if (first?.kind !== 'word' || STOPWORDS.has(first.fold)) return undefined;
    let exact: OperationSpan | undefined;
    let typo: OperationSpan | undefined;
    let joined = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n += 1) {
      const token = tokens[i + n - 1];
      if (token === undefined || token.kind === 'symbol') break;
      joined += token.kind === 'word' ? token.fold : token.raw;
      for (const name of this.byInitial.get(first.fold.charAt(0)) ?? []) {
        if (name.words > n + 1 || name.words < n - 1) continue;
        const span = { operations: name.operations, from: i, to: i + n };
        if (joined === name.key) exact = span;
        // A typo never reaches into a figure: "Sky ECC 2" is Sky ECC and the number 2.
        else if (token.kind === 'word' && closeEnough(joined, name.key)) typo ??= span;
      }
    }
    return exact ?? typo;
  }
}

function closeEnough(typed: string, key: string): boolean {
  // A typo rarely hits the first letter; "impact" is a word, not a misspelt EMPACT.
  if (key.length < 6 || typed[0] !== key[0]) return false;
  const budget = key.length >= 9 ? 2 : 1;
  return editDistance(typed, key, budget) <= budget;
}

/**
 * The name after "operation" when it is not a known one: "Operation Trojan Shield arrested 800"
 * names "Trojan Shield". Up to three words, the first capitalised, stopping at a figure's word,
 * a number or a stopword.
 */
export function unknownOperationName(
  tokens: readonly Token[],
  known: readonly OperationSpan[],
): string | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!OPERATION_WORDS.has(tokens[i]?.fold ?? '')) continue;
    const words: Token[] = [];
    for (let k = i + 1; k < tokens.length && words.length < 3; k += 1) {
      const token = tokens[k];
      if (token?.kind !== 'word' || STOPWORDS.has(token.fold) || conceptsOf(token.fold).length > 0)
        break;
      words.push(token);
    }
    if (words[0]?.capital !== true) continue;
    if (known.some((span) => span.from <= i + words.length && span.to > i)) continue;
    return words.map((w) => w.raw).join(' ');
  }
  return undefined;
}
