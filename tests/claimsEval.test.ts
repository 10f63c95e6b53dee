import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../src/claims/index.ts';
import {
  evaluate,
  labelOf,
  loadEvalSet,
  summarise,
  type ItemResult,
} from './helpers/claimsEval.ts';
import { realEngine } from './helpers/corpus.ts';

// The claims evaluation set (tests/fixtures/claims-eval.json): 398 claims and questions written
// from the source documents in English, Dutch and Serbian/Croatian/Bosnian (Latin and Cyrillic),
// labelled by what the sources say. `npx tsx bench/claimsEval.ts --all --misses` prints the
// accuracy table and every miss.

const items = loadEvalSet();
const index = ClaimIndex.of(realEngine());
const results: ItemResult[] = items.map((item) => evaluate(index, item));
const summary = summarise(results);

/** Accuracy floors per expected label, just under what the layer reaches on the whole set. */
const FLOORS: Record<string, number> = {
  supported: 0.97,
  contradicted: 0.95,
  'not-in-sources': 0.97,
  'question:answer': 0.95,
  'question:clarify': 0.8,
  'question:not-in-sources': 0.93,
};

describe('claims evaluation set', () => {
  it('covers every verdict, answer kind and language with a held-out part', () => {
    const labels = new Set(items.map(labelOf));
    expect([...labels].sort()).toEqual(Object.keys(FLOORS).sort());
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['en', 'nl', 'sr-Latn', 'sr-Cyrl']));
    expect(items.length).toBeGreaterThanOrEqual(200);
    const heldOut = items.filter((i) => i.heldOut === true).length;
    expect(heldOut / items.length).toBeGreaterThanOrEqual(0.28);
  });

  it('never marks a claim the sources do not support as supported', () => {
    const offenders = results.filter((r) => r.falseSupport > 0).map((r) => r.item.text);
    expect(offenders).toEqual([]);
    expect(summary.unsupportedClaims).toBeGreaterThan(100);
  });

  it.each(Object.entries(FLOORS))('%s: accuracy at or above %s', (label, floor) => {
    const tally = summary.byExpected[label];
    expect(tally).toBeDefined();
    if (tally === undefined) return;
    expect(tally.correct / tally.total).toBeGreaterThanOrEqual(floor);
  });

  it('reaches every language', () => {
    for (const tally of Object.values(summary.byLanguage)) {
      expect(tally.correct / tally.total).toBeGreaterThanOrEqual(0.95);
    }
  });
});
