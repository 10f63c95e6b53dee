import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { answerQuestion, checkClaim, checkClaims, ClaimIndex } from '../../src/claims/index.ts';
import type { ClaimSource } from '../../src/claims/index.ts';

// The claims evaluation set (tests/fixtures/claims-eval.json): claims and questions written from
// the source documents, labelled by what the sources say, run through the claim layer as /cite,
// /check and /ask run them. Used by tests/claimsEval.test.ts and `npx tsx bench/claimsEval.ts`.

const VERDICTS = ['supported', 'contradicted', 'not-in-sources'] as const;
const KINDS = ['answer', 'clarify', 'not-in-sources'] as const;
const WRONG = ['value', 'unit', 'place', 'date', 'operation', 'scope', 'role'] as const;
const LANGS = ['en', 'nl', 'sr-Latn', 'sr-Cyrl'] as const;

const itemSchema = z.union([
  z.strictObject({
    text: z.string().min(1),
    kind: z.literal('claim'),
    lang: z.enum(LANGS),
    expect: z.enum(VERDICTS),
    /** For a message of several claims: each claim's verdict, in order. */
    each: z.array(z.enum(VERDICTS)).min(2).optional(),
    wrong: z.array(z.enum(WRONG)).min(1).optional(),
    note: z.string(),
    heldOut: z.literal(true).optional(),
  }),
  z.strictObject({
    text: z.string().min(1),
    kind: z.literal('question'),
    lang: z.enum(LANGS),
    expect: z.enum(KINDS),
    note: z.string(),
    heldOut: z.literal(true).optional(),
  }),
]);
export type EvalItem = z.infer<typeof itemSchema>;

export const EVAL_FILE = resolve(import.meta.dirname, '../fixtures/claims-eval.json');

