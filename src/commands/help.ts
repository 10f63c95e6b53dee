import { defineCommand } from '../interactions/command.ts';
import { helpCard } from '../render/helpCard.ts';

export const help = defineCommand({
  name: 'help',
  description: {
    en: 'What each command does, with an example',
    nl: 'Wat elk commando doet, met een voorbeeld',
    hr: 'Što radi svaka naredba, s primjerom',
  },
  options: {},
  example: '/help',
  run({ commands, commandIds, locale }) {
    return helpCard(
      commands.map((c) => ({
        name: c.name,
        description: c.description[locale],
        example: c.example,
      })),
      commandIds,
      locale,
    );
  },
});
