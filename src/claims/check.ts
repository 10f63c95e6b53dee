import { TAKING_PART } from '../corpus/schema.ts';
import type { Operation } from '../corpus/types.ts';
import {
  constraintsAgree,
  differingParts,
  fitOf,
  sameNumber,
  unitSlip,
  type Fit,
} from './agreement.ts';
import type { ClaimIndex, IndexedFact } from './claimIndex.ts';
import { conceptById } from './concepts.ts';
import { compareDates, operationDates, withinRange } from './dates.ts';
import type {
  ClaimResult,
  FactRef,
  NumberMention,
  ParsedClaim,
  Verdict,
  WrongPart,
} from './types.ts';
import { bodyRef, dateRef, roleRef } from './views.ts';

const MAX_SHOWN = 3;

interface Outcome {
  verdict: Verdict;
  wrong?: WrongPart[];
  facts: FactRef[];
  related: FactRef[];
}

const NOTHING: Outcome = { verdict: 'not-in-sources', facts: [], related: [] };

/** The verdict on one parsed claim. */
export function checkParsed(index: ClaimIndex, claim: ParsedClaim): ClaimResult {
  const outcome = decide(index, claim);
  const result: ClaimResult = {
    claim: claim.text,
    verdict: outcome.verdict,
    facts: outcome.facts.map((r) => r.view),
    related: outcome.related.map((r) => r.view),
    refs: [...outcome.facts, ...outcome.related],
    parsed: claim,
  };
  if (outcome.wrong !== undefined) result.wrong = outcome.wrong;
  return result;
}

function decide(index: ClaimIndex, claim: ParsedClaim): Outcome {
  if (claim.period !== undefined && claim.number !== undefined) {
    const { period, ...figure } = claim;
    const { counts: _counted, ...ofDays } = figure;
    const days: ParsedClaim = { ...ofDays, number: period, metrics: ['duration'], things: [] };
    return both(decide(index, figure), decide(index, days));
  }
  if (claim.unknownOperation !== undefined && claim.operations.length === 0) {
    // An operation the corpus does not hold: whatever it says, the sources do not say it.
    return { ...NOTHING, related: headlines(index, claim) };
  }
  if (
    claim.unmeasured !== undefined ||
    (claim.number !== undefined && claim.metrics.length === 0)
  ) {
    // A figure of something no fact counts ("23 were convicted", "smuggled seven tonnes"), or a
    // number that says of what it counts nothing the facts know: an equal figure of another
    // metric is no support.
    return { ...NOTHING, related: nearby(index, claim) };
  }
  if (claim.number === undefined) {
    if (claim.role !== undefined && (claim.actor !== undefined || claim.bodies.length > 0)) {
      return checkRole(index, claim);
    }
    const dated = claim.dates.length > 0 && claim.operations.length > 0;
    if (claim.metrics.length === 0) return dated ? checkDate(claim) : NOTHING;
    const figure = checkFigure(index, claim);
    // "The Sky ECC raids took place on 12 May": a statement of when, not of a figure.
    return dated && figure.verdict === 'not-in-sources' ? checkDate(claim) : figure;
  }
  return checkFigure(index, claim);
}

/** Two statements in one claim: it holds when both do, and is wrong when either is. */
function both(a: Outcome, b: Outcome): Outcome {
  if (a.verdict === 'supported' && b.verdict === 'supported') {
    return { verdict: 'supported', facts: [...a.facts, ...b.facts], related: [] };
  }
  const wrong = [a, b].filter((o) => o.verdict === 'contradicted');
  if (wrong.length > 0) {
    const parts = [...new Set(wrong.flatMap((o) => o.wrong ?? []))];
    const outcome: Outcome = {
      verdict: 'contradicted',
      facts: wrong.flatMap((o) => o.facts),
      related: [],
    };
    if (parts.length > 0) outcome.wrong = parts;
    return outcome;
  }
  const open = a.verdict === 'supported' ? b : a;
  return { ...NOTHING, related: open.related };
}

/** The facts nearest a claim the facts cannot check: its metric's, else its number's. */
function nearby(index: ClaimIndex, claim: ParsedClaim): FactRef[] {
  const fits = candidates(index, claim).map((f) => fitOf(claim, f));
  return rank(fits, claim).slice(0, MAX_SHOWN).map(ref);
}

/** Facts the claim could be about: its metric, and every thing it names in their label. */
export function candidates(index: ClaimIndex, claim: ParsedClaim): IndexedFact[] {
  const found: IndexedFact[] = [];
  for (const f of index.factsOf(claim.metrics)) {
    if (namesAll(f, claim.things) && countsAgree(claim.counts, f)) found.push(f);
  }
  return found;
}

