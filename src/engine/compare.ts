import type { Fact, Metric, Operation } from '../corpus/types.ts';

/** How the two operations' figures for one metric stand to each other. */
export type MetricVerdict =
  /** Same metric, scope and unit, both exact: a difference and a ratio mean something. */
  | { kind: 'compared'; a: Fact; b: Fact; difference: number; ratio: number | undefined }
  /** Both operations state it, but not as the same thing: shown side by side, never subtracted. */
  | { kind: 'not-comparable'; reason: 'scope' | 'unit' | 'estimate'; a: Fact; b: Fact }
  /** Only one operation (or neither) states it as a number. */
  | { kind: 'one-sided' };

export interface MetricComparison {
  metric: Metric;
  /** Every figure of the metric, each side, in the facts table's order. */
  a: Fact[];
  b: Fact[];
  verdict: MetricVerdict;
}

export interface Comparison {
  a: Operation;
  b: Operation;
  /** Metrics either operation gives, in order of first appearance (a's, then b's). */
  metrics: MetricComparison[];
}

/** Scopes are free text: "On the action day" and "on the action day." are the same scope. */
function scopeKey(scope: string): string {
  return scope
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

type Numbered = Fact & { value: number };

const hasValue = (fact: Fact): fact is Numbered => fact.value !== undefined;

/** The figure that speaks for its operation: the headline one, else the first with a number. */
function headline(facts: readonly Numbered[]): Numbered | undefined {
  return facts.find((f) => f.primary) ?? facts[0];
}

function verdict(aFacts: readonly Fact[], bFacts: readonly Fact[]): MetricVerdict {
  const a = aFacts.filter(hasValue);
  const b = bFacts.filter(hasValue);
  const aHead = headline(a);
  const bHead = headline(b);
  if (aHead === undefined || bHead === undefined) return { kind: 'one-sided' };
  // A pair counting the same thing: same scope and unit, headline figures first.
  const byPriority = (list: readonly Numbered[]) =>
    [...list].sort((x, y) => Number(y.primary) - Number(x.primary));
  for (const x of byPriority(a)) {
    for (const y of byPriority(b)) {
      if (x.unit !== y.unit || scopeKey(x.scope) !== scopeKey(y.scope)) continue;
      if (x.qualifier !== 'exact' || y.qualifier !== 'exact') {
        return { kind: 'not-comparable', reason: 'estimate', a: x, b: y };
      }
      return {
        kind: 'compared',
        a: x,
        b: y,
        difference: y.value - x.value,
        ratio: x.value === 0 || y.value === 0 ? undefined : y.value / x.value,
      };
    }
  }
  const reason = aHead.unit === bHead.unit ? 'scope' : 'unit';
  return { kind: 'not-comparable', reason, a: aHead, b: bHead };
}

/**
 * Two operations metric by metric. A difference or ratio is only ever taken between figures of
 * the same metric, scope and unit, both exact; any other pair is shown side by side and said
 * to be not comparable, with the reason (the scopes, the units, or an estimate).
 */
export function compareOperations(a: Operation, b: Operation): Comparison {
  const metrics: Metric[] = [];
  for (const fact of [...a.facts, ...b.facts]) {
    if (!metrics.includes(fact.metric)) metrics.push(fact.metric);
  }
  return {
    a,
    b,
    metrics: metrics.map((metric) => {
      const aFacts = a.facts.filter((f) => f.metric === metric);
      const bFacts = b.facts.filter((f) => f.metric === metric);
      return { metric, a: aFacts, b: bFacts, verdict: verdict(aFacts, bFacts) };
    }),
  };
}
