import {
  MessageFlags,
  type AttachmentPayload,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { BotReply } from '../../interactions/reply.ts';

/** The reply's files as discord.js uploads them: `files[n]` parts, each with its alt text. */
function filesOf(reply: BotReply): AttachmentPayload[] {
  return reply.files.map((file) => ({
    attachment: file.data,
    name: file.name,
    description: file.description,
  }));
}

/**
 * An edit (a deferred "thinking…" message, or the message a button sits on) in discord.js's
 * shape. The Components V2 flag goes in every edit: Discord ignores it on the deferral, so the
 * edit is what turns the message into components. `attachments: []` drops the files of the view
 * before; discord.js adds this reply's own.
 */
export function toUpdateOptions(
  reply: BotReply,
): InteractionUpdateOptions & InteractionEditReplyOptions {
  return {
    flags: MessageFlags.IsComponentsV2,
    components: reply.message.components ?? [],
    allowedMentions: { parse: [] },
    attachments: [],
    files: filesOf(reply),
  };
}

/** An answer posted as an ordinary message (to a mention): no pings, not even of the author. */
export function toMessageOptions(reply: BotReply): MessageReplyOptions {
  return {
    flags: MessageFlags.IsComponentsV2,
    components: reply.message.components ?? [],
    allowedMentions: { parse: [], repliedUser: false },
    files: filesOf(reply),
  };
}

/** A new interaction reply or follow-up: Components V2, ephemeral when the answer is. */
export function toReplyOptions(reply: BotReply): InteractionReplyOptions {
  const ephemeral = ((reply.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  return {
    flags: ephemeral
      ? [MessageFlags.IsComponentsV2, MessageFlags.Ephemeral]
      : MessageFlags.IsComponentsV2,
    components: reply.message.components ?? [],
    allowedMentions: { parse: [] },
    files: filesOf(reply),
  };
}