function namesAll(f: IndexedFact, things: readonly string[]): boolean {
  for (const t of things) if (!f.concepts.has(t)) return false;
  return true;
}

/** Whether the fact counts what the claim's figure counts: it measures or names that noun. */
function countsAgree(counts: readonly string[] | undefined, f: IndexedFact): boolean {
  if (counts === undefined) return true;
  return counts.some(
    (id) => f.concepts.has(id) || conceptById(id)?.metrics.includes(f.fact.metric) === true,
  );
}

function checkFigure(index: ClaimIndex, claim: ParsedClaim): Outcome {
  const fits = candidates(index, claim).map((f) => fitOf(claim, f));
  const inOperation = fits.filter((f) => f.operation);
  const number = claim.number;
  const supported = inOperation.filter(
    (f) =>
      f.value &&
      f.unit &&
      constraintsAgree(f) &&
      (number === undefined || f.fact.fact.value !== undefined),
  );
  if (supported.length > 0) {
    // "More than 550,000 euros" holds for 3 million too; show the figure it means.
    const ranked = rank(supported, claim);
    const same = ranked.filter((f) => number !== undefined && f.fact.fact.value === number.value);
    const shown = same.length > 0 ? same : ranked.slice(0, 1);
    return { verdict: 'supported', facts: shown.slice(0, MAX_SHOWN).map(ref), related: [] };
  }
  const matching = inOperation.filter(
    (f) => constraintsAgree(f) && f.fact.fact.value !== undefined,
  );
  if (number === undefined) {
    // "Sky ECC seized cocaine on the action day": its cocaine was traced, not seized that day.
    const onlyScope = inOperation.filter((f) => f.place && f.date !== 'differ' && !f.scope);
    if (
      claim.operations.length > 0 &&
      inOperation.length > 0 &&
      onlyScope.length === inOperation.length
    ) {
      return {
        verdict: 'contradicted',
        wrong: ['scope'],
        facts: rank(onlyScope, claim).slice(0, MAX_SHOWN).map(ref),
        related: [],
      };
    }
    return { ...NOTHING, related: rank(fits, claim).slice(0, MAX_SHOWN).map(ref) };
  }
  const slip = [...matching, ...inOperation].find((f) => unitSlip(number, f.fact));
  if (slip !== undefined) {
    return { verdict: 'contradicted', wrong: ['unit'], facts: [ref(slip)], related: [] };
  }
  const sameValue = fits.filter((f) => f.value && f.unit);
  const best = rank(matching, claim)[0];
  // With no operation named, the claim is about the operation whose figure fits its place, date
  // and scope, unless its number is that operation's nowhere but another's: "Serbia arrested 6"
  // may mean the Balkan Cartel action day.
  const decisive =
    best !== undefined &&
    (claim.operations.length > 0 ||
      (new Set(matching.map((f) => f.fact.operation)).size === 1 &&
        (sameValue.length === 0 ||
          sameValue.some((f) => f.fact.operation === best.fact.operation))));
  // "At least 8 countries" (the source lists some): 12 may be true, and no source says it.
  if (best !== undefined && decisive && aboveLowerBound(number, best)) {
    return { ...NOTHING, related: [ref(best)] };
  }
  if (best !== undefined && decisive) return contradictedValue(claim, best, sameValue);
  // The number is right but said of another scope, date or place of the same operation:
  // "Sky ECC seized 7 tonnes on the action day" (traced, from 2020).
  const misplaced = rankAround(
    sameValue.filter((f) => f.operation),
    best,
  ).find((f) => misplacedParts(f).length > 0);
  if (misplaced !== undefined) {
    return {
      verdict: 'contradicted',
      wrong: misplacedParts(misplaced),
      facts: [ref(misplaced)],
      related: [],
    };
  }
  const moved = movedFigure(claim, inOperation, sameValue);
  if (moved !== undefined) {
    return { verdict: 'contradicted', wrong: ['operation'], facts: [ref(moved)], related: [] };
  }
  // Facts stating the number, then the claim's own facts, then any candidate: each list ranked
  // only while fewer than MAX_SHOWN are found.
  const related: Fit[] = [];
  for (const next of [
    () => rankAround(sameValue, best),
    () => rank(matching, claim),
    () => rank(fits, claim),
  ]) {
    if (related.length >= MAX_SHOWN) break;
    for (const f of next()) {
      if (related.length < MAX_SHOWN && !related.some((g) => g.fact === f.fact)) related.push(f);
    }
  }
  return {
    ...NOTHING,
    related: (related.length > 0 ? related : looser(index, claim)).slice(0, MAX_SHOWN).map(ref),
  };
}

