import type { Answer } from './answer.ts';

export interface CommandSummary {
  name: string;
  description: string;
  example: string;
}

export function helpCard(commands: readonly CommandSummary[]): Answer {
  return {
    ok: true,
    ephemeral: true,
    card: {
      title: 'Balkan Ops — help',
      description:
        'Figures on law-enforcement operations against Balkan organised crime. Every figure is quoted from a source document; when the sources do not say, neither does the bot.',
      fields: commands.map((command) => ({
        name: `/${command.name}`,
        value: `${command.description}\nExample: \`${command.example}\``,
      })),
    },
    citations: [],
  };
}
