import type { Dispatcher } from '../../interactions/dispatcher.ts';
import type { BotReply } from '../../interactions/reply.ts';
import { MESSAGES } from '../../render/messages.ts';
import { renderReply } from '../../render/reply.ts';
import { payloadToText } from '../../render/text.ts';
import { ROUTING } from '../../interactions/customId.ts';
import { finalReply } from '../../interactions/plan.ts';
import { stripTerminalControls } from '../../text/terminal.ts';
import { attachmentsText } from './attachments.ts';
import { parseCommandLine } from './commandLine.ts';

let lineNumber = 0;

/** Answers one command line with the payload Discord would receive, through the dispatcher. */
export function answerLine(dispatcher: Dispatcher, line: string): BotReply {
  const parsed = parseCommandLine(line, (name) => dispatcher.getCommand(name));
  if (parsed.kind === 'problem') return dispatcher.problem('', parsed.problem);
  lineNumber += 1;
  const plan = dispatcher.plan({
    kind: 'command',
    name: parsed.name,
    options: parsed.options,
    meta: { id: `console-${lineNumber}` },
  });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`a command was planned as ${plan.kind}`);
  return reply;
}

/**
 * The reply as a terminal shows it: every page of the card, the quotes it cites, then where its
 * files were written (`filePaths`, in the order of `reply.files`). User input and corpus text may
 * hold escape sequences (ESC c resets a terminal): none is written.
 */
export function resultToText(reply: BotReply, filePaths: readonly string[] = []): string {
  const parts: string[] = [];
  for (let page = 0; page < reply.pageCount; page += 1) {
    parts.push(payloadToText(renderReply(reply.answer, page, ROUTING).payload));
  }
  const quotes = reply.citations.map(
    (c) => `- ${c.document}: “${c.quote.replace(/\s*\n\s*/g, ' ')}”`,
  );
  const t = MESSAGES[reply.answer.locale ?? 'en'].console;
  if (quotes.length > 0) parts.push(`${t.citations(quotes.length)}\n${quotes.join('\n')}`);
  const files = attachmentsText(reply.files, filePaths, t.files(reply.files.length));
  if (files !== '') parts.push(files);
  return stripTerminalControls(parts.join('\n\n'));
}
