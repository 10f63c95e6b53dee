import type { Metric } from '../corpus/types.ts';
import { conceptById, conceptsOf, phraseConceptAt, tierOf, UNMEASURED } from './concepts.ts';
import { findDates } from './dates.ts';
import { findNumbers, isQuantityWord, unitOf, type FoundNumber } from './numbers.ts';
import type { OperationFinder, OperationSpan } from './operations.ts';
import { PERIOD_LEADS, QUESTION_OPENERS, QUESTIONS, ROLES, SCOPES } from './phrases.ts';
import { uniquePlaces, type PlaceFinder } from './places.ts';
import { TakenTokens, tokensOf, type Token } from './tokens.ts';
import type { BodyName, FactUnit, ParsedClaim, QuestionKind } from './types.ts';
import { unknownOperationName, type SourceVocabulary } from './unknownNames.ts';

// A Map, not an object: "constructor" is no body.
const BODY_WORDS = new Map<string, BodyName>([
  ['europol', 'Europol'],
  ['interpol', 'INTERPOL'],
  ['eurojust', 'Eurojust'],
  ['frontex', 'Frontex'],
  ['maoc', 'MAOC-N'],
  ['empact', 'EMPACT'],
]);

/** What a unit says about the metric when the words do not: kilograms are drugs. */
const UNIT_METRICS: Partial<Record<FactUnit, Metric[]>> = {
  kg: ['cocaine-seized', 'drugs-seized'],
  EUR: ['cash-seized', 'assets-seized', 'price'],
  USD: ['cash-seized', 'assets-seized', 'price'],
  percent: ['trend'],
  days: ['duration'],
};

export interface Finders {
  operations: OperationFinder;
  places: PlaceFinder;
  vocabulary: SourceVocabulary;
  /**
   * Whether a fact of one of `metrics` names the concept in its label: "vehicles" narrows checks
   * to the vehicles checked as it narrows seizures to the vehicles seized.
   */
  labelled(concept: string, metrics: readonly Metric[]): boolean;
}

interface ConceptHit {
  id: string;
  at: number;
}

