import { SlashCommandBuilder } from '@discordjs/builders';
import type { SlashCommand } from '../src/app/command.ts';
import { sourcesCard } from '../src/render/sourcesCard.ts';

const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The source documents: publisher, date and link')
  .setDescriptionLocalizations({ nl: 'De brondocumenten: uitgever, datum en link' })
  .toJSON();

export const sources: SlashCommand = {
  data,
  example: '/sources',
  execute({ engine }) {
    return sourcesCard(engine);
  },
};
