import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../src/search/stopwords.ts';
import { STOP, TermScanner } from '../src/search/termScanner.ts';
import { tokenize } from '../src/text/normalize.ts';
import { realCorpus } from './helpers/corpus.ts';

describe('the index build tokenizer', () => {
  it('finds exactly the terms tokenize finds, in order, stop words marked', () => {
    const words: string[] = [];
    const scanner = new TermScanner(STOPWORDS, (word) => words.push(word) - 1);
    const { passages } = realCorpus();
    const texts = [
      '2,7 ton, 550.000 euro, €7 000 and 2.5 million; 1.2.3 abc123',
      'Servië, Србија, Hrvatska — “cocaïne” in beslag',
      '',
      '...',
      ...Array.from({ length: passages.length }, (_, i) => passages.text(i)),
    ];
    for (const text of texts) {
      const found: string[] = [];
      scanner.scan(text, (id) => found.push(id === STOP ? '(stop)' : (words[id] ?? '?')));
      expect(found).toEqual(tokenize(text).map((t) => (STOPWORDS.has(t) ? '(stop)' : t)));
    }
    // Each new word was added once.
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain('cocaine');
    expect(words).toContain('550000');
  });
});
