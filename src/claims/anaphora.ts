import type { Token } from './tokens.ts';
import type { ParsedClaim } from './types.ts';

// "…, 13 of them in Serbia", "…, van wie 13 in Servië", "…, od njih 13 u Srbiji": a word that
// points back at what the sentence's previous statement counted (folded: Cyrillic read as Latin),
// only as the whole a part is taken from ("of them", not "Europol sent them 2 analysts").
const POINTS_BACK: ReadonlySet<string> = new Set([
  'them',
  'whom',
  'those',
  'hen',
  'wie',
  'njih',
  'njima',
  'kojih',
  'kojima',
]);

// Dutch folds "of them" into one word.
const PART_OF_THEM: ReadonlySet<string> = new Set(['waarvan', 'daarvan', 'hiervan']);

// "Among the 3,000 agents, 236 were arrested": a statement opening with one of these names the
// whole the next statement's figure is a part of.
const PART_OF: ReadonlySet<string> = new Set([
  'among',
  'amongst',
  'of',
  'out',
  'van',
  'onder',
  'od',
  'medju',
  'izmedju',
  'iz',
]);

/**
 * A figure that points at the statement before it ("13 of them", "among the 3,000 agents, 236…",
 * "…, 13 in Serbia") counts what that statement counted: its counted noun, and its metric when it names none, so
 * the counted-noun rule holds across the comma (236 agents arrested is not 236 network members
 * arrested).
 */
export function borrowCounted(
  parsed: ParsedClaim,
  tokens: readonly Token[],
  previous: { parsed: ParsedClaim; tokens: readonly Token[] },
): void {
  if (parsed.number === undefined) return;
  const pointsBack = tokens.some(
    (t, i) =>
      t.kind === 'word' &&
      (PART_OF_THEM.has(t.fold) ||
        (POINTS_BACK.has(t.fold) && PART_OF.has(tokens[i - 1]?.fold ?? ''))),
  );
  if (!pointsBack && !opensWhole(previous.tokens) && !listedByPlace(parsed, tokens)) return;
  const before = previous.parsed;
  if (before.counts !== undefined) parsed.counts = before.counts;
  if (parsed.metrics.length === 0) parsed.metrics = before.metrics;
  parsed.things = [...new Set([...parsed.things, ...before.things])];
}

// "23 arrests, 13 in Serbia, 7 in Belgium and 1 in the Netherlands": a figure followed straight
// by a place, naming nothing it counts, continues the list its sentence began.
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'te', 'u', 'na']);

function listedByPlace(parsed: ParsedClaim, tokens: readonly Token[]): boolean {
  if (parsed.metrics.length > 0 || parsed.counts !== undefined) return false;
  const at = tokens.findIndex((t) => t.kind === 'number');
  const next = tokens[at + 1];
  return at >= 0 && next?.kind === 'word' && PLACE_PREPOSITIONS.has(next.fold);
}

/** Whether a statement opens with the whole a part is taken from: "Of the 13 arrested, …". */
export function opensWhole(tokens: readonly Token[]): boolean {
  return PART_OF.has(tokens[0]?.fold ?? '');
}
