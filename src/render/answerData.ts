import type { AnswerResult, ClaimResult, FactView, Verdict, WrongPart } from '../claims/types.ts';

// The typed answer a reply was rendered from, as `ask --json` prints it in `data`: tools read the
// verdicts and figures here instead of parsing the message text.

/** One figure (or role, body or date) exactly as the contract names its fields. */
export type PublicFact = Pick<
  FactView,
  'operation' | 'metric' | 'label' | 'value' | 'unit' | 'qualifier' | 'scope' | 'document' | 'quote'
>;

/** `/ask` and mentions. */
export interface AskData {
  kind: AnswerResult['kind'];
  /** Set when the question asks whether a claim holds ("did Serbia arrest 23 people?"). */
  verdict?: Verdict;
  /** In the order shown, the most direct answer first. */
  facts: PublicFact[];
  /** Figures nearby when nothing answers it, never the answer. */
  related: PublicFact[];
  /** The operations to choose from (kind 'clarify'). */
  operations: { id: string; name: string }[];
}

/** `/cite`, `/check` and "Check figures": one entry per claim, in message order. */
export interface ClaimsData {
  claims: {
    claim: string;
    verdict: Verdict;
    /** The parts the sources state differently; empty unless contradicted. */
    wrong: WrongPart[];
    /** Supported: the facts that back it. Contradicted: the right fact(s), the one meant first. */
    facts: PublicFact[];
    /** The nearest facts, never support. */
    related: PublicFact[];
  }[];
}

export type AnswerData = AskData | ClaimsData;

/** Only the contract's fields: the claim layer's views may carry more in the future. */
export function publicFact(view: FactView): PublicFact {
  return {
    operation: view.operation,
    metric: view.metric,
    label: view.label,
    value: view.value,
    unit: view.unit,
    qualifier: view.qualifier,
    scope: view.scope,
    document: view.document,
    quote: view.quote,
  };
}

export function askData(result: AnswerResult): AskData {
  const data: AskData = {
    kind: result.kind,
    facts: result.facts.map(publicFact),
    related: result.related.map(publicFact),
    operations: result.operations.map((op) => ({ id: op.id, name: op.name })),
  };
  if (result.verdict !== undefined) data.verdict = result.verdict;
  return data;
}

export function claimsData(results: readonly ClaimResult[]): ClaimsData {
  return {
    claims: results.map((r) => ({
      claim: r.claim,
      verdict: r.verdict,
      wrong: r.wrong ?? [],
      facts: r.facts.map(publicFact),
      related: r.related.map(publicFact),
    })),
  };
}
