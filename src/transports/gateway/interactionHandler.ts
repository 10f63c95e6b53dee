import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type CommandInteractionOption,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import type { Incoming, IncomingOption, InteractionMeta } from '../../interactions/incoming.ts';
import type { Plan } from '../../interactions/plan.ts';
import type { Logger } from '../../log.ts';
import { toReplyOptions, toUpdateOptions } from './replyOptions.ts';

/** Codes after which nothing more can be sent for the interaction: log, do not retry. */
const GONE: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
]);

function metaOf(interaction: Interaction): InteractionMeta {
  return {
    id: interaction.id,
    guildId: interaction.guildId ?? undefined,
    userId: interaction.user.id,
    locale: interaction.locale,
    attachmentSizeLimit: interaction.attachmentSizeLimit,
  };
}

function optionsOf(options: readonly CommandInteractionOption[]): IncomingOption[] {
  return options.map((o) => ({ name: o.name, value: o.value, focused: o.focused }));
}

/** The discord.js interaction as the dispatcher takes it; undefined for kinds it does not answer. */
export function incomingOf(interaction: Interaction): Incoming | undefined {
  if (interaction.isChatInputCommand()) {
    return {
      kind: 'command',
      name: interaction.commandName,
      options: optionsOf(interaction.options.data),
      meta: metaOf(interaction),
    };
  }
  if (interaction.isAutocomplete()) {
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      options: optionsOf(interaction.options.data),
      meta: metaOf(interaction),
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return {
      kind: 'message-command',
      name: interaction.commandName,
      content: interaction.targetMessage.content,
      meta: metaOf(interaction),
    };
  }
  if (interaction.isButton()) {
    return { kind: 'button', customId: interaction.customId, meta: metaOf(interaction) };
  }
  if (interaction.isStringSelectMenu()) {
    return {
      kind: 'button',
      customId: interaction.customId,
      values: interaction.values,
      meta: metaOf(interaction),
    };
  }
  return undefined;
}

/** Carries a plan out with discord.js's interaction methods. */
async function carryOut(interaction: Interaction, plan: Plan): Promise<void> {
  switch (plan.kind) {
    case 'pong':
    case 'ignore':
      return;
    case 'choices':
      if (interaction.isAutocomplete()) await interaction.respond(plan.choices);
      return;
    case 'reply':
      if (interaction.isRepliable()) await interaction.reply(toReplyOptions(plan.reply));
      return;
    case 'update':
      if (interaction.isMessageComponent()) await interaction.update(toUpdateOptions(plan.reply));
      return;
    case 'defer': {
      if (!interaction.isRepliable()) return;
      await interaction.deferReply(plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      const done = plan.finish();
      if (done.kind === 'edit') {
        await interaction.editReply(toUpdateOptions(done.reply));
      } else {
        await interaction.deleteReply();
        await interaction.followUp(toReplyOptions(done.reply));
      }
      return;
    }
  }
}

/** After a failure: an ephemeral apology, as a follow-up if Discord already has an answer. */
async function apologise(
  interaction: RepliableInteraction,
  dispatcher: Dispatcher,
  log: Logger,
): Promise<void> {
  const apology = toReplyOptions(dispatcher.problem('', { kind: 'unexpected' }));
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    log.warn({ err: error }, 'could not send the error reply');
  }
}

/**
 * The gateway's side of the one dispatcher: turns the discord.js interaction into a plan and
 * carries it out, never letting an error escape. Users see an ephemeral apology, never a stack
 * or raw error text.
 */
export async function handleInteraction(
  dispatcher: Dispatcher,
  interaction: Interaction,
  logger: Logger,
): Promise<void> {
  const incoming = incomingOf(interaction);
  if (incoming === undefined) {
    logger.debug({ interactionId: interaction.id, type: interaction.type }, 'ignored interaction');
    return;
  }
  const log = dispatcher.loggerFor(incoming);
  try {
    await carryOut(interaction, dispatcher.plan(incoming, log));
  } catch (error) {
    if (
      error instanceof DiscordAPIError &&
      typeof error.code === 'number' &&
      GONE.has(error.code)
    ) {
      log.warn({ code: error.code }, 'interaction expired or already answered');
      return;
    }
    log.error({ err: error }, 'interaction failed');
    if (interaction.isRepliable()) await apologise(interaction, dispatcher, log);
  }
}
