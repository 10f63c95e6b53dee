import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
import { sourcesCard } from '../src/render/sourcesCard.ts';

const data = slashCommandData('sources', {
  en: 'The source documents: publisher, date and link',
  nl: 'De brondocumenten: uitgever, datum en link',
});

export const sources: SlashCommand = {
  data,
  example: '/sources',
  execute({ engine }) {
    return sourcesCard(engine);
  },
};
