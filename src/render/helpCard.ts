import type { Answer } from './answer.ts';
import { commandMention } from './commandMention.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

export interface CommandSummary {
  name: string;
  /** What the command does, in the reader's language. */
  description: string;
  example: string;
}

/** Each command with what it does and an example; a link to run it once Discord's ids are known. */
export function helpCard(
  commands: readonly CommandSummary[],
  commandIds: ReadonlyMap<string, string>,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale].help;
  return {
    ok: true,
    ephemeral: true,
    card: {
      title: t.title,
      description: t.description,
      fields: commands.map((command) => ({
        name: `/${command.name}`,
        value: [
          command.description,
          `${t.example}: \`${command.example}\``,
          ...(commandIds.has(command.name)
            ? [`${t.runIt}: ${commandMention(command.name, commandIds)}`]
            : []),
        ].join('\n'),
      })),
    },
    citations: [],
    locale,
  };
}
