import type { IndexedFact } from './claimIndex.ts';
import { compareDates, withinRange } from './dates.ts';
import type { NumberMention, ParsedClaim, WrongPart } from './types.ts';

/**
 * How far a number may be from the fact and still be what the claim says, by qualifier:
 * - exact: within 0.5 % (rounding: "2.5 million" for 2,500,000); a fact that is itself "about" a
 *   figure accepts 10 %;
 * - about / around / some: within 10 % of the claimed number ("about 600 kg" for 626 kg holds,
 *   "about 700 kg" does not);
 * - almost / nearly: the fact is at most the number and no more than 10 % below it;
 * - more than / over, at least: the fact is above (at least) the number;
 * - up to, less than: the fact is at most (below) the number; a fact that is itself a maximum
 *   ("as much as €7,000") must be within 10 %.
 * The same number with another qualifier agrees ("22,400 officers" for "more than 22,400"),
 * unless the two qualifiers put it on opposite sides (see qualifiersOppose).
 */
export const EXACT_TOLERANCE = 0.005;
export const ABOUT_TOLERANCE = 0.1;

function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Qualifiers that put a figure above its number, and those that put it below. */
const ABOVE: ReadonlySet<string> = new Set(['more than', 'at least']);
const BELOW: ReadonlySet<string> = new Set(['almost', 'less than', 'up to']);

/**
 * Whether claim and fact put the same number on opposite sides: "more than EUR 3 million" and
 * "almost EUR 3 million", or "more than 626 kilos" and 626 kilos. "At least" and "up to" meet at
 * the number itself, so only a strict one ("more than", "almost", "less than") opposes. A claim
 * without a qualifier agrees with a qualified fact ("22,400 officers" for "more than 22,400").
 */
export function qualifiersOppose(claimed: NumberMention, fact: IndexedFact): boolean {
  const c = claimed.qualifier;
  const f = fact.fact.qualifier;
  const strict = (q: string): boolean => q !== 'at least' && q !== 'up to';
  // "More than 626 kilos" when the source counts 626: the claim says the count is not 626.
  if (f === 'exact') return (ABOVE.has(c) || BELOW.has(c)) && strict(c);
  return (
    ((ABOVE.has(c) && BELOW.has(f)) || (BELOW.has(c) && ABOVE.has(f))) && (strict(c) || strict(f))
  );
}

/** Whether the claimed number is the fact's (rounding aside), whatever the qualifiers say. */
export function sameNumber(claimed: NumberMention, fact: IndexedFact): boolean {
  const stated = fact.fact.value;
  return stated !== undefined && near(claimed.value, stated, EXACT_TOLERANCE);
}

export function valueAgrees(claimed: NumberMention, fact: IndexedFact): boolean {
  const stated = fact.fact.value;
  if (stated === undefined) return false;
  const v = claimed.value;
  if (near(v, stated, EXACT_TOLERANCE)) return !qualifiersOppose(claimed, fact);
  switch (claimed.qualifier) {
    case 'exact':
      return fact.fact.qualifier === 'about' && near(v, stated, ABOUT_TOLERANCE);
    case 'about':
      return near(v, stated, ABOUT_TOLERANCE);
    case 'almost':
      return stated <= v && stated >= v * (1 - ABOUT_TOLERANCE);
    case 'more than':
      return stated > v;
    case 'at least':
      return stated >= v;
    case 'up to':
      // A stated maximum is matched by a nearby maximum, not by any larger one.
      return stated <= v && (fact.fact.qualifier !== 'up to' || near(v, stated, ABOUT_TOLERANCE));
    case 'less than':
      return stated < v;
  }
}

/** A claimed unit fits when it is the fact's, or when the claim wrote none and counts. */
export function unitAgrees(claimed: NumberMention, fact: IndexedFact): boolean {
  if (!claimed.unitWritten) return true;
  return claimed.unit === fact.fact.unit;
}

/**
 * Whether the claim wrote the right number in the wrong unit: "626 tonnes" for 626 kg, "2.7 kg"
 * for 2.7 tonnes, "$3 million" for EUR 3 million.
 */
export function unitSlip(claimed: NumberMention, fact: IndexedFact): boolean {
  const stated = fact.fact.value;
  if (stated === undefined || !claimed.unitWritten) return false;
  if (claimed.unit !== fact.fact.unit) return near(claimed.written, stated, EXACT_TOLERANCE);
  if (claimed.unit !== 'kg') return false;
  return [claimed.written, claimed.written * 1000, claimed.written / 1000].some(
    (v) => v !== claimed.value && near(v, stated, EXACT_TOLERANCE),
  );
}

