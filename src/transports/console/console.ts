import { createInterface } from 'node:readline';
import type { Runtime } from '../../runtime.ts';
import { reloadOnHangup, reloadReport } from '../reload.ts';
import { stripTerminalControls } from '../../text/terminal.ts';
import { saveAttachments } from './attachments.ts';
import { answerLine, resultToText } from './textReply.ts';

/** Typed at the console instead of a command: reload the corpus, as SIGHUP does. */
export const RELOAD_LINE = 'corpus:reload';

/**
 * The local console: one command line in, the readable answer out. On a terminal it prompts;
 * otherwise it reads stdin to its end and exits.
 */
export async function runConsole(runtime: Runtime, corpusDir: string): Promise<void> {
  const interactive = process.stdin.isTTY;
  process.stdout.write(
    `Balkan Ops local console: no DISCORD_TOKEN set, answering from the corpus in ${stripTerminalControls(corpusDir)}. ` +
      `Type /help${interactive ? ', or Ctrl-D to quit' : ''}.\n`,
  );
  const stopReloading = reloadOnHangup(runtime);
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
    if (line.trim() === RELOAD_LINE) {
      process.stdout.write(`${reloadReport(await runtime.reloadInBackground())}\n\n`);
    } else if (line.trim() !== '') {
      const reply = answerLine(runtime.dispatcher, line);
      process.stdout.write(`${resultToText(reply, saveAttachments(reply.files))}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  stopReloading();
}
