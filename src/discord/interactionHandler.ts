import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { optionValues, type Bot } from '../app/bot.ts';
import type { Logger } from '../log.ts';
import { toReplyOptions, toUpdateOptions } from './replyOptions.ts';

const APOLOGY = 'Something went wrong while answering. It has been logged; please try again.';

/** Codes after which nothing more can be sent for the interaction: log, do not retry. */
const GONE: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
]);

function context(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    command: 'commandName' in interaction ? interaction.commandName : undefined,
    customId: 'customId' in interaction ? interaction.customId : undefined,
    guildId: interaction.guildId,
    userId: interaction.user.id,
  };
}

async function answerCommand(bot: Bot, interaction: ChatInputCommandInteraction): Promise<void> {
  const options = optionValues(interaction.options.data);
  const rejected = bot.reject(interaction.commandName, options);
  if (rejected !== undefined) {
    await interaction.reply(toReplyOptions(rejected.message));
    return;
  }
  if (bot.getCommand(interaction.commandName)?.slow !== true) {
    await interaction.reply(toReplyOptions(bot.command(interaction.commandName, options).message));
    return;
  }
  // Acknowledge first so Discord's 3 seconds cannot run out while the command works.
  await interaction.deferReply();
  const result = bot.command(interaction.commandName, options);
  if (result.ok) {
    await interaction.editReply(toUpdateOptions(result.message));
  } else {
    // A deferred reply cannot become ephemeral: replace it with an ephemeral follow-up.
    await interaction.deleteReply();
    await interaction.followUp(toReplyOptions(result.message));
  }
}

async function answerAutocomplete(bot: Bot, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(bot.autocomplete(interaction.commandName, focused.name, focused.value));
}

async function answerButton(bot: Bot, interaction: ButtonInteraction): Promise<void> {
  const result = bot.button(interaction.customId);
  if (result.ok) await interaction.update(toUpdateOptions(result.message));
  else await interaction.reply(toReplyOptions(result.message));
}

async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.deferred || interaction.replied) {
      await interaction.followUp({
        content: APOLOGY,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    } else {
      await interaction.reply({
        content: APOLOGY,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    }
  } catch (error) {
    logger.warn({ err: error, ...context(interaction) }, 'could not send the error reply');
  }
}

/**
 * The one dispatcher for Discord interactions: narrows the type, answers through the Bot, and
 * never lets an error escape. Users see an ephemeral apology, never a stack or raw error text.
 */
export async function handleInteraction(
  bot: Bot,
  interaction: Interaction,
  logger: Logger,
): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await answerCommand(bot, interaction);
    else if (interaction.isAutocomplete()) await answerAutocomplete(bot, interaction);
    else if (interaction.isButton()) await answerButton(bot, interaction);
    else logger.debug(context(interaction), 'ignored interaction type');
  } catch (error) {
    if (
      error instanceof DiscordAPIError &&
      typeof error.code === 'number' &&
      GONE.has(error.code)
    ) {
      logger.warn(
        { ...context(interaction), code: error.code },
        'interaction expired or already answered',
      );
      return;
    }
    logger.error({ err: error, ...context(interaction) }, 'interaction failed');
    if (!interaction.isAutocomplete()) await apologise(interaction, logger);
  }
}