/** Reads one claim or question into what it asserts or asks. */
export function parseText(
  finders: Finders,
  text: string,
  tokens: readonly Token[] = tokensOf(text),
): ParsedClaim {
  const taken = new TakenTokens(tokens.length);
  const operationSpans = namedOutright(tokens, finders.operations.find(tokens));
  for (const span of operationSpans) taken.take(span.from, span.to);
  const placeSpans = finders.places.find(tokens).filter((s) => !taken.any(s.from, s.to));
  for (const span of placeSpans) taken.take(span.from, span.to);
  const dateSpans = findDates(tokens, isQuantityWord);
  for (const span of dateSpans) taken.take(span.from, span.to);
  const numbers = findNumbers(tokens, taken);
  const period = periodOf(tokens, numbers);
  const number = primaryNumber(numbers.filter((n) => n !== period));

  const hits: ConceptHit[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token?.kind !== 'word' || taken.has(at)) continue;
    const phrase = phraseConceptAt(tokens, at);
    if (phrase !== undefined) {
      hits.push({ id: phrase.id, at });
      at += phrase.length - 1;
      continue;
    }
    for (const c of conceptsOf(token.fold)) hits.push({ id: c.id, at });
  }
  const metrics = resolveMetrics(hits, number, askedUnit(tokens, taken) ?? writtenUnit(number));
  const countedAt = nounAfter(tokens, numbers, number);
  const counted = countedThing(hits, countedAt);
  const concepts: string[] = [];
  for (const h of hits) if (!concepts.includes(h.id)) concepts.push(h.id);
  const things = concepts.filter((id) => {
    const c = conceptById(id);
    return (
      c !== undefined &&
      c.thing &&
      (c.metrics.length === 0 ||
        id === counted ||
        c.metrics.some((m) => metrics.includes(m)) ||
        (c.ownMetricsOnly !== true && finders.labelled(id, metrics)))
    );
  });

  const parsed: ParsedClaim = {
    text,
    metrics,
    things,
    concepts,
    operations: distinct(operationSpans, (s) => s.operations),
    places: uniquePlaces(placeSpans.map((s) => s.place)),
    dates: dateSpans.map((s) => s.date),
    bodies: bodiesIn(tokens),
  };
  if (number !== undefined) parsed.number = number.mention;
  const counts = countedConcepts(hits, countedAt);
  if (counts.length > 0) parsed.counts = counts;
  if (period !== undefined) parsed.period = period.mention;
  const unmeasured = unmeasuredAct(hits, numbers);
  if (unmeasured !== undefined) parsed.unmeasured = unmeasured;
  // A body's name is known too: "Europol" names no unknown operation.
  for (let at = 0; at < tokens.length; at += 1) {
    if (BODY_WORDS.has(tokens[at]?.fold ?? '')) taken.take(at, at + 1);
  }
  const unknown = unknownOperationName(tokens, taken, finders.vocabulary);
  if (unknown !== undefined && parsed.operations.length === 0) parsed.unknownOperation = unknown;
  const scope = SCOPES.first(tokens);
  if (scope !== undefined) parsed.scope = scope;
  const role = ROLES.first(tokens);
  if (role !== undefined) {
    parsed.role = role;
    // Any place hosts ("set up in Skopje"); only a country takes part or leads.
    const actor = placeSpans.find((s) => role === 'hosted' || s.place.city === undefined);
    if (actor !== undefined) parsed.actor = actor.place.code;
  }
  const question = questionKind(text, tokens);
  if (question !== undefined) {
    // "Who funded …?", "Ko je finansirao …?": a role asked after is a list of countries.
    const asksWho = question === 'other' && role !== undefined && WHO.has(tokens[0]?.fold ?? '');
    const kind = asksWho ? 'which-countries' : question;
    parsed.question = kind === 'which-countries' && role === 'lead' ? 'who-led' : kind;
  }
  return parsed;
}

/** Every value `of` gives the items, once, in order (a statement has a few: no set needed). */
function distinct<T, V>(items: readonly T[], of: (item: T) => readonly V[]): V[] {
  const values: V[] = [];
  for (const item of items) for (const v of of(item)) if (!values.includes(v)) values.push(v);
  return values;
}

/**
 * "Theseus rescued 89 victims in eight days": beside another figure, a number of days led by
 * "in", "within" or "during" is the period the figure took, a second statement to check.
 */
function periodOf(
  tokens: readonly Token[],
  numbers: readonly FoundNumber[],
): FoundNumber | undefined {
  if (numbers.length < 2) return undefined;
  return numbers.find(
    (n) => n.mention.unit === 'days' && PERIOD_LEADS.has(tokens[n.from - 1]?.fold ?? ''),
  );
}

/** The number a claim is about: the first with a unit, else the first. */
function primaryNumber(numbers: readonly FoundNumber[]): FoundNumber | undefined {
  return numbers.find((n) => n.mention.unitWritten) ?? numbers[0];
}

function isTop(hit: ConceptHit, top: number): boolean {
  return hasMetrics(hit) && tierOf(hit.id) === top;
}

function hasMetrics(hit: ConceptHit): boolean {
  return (conceptById(hit.id)?.metrics.length ?? 0) > 0;
}

/** Words after the number are nearer than those as far before it. */
function distanceFrom(number: FoundNumber | undefined, h: ConceptHit): number {
  if (number === undefined) return 0;
  return h.at >= number.to ? h.at - number.to : number.from - h.at + 0.5;
}

/**
 * The metrics a claim's words point to. What a figure measures ("checked", "arrested") outranks
 * what it counts ("vehicles"), which outranks a family word ("seized"); among equals the word
 * nearest the number wins; a lower-ranked word then narrows when it can ("seized" + "passports"
 * → documents seized); a unit fills in when no word names a metric.
 */
