import { answerParsed } from './answer.ts';
import { checkParsed } from './check.ts';
import { ClaimIndex, type ClaimSource } from './claimIndex.ts';
import { borrowCounted } from './anaphora.ts';
import { splitClaims } from './split.ts';
import type { Token } from './tokens.ts';
import type { AnswerResult, CheckResult, ClaimResult, ParsedClaim, Verdict } from './types.ts';

// The claim and question layer: what /cite, /check, "Check figures", /ask and mentions share.
// Pass the Engine (or any ClaimSource) or a ClaimIndex built from it; the index is built once
// per corpus and reused.

export { ClaimIndex, splitClaims };
export type { ClaimSource };
export type * from './types.ts';

function indexOf(source: ClaimSource | ClaimIndex): ClaimIndex {
  return source instanceof ClaimIndex ? source : ClaimIndex.of(source);
}

export function parseClaim(source: ClaimSource | ClaimIndex, text: string): ParsedClaim {
  return indexOf(source).parse(text);
}

/**
 * The verdict on one claim, as written (for /cite). A claim of several figures ("Theseus: 3,000
 * agents, 236 arrests, 89 victims") holds only if each does: it is checked statement by statement
 * as /check would, and is supported when all are, contradicted when one is.
 */
export function checkClaim(source: ClaimSource | ClaimIndex, text: string): ClaimResult {
  const index = indexOf(source);
  const whole = checkParsed(index, index.parse(text));
  const parts = checkClaims(index, text).claims;
  return parts.length > 1 ? combined(whole, parts) : whole;
}

function combined(whole: ClaimResult, parts: readonly ClaimResult[]): ClaimResult {
  const verdict: Verdict = parts.every((p) => p.verdict === 'supported')
    ? 'supported'
    : parts.some((p) => p.verdict === 'contradicted')
      ? 'contradicted'
      : 'not-in-sources';
  const deciding = parts.filter((p) => p.verdict === verdict);
  const result: ClaimResult = {
    claim: whole.claim,
    verdict,
    facts: deciding.flatMap((p) => p.facts),
    related: deciding.flatMap((p) => p.related),
    refs: deciding.flatMap((p) => p.refs),
    parsed: whole.parsed,
  };
  const wrong = [...new Set(deciding.flatMap((p) => p.wrong ?? []))];
  if (wrong.length > 0) result.wrong = wrong;
  return result;
}

/**
 * Every claim of a pasted message, in order (for /check and "Check figures"). A statement that
 * names no operation is about the one named before it in the message, or about the date that
 * named it ("On 24 August 2023, 6 were arrested. 2.7 tonnes were seized."); one that names no
 * place or date takes those its sentence opens with ("In Serbia, 13 were arrested and …").
 */
export function checkClaims(source: ClaimSource | ClaimIndex, message: string): CheckResult {
  const index = indexOf(source);
  const claims: ClaimResult[] = [];
  let topic: Pick<ParsedClaim, 'operations' | 'dates'> = { operations: [], dates: [] };
  const contexts = new Map<string, ParsedClaim>();
  let previous: { parsed: ParsedClaim; tokens: readonly Token[] } | undefined;
  for (const piece of splitClaims(message)) {
    const parsed = index.parse(piece.text, piece.tokens);
    if (piece.follows && previous !== undefined) borrowCounted(parsed, piece.tokens, previous);
    previous = { parsed, tokens: piece.tokens };
    if (!isCheckable(parsed)) continue;
    let context = contexts.get(piece.context);
    if (context === undefined && piece.context !== '') {
      context = index.parse(piece.context, piece.contextTokens);
      contexts.set(piece.context, context);
    }
    const named = parsed.operations.length > 0 || parsed.unknownOperation !== undefined;
    if (!named && context !== undefined && context.operations.length > 0) {
      parsed.operations = context.operations;
    } else if (!named && parsed.dates.length === 0 && (context?.dates.length ?? 0) === 0) {
      parsed.operations = topic.operations;
      parsed.dates = topic.dates;
    }
    if (context !== undefined && parsed.places.length === 0) parsed.places = context.places;
    if (context !== undefined && parsed.dates.length === 0) parsed.dates = context.dates;
    if (parsed.operations.length > 0) topic = { operations: parsed.operations, dates: [] };
    else if (parsed.dates.length > 0) topic = { operations: [], dates: parsed.dates };
    claims.push(checkParsed(index, parsed));
  }
  return { claims };
}

/** Whether a statement asserts something the facts can confirm: a figure, a role or a date. */
function isCheckable(parsed: ParsedClaim): boolean {
  return (
    parsed.number !== undefined ||
    parsed.metrics.length > 0 ||
    (parsed.role !== undefined && (parsed.actor !== undefined || parsed.bodies.length > 0)) ||
    (parsed.dates.length > 0 && parsed.operations.length > 0) ||
    parsed.unknownOperation !== undefined
  );
}

/** Answers a plain-language question (for /ask and mentions). */
export function answerQuestion(source: ClaimSource | ClaimIndex, question: string): AnswerResult {
  const index = indexOf(source);
  return answerParsed(index, index.parse(question));
}
