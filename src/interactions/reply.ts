import type { Answer, Attachment } from '../render/answer.ts';
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

export type PublicReply = Pick<BotReply, 'command' | 'ok' | 'message' | 'citations'> & {
  files?: PublicFile[];
};

/** Exactly the JSON contract: `{ command, ok, message, citations }`, and `files` when there are any. */
export function publicReply(reply: BotReply): PublicReply {
  const out: PublicReply = {
    command: reply.command,
    ok: reply.ok,
    message: reply.message,
    citations: reply.citations,
  };
  if (reply.files.length > 0) {
    out.files = reply.files.map((file) => ({
      name: file.name,
      description: file.description,
      contentType: file.contentType,
      data: file.data.toString('base64'),
    }));
  }
  return out;
}
