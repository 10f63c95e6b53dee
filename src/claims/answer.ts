import { namesCountry } from '../corpus/countries.ts';
import { TAKING_PART } from '../corpus/schema.ts';
import { foldText } from '../text/normalize.ts';
import type { Operation, OperationCountry, Role } from '../corpus/types.ts';
import { constraintsAgree, fitOf, type Fit } from './agreement.ts';
import { candidates, checkParsed, datedOperations, rank } from './check.ts';
import type { ClaimIndex } from './claimIndex.ts';
import type { AnswerResult, FactRef, ParsedClaim, Place, Verdict } from './types.ts';
import { tokensOf } from './tokens.ts';
import { bodyRef, dateRef, roleRef } from './views.ts';

const MAX_FIGURES = 5;
const ROLE_ORDER: readonly Role[] = ['lead', 'participant', 'support'];

interface Reply {
  kind: AnswerResult['kind'];
  verdict?: Verdict;
  facts: FactRef[];
  related?: FactRef[];
  operations?: readonly Operation[];
}

/** Answers a plain-language question from the facts table: the figure(s) that answer it. */
export function answerParsed(index: ClaimIndex, parsed: ParsedClaim): AnswerResult {
  const reply = replyTo(index, parsed);
  const related = reply.related ?? [];
  const result: AnswerResult = {
    kind: reply.kind,
    question: parsed.text,
    facts: reply.facts.map((r) => r.view),
    related: related.map((r) => r.view),
    operations: (reply.operations ?? []).map((op) => ({ id: op.id, name: op.name })),
    refs: [...reply.facts, ...related],
    parsed,
  };
  if (reply.verdict !== undefined) result.verdict = reply.verdict;
  return result;
}

function replyTo(index: ClaimIndex, parsed: ParsedClaim): Reply {
  if (parsed.unknownOperation !== undefined && parsed.operations.length === 0) {
    const related = candidates(index, parsed).filter(
      (f) => f.fact.primary && f.operation !== undefined,
    );
    return { kind: 'not-in-sources', facts: [], related: related.slice(0, 3).map((f) => f.ref) };
  }
  if (parsed.unmeasured !== undefined) {
    // "How many were convicted?": the facts count arrests, not convictions.
    const fits = candidates(index, parsed).map((f) => fitOf(parsed, f));
    return {
      kind: 'not-in-sources',
      facts: [],
      related: rank(fits, parsed)
        .slice(0, 3)
        .map((f) => f.fact.ref),
    };
  }
  const ops =
    parsed.operations.length === 0 && parsed.dates.length > 0
      ? datedOperations(index, parsed)
      : parsed.operations;
  const roleClaim =
    parsed.role !== undefined && (parsed.actor !== undefined || parsed.bodies.length > 0);
  if ((parsed.question ?? 'other') === 'other' && roleClaim && parsed.number === undefined) {
    return asClaim(index, parsed);
  }
  if (parsed.role === 'coordinated' && ops.length > 0) {
    // "Who coordinated Sky ECC?", "Wie coördineerde …": the bodies, whatever the question word.
    return perOperation(index, ops, (op) => whoCoordinated(op));
  }
  switch (parsed.question ?? 'other') {
    case 'who-led':
      return perOperation(index, ops, (op) => whoLed(op));
    case 'which-countries':
      return perOperation(index, ops, (op) => whichCountries(index, op, parsed));
    case 'which-operations':
      return whichOperations(index, parsed);
    case 'when':
      return perOperation(index, ops, (op) => when(index, op));
    case 'how-long':
      return perOperation(index, ops, (op) => howLong(index, op));
    case 'how-many':
    case 'other':
      return figures(index, parsed);
  }
}

/** A claim asked as a question ("Did Serbia arrest 23 people?", "Did Spain take part?"). */
function asClaim(index: ClaimIndex, parsed: ParsedClaim): Reply {
  const checked = checkParsed(index, parsed);
  const refs = checked.refs.slice(0, checked.facts.length);
  return checked.verdict === 'not-in-sources'
    ? { kind: 'not-in-sources', verdict: checked.verdict, facts: [], related: checked.refs }
    : { kind: 'answer', verdict: checked.verdict, facts: refs };
}

