import { SlashCommandBuilder } from '@discordjs/builders';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Command } from './command.ts';

/**
 * A command's Discord definition, built (and so validated) by discord.js's builders: every
 * name, description and choice carries its Dutch (`nl`) localization.
 */
export function commandDefinition(
  command: Command,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(command.description.en)
    .setDescriptionLocalizations({ nl: command.description.nl });
  for (const [name, option] of Object.entries(command.options)) {
    builder.addStringOption((o) => {
      o.setName(name)
        .setNameLocalizations({ nl: option.localizedName.nl })
        .setDescription(option.description.en)
        .setDescriptionLocalizations({ nl: option.description.nl })
        .setRequired(option.required);
      if (option.maxLength !== undefined) o.setMaxLength(option.maxLength);
      if (option.autocomplete === true) o.setAutocomplete(true);
      if (option.choices !== undefined) {
        o.addChoices(
          ...option.choices.map((c) => ({
            name: c.name.en,
            value: c.value,
            name_localizations: { nl: c.name.nl },
          })),
        );
      }
      return o;
    });
  }
  return builder.toJSON();
}