function resolveMetrics(
  hits: readonly ConceptHit[],
  number: FoundNumber | undefined,
  unit: FactUnit | undefined,
): Metric[] {
  const implied = unit === undefined ? undefined : UNIT_METRICS[unit];
  let top = 0;
  for (const h of hits) if (hasMetrics(h)) top = Math.max(top, tierOf(h.id));
  if (top === 0) return implied ?? [];
  let nearest = Infinity;
  let first: ConceptHit | undefined;
  for (const h of hits) {
    const distance = isTop(h, top) ? distanceFrom(number, h) : Infinity;
    if (distance < nearest) [nearest, first] = [distance, h];
  }
  // In a compound the last noun counts: "54,000 vehicle assessments" are checks.
  let at = first?.at ?? -1;
  let compound = false;
  while (hits.some((h) => h.at === at + 1 && isTop(h, top))) [at, compound] = [at + 1, true];
  let metrics: Metric[] = [];
  for (const h of hits) {
    const chosen = compound ? h.at === at : distanceFrom(number, h) === nearest;
    if (!chosen || !isTop(h, top)) continue;
    for (const m of conceptById(h.id)?.metrics ?? []) if (!metrics.includes(m)) metrics.push(m);
  }
  for (const hit of hits) {
    if (!hasMetrics(hit) || tierOf(hit.id) >= top) continue;
    const narrower = metrics.filter((m) => conceptById(hit.id)?.metrics.includes(m));
    if (narrower.length > 0) metrics = narrower;
  }
  if (implied !== undefined) {
    // A sum of euros is cash, assets or a price, whatever the nearest word counts ("EUR 2 million
    // worth of cars and jewellery").
    const fitting = metrics.filter((m) => implied.includes(m));
    const named: Metric[] = [];
    for (const h of hits) {
      for (const m of conceptById(h.id)?.metrics ?? []) {
        if (implied.includes(m) && !named.includes(m)) named.push(m);
      }
    }
    metrics = fitting.length > 0 ? fitting : named.length > 0 ? named : implied;
  }
  return metrics;
}

/** "236 of the 3,000 agents", "13 van de 30 agenten", "3 od 13 osoba": the whole a part is of. */
const PARTITIVES: ReadonlySet<string> = new Set(['of', 'van', 'od', 'among', 'amongst']);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'de', 'het', 'those', 'these']);

/**
 * Where the noun the number counts may stand: right after it ("89 migrants"), or after the whole
 * it is a part of ("236 of the 3,000 agents": the 236 are agents too).
 */
function nounAfter(
  tokens: readonly Token[],
  numbers: readonly FoundNumber[],
  number: FoundNumber | undefined,
): number | undefined {
  if (number === undefined) return undefined;
  let at = number.to;
  if (!PARTITIVES.has(tokens[at]?.fold ?? '')) return at;
  at += 1;
  if (ARTICLE_WORDS.has(tokens[at]?.fold ?? '')) at += 1;
  for (const whole of numbers) if (whole.from === at) return whole.to;
  return number.to;
}

/** The concepts named first in the two words from `at` (the words the number counts). */
function countedHits(hits: readonly ConceptHit[], at: number | undefined): ConceptHit[] {
  if (at === undefined) return [];
  let first = -1;
  for (const h of hits)
    if (h.at >= at && h.at <= at + 1 && (first < 0 || h.at < first)) first = h.at;
  return first < 0 ? [] : hits.filter((h) => h.at === first);
}

/**
 * The thing the number counts, written right after it ("89 migrants were rescued"): a figure of
 * it must name it, even when the verb points to another metric's facts ("89 victims rescued").
 */
function countedThing(hits: readonly ConceptHit[], at: number | undefined): string | undefined {
  const first = countedHits(hits, at)[0];
  const concept = first === undefined ? undefined : conceptById(first.id);
  // "13 people" counts whatever the verb says; "89 migrants" counts migrants.
  return concept?.thing === true && concept.ownMetricsOnly !== true ? concept.id : undefined;
}

