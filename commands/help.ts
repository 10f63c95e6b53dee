import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';

const data = slashCommandData('help', {
  en: 'What each command does, with an example',
  nl: 'Wat elk commando doet, met een voorbeeld',
});

export const help: SlashCommand = {
  data,
  example: '/help',
  execute({ commands }) {
    const fields = commands.map((command) => ({
      name: `/${command.data.name}`,
      value: `${command.data.description}\nExample: \`${command.example}\``,
    }));
    return {
      ok: true,
      ephemeral: true,
      card: {
        title: 'Balkan Ops — help',
        description:
          'Figures on law-enforcement operations against Balkan organised crime. Every figure is quoted from a source document; when the sources do not say, neither does the bot.',
        fields,
      },
      citations: [],
    };
  },
};
