import { ContextMenuCommandBuilder, SlashCommandBuilder } from '@discordjs/builders';
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { PRIVATE_OPTION, type Command, type MessageCommand } from './command.ts';

// Installable on a server or on a user's own account, and usable in servers, in the bot's DMs
// and in private channels (group DMs and DMs between users).
const INTEGRATION_TYPES = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
];
const CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];

/**
 * A command's Discord definition, built (and so validated) by discord.js's builders: every
 * name, description and choice carries its Dutch (`nl`) localization, and every command takes
 * the optional `private` flag.
 */
export function commandDefinition(
  command: Command,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(command.description.en)
    .setDescriptionLocalizations({ nl: command.description.nl, hr: command.description.hr })
    .setIntegrationTypes(INTEGRATION_TYPES)
    .setContexts(CONTEXTS);
  for (const [name, option] of Object.entries(command.options)) {
    builder.addStringOption((o) => {
      o.setName(name)
        .setNameLocalizations({ nl: option.localizedName.nl, hr: option.localizedName.hr })
        .setDescription(option.description.en)
        .setDescriptionLocalizations({ nl: option.description.nl, hr: option.description.hr })
        .setRequired(option.required);
      if (option.maxLength !== undefined) o.setMaxLength(option.maxLength);
      if (option.autocomplete === true) o.setAutocomplete(true);
      if (option.choices !== undefined) {
        o.addChoices(
          ...option.choices.map((c) => ({
            name: c.name.en,
            value: c.value,
            name_localizations: { nl: c.name.nl, hr: c.name.hr },
          })),
        );
      }
      return o;
    });
  }
  builder.addBooleanOption((o) =>
    o
      .setName(PRIVATE_OPTION)
      .setNameLocalizations({ nl: 'privé', hr: 'privatno' })
      .setDescription('Show the answer only to you')
      .setDescriptionLocalizations({
        nl: 'Toon het antwoord alleen aan jou',
        hr: 'Prikaži odgovor samo vama',
      }),
  );
  return builder.toJSON();
}

/** A message command's definition: right-click a message → Apps → its name. */
export function messageCommandDefinition(
  command: MessageCommand,
): RESTPostAPIApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(command.name)
    .setNameLocalizations({ nl: command.localizedName.nl, hr: command.localizedName.hr })
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(INTEGRATION_TYPES)
    .setContexts(CONTEXTS)
    .toJSON();
}
