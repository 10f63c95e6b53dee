import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimIndex } from '../src/claims/index.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { Engine } from '../src/engine/engine.ts';
import { evaluate, formatSummary, loadEvalSet, summarise } from '../tests/helpers/claimsEval.ts';

// Accuracy of the claim layer on the claims evaluation set, per expected verdict and language,
// with the confusion matrix. `npx tsx bench/claimsEval.ts [--held-out] [--all] [--misses]`:
// by default the development part only; --held-out the held-out part; --all both.

const { values } = parseArgs({
  options: {
    'held-out': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
  },
});
const engine = new Engine(loadCorpus(resolve(import.meta.dirname, '../corpus')));
const index = ClaimIndex.of(engine);
const items = loadEvalSet().filter((item) =>
  values.all ? true : values['held-out'] ? item.heldOut === true : item.heldOut !== true,
);
const results = items.map((item) => evaluate(index, item));
const part = values.all ? 'whole set' : values['held-out'] ? 'held-out part' : 'development part';
console.log(formatSummary(`claims evaluation, ${part}`, summarise(results)));
if (values.misses) {
  console.log('\nmisses:');
  for (const r of results.filter((x) => !x.correct)) {
    const flag = r.falseSupport > 0 ? '!! ' : '   ';
    console.log(`${flag}[${r.item.expect} → ${r.got}] ${r.item.text}  (${r.item.note})`);
  }
}
