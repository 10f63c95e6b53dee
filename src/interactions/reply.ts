import type { Answer } from '../render/answer.ts';
import type { AnswerData } from '../render/answerData.ts';
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
  /** The typed answer behind the message, for the commands that have one (/ask, /cite, /check). */
  data?: AnswerData;
  /** The answer the message was rendered from (the console shows every page of it). */
  answer: Answer;
  pageCount: number;
}

export type PublicReply = Pick<BotReply, 'command' | 'ok' | 'message' | 'citations' | 'data'>;

/** Exactly the JSON contract: `{ command, ok, message, citations }`, plus `data` where defined. */
export function publicReply(reply: BotReply): PublicReply {
  const shown: PublicReply = {
    command: reply.command,
    ok: reply.ok,
    message: reply.message,
    citations: reply.citations,
  };
  if (reply.data !== undefined) shown.data = reply.data;
  return shown;
}
