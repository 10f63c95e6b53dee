import { describe, expect, it } from 'vitest';
import { LetterBuckets } from '../src/search/letterBuckets.ts';
import { foldAsciiFast } from '../src/search/termScanner.ts';
import { foldText } from '../src/text/normalize.ts';
import { realCorpus, realEngine } from './helpers/corpus.ts';

describe('letter buckets for typo search', () => {
  const { vocabulary } = realEngine().passages.save();
  const masks = Uint32Array.from(vocabulary, (word) => word.length);

  it('groups every long-enough word once, by its length and the letter at the position', () => {
    expect(vocabulary.length).toBeGreaterThan(100);
    for (const position of [0, 1]) {
      const buckets = new LetterBuckets(vocabulary, masks, position);
      const seen = new Set<number>();
      for (const [id, word] of vocabulary.entries()) {
        if (word.length <= position) continue;
        const [from, to] = buckets.group(word.length, word.charCodeAt(position));
        const group = Array.from(buckets.ids.subarray(from, to));
        expect(group).toContain(id);
        for (const other of group) {
          expect(vocabulary[other]?.length).toBe(word.length);
          expect(vocabulary[other]?.charCodeAt(position)).toBe(word.charCodeAt(position));
        }
        // The masks stand beside their ids.
        expect(Array.from(buckets.masks.subarray(from, to))).toEqual(
          group.map((other) => masks[other]),
        );
        seen.add(id);
      }
      expect(buckets.ids.length).toBe(seen.size);
      expect(buckets.group(99, 'q'.charCodeAt(0))).toEqual([0, 0]);
    }
  });
});

describe('folding only the non-ASCII runs', () => {
  it('folds exactly as foldText does, the real corpus included', () => {
    const { passages } = realCorpus();
    const texts = [
      'Servië, Србија, ĐAKOVO, Łódź — “cocaïne” in beslag',
      'e\u0308 combining mark after an ASCII base, €7\u00a0000 and 1\u202f200',
      'ﬁnancial ligature, ß, Æ, Ø, ı',
      'ΟΔΟΣ Greek, plain ASCII TEXT',
      '',
      ...Array.from({ length: passages.length }, (_, i) => passages.text(i)),
    ];
    for (const text of texts) expect(foldAsciiFast(text)).toBe(foldText(text));
  });
});
