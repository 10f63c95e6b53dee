import { createInterface } from 'node:readline';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import { publicReply } from '../../interactions/reply.ts';
import { saveAttachments } from './attachments.ts';
import { answerLine, resultToText } from './textReply.ts';

/**
 * `ask [--json] "/operation sky-ecc"`: one answer; with no command line, one per stdin line.
 * With `--json` each answer is one JSON object (`publicReply`, files in base64); without, the
 * readable text, its files written to a temporary folder.
 */
export async function runAsk(dispatcher: Dispatcher, args: readonly string[]): Promise<void> {
  const json = args.includes('--json');
  const line = args.filter((a) => a !== '--json').join(' ');
  const print = (commandLine: string): void => {
    const reply = answerLine(dispatcher, commandLine);
    process.stdout.write(
      json
        ? `${JSON.stringify(publicReply(reply))}\n`
        : `${resultToText(reply, saveAttachments(reply.files))}\n\n`,
    );
  };
  if (line.trim() !== '') {
    print(line);
    return;
  }
  for await (const input of createInterface({ input: process.stdin })) {
    if (input.trim() !== '') print(input);
  }
}
