import { describe, expect, it } from 'vitest';
import { WordList, formList, gallop, mergeForm, weightIn } from '../src/search/accumulator.ts';

/** A deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Ascending distinct passage numbers below `limit`, each kept with probability `share`. */
function postings(next: () => number, limit: number, share: number): number[] {
  return Array.from({ length: limit }, (_, i) => i).filter(() => next() < share);
}

const entries = (list: WordList) =>
  Array.from({ length: list.length }, (_, i) => [list.docs[i], list.tf[i], list.weight[i]]);

describe('merging a word’s forms', () => {
  it('keeps every passage once, with its best weighted frequency and strongest weight', () => {
    const next = random(11);
    // Passages in English (1), Dutch (2), another language (4) or one not known (0).
    const languages = Uint8Array.from(
      { length: 500 },
      () => [0, 1, 2, 4][Math.floor(next() * 4)] ?? 0,
    );
    for (let round = 0; round < 40; round += 1) {
      // Forms of very different lengths, merged one after another as a word's forms are.
      const forms = [0.9, 0.3, 0.05].map((share, f) => {
        const docs = postings(next, 500, share * next());
        return {
          docs: Int32Array.from(docs),
          tfs: Uint8Array.from(docs, () => 1 + Math.floor(next() * 5)),
          from: 0,
          to: docs.length,
          weight: [1, 0.7, 0.45][f] as number,
          // A form of any language, of English or of Dutch; elsewhere it weighs less.
          languages: [0, 1, 2][Math.floor(next() * 3)] ?? 0,
          foreign: ([1, 0.7, 0.45][f] as number) * 0.7,
        };
      });
      const expected = new Map<number, [number, number]>();
      for (const form of forms)
        form.docs.forEach((doc, i) => {
          const language = languages[doc] ?? 0;
          const own = form.languages === 0 || language === 0 || (language & form.languages) > 0;
          const weighs = own ? form.weight : form.foreign;
          expect(weightIn(form, doc, languages)).toBe(weighs);
          const tf = weighs * (form.tfs[i] as number);
          const [bestTf, weight] = expected.get(doc) ?? [0, 0];
          expected.set(doc, [Math.max(bestTf, tf), Math.max(weight, weighs)]);
        });
      let list = new WordList();
      let spare = new WordList();
      forms.forEach((form, f) => {
        if (f === 0) formList(form, list, languages);
        else {
          mergeForm(list, form, spare, languages);
          [list, spare] = [spare, list];
        }
      });
      const want = [...expected.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([doc, [tf, weight]]) => [doc, tf, Math.fround(weight)]);
      expect(entries(list)).toEqual(want);
    }
  });

  it('reads only a form’s own range of a shared array', () => {
    const docs = Int32Array.from([5, 9, 2, 4, 8, 1]);
    const tfs = Uint8Array.from([1, 1, 3, 2, 1, 1]);
    const list = new WordList();
    formList(
      { docs, tfs, from: 2, to: 5, weight: 1, languages: 0, foreign: 1 },
      list,
      new Uint8Array(10),
    );
    expect(entries(list)).toEqual([
      [2, 3, 1],
      [4, 2, 1],
      [8, 1, 1],
    ]);
  });
});

describe('galloping', () => {
  it('finds the first position at or after a passage, as a linear scan does', () => {
    const next = random(5);
    const docs = Int32Array.from(postings(next, 3000, 0.2));
    for (let probe = 0; probe < 400; probe += 1) {
      const from = Math.floor(next() * docs.length);
      const to = from + Math.floor(next() * (docs.length - from + 1));
      const doc = Math.floor(next() * 3100);
      let linear = from;
      while (linear < to && (docs[linear] as number) < doc) linear += 1;
      expect(gallop(docs, from, to, doc)).toBe(linear);
    }
  });
});
