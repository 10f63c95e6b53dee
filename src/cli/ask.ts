import { ConfigError, loadToolConfig } from '../config.ts';
import { CorpusError } from '../corpus/errors.ts';
import { createLogger } from '../log.ts';
import { createRuntime } from '../runtime.ts';
import { runAsk } from '../transports/console/ask.ts';

// `ask [--json] "/operation sky-ecc"`: one answer; with no command line, one per stdin line.
async function ask(): Promise<void> {
  const config = loadToolConfig();
  const { dispatcher } = createRuntime(config.corpusDir, createLogger(config.logLevel), {
    indexCacheDir: config.indexCacheDir,
  });
  await runAsk(dispatcher, process.argv.slice(2));
}

ask().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof ConfigError || error instanceof CorpusError;
  process.stderr.write(known ? `${message}\n` : `ask failed: ${message}\n`);
  process.exit(1);
});
