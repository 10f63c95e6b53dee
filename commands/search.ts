import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
import { searchResults } from '../src/render/searchResults.ts';

const data = slashCommandData(
  'search',
  {
    en: 'The best passages in the sources for some words (English or Dutch)',
    nl: 'De beste passages in de bronnen voor een paar woorden (Engels of Nederlands)',
  },
  {
    name: { en: 'query', nl: 'zoekterm' },
    description: {
      en: 'Words to look for, e.g. rotterdam cocaine',
      nl: 'Woorden om te zoeken, bijv. rotterdam cocaïne',
    },
    maxLength: 200,
  },
);

export const search: SlashCommand = {
  data,
  slow: true,
  example: '/search rotterdam cocaine',
  execute({ engine }, options) {
    const query = options.query ?? '';
    return searchResults(engine, query, engine.search(query, 3));
  },
};
