import { SlashCommandBuilder } from '@discordjs/builders';
import type { SlashCommand } from '../src/app/command.ts';
import { searchResults } from '../src/render/searchResults.ts';

const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('The best passages in the sources for some words (English or Dutch)')
  .setDescriptionLocalizations({
    nl: 'De beste passages in de bronnen voor een paar woorden (Engels of Nederlands)',
  })
  .addStringOption((option) =>
    option
      .setName('query')
      .setNameLocalizations({ nl: 'zoekterm' })
      .setDescription('Words to look for, e.g. rotterdam cocaine')
      .setDescriptionLocalizations({ nl: 'Woorden om te zoeken, bijv. rotterdam cocaïne' })
      .setRequired(true)
      .setMaxLength(200),
  )
  .toJSON();

export const search: SlashCommand = {
  data,
  slow: true,
  example: '/search rotterdam cocaine',
  execute({ engine }, options) {
    const query = options.query ?? '';
    return searchResults(engine, query, engine.search(query, 3));
  },
};
