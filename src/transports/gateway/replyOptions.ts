import {
  MessageFlags,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { MessagePayload } from '../../render/reply.ts';

/** Our raw payload in the shape discord.js's reply/edit/update helpers take, nothing lost. */
export function toUpdateOptions(payload: MessagePayload): InteractionUpdateOptions {
  return {
    content: payload.content ?? null,
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [] },
  };
}

/** An answer posted as an ordinary message (to a mention): no flags, no pings, no reply ping. */
export function toMessageOptions(payload: MessagePayload): MessageReplyOptions {
  const options: MessageReplyOptions = {
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (payload.content !== undefined) options.content = payload.content;
  return options;
}

export function toReplyOptions(payload: MessagePayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = {
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [] },
  };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.flags !== undefined && (payload.flags & MessageFlags.Ephemeral) !== 0) {
    options.flags = MessageFlags.Ephemeral;
  }
  return options;
}
