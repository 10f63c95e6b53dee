import { createInterface } from 'node:readline';
import { publicReply } from '../app/bot.ts';
import { createRuntime } from '../app/runtime.ts';
import { answerLine, resultToText } from '../app/textReply.ts';
import { corpusDirFromEnv } from '../config.ts';
import { createLogger } from '../log.ts';

// `ask [--json] "/operation sky-ecc"`: one answer; with no command line, one per stdin line.
const args = process.argv.slice(2);
const json = args.includes('--json');
const line = args.filter((a) => a !== '--json').join(' ');
const { bot } = createRuntime(corpusDirFromEnv(), createLogger(process.env.LOG_LEVEL ?? 'warn'));

function print(commandLine: string): void {
  const result = answerLine(bot, commandLine);
  process.stdout.write(
    json ? `${JSON.stringify(publicReply(result))}\n` : `${resultToText(result)}\n\n`,
  );
}

if (line.trim() !== '') {
  print(line);
} else {
  for await (const input of createInterface({ input: process.stdin })) {
    if (input.trim() !== '') print(input);
  }
}
