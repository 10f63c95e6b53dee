import type { Answer, Attachment } from '../render/answer.ts';
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
  /** The files sent with the message, named as `message` references them (`attachment://…`). */
  files: Attachment[];
}

/** A file in the JSON contract: its bytes in base64. */
export interface PublicFile {
  name: string;
  description: string;
  contentType: string;
  data: string;
}

export type PublicReply = Pick<BotReply, 'command' | 'ok' | 'message' | 'citations' | 'data'> & {
  files?: PublicFile[];
};

/**
 * Exactly the JSON contract: `{ command, ok, message, citations }`, plus `data` where an answer
 * has it (verdicts, answers) and `files` when there are any.
 */
export function publicReply(reply: BotReply): PublicReply {
  const shown: PublicReply = {
    command: reply.command,
    ok: reply.ok,
    message: reply.message,
    citations: reply.citations,
  };
  if (reply.data !== undefined) shown.data = reply.data;
  if (reply.files.length > 0) {
    shown.files = reply.files.map((file) => ({
      name: file.name,
      description: file.description,
      contentType: file.contentType,
      data: file.data.toString('base64'),
    }));
  }
  return shown;
}
