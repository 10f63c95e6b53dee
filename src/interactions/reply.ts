import type { Answer } from '../render/answer.ts';
import type { MessagePayload } from '../render/reply.ts';

export interface PublicCitation {
  document: string;
  quote: string;
  url: string;
}

/** What every transport sends, and what `ask --json` prints. */
export interface BotReply {
  command: string;
  ok: boolean;
  message: MessagePayload;
  citations: PublicCitation[];
  /** The answer the message was rendered from (the console shows every page of it). */
  answer: Answer;
  pageCount: number;
}

/** Exactly the JSON contract: `{ command, ok, message, citations }`. */
export function publicReply(
  reply: BotReply,
): Pick<BotReply, 'command' | 'ok' | 'message' | 'citations'> {
  return {
    command: reply.command,
    ok: reply.ok,
    message: reply.message,
    citations: reply.citations,
  };
}
