import { ChannelType, type Message } from 'discord.js';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import { toMessageOptions } from './replyOptions.ts';

/** Questions longer than a slash command's option are not questions. */
const MAX_QUESTION = 2000;

/**
 * A message that mentions the bot (not @everyone or a role), or any message in a DM with it, is
 * a question: answered in one reply, as /ask would. Such messages carry their content without
 * the privileged Message Content intent. Bots, system messages and our own are ignored.
 */
export async function handleMessage(
  dispatcher: Dispatcher,
  message: Message,
  botId: string,
): Promise<void> {
  if (message.author.bot || message.system) return;
  const direct = message.channel.type === ChannelType.DM;
  if (!direct && !message.mentions.users.has(botId)) return;
  const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  if (text.length > MAX_QUESTION) return;
  const incoming = {
    kind: 'mention' as const,
    text,
    meta: { id: message.id, guildId: message.guildId ?? undefined, userId: message.author.id },
  };
  const log = dispatcher.loggerFor(incoming);
  try {
    const plan = dispatcher.plan(incoming, log);
    if (plan.kind === 'reply') await message.reply(toMessageOptions(plan.reply));
  } catch (error) {
    log.warn({ err: error }, 'could not answer a mention');
  }
}