/**
 * When no fact counts what the claim counts ("89 migrants were rescued": the rescued were
 * victims), the figures of every metric its words name, those of the operation named first.
 */
function looser(index: ClaimIndex, claim: ParsedClaim): Fit[] {
  const metrics = new Set([
    ...claim.metrics,
    ...claim.things.flatMap((t) => conceptById(t)?.metrics ?? []),
  ]);
  const fits = index.facts.filter((f) => metrics.has(f.fact.metric)).map((f) => fitOf(claim, f));
  return rank(fits, claim);
}

/**
 * A figure said of the wrong operation: the operation named has no figure of this metric for
 * the claim's place, date and scope, and exactly one other operation states this very figure ("JAD SEE arrested 236": Theseus's 236
 * arrests). A number several operations share is not taken as anyone's.
 */
function movedFigure(
  claim: ParsedClaim,
  inOperation: readonly Fit[],
  sameValue: readonly Fit[],
): Fit | undefined {
  if (claim.operations.length === 0 || inOperation.some(constraintsAgree)) return undefined;
  const elsewhere = sameValue.filter((f) => f.fact.operation !== undefined);
  return elsewhere.length === 1 && elsewhere[0]?.place === true ? elsewhere[0] : undefined;
}

/**
 * The claim's fact states another number. When the claimed number is another figure of the same
 * operation (or of any, when the claim names none), the parts where that figure differs are what
 * is wrong ("23" is the total, not Serbia's); otherwise the number is.
 */
function contradictedValue(claim: ParsedClaim, best: Fit, sameValue: readonly Fit[]): Outcome {
  const elsewhere = rankAround(sameValue, best)[0];
  const related = elsewhere === undefined ? [] : [ref(elsewhere)];
  if (claim.number !== undefined && sameNumber(claim.number, best.fact)) {
    // The number is the fact's, on the other side of it: "more than" for "almost".
    return { verdict: 'contradicted', wrong: ['qualifier'], facts: [ref(best)], related: [] };
  }
  if (elsewhere === undefined || (claim.operations.length > 0 && !elsewhere.operation)) {
    return { verdict: 'contradicted', wrong: ['value'], facts: [ref(best)], related };
  }
  const wrong = differingParts(elsewhere);
  if (elsewhere.fact.kind !== best.fact.kind && !wrong.includes('scope')) wrong.push('scope');
  if (wrong.length === 0) wrong.push('value');
  return { verdict: 'contradicted', wrong, facts: [ref(best), ref(elsewhere)], related: [] };
}

/**
 * Whether the fact only bounds the figure from below ("at least 8": the countries a source lists
 * with "including") and the claim puts it higher: not what the source says, not against it.
 */
function aboveLowerBound(number: NumberMention, best: Fit): boolean {
  const { qualifier, value } = best.fact.fact;
  if (qualifier !== 'at least' || value === undefined || number.value <= value) return false;
  return (
    number.qualifier !== 'almost' &&
    number.qualifier !== 'up to' &&
    number.qualifier !== 'less than'
  );
}

/** Date, scope or a place the fact names that differ, when nothing else does. */
function misplacedParts(fit: Fit): WrongPart[] {
  const localisedElsewhere = !fit.place && fit.fact.places.length > 0;
  if (!fit.place && !localisedElsewhere) return [];
  const parts: WrongPart[] = [];
  if (localisedElsewhere) parts.push('place');
  if (fit.date === 'differ') parts.push('date');
  if (!fit.scope) parts.push('scope');
  return fit.date === 'unknown' ? [] : parts;
}

/** Most relevant first: the operation named, the things named, the scope named, headline, value. */
export function rank(fits: readonly Fit[], claim: ParsedClaim): Fit[] {
  if (fits.length < 2) return [...fits];
  return fits
    .map((fit) => ({ fit, key: scoreOf(fit, claim) }))
    .sort((a, b) => compareScores(a.key, b.key))
    .map((scored) => scored.fit);
}

