import { createInterface } from 'node:readline';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import { answerLine, resultToText } from './textReply.ts';

/**
 * The local console: one command line in, the readable answer out. On a terminal it prompts;
 * otherwise it reads stdin to its end and exits.
 */
export async function runConsole(dispatcher: Dispatcher, corpusDir: string): Promise<void> {
  const interactive = process.stdin.isTTY;
  process.stdout.write(
    `Balkan Ops local console: no DISCORD_TOKEN set, answering from the corpus in ${corpusDir}. ` +
      `Type /help${interactive ? ', or Ctrl-D to quit' : ''}.\n`,
  );
  const lines = createInterface({ input: process.stdin, terminal: interactive });
  if (interactive) {
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '')
      process.stdout.write(`${resultToText(answerLine(dispatcher, line))}\n\n`);
    if (interactive) lines.prompt();
  }
}
