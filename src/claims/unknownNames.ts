import { STOPWORDS } from '../search/stopwords.ts';
import { conceptsOf } from './concepts.ts';
import { monthOf } from './dates.ts';
import { isNumberWord, unitOf } from './numbers.ts';
import { tokensOf, type TakenTokens, type Token } from './tokens.ts';

// Operations a claim names that the corpus does not hold ("Operation Trojan Shield", "Trojan
// Shield", "the Anom takedown"). Left unrecognised, such a claim would be checked as if it named
// no operation, and a figure of some other operation that happens to be equal would "support" it.

/** Words that introduce an operation's name: "Operation Trojan Shield", "операција Кракен". */
const BEFORE_NAME = new Set([
  'operation',
  'operatie',
  'operacija',
  'operaciji',
  'operacije',
  'operacijom',
  'operaciju',
  'akcija',
  'akcije',
  'akciji',
  'akcijom',
  'akciju',
]);
/** Words that follow a name and make it an operation's or a case's: "the Anom takedown". */
const AFTER_NAME = new Set([
  'operation',
  'operations',
  'takedown',
  'case',
  'investigation',
  'probe',
  'sting',
  'crackdown',
  'raid',
  'raids',
  'network',
  'ring',
  'operatie',
  'zaak',
  'onderzoek',
  'netwerk',
  'actie',
]);
const MAX_NAME_WORDS = 3;

/**
 * How the source documents write each word: a word they only ever capitalise is a name (Anom,
 * Encrochat, Europol); one they also write in lower case is a common word ("international").
 */
export class SourceVocabulary {
  private readonly lowercase = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(texts: Iterable<string>, nameWords: Iterable<string>) {
    for (const text of texts) {
      for (const token of tokensOf(text)) {
        if (token.kind !== 'word') continue;
        this.seen.add(token.fold);
        if (!token.capital) this.lowercase.add(token.fold);
      }
    }
    // Words of the corpus's own operation names ("Balkan", "Joint") never name another one.
    for (const word of nameWords) this.lowercase.add(word);
  }

  /** Whether the sources use the word at all. */
  has(fold: string): boolean {
    return this.seen.has(fold);
  }

  /** Whether the sources write the word in lower case (or it belongs to a known name). */
  isCommon(fold: string): boolean {
    return this.lowercase.has(fold);
  }
}

/** A capitalised word that may be part of a name: no place, date, figure word or stopword. */
function nameWord(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    token.capital &&
    !STOPWORDS.has(token.fold) &&
    conceptsOf(token.fold).length === 0 &&
    monthOf(token.fold) === undefined &&
    !isNumberWord(token.fold)
  );
}

/** Whether the token at `i` may be a word of an unknown operation's name. */
function isName(
  tokens: readonly Token[],
  i: number,
  taken: TakenTokens,
  vocabulary: SourceVocabulary,
): boolean {
  const token = tokens[i];
  return (
    token !== undefined &&
    !taken.has(i) &&
    nameWord(token) &&
    unitOf(token) === undefined &&
    !vocabulary.isCommon(token.fold)
  );
}

function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  let words = tokens[from]?.raw ?? '';
  for (let i = from + 1; i < to; i += 1) words += ` ${tokens[i]?.raw ?? ''}`;
  return words;
}

/** Whether a word of `tokens[from, to)` is one the sources never use. */
function anyUnseen(
  tokens: readonly Token[],
  from: number,
  to: number,
  vocabulary: SourceVocabulary,
): boolean {
  for (let i = from; i < to; i += 1) if (!vocabulary.has(tokens[i]?.fold ?? '')) return true;
  return false;
}

/**
 * The name of an operation the corpus does not hold, if the text names one:
 * - after "operation" (any language): up to three words, the first capitalised;
 * - before "takedown", "case", "operation" …: capitalised words the sources never write in lower
 *   case ("the Anom takedown", "Pandora case");
 * - anywhere: two or more capitalised words in a row, none the sources write in lower case and
 *   one they never use at all ("Trojan Shield seized …"), so names the sources mention ("Federal
 *   Foreign Office", "High Value Targets") are not taken for operations. A single capitalised
 *   word is not enough: Dutch and the region's languages capitalise peoples ("Koerden").
 * `taken` says which tokens are part of a known operation, place, date or body.
 */
export function unknownOperationName(
  tokens: readonly Token[],
  taken: TakenTokens,
  vocabulary: SourceVocabulary,
): string | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || taken.has(i)) continue;
    if (BEFORE_NAME.has(token.fold)) {
      let to = i + 1;
      while (to < tokens.length && to - i <= MAX_NAME_WORDS) {
        const next = tokens[to];
        if (next?.kind !== 'word' || taken.has(to) || STOPWORDS.has(next.fold)) break;
        if (conceptsOf(next.fold).length > 0) break;
        to += 1;
      }
      if (tokens[i + 1]?.capital === true && to > i + 1) return wordsOf(tokens, i + 1, to);
    }
    if (AFTER_NAME.has(token.fold)) {
      let from = i;
      while (from > 0 && i - from < MAX_NAME_WORDS && isName(tokens, from - 1, taken, vocabulary))
        from -= 1;
      if (from < i) return wordsOf(tokens, from, i);
    }
  }
  for (let i = 0; i < tokens.length; i += 1) {
    let to = i;
    while (to < tokens.length && isName(tokens, to, taken, vocabulary)) to += 1;
    if (to - i >= 2 && anyUnseen(tokens, i, to, vocabulary)) return wordsOf(tokens, i, to);
    i = Math.max(i, to);
  }
  return undefined;
}