/**
 * Every concept of the noun the number counts ("agents" in "236 of the 3,000 agents were
 * arrested"), whatever its kind: a fact must measure it or name it, or the figure counts
 * something else ("236 members arrested" are no agents). "People" counts what the verb says.
 */
function countedConcepts(hits: readonly ConceptHit[], at: number | undefined): string[] {
  const counted = countedHits(hits, at);
  return counted.some((h) => conceptById(h.id)?.ownMetricsOnly === true)
    ? []
    : counted.map((h) => h.id);
}

/**
 * The act a claim measures that no fact measures: one the facts never count ("convicted",
 * "shipped"), or, for a claim of one figure, an act that cannot measure its unit ("smuggled seven
 * tonnes": the tonnes the facts hold were seized).
 */
function unmeasuredAct(
  hits: readonly ConceptHit[],
  numbers: readonly FoundNumber[],
): string | undefined {
  const never = hits.find((h) => UNMEASURED.has(h.id));
  if (never !== undefined) return never.id;
  const only = numbers.length === 1 ? numbers[0] : undefined;
  const unit = only?.mention.unitWritten === true ? only.mention.unit : undefined;
  const implied = unit === undefined ? undefined : UNIT_METRICS[unit];
  if (implied === undefined || only === undefined) return undefined;
  const acts = hits.filter((h) => tierOf(h.id) === 3);
  const distance = (h: ConceptHit): number =>
    h.at >= only.to ? h.at - only.to : only.from - h.at + 0.5;
  const nearest = [...acts].sort((a, b) => distance(a) - distance(b))[0];
  const measures = nearest === undefined ? [] : (conceptById(nearest.id)?.metrics ?? []);
  return nearest !== undefined && !measures.some((m) => implied.includes(m))
    ? nearest.id
    : undefined;
}

function writtenUnit(number: FoundNumber | undefined): FactUnit | undefined {
  return number?.mention.unitWritten === true ? number.mention.unit : undefined;
}

const WHO = new Set(['who', 'wie', 'ko', 'tko']);
const HOW_MANY = new Set(['many', 'much', 'hoeveel', 'koliko']);

/** The unit a question asks its figure in: "how many tonnes …", "koliko tona …". */
function askedUnit(tokens: readonly Token[], taken: TakenTokens): FactUnit | undefined {
  for (let i = 1; i < tokens.length; i += 1) {
    const unit = unitOf(tokens[i]);
    if (unit !== undefined && !taken.has(i) && HOW_MANY.has(tokens[i - 1]?.fold ?? '')) {
      return unit.unit;
    }
  }
  return undefined;
}

/**
 * "Interpol coordinated the Sky ECC operation": a body's name that is also an operation's
 * ("Operation Theseus (INTERPOL)") names that operation only when no other operation is named
 * outright; otherwise the claim is about the body's role in the operation named.
 */
function namedOutright(tokens: readonly Token[], spans: OperationSpan[]): OperationSpan[] {
  const outright = spans.filter((s) => {
    for (let i = s.from; i < s.to; i += 1) {
      const fold = tokens[i]?.fold;
      if (fold !== undefined && BODY_WORDS.get(fold) === undefined) return true;
    }
    return false;
  });
  return outright.length > 0 ? outright : spans;
}

// A body's name may also be an operation's ("Interpol" for Operation Theseus): it names both.
function bodiesIn(tokens: readonly Token[]): BodyName[] {
  const bodies: BodyName[] = [];
  for (const token of tokens) {
    const body = BODY_WORDS.get(token.fold);
    if (body !== undefined && !bodies.includes(body)) bodies.push(body);
  }
  return bodies;
}

function questionKind(text: string, tokens: readonly Token[]): QuestionKind | undefined {
  const first = tokens[0];
  const asks =
    text.trim().endsWith('?') || (first !== undefined && QUESTION_OPENERS.has(first.fold));
  if (!asks) return undefined;
  return QUESTIONS.first(tokens) ?? 'other';
}
