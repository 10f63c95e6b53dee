import type { Fact } from './types.ts';

/** A fact's own fields, flat, with its quote and document: what every projection of it shares. */
export function factFields(fact: Fact): {
  metric: Fact['metric'];
  label: string;
  value: number | null;
  unit: Fact['unit'];
  qualifier: Fact['qualifier'];
  scope: string;
  document: string;
  quote: string;
} {
  return {
    metric: fact.metric,
    label: fact.label,
    value: fact.value ?? null,
    unit: fact.unit,
    qualifier: fact.qualifier,
    scope: fact.scope,
    document: fact.citation.document,
    quote: fact.citation.quote,
  };
}
