import { createInterface } from 'node:readline';
import type { Bot } from '../app/bot.ts';
import { answerLine, resultToText } from '../app/textReply.ts';
import { stripTerminalControls } from '../text/terminal.ts';

/**
 * The local console: one command line in, the readable answer out. On a terminal it prompts;
 * otherwise it reads stdin to its end and exits.
 */
export async function runConsole(bot: Bot, corpusDir: string): Promise<void> {
  const interactive = process.stdin.isTTY;
  process.stdout.write(
    `Balkan Ops local console: no DISCORD_TOKEN set, answering from the corpus in ${stripTerminalControls(corpusDir)}. ` +
      `Type /help${interactive ? ', or Ctrl-D to quit' : ''}.\n`,
  );
  // readline writes its prompt (and the line being edited) only when it is given an output.
  const lines = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  if (interactive) {
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '') process.stdout.write(`${resultToText(answerLine(bot, line))}\n\n`);
    if (interactive) lines.prompt();
  }
}