export function loadEvalSet(file: string = EVAL_FILE): EvalItem[] {
  return z.array(itemSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export type Outcome = (typeof VERDICTS)[number] | (typeof KINDS)[number] | 'split';

export interface ItemResult {
  item: EvalItem;
  /** The verdict (claims) or answer kind (questions) the layer gave; for a message, the worst. */
  got: Outcome;
  correct: boolean;
  /** Claims labelled not supported that came back supported (a message counts each claim). */
  falseSupport: number;
  /** Claims labelled supported that did not come back supported. */
  missedSupport: number;
  /** For a contradicted claim: whether the layer named one of the parts the label names. */
  wrongAgrees?: boolean;
}

/** A message's overall verdict: supported only when every claim is. */
function worst(verdicts: readonly string[]): Outcome {
  if (verdicts.every((v) => v === 'supported')) return 'supported';
  return verdicts.includes('contradicted') ? 'contradicted' : 'not-in-sources';
}

export function evaluate(source: ClaimSource | ClaimIndex, item: EvalItem): ItemResult {
  if (item.kind === 'question') {
    const got = answerQuestion(source, item.text).kind;
    return { item, got, correct: got === item.expect, falseSupport: 0, missedSupport: 0 };
  }
  if (item.each !== undefined) {
    const got = checkClaims(source, item.text).claims.map((c) => c.verdict);
    const pairs = item.each.map((expected, i) => [expected, got[i]] as const);
    return {
      item,
      got: got.length === item.each.length ? worst(got) : 'split',
      correct: got.length === item.each.length && pairs.every(([e, g]) => e === g),
      falseSupport: pairs.filter(([e, g]) => e !== 'supported' && g === 'supported').length,
      missedSupport: pairs.filter(([e, g]) => e === 'supported' && g !== 'supported').length,
    };
  }
  const result = checkClaim(source, item.text);
  const got = result.verdict;
  const out: ItemResult = {
    item,
    got,
    correct: got === item.expect,
    falseSupport: item.expect !== 'supported' && got === 'supported' ? 1 : 0,
    missedSupport: item.expect === 'supported' && got !== 'supported' ? 1 : 0,
  };
  if (item.wrong !== undefined && got === 'contradicted') {
    out.wrongAgrees = item.wrong.some((w) => result.wrong?.includes(w) === true);
  }
  return out;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface EvalSummary {
  total: Tally;
  byExpected: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  /** confusion[expected][got] = count. */
  confusion: Record<string, Record<string, number>>;
  falseSupport: number;
  /** Claims (message parts counted one by one) labelled not supported. */
  unsupportedClaims: number;
  missedSupport: number;
  supportedClaims: number;
  wrongNamed: Tally;
}

function add(tallies: Record<string, Tally>, key: string, correct: boolean): void {
  const t = (tallies[key] ??= { correct: 0, total: 0 });
  t.total += 1;
  if (correct) t.correct += 1;
}

/** The evaluation's key expected label: a question's kind is prefixed so it is not a verdict. */
export function labelOf(item: EvalItem): string {
  return item.kind === 'question' ? `question:${item.expect}` : item.expect;
}

export function summarise(results: readonly ItemResult[]): EvalSummary {
  const summary: EvalSummary = {
    total: { correct: 0, total: 0 },
    byExpected: {},
    byLanguage: {},
    confusion: {},
    falseSupport: 0,
    unsupportedClaims: 0,
    missedSupport: 0,
    supportedClaims: 0,
    wrongNamed: { correct: 0, total: 0 },
  };
  for (const r of results) {
    summary.total.total += 1;
    if (r.correct) summary.total.correct += 1;
    add(summary.byExpected, labelOf(r.item), r.correct);
    add(summary.byLanguage, r.item.lang, r.correct);
    const row = (summary.confusion[labelOf(r.item)] ??= {});
    row[r.got] = (row[r.got] ?? 0) + 1;
    summary.falseSupport += r.falseSupport;
    summary.missedSupport += r.missedSupport;
    if (r.item.kind === 'claim') {
      const parts = r.item.each ?? [r.item.expect];
      summary.unsupportedClaims += parts.filter((v) => v !== 'supported').length;
      summary.supportedClaims += parts.filter((v) => v === 'supported').length;
    }
    if (r.wrongAgrees !== undefined) {
      summary.wrongNamed.total += 1;
      if (r.wrongAgrees) summary.wrongNamed.correct += 1;
    }
  }
  return summary;
}

function percent(t: Tally): string {
  return t.total === 0 ? '  -  ' : `${((100 * t.correct) / t.total).toFixed(1)}%`;
}

/** The summary as a plain-text table. */
export function formatSummary(title: string, s: EvalSummary): string {
  const lines = [`${title}: ${s.total.correct}/${s.total.total} correct (${percent(s.total)})`];
  lines.push(
    `  not supported → supported: ${s.falseSupport} of ${s.unsupportedClaims} claims` +
      `; supported missed: ${s.missedSupport} of ${s.supportedClaims}` +
      `; contradicted naming a labelled wrong part: ${s.wrongNamed.correct}/${s.wrongNamed.total}`,
  );
  lines.push('  by expected:');
  for (const [key, t] of Object.entries(s.byExpected).sort()) {
    lines.push(`    ${key.padEnd(26)} ${`${t.correct}/${t.total}`.padStart(8)}  ${percent(t)}`);
  }
  lines.push('  by language:');
  for (const [key, t] of Object.entries(s.byLanguage).sort()) {
    lines.push(`    ${key.padEnd(26)} ${`${t.correct}/${t.total}`.padStart(8)}  ${percent(t)}`);
  }
  lines.push('  confusion (expected → got):');
  for (const [key, row] of Object.entries(s.confusion).sort()) {
    const cells = Object.entries(row)
      .sort()
      .map(([got, n]) => `${got} ${n}`)
      .join(', ');
    lines.push(`    ${key.padEnd(26)} ${cells}`);
  }
  return lines.join('\n');
}
