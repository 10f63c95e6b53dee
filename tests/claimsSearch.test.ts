import { describe, expect, it } from 'vitest';
import { foldText } from '../src/text/normalize.ts';
import { realEngine } from './helpers/corpus.ts';

const engine = realEngine();

// The region's words find passages written in English and Dutch, through the shared glossary.
describe('/search in Serbian, Croatian and Bosnian', () => {
  it.each([
    ['kokain', ['cocaine']],
    ['хапшење', ['arrested', 'arrest', 'arrests', 'detention']],
    ['uhapšeno', ['arrested', 'arrest', 'arrests', 'detention']],
    ['uhićeno', ['arrested', 'arrest', 'arrests', 'detention']],
    ['zaplijenjeno', ['seized', 'seizure', 'seizures', 'beslag', 'inbeslagnames']],
    ['zaplenjeno oružje', ['weapons', 'firearms']],
    ['pretres', ['raids', 'searches', 'huiszoekingen', 'zoekacties']],
    ['gotovina', ['cash', 'contanten']],
    ['kolovoz 2023', ['augustus']],
  ])('%s finds a passage saying one of %j first', (query, words) => {
    const [first] = engine.search(query, 3);
    expect(first?.matched.some((m) => words.includes(m))).toBe(true);
    // The highlighted word is in the passage itself.
    for (const word of first?.matched ?? [])
      expect(foldText(first?.passage.text ?? '')).toContain(word);
  });

  it('finds the Rotterdam seizure for "kokain Rotterdam" first', () => {
    const [first] = engine.search('kokain Rotterdam', 3);
    expect(first?.matched).toEqual(expect.arrayContaining(['cocaine', 'rotterdam']));
    expect(first?.passage.text).toContain('700 kilos of cocaine seized in Rotterdam');
  });
});