/** A fit's sort key for `rank`, lower first. */
function scoreOf(f: Fit, claim: ParsedClaim): number[] {
  const wanted = claim.number?.value;
  let named = 0;
  for (const c of claim.concepts) if (f.fact.concepts.has(c)) named += 1;
  // "6 arrests in Serbia": the 13 arrests there, not the 3 High Value Targets among them.
  let unsaid = 0;
  for (const c of f.fact.concepts) if (!claim.concepts.includes(c)) unsaid += 1;
  const value = f.fact.fact.value;
  return [
    f.operation ? 0 : 1,
    -named,
    claim.scope !== undefined && f.fact.kind === claim.scope ? 0 : 1,
    f.fact.fact.primary ? 0 : 1,
    unsaid,
    wanted === undefined || value === undefined
      ? 0
      : Math.abs(Math.log((value + 1) / (wanted + 1))),
  ];
}

/** Facts stating the claimed number, those of `best`'s operation first. */
function rankAround(fits: readonly Fit[], best: Fit | undefined): Fit[] {
  const op = best?.fact.operation;
  return [...fits].sort(
    (a, b) =>
      Number(b.fact.operation === op) - Number(a.fact.operation === op) ||
      Number(b.fact.fact.primary) - Number(a.fact.fact.primary),
  );
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function ref(fit: Fit): FactRef {
  return fit.fact.ref;
}

/** The headline figures of the claim's metric, for a claim about an unknown operation. */
function headlines(index: ClaimIndex, claim: ParsedClaim): FactRef[] {
  return candidates(index, claim)
    .filter((f) => f.fact.primary && f.operation !== undefined)
    .slice(0, MAX_SHOWN)
    .map((f) => f.ref);
}

// ——— roles ———

/** "the list may be incomplete": a country missing from it may still have taken part. */
function listIsExhaustive(op: Operation): boolean {
  return (
    op.countriesNote === undefined || !/incomplete|not exhaustive|including/i.test(op.countriesNote)
  );
}

/**
 * With no operation named, a date names it: "Germany took part in the action of 24 August 2023"
 * is about that day's operation, not any other Germany took part in.
 */
export function datedOperations(index: ClaimIndex, claim: ParsedClaim): Operation[] {
  return index.operations.filter((op) =>
    operationDates(op.date).some((d) => claim.dates.every((c) => compareDates(c, d) === 'agree')),
  );
}

function checkRole(index: ClaimIndex, claim: ParsedClaim): Outcome {
  const ops =
    claim.operations.length > 0
      ? claim.operations
      : claim.dates.length > 0
        ? datedOperations(index, claim)
        : index.operations;
  const outcomes = ops.map((op) => rolesInOperation(op, claim));
  const supported = outcomes.find((o) => o.verdict === 'supported');
  if (supported !== undefined) return supported;
  const named = claim.operations.length > 0 || (claim.dates.length > 0 && ops.length > 0);
  if (named && outcomes.every((o) => o.verdict === 'contradicted')) {
    return {
      verdict: 'contradicted',
      wrong: ['role'],
      facts: outcomes.flatMap((o) => o.facts).slice(0, 8),
      related: [],
    };
  }
  const related = outcomes.flatMap((o) => [...o.facts, ...o.related]);
  return { ...NOTHING, related: related.slice(0, MAX_SHOWN) };
}

/**
 * A role claimed of several countries ("France and Germany took part") holds only if it holds of
 * each: supported when all are, contradicted when one is.
 */
function rolesInOperation(op: Operation, claim: ParsedClaim): Outcome {
  const named = claim.places.filter((p) => p.city === undefined).map((p) => p.code);
  const actors = [...new Set(claim.actor === undefined ? [] : [claim.actor, ...named])];
  if (actors.length <= 1) return roleInOperation(op, claim, claim.actor);
  const each = actors.map((actor) => roleInOperation(op, claim, actor));
  if (each.every((o) => o.verdict === 'supported')) {
    return { verdict: 'supported', facts: each.flatMap((o) => o.facts), related: [] };
  }
  const wrong = each.filter((o) => o.verdict === 'contradicted');
  if (wrong.length > 0) {
    return {
      verdict: 'contradicted',
      wrong: ['role'],
      facts: wrong.flatMap((o) => o.facts),
      related: [],
    };
  }
  return { ...NOTHING, related: each.flatMap((o) => [...o.facts, ...o.related]) };
}

function roleInOperation(op: Operation, claim: ParsedClaim, actor: string | undefined): Outcome {
  if (actor === undefined) return bodyInOperation(op, claim);
  const entries = op.countries.filter((c) => c.code === actor);
  const views = entries.map((e) => roleRef(op, e));
  const takingPart = op.countries.filter((c) => TAKING_PART.has(c.role));
  const leads = op.countries.filter((c) => c.role === 'lead').map((e) => roleRef(op, e));
  switch (claim.role ?? 'took part') {
    case 'hosted': {
      const hosts = op.countries.filter((c) => c.role === 'event location');
      if (hosts.length === 0) return { ...NOTHING, related: views };
      const shown = hosts.map((e) => roleRef(op, e));
      return hosts.some((h) => h.code === actor)
        ? { verdict: 'supported', facts: shown, related: [] }
        : { verdict: 'contradicted', wrong: ['place'], facts: shown, related: [] };
    }
    case 'lead':
    case 'coordinated': {
      if (op.lead !== undefined) {
        return op.lead.country === actor
          ? { verdict: 'supported', facts: leads, related: [] }
          : { verdict: 'contradicted', wrong: ['role'], facts: [...leads, ...views], related: [] };
      }
      if (entries.some((e) => TAKING_PART.has(e.role)) || !listIsExhaustive(op)) {
        return { ...NOTHING, related: views };
      }
      return {
        verdict: 'contradicted',
        wrong: ['role'],
        facts: takingPart.map((e) => roleRef(op, e)),
        related: [],
      };
    }
    case 'funded': {
      const funders = op.countries.filter((c) => c.role === 'funder');
      if (funders.some((f) => f.code === actor)) {
        return {
          verdict: 'supported',
          facts: views.filter((v) => v.role === 'funder'),
          related: [],
        };
      }
      return funders.length > 0
        ? {
            verdict: 'contradicted',
            wrong: ['role'],
            facts: funders.map((e) => roleRef(op, e)),
            related: [],
          }
        : { ...NOTHING, related: views };
    }
    case 'took part':
    case 'supported': {
      const part = views.filter((v) => v.role !== undefined && TAKING_PART.has(v.role));
      if (part.length > 0) return { verdict: 'supported', facts: part, related: [] };
      if (views.length > 0)
        return { verdict: 'contradicted', wrong: ['role'], facts: views, related: [] };
      if (!listIsExhaustive(op))
        return { ...NOTHING, related: takingPart.slice(0, MAX_SHOWN).map((e) => roleRef(op, e)) };
      return {
        verdict: 'contradicted',
        wrong: ['role'],
        facts: takingPart.map((e) => roleRef(op, e)),
        related: [],
      };
    }
  }
}

function bodyInOperation(op: Operation, claim: ParsedClaim): Outcome {
  const named = op.bodies.filter((b) => claim.bodies.some((c) => c === b.name));
  const all = claim.bodies.every((c) => op.bodies.some((b) => b.name === c));
  if (named.length > 0 && claim.role !== 'funded') {
    // "Interpol and Frontex backed Theseus": the sources name Interpol only, and a body list
    // is no exhaustive roll-call, so the other is not in the sources.
    return all
      ? { verdict: 'supported', facts: named.map((b) => bodyRef(op, b)), related: [] }
      : { ...NOTHING, related: named.map((b) => bodyRef(op, b)) };
  }
  if (op.bodies.length === 0 || claim.role === 'funded') return NOTHING;
  return {
    verdict: 'contradicted',
    wrong: ['role'],
    facts: op.bodies.map((b) => bodyRef(op, b)),
    related: [],
  };
}

// ——— dates ———

function checkDate(claim: ParsedClaim): Outcome {
  const outcomes = claim.operations.map((op): Outcome => {
    const shown = dateRef(op);
    if (shown === undefined) return NOTHING;
    const stated = operationDates(op.date);
    const fits = claim.dates.map((d) => {
      if (op.date.precision === 'range' && stated[0] !== undefined && stated[1] !== undefined) {
        return withinRange(d, stated[0], stated[1]) ? 'agree' : 'differ';
      }
      const each = stated.map((s) => compareDates(d, s));
      return each.includes('agree') ? 'agree' : each.includes('unknown') ? 'unknown' : 'differ';
    });
    if (fits.every((f) => f === 'agree'))
      return { verdict: 'supported', facts: [shown], related: [] };
    if (fits.includes('differ'))
      return { verdict: 'contradicted', wrong: ['date'], facts: [shown], related: [] };
    return { ...NOTHING, related: [shown] };
  });
  return (
    outcomes.find((o) => o.verdict === 'supported') ??
    (outcomes.every((o) => o.verdict === 'contradicted') ? outcomes[0] : undefined) ?? {
      ...NOTHING,
      related: outcomes.flatMap((o) => [...o.facts, ...o.related]),
    }
  );
}