/** Lists answer per operation named; with none named, the question needs one. */
function perOperation(
  index: ClaimIndex,
  ops: readonly Operation[],
  answer: (op: Operation) => Reply,
): Reply {
  if (ops.length === 0) {
    return { kind: 'clarify', facts: [], operations: index.operations };
  }
  const replies = ops.map(answer);
  const answered = replies.filter((r) => r.kind === 'answer');
  if (answered.length > 0) return { kind: 'answer', facts: answered.flatMap((r) => r.facts) };
  return {
    kind: 'not-in-sources',
    facts: [],
    related: replies.flatMap((r) => r.related ?? []).slice(0, 5),
  };
}

/** Lead, participant, support, then every other role (seizure place, origin, mentioned…). */
function byRole(a: OperationCountry, b: OperationCountry): number {
  const rank = (role: Role): number => {
    const at = ROLE_ORDER.indexOf(role);
    return at === -1 ? ROLE_ORDER.length : at;
  };
  return rank(a.role) - rank(b.role);
}

function whoLed(op: Operation): Reply {
  const leads = op.countries.filter((c) => c.role === 'lead').map((c) => roleRef(op, c));
  if (op.lead !== undefined && leads.length > 0) return { kind: 'answer', facts: leads };
  // No lead named: what the sources say instead — who coordinated it and who took part.
  const nearby = [
    ...op.bodies.map((b) => bodyRef(op, b)),
    ...op.countries.filter((c) => TAKING_PART.has(c.role)).map((c) => roleRef(op, c)),
  ];
  return { kind: 'not-in-sources', facts: [], related: nearby.slice(0, 3) };
}

/** The bodies that coordinated or supported an operation; its lead country when none is named. */
function whoCoordinated(op: Operation): Reply {
  if (op.bodies.length > 0) return { kind: 'answer', facts: op.bodies.map((b) => bodyRef(op, b)) };
  const leads = op.countries.filter((c) => c.role === 'lead').map((c) => roleRef(op, c));
  return { kind: 'not-in-sources', facts: [], related: leads };
}

const ASKED_ROLES: Partial<Record<NonNullable<ParsedClaim['role']>, ReadonlySet<Role>>> = {
  funded: new Set<Role>(['funder']),
  lead: new Set<Role>(['lead']),
  supported: new Set<Role>(['support']),
};

function whichCountries(index: ClaimIndex, op: Operation, parsed: ParsedClaim): Reply {
  const wanted: ReadonlySet<Role> =
    (parsed.role === undefined ? undefined : ASKED_ROLES[parsed.role]) ?? TAKING_PART;
  const countries = op.countries.filter((c) => wanted.has(c.role)).sort(byRole);
  const count = index.facts.find(
    (f) => f.operation === op && f.fact.metric === 'countries' && f.fact.primary,
  );
  if (countries.length === 0) {
    // Who did support it, in the sources' words: its bodies and funders, then who took part.
    const nearby = [
      ...op.bodies.map((b) => bodyRef(op, b)),
      ...op.countries.filter((c) => c.role === 'funder').map((c) => roleRef(op, c)),
      ...op.countries
        .filter((c) => TAKING_PART.has(c.role))
        .sort(byRole)
        .map((c) => roleRef(op, c)),
    ];
    return { kind: 'not-in-sources', facts: [], related: nearby.slice(0, 3) };
  }
  const facts = countries.map((c) => roleRef(op, c));
  if (count !== undefined && wanted === TAKING_PART) facts.push(count.ref);
  return { kind: 'answer', facts };
}

