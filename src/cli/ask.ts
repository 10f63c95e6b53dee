import { createInterface } from 'node:readline';
import { ConfigError, loadToolConfig } from '../config.ts';
import { CorpusError } from '../corpus/errors.ts';
import { publicReply } from '../interactions/reply.ts';
import { createLogger } from '../log.ts';
import { createRuntime } from '../runtime.ts';
import { saveAttachments } from '../transports/console/attachments.ts';
import { answerLine, resultToText } from '../transports/console/textReply.ts';

// `ask [--json] "/operation sky-ecc"`: one answer; with no command line, one per stdin line.
async function ask(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const line = args.filter((a) => a !== '--json').join(' ');
  const config = loadToolConfig();
  const { dispatcher } = createRuntime(config.corpusDir, createLogger(config.logLevel));
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

ask().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof ConfigError || error instanceof CorpusError;
  process.stderr.write(known ? `${message}\n` : `ask failed: ${message}\n`);
  process.exit(1);
});
