import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { BotReply } from '../../interactions/reply.ts';
import type { Attachment } from '../../render/answer.ts';
import { asEdit } from '../../render/reply.ts';
import { messageBody, type EncodedBody } from './multipart.ts';

/** What the endpoint answers: the interaction response, and the files that go with it. */
export interface Answered {
  response: APIInteractionResponse;
  files: readonly Attachment[];
  /** The reply it was made from, when the dispatcher may hand out the same one again. */
  from?: { reply: BotReply; type: ReplyResponseType };
}

type ReplyResponseType =
  InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage;

/** A reply as a new message ('reply') or as the new content of the button's message ('update'). */
export function replyResponse(reply: BotReply, as: 'reply' | 'update'): Answered {
  const response: APIInteractionResponse =
    as === 'reply'
      ? { type: InteractionResponseType.ChannelMessageWithSource, data: reply.message }
      : { type: InteractionResponseType.UpdateMessage, data: asEdit(reply.message) };
  return { response, files: reply.files, from: { reply, type: response.type } };
}

/**
 * Encoded bodies of replies the dispatcher hands out again (its cache per corpus version): the
 * JSON, or the multipart with a picture, is written once per reply and response type.
 */
const encodedReplies = new WeakMap<BotReply, Map<ReplyResponseType, EncodedBody>>();

/** The response's body, from the cache when its reply was encoded as this type before. */
export function encodedOnce(answered: Answered): EncodedBody {
  const { from } = answered;
  if (from === undefined) return messageBody(answered.response, answered.files);
  let byType = encodedReplies.get(from.reply);
  if (byType === undefined) {
    byType = new Map();
    encodedReplies.set(from.reply, byType);
  }
  const known = byType.get(from.type);
  if (known !== undefined) return known;
  const body = messageBody(answered.response, answered.files);
  byType.set(from.type, body);
  return body;
}