function whichOperations(index: ClaimIndex, parsed: ParsedClaim): Reply {
  const code = parsed.actor ?? parsed.places.find((p) => p.city === undefined)?.code;
  if (code === undefined) {
    const dated = index.operations.flatMap((op) => dateRef(op) ?? []);
    return { kind: 'answer', facts: dated, operations: index.operations };
  }
  const wanted: ReadonlySet<Role> =
    parsed.role === 'lead'
      ? new Set<Role>(['lead'])
      : parsed.role === 'funded'
        ? new Set<Role>(['funder'])
        : TAKING_PART;
  const roles = index.operations.flatMap((op) =>
    op.countries.filter((c) => c.code === code && wanted.has(c.role)).map((c) => roleRef(op, c)),
  );
  if (roles.length > 0) return { kind: 'answer', facts: roles };
  const mentions = index.operations.flatMap((op) =>
    op.countries.filter((c) => c.code === code).map((c) => roleRef(op, c)),
  );
  return { kind: 'not-in-sources', facts: [], related: mentions.slice(0, 5) };
}

function when(index: ClaimIndex, op: Operation): Reply {
  const date = dateRef(op);
  if (date !== undefined) return { kind: 'answer', facts: [date] };
  return { kind: 'not-in-sources', facts: [], related: headlineRefs(index, op) };
}

function howLong(index: ClaimIndex, op: Operation): Reply {
  const duration = index.facts.find((f) => f.operation === op && f.fact.metric === 'duration');
  if (duration !== undefined) return { kind: 'answer', facts: [duration.ref] };
  const date = dateRef(op);
  return { kind: 'not-in-sources', facts: [], related: date === undefined ? [] : [date] };
}

function headlineRefs(index: ClaimIndex, op: Operation): FactRef[] {
  return index.facts
    .filter((f) => f.operation === op && f.fact.primary)
    .slice(0, 3)
    .map((f) => f.ref);
}

/**
 * A figure question. The facts whose metric, things, operation, place, date and scope fit are the
 * answer, most direct first, then the operation's headline figure of that metric for context
 * ("13 in Serbia on the action day; 23 in total"). With no operation, place or date named and
 * figures from several operations, it asks which operation is meant.
 */
function figures(index: ClaimIndex, parsed: ParsedClaim): Reply {
  if (parsed.number !== undefined && parsed.question !== 'how-many') return asClaim(index, parsed);
  if (parsed.metrics.length === 0) {
    const place = parsed.places[0];
    if (place !== undefined && asksAboutPlace(parsed, place)) {
      return aboutPlace(index, place, parsed.operations);
    }
    const only = parsed.operations.length === 1 ? parsed.operations[0] : undefined;
    if (only !== undefined && parsed.question === 'how-many') {
      // "How many X …" where the facts count no X: what they count instead is nearby.
      return { kind: 'not-in-sources', facts: [], related: headlineRefs(index, only) };
    }
    if (only !== undefined) return { kind: 'answer', facts: headlineRefs(index, only) };
    return { kind: 'not-in-sources', facts: [] };
  }
  const fits = candidates(index, parsed).map((f) => fitOf(parsed, f));
  const direct = rank(
    fits.filter((f) => f.operation && constraintsAgree(f) && f.fact.fact.value !== undefined),
    parsed,
  );
  const narrowed = parsed.places.length > 0 || parsed.dates.length > 0;
  const operations = new Set(direct.map((f) => f.fact.operation));
  if (direct.length === 0) {
    const nearby = rank(
      fits.filter((f) => f.operation),
      parsed,
    );
    const fallback = nearby.length > 0 ? nearby : rank(fits, parsed);
    return {
      kind: 'not-in-sources',
      facts: [],
      related: fallback.slice(0, 3).map((f) => f.fact.ref),
    };
  }
  if (operations.size > 1 && !narrowed) {
    const perOperation = [...operations].flatMap(
      (op) => direct.find((f) => f.fact.operation === op) ?? [],
    );
    const ops = [...operations].filter((op): op is Operation => op !== undefined);
    return { kind: 'clarify', facts: perOperation.map((f) => f.fact.ref), operations: ops };
  }
  return {
    kind: 'answer',
    facts: withContext(index, direct)
      .slice(0, MAX_FIGURES)
      .map((f) => f.fact.ref),
  };
}

