import { errorAnswer } from '../render/answer.ts';
import { renderReply } from '../render/reply.ts';
import { payloadToText } from '../render/text.ts';
import { stripTerminalControls } from '../text/terminal.ts';
import type { Bot, BotResult } from './bot.ts';
import { parseCommandLine } from './commandLine.ts';

/** Answers one command line with the payload Discord would receive. */
export function answerLine(bot: Bot, line: string): BotResult {
  const parsed = parseCommandLine(bot, line);
  if (parsed.kind === 'error') return bot.reply('', errorAnswer(parsed.message));
  return bot.command(parsed.name, parsed.options);
}

/**
 * The reply as a terminal shows it: every page of the card, then the quotes it cites. User input
 * and corpus text may hold escape sequences (ESC c resets a terminal): none is written.
 */
export function resultToText(result: BotResult): string {
  const parts: string[] = [];
  for (let page = 0; page < result.pageCount; page += 1) {
    parts.push(payloadToText(renderReply(result.answer, page).payload));
  }
  const quotes = result.citations.map(
    (c) => `- ${c.document}: “${c.quote.replace(/\s*\n\s*/g, ' ')}”`,
  );
  if (quotes.length > 0)
    parts.push(
      `Citations (${quotes.length}, each verbatim from its document):\n${quotes.join('\n')}`,
    );
  return stripTerminalControls(parts.join('\n\n'));
}
