import { describe, expect, it } from 'vitest';
import { LANGUAGE_BITS, languageBit, languagesOf } from '../src/search/glossary.ts';

describe('the languages of glossary words', () => {
  it('knows which languages write a folded word', () => {
    expect(languagesOf('huiszoekingen')).toBe(LANGUAGE_BITS.nl);
    expect(languagesOf('searches')).toBe(LANGUAGE_BITS.en);
    expect(languagesOf('uhapseni')).toBe(LANGUAGE_BITS.sh);
    // "cocaïne" folds onto "cocaine": both languages write the term.
    expect(languagesOf('cocaine')).toBe(LANGUAGE_BITS.en | LANGUAGE_BITS.nl);
    expect(languagesOf('april')).toBe(LANGUAGE_BITS.en | LANGUAGE_BITS.nl | LANGUAGE_BITS.sh);
    // Not in the glossary: any language.
    expect(languagesOf('rotterdam')).toBe(0);
    expect(languagesOf('europol')).toBe(0);
  });

  it('reads a document language code as one of them', () => {
    expect(languageBit('en')).toBe(LANGUAGE_BITS.en);
    expect(languageBit('nl')).toBe(LANGUAGE_BITS.nl);
    for (const code of ['sr', 'sr-Cyrl', 'sr-Latn', 'hr', 'bs', 'HR'])
      expect(languageBit(code), code).toBe(LANGUAGE_BITS.sh);
    expect(languageBit('de')).toBe(0);
    expect(languageBit(undefined)).toBe(0);
  });
});