/** After the direct answers, each operation's headline figure of the metric if not among them. */
function withContext(index: ClaimIndex, direct: readonly Fit[]): Fit[] {
  const shown = new Set(direct.map((f) => f.fact));
  const context: Fit[] = [];
  for (const fit of direct) {
    const headline = index.facts.find(
      (f) =>
        f.operation === fit.fact.operation &&
        f.operation !== undefined &&
        f.fact.metric === fit.fact.fact.metric &&
        f.fact.primary,
    );
    if (headline !== undefined && !shown.has(headline)) {
      shown.add(headline);
      context.push({ ...fit, fact: headline });
    }
  }
  return [...direct.slice(0, MAX_FIGURES - context.length), ...context];
}

/**
 * "What happened in Albania?", "Belgium's role in Sky ECC?": the place's roles in each operation
 * (or in the ones named) and the figures that hold there, never the operations' overall totals.
 * A city with no figure of its own gets its country's roles as related facts, not as the answer.
 */
function aboutPlace(index: ClaimIndex, place: Place, named: readonly Operation[]): Reply {
  const operations = named.length > 0 ? named : index.operations;
  const facts: FactRef[] = [];
  const roles: FactRef[] = [];
  for (const op of operations) {
    roles.push(
      ...op.countries
        .filter((c) => c.code === place.code)
        .sort(byRole)
        .map((c) => roleRef(op, c)),
    );
    const own = index.facts.filter(
      (f) =>
        f.operation === op &&
        f.places.some((p) => p.code === place.code && (place.city ?? p.city) === p.city),
    );
    if (place.city === undefined) facts.push(...roles.splice(0));
    facts.push(...own.map((f) => f.ref));
  }
  if (facts.length === 0) return { kind: 'not-in-sources', facts: [], related: roles.slice(0, 5) };
  return { kind: 'answer', facts };
}

/** Words that ask what a place did or what happened there, in the languages the bot reads. */
const OVERVIEW_WORDS: ReadonlySet<string> = new Set(
  (
    'what whats which happened happen happens happening going did does do doing done role roles ' +
    'anything something sources source say says said ' +
    'part involved involvement involve about tell know there here during with their them ' +
    'wat welke gebeurde gebeurd gebeurt deed doet doen gedaan rol rollen deel betrokken ' +
    'betrokkenheid over vertel weten daar tijdens hebben heeft waren ' +
    'sta sto koja koje desilo dogodilo desava dogada radila radio uradila uradio ucinila ' +
    'ucinio uloga ulogu ulogom bila bilo bile bili ucestvovala ucestvovao sudjelovala ' +
    'sudjelovao tamo tokom tijekom kakva kakvu'
  ).split(' '),
);

/**
 * Whether a question about a place asks what it did or what happened there ("What happened in
 * Albania?", "Belgium's role in Sky ECC?", "Rotterdam?"), not something the facts do not hold
 * ("What is the capital of Serbia?"): every longer word is a name (the place's, an operation's,
 * or capitalised) or one of those asking words.
 */
function asksAboutPlace(parsed: ParsedClaim, place: Place): boolean {
  const named = new Set(
    parsed.operations.flatMap((op) =>
      tokensOf([op.name, ...op.aliases].join(' ')).map((t) => t.fold),
    ),
  );
  return tokensOf(parsed.text).every(
    (t) =>
      t.kind !== 'word' ||
      t.fold.length < 4 ||
      // Names, inflected too ("u Srbiji"): the asking words are not capitalised mid-sentence.
      (t.capital && t.start > 0) ||
      OVERVIEW_WORDS.has(t.fold) ||
      named.has(t.fold) ||
      namesCountry(t.raw, place.code) ||
      (place.city !== undefined && foldText(place.city) === t.fold),
  );
}
