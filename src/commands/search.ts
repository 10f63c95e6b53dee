import { defineCommand } from '../interactions/command.ts';
import { problemAnswer } from '../render/problems.ts';
import { searchResults } from '../render/searchResults.ts';

export const search = defineCommand({
  name: 'search',
  description: {
    en: 'The best passages in the sources for some words (English or Dutch)',
    nl: 'De beste passages in de bronnen voor een paar woorden (Engels of Nederlands)',
    hr: 'Najbolji odlomci u izvorima za nekoliko riječi',
  },
  options: {
    query: {
      type: 'string',
      localizedName: { nl: 'zoekterm', hr: 'zoekterm' },
      description: {
        en: 'Words to look for, e.g. rotterdam cocaine',
        nl: 'Woorden om te zoeken, bijv. rotterdam cocaïne',
        hr: 'Riječi za pretragu, npr. rotterdam kokain',
      },
      required: true,
      maxLength: 200,
    },
  },
  example: '/search rotterdam cocaine',
  slow: true,
  run({ engine, locale }, { query }) {
    const hits = engine.search(query, 3);
    return hits.length === 0
      ? problemAnswer({ kind: 'no-passage', query }, locale)
      : searchResults(query, hits, engine.corpus.documents, locale);
  },
});
