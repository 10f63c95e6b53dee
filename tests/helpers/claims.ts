import { expect } from 'vitest';
import type { FactView } from '../../src/claims/index.ts';
import type { Fact, Operation } from '../../src/corpus/types.ts';
import { realEngine } from './corpus.ts';

/** The operation a name finds through the real engine. */
export function operation(name: string): Operation {
  const lookup = realEngine().findOperation(name);
  if (lookup.kind !== 'found') throw new Error(`no single operation for ${name}`);
  return lookup.operation;
}

/** A fact of the shipped corpus, by operation name (or "background") and fact id. */
export function corpusFact(operationName: string, id: string): Fact {
  const facts =
    operationName === 'background'
      ? realEngine().corpus.background
      : operation(operationName).facts;
  const fact = facts.find((f) => f.id === id);
  if (fact === undefined) throw new Error(`no fact ${id} in ${operationName}`);
  return fact;
}

/** Asserts that a shown fact is `fact`, figure and quote. */
export function expectView(view: FactView | undefined, fact: Fact): void {
  expect(view).toMatchObject({
    operation: fact.operation ?? null,
    metric: fact.metric,
    value: fact.value ?? null,
    unit: fact.unit,
    qualifier: fact.qualifier,
    scope: fact.scope,
    document: fact.citation.document,
    quote: fact.citation.quote,
  });
}
