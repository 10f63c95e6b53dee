import { SlashCommandBuilder } from '@discordjs/builders';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';

/** A text in English with its Dutch localization. */
export interface Localized {
  en: string;
  nl: string;
}

export interface StringOptionSpec {
  name: Localized;
  description: Localized;
  maxLength?: number;
  autocomplete?: boolean;
  choices?: { value: string; name: Localized }[];
}

/**
 * A command's Discord definition, built (and so validated) by discord.js's builders: every
 * name, description and choice carries its Dutch (`nl`) localization. All options are
 * required strings: the commands take one thing each.
 */
export function slashCommandData(
  name: string,
  description: Localized,
  option?: StringOptionSpec,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(name)
    .setDescription(description.en)
    .setDescriptionLocalizations({ nl: description.nl });
  if (option !== undefined) {
    builder.addStringOption((o) => {
      o.setName(option.name.en)
        .setNameLocalizations({ nl: option.name.nl })
        .setDescription(option.description.en)
        .setDescriptionLocalizations({ nl: option.description.nl })
        .setRequired(true);
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
