import { BODIES } from '../corpus/schema.ts';
import { opensWhole } from './anaphora.ts';
import { findDates, monthOf } from './dates.ts';
import { findNumbers, isQuantityWord } from './numbers.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { PERIOD_LEADS, ROLES } from './phrases.ts';
import { TakenTokens, tokensOf, type Token } from './tokens.ts';

export interface ClaimPiece {
  text: string;
  /**
   * The text's tokens: the sentence is tokenized once, not per piece, so their offsets are into
   * the sentence (only their distances are read).
   */
  tokens: Token[];
  /**
   * What the sentence says before its first statement ("In Serbia, …", "Sky ECC: …"): its
   * operation, place and date hold for every statement of the sentence that names none.
   */
  context: string;
  contextTokens: Token[];
  /** Whether another statement of the same sentence comes before it ("…, 13 of them in Serbia"). */
  follows: boolean;
}

// Words that join two statements in one sentence: "13 arrests and 35 house searches".
const JOINERS = new Set([
  'and',
  'en',
  'i',
  'while',
  'whereas',
  'but',
  'maar',
  'terwijl',
  'ali',
  'dok',
  'plus',
]);
const LEADING_JOINER = /^(?:and|en|i|и|but|maar|ali|while|plus)\s+/iu;
const TRAILING_JOINER =
  /\s+(?:and|en|i|и|but|maar|ali|while|plus|including|among|amongst|from|of|in|within|during|with|waaronder|inclusief|van|uit|binnen|tijdens|met|uključujući|ukljucujuci|među|medju|od|iz|u|za|tokom|tijekom|са|од|из|у|за|током|укључујући|међу)$/iu;

/**
 * A pasted message's claims, in order: its lines and sentences, and within a sentence each
 * statement of its own ("Sky ECC: 23 arrests, 35 house searches and 15 cars" is three).
 */
export function splitClaims(message: string): ClaimPiece[] {
  const pieces: ClaimPiece[] = [];
  for (const sentence of sentencesOf(message)) pieces.push(...statementsOf(sentence));
  return pieces;
}

/** The tokens within `text[from, to)` (tokens are in order and never overlap). */
function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  const [first, end] = tokenRange(tokens, from, to);
  return tokens.slice(first, end);
}

/** The indexes `[first, end)` of the tokens within `text[from, to)`. */
function tokenRange(tokens: readonly Token[], from: number, to: number): [number, number] {
  let first = 0;
  while (first < tokens.length && (tokens[first]?.start ?? 0) < from) first += 1;
  let end = first;
  while (end < tokens.length && (tokens[end]?.end ?? 0) <= to) end += 1;
  return [first, end];
}

const LEADING_MARKS = /^[\s,;:]*/;
const TRAILING_MARKS = /[\s,;:]+$/;

/** A statement without the commas, spaces and joining words at its edges, and where it starts. */
function trimmed(part: string): { text: string; offset: number } {
  const lead = LEADING_MARKS.exec(part)?.[0].length ?? 0;
  const rest = part.slice(lead).replace(TRAILING_MARKS, '');
  const joiner = LEADING_JOINER.exec(rest)?.[0].length ?? 0;
  return { text: rest.slice(joiner).replace(TRAILING_JOINER, ''), offset: lead + joiner };
}

function sentencesOf(message: string): string[] {
  const sentences: string[] = [];
  for (const line of message.split(/\r?\n|;/)) {
    const text = line.replace(/^\s*(?:[-*•·>]+|\d{1,2}\))\s*/, '').trim();
    if (text === '') continue;
    // A sentence ends at . ! ? before a capital or a digit, unless the dot is a Serbian ordinal
    // ("11. maja") or sits inside a number.
    let start = 0;
    for (const m of text.matchAll(/[.!?]+["”’)]?\s+(?=["“(]?[\p{Lu}\d])/gu)) {
      const end = m.index + m[0].length;
      const digitBefore = /\d/.test(text.charAt(m.index - 1));
      const ordinal = digitBefore && monthOf(firstWord(text, end).toLowerCase()) !== undefined;
      if (ordinal) continue;
      sentences.push(text.slice(start, end).trim());
      start = end;
    }
    sentences.push(text.slice(start).trim());
  }
  return sentences.filter((s) => s !== '');
}