export function placeAgrees(claim: ParsedClaim, fact: IndexedFact): boolean {
  if (claim.places.length === 0) return true;
  if (fact.places.length === 0) {
    // A figure of the whole operation is the figure of all its countries together: "French and
    // Dutch police detained 23" when France and the Netherlands are the ones that took part.
    const all = fact.takingPart;
    if (all.size === 0) return false;
    // The countries claimed are exactly those that took part.
    let codes = 0;
    for (let i = 0; i < claim.places.length; i += 1) {
      const p = claim.places[i];
      if (p === undefined || p.city !== undefined || !all.has(p.code)) return false;
      if (claim.places.findIndex((q) => q.code === p.code) === i) codes += 1;
    }
    return codes === all.size;
  }
  // Every place claimed is one the fact holds for, and the fact holds for no other country.
  for (const p of claim.places) if (!fact.places.some((f) => covers(p, f))) return false;
  for (const f of fact.places) if (!claim.places.some((p) => p.code === f.code)) return false;
  return true;
}

function covers(claimed: ParsedClaim['places'][number], stated: IndexedFact['places'][number]) {
  return (
    claimed.code === stated.code && (claimed.city === undefined || claimed.city === stated.city)
  );
}

export type DateFit = 'agree' | 'differ' | 'unknown';

export function dateFit(claim: ParsedClaim, fact: IndexedFact): DateFit {
  if (claim.dates.length === 0) return 'agree';
  const op = fact.operation;
  if (fact.dates.length === 0) return 'unknown';
  let fit: DateFit = 'agree';
  for (const claimed of claim.dates) {
    const range =
      op?.date.precision === 'range' && fact.dates.length === 2 ? fact.dates : undefined;
    const results =
      range !== undefined && range[0] !== undefined && range[1] !== undefined
        ? [withinRange(claimed, range[0], range[1]) ? 'agree' : 'differ']
        : fact.dates.map((d) => compareDates(claimed, d));
    if (results.includes('agree')) continue;
    if (results.every((r) => r === 'differ')) return 'differ';
    fit = 'unknown';
  }
  return fit;
}

/**
 * Whether the claim's scope words fit the fact's scope. "In total" fits a total, the operation as
 * a whole, or an action-day figure that is the operation's only count; "on the action day" fits
 * the day's figures; "earlier" and "traced" only their own kind. A claim naming no scope fits any,
 * except a seizure traced back afterwards, which an operation did not make unless the claim says
 * where or when it was seized.
 */
export function scopeAgrees(
  claim: ParsedClaim,
  fact: IndexedFact,
  placeOrDateNamed: boolean,
): boolean {
  const kind = fact.kind;
  if (claim.scope === undefined) {
    return kind !== 'traced' || claim.operations.length === 0 || placeOrDateNamed;
  }
  switch (claim.scope) {
    case 'total':
      return (
        kind === 'total' ||
        kind === 'whole' ||
        kind === 'part' ||
        (kind === 'action-day' && fact.onlyCount)
      );
    case 'action-day':
      return kind === 'action-day' || kind === 'whole' || kind === 'part';
    case 'earlier':
      return kind === 'earlier';
    case 'traced':
      return kind === 'traced';
    case 'part':
    case 'whole':
      return kind !== 'traced' && kind !== 'earlier';
  }
}

export interface Fit {
  fact: IndexedFact;
  value: boolean;
  unit: boolean;
  place: boolean;
  date: DateFit;
  scope: boolean;
  operation: boolean;
}

export function fitOf(claim: ParsedClaim, fact: IndexedFact): Fit {
  const place = placeAgrees(claim, fact);
  const date = dateFit(claim, fact);
  const localised =
    (claim.places.length > 0 && place) || (claim.dates.length > 0 && date === 'agree');
  const number = claim.number;
  return {
    fact,
    value: number === undefined || valueAgrees(number, fact),
    unit: number === undefined || unitAgrees(number, fact),
    place,
    date,
    scope: scopeAgrees(claim, fact, localised),
    operation:
      claim.operations.length === 0 ||
      (fact.operation !== undefined && claim.operations.includes(fact.operation)),
  };
}

/** Everything but the number agrees: the fact is the one the claim is about. */
export function constraintsAgree(fit: Fit): boolean {
  return fit.place && fit.date === 'agree' && fit.scope && fit.operation;
}

/** The parts of the claim this fact states differently (the number aside). */
export function differingParts(fit: Fit): WrongPart[] {
  const parts: WrongPart[] = [];
  if (!fit.operation) parts.push('operation');
  if (!fit.place) parts.push('place');
  if (fit.date === 'differ') parts.push('date');
  if (!fit.scope) parts.push('scope');
  return parts;
}
