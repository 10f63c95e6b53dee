import type { Answer } from './answer.ts';
import { commandMention } from './commandMention.ts';

export interface CommandSummary {
  name: string;
  description: string;
  example: string;
}

/** Each command with what it does and an example; a link to run it once Discord's ids are known. */
export function helpCard(
  commands: readonly CommandSummary[],
  commandIds: ReadonlyMap<string, string>,
): Answer {
  return {
    ok: true,
    ephemeral: true,
    card: {
      title: 'Balkan Ops — help',
      description:
        'Figures on law-enforcement operations against Balkan organised crime. Every figure is quoted from a source document; when the sources do not say, neither does the bot.',
      fields: commands.map((command) => ({
        name: `/${command.name}`,
        value: [
          command.description,
          `Example: \`${command.example}\``,
          ...(commandIds.has(command.name)
            ? [`Run it: ${commandMention(command.name, commandIds)}`]
            : []),
        ].join('\n'),
      })),
    },
    citations: [],
  };
}
