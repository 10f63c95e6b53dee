import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Choice } from '../../engine/types.ts';
import type { BotReply } from '../../interactions/reply.ts';
import type { Attachment } from '../../render/answer.ts';
import { asEdit } from '../../render/reply.ts';
import { messageBody, type EncodedBody } from './multipart.ts';

/** What the endpoint answers: the interaction response, and the files that go with it. */
export interface Answered {
  response: APIInteractionResponse;
  files: readonly Attachment[];
  /**
   * What it was made from, when the dispatcher may hand out the same object again (a cached
   * reply, or cached autocomplete choices), and the response type it was sent as.
   */
  from?: { source: BotReply | readonly Choice[]; type: InteractionResponseType };
}

/** A reply as a new message ('reply') or as the new content of the button's message ('update'). */
export function replyResponse(reply: BotReply, as: 'reply' | 'update'): Answered {
  const response: APIInteractionResponse =
    as === 'reply'
      ? { type: InteractionResponseType.ChannelMessageWithSource, data: reply.message }
      : { type: InteractionResponseType.UpdateMessage, data: asEdit(reply.message) };
  return { response, files: reply.files, from: { source: reply, type: response.type } };
}

/** Autocomplete choices; the dispatcher hands out the same array for a repeated prefix. */
export function choicesResponse(choices: Choice[]): Answered {
  return {
    response: {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices },
    },
    files: [],
    from: { source: choices, type: InteractionResponseType.ApplicationCommandAutocompleteResult },
  };
}

/**
 * Encoded bodies of replies and choices the dispatcher hands out again (its caches per corpus
 * version): the JSON, or the multipart with a picture, is written once per object and response
 * type.
 */
const encodedReplies = new WeakMap<object, Map<InteractionResponseType, EncodedBody>>();

/** The response's body, from the cache when its reply was encoded as this type before. */
export function encodedOnce(answered: Answered): EncodedBody {
  const { from } = answered;
  if (from === undefined) return messageBody(answered.response, answered.files);
  let byType = encodedReplies.get(from.source);
  if (byType === undefined) {
    byType = new Map();
    encodedReplies.set(from.source, byType);
  }
  const known = byType.get(from.type);
  if (known !== undefined) return known;
  const body = messageBody(answered.response, answered.files);
  byType.set(from.type, body);
  return body;
}