/** The word `text` has at `from` (up to its next space). */
function firstWord(text: string, from: number): string {
  const space = text.slice(from).search(/\s/);
  return space < 0 ? text.slice(from) : text.slice(from, from + space);
}

/** Splits a sentence where a comma or a joining word stands between two statements. */
function statementsOf(sentence: string): ClaimPiece[] {
  const tokens = tokensOf(sentence);
  const figures = figureAnchors(tokens);
  // Role verbs separate statements only in a sentence without figures: in "23 officers were
  // involved", "involved" is part of the figure's statement.
  // With figures, a role joined on after one is a statement of its own too ("236 arrests and was
  // funded by Germany", "6 arrests, and Serbia led it").
  const anchors =
    figures.length > 0
      ? [...figures.map((f) => f.from), ...joinedRoles(tokens, figures)].sort((a, b) => a - b)
      : tokens.flatMap((_, i) => (isRoleAnchor(tokens, i) ? [i] : []));
  if (anchors.length < 2)
    return [{ text: sentence, tokens, context: '', contextTokens: [], follows: false }];
  const cuts: number[] = [];
  for (let k = 1; k < anchors.length; k += 1) {
    const from = anchors[k - 1] ?? 0;
    const to = anchors[k] ?? 0;
    // No comma or joining word between two figures ("arrested 13 suspects including three
    // leaders", "3,000 officers from 8 countries"): each figure is still a statement of its own.
    // A period ("in eight days") stays with its figure: the claim layer checks both.
    const period = (at: number): boolean => PERIOD_LEADS.has(tokens[at - 1]?.fold ?? '');
    const left = figures.find((f) => f.from === from);
    const ownStatement =
      left !== undefined && !period(from) && !period(to) && countsSomething(tokens, left.to, to);
    const cut =
      lastBoundary(sentence, tokens, from, to) ?? (ownStatement ? tokens[to]?.start : undefined);
    if (cut !== undefined) cuts.push(cut);
  }
  const contextEnd = tokens[anchors[0] ?? 0]?.start ?? 0;
  const context = sentence.slice(0, contextEnd);
  const contextTokens = tokensWithin(tokens, 0, contextEnd);
  const pieces: ClaimPiece[] = [];
  let start = 0;
  for (const end of [...cuts, sentence.length]) {
    const { text, offset } = trimmed(sentence.slice(start, end));
    const from = start + offset;
    if (text !== '') {
      const [first, last] = tokenRange(tokens, from, from + text.length);
      const whole = pieces.length === 1 ? pieces[0] : undefined;
      const part = figures[1];
      // "Of the 13 people arrested in Serbia, 3 were …" reads as "3 of the 13 people arrested
      // in Serbia were …": the statement after a whole named first is a part of it ("Of note,
      // police arrested 13 …" names no whole: its figure does not follow the "of").
      const fronted =
        whole !== undefined &&
        opensWhole(whole.tokens) &&
        (figures[0]?.from ?? Infinity) <= 2 &&
        part !== undefined &&
        part.from >= first &&
        part.to <= last;
      pieces.push({
        text,
        tokens: fronted
          ? [...tokens.slice(first, part.to), ...whole.tokens, ...tokens.slice(part.to, last)]
          : tokens.slice(first, last),
        context,
        contextTokens,
        follows: pieces.length > 0,
      });
    }
    start = end;
  }
  return pieces;
}

/**
 * The tokens that open a figure, each a statement of its own: the first token of every number
 * that is not a date's ("two Europol staff", "2.5 million", "two hundred and thirty-six", not
 * "11 May" or "in 2021").
 */
function figureAnchors(tokens: readonly Token[]): { from: number; to: number }[] {
  const taken = new TakenTokens(tokens.length);
  for (const span of findDates(tokens, isQuantityWord)) taken.take(span.from, span.to);
  return findNumbers(tokens, taken).map(({ from, to }) => ({ from, to }));
}

/**
 * Whether a figure is followed by what it counts before the next one ("13 suspects including
 * three leaders"), not only by small words ("3 of the 13 people"): only then is it a statement.
 */
function countsSomething(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && token.fold.length >= 3 && !STOPWORDS.has(token.fold)) {
      return true;
    }
  }
  return false;
}

function isRoleAnchor(tokens: readonly Token[], i: number): boolean {
  return ROLES.startsAt(tokens, i);
}

// Bodies that act as a clause's subject: "…, and Europol sent an expert to Belgrade" (the
// corpus's coordinating bodies, by their first word: "MAOC-N" is "maoc").
const BODY_WORDS: ReadonlySet<string> = new Set(
  BODIES.flatMap((name) =>
    tokensOf(name)
      .slice(0, 1)
      .map((t) => t.fold),
  ),
);

function opensWithBody(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token?.kind === 'word' &&
    token.capital &&
    BODY_WORDS.has(token.fold) &&
    next?.kind === 'word' &&
    !next.capital
  );
}

// Articles that open a clause's subject ("and the Spanish police searched").
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const MAX_SUBJECT = 4;

/**
 * Whether a clause with a subject of its own opens at `at`: an article, up to three more words
 * ending in a common noun (not a name: "and the Netherlands" continues a list of places), then
 * a role ("led", "coordinated") or a verb in the regular past tense, whatever it does: "and
 * the Spanish police searched the vessel", "and the Croatian police raided warehouses". A
 * passive ("and ID cards were seized") or a bare participle ("and ID cards seized") is more
 * often a second subject sharing the figure's verb: not split.
 */
function opensClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first?.kind !== 'word' || !ARTICLES.has(first.fold)) return false;
  for (let verb = at + 1; verb <= at + MAX_SUBJECT && verb < tokens.length; verb += 1) {
    const head = tokens[verb - 1];
    const token = tokens[verb];
    if (token?.kind !== 'word' || head?.kind !== 'word' || JOINERS.has(head.fold)) return false;
    // The word before the verb ends the subject: a common noun, not a name, an article, a small
    // word or an adverb ("the heavily armed group" has no verb).
    const nounBefore =
      !head.capital &&
      !ARTICLES.has(head.fold) &&
      !STOPWORDS.has(head.fold) &&
      !head.fold.endsWith('ly');
    if (!nounBefore || token.capital) continue;
    if (isRoleAnchor(tokens, verb)) return true;
    if (token.fold.length > 4 && token.fold.endsWith('ed')) return true;
  }
  return false;
}

/**
 * Roles or a clause with its own subject joined on after the first figure by a joining word
 * (the role right after it or one word later: "and was funded by", "and Serbia led"; a body's
 * or another subject's clause: "and Europol sent", "and the Spanish police searched"): where
 * they start.
 */
function joinedRoles(tokens: readonly Token[], figures: readonly { from: number }[]): number[] {
  const starts: number[] = [];
  const first = figures[0]?.from ?? tokens.length;
  for (let i = first + 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word' || !JOINERS.has(token.fold)) continue;
    const at =
      isRoleAnchor(tokens, i + 1) ||
      isRoleAnchor(tokens, i + 2) ||
      opensWithBody(tokens, i + 1) ||
      opensClause(tokens, i + 1)
        ? i + 1
        : -1;
    if (at < 0 || figures.some((f) => f.from === at)) continue;
    starts.push(at);
  }
  return starts;
}

/** The character offset to cut at: the last comma or joining word between two anchors. */
function lastBoundary(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined {
  const first = tokens[from];
  const last = tokens[to];
  if (first === undefined || last === undefined) return undefined;
  for (let i = to - 1; i > from; i -= 1) {
    const token = tokens[i];
    if (token !== undefined && token.kind === 'word' && JOINERS.has(token.fold)) return token.start;
  }
  const between = sentence.slice(first.end, last.start);
  const comma = between.lastIndexOf(',');
  if (comma >= 0) return first.end + comma + 1;
  return undefined;
}
