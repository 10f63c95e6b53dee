import { createRuntime } from './app/runtime.ts';
import { ConfigError, loadConfig } from './config.ts';
import { CorpusError } from './corpus/errors.ts';
import { createLogger } from './log.ts';
import { runConsole } from './transports/console.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(
    config.transport === 'console' ? (process.env.LOG_LEVEL ?? 'warn') : config.LOG_LEVEL,
  );
  const runtime = createRuntime(config.CORPUS_DIR, logger);
  if (config.transport !== 'console') {
    throw new ConfigError(
      `The ${config.transport} transport is not available yet; unset DISCORD_TOKEN to use the console.`,
    );
  }
  await runConsole(runtime.bot, config.CORPUS_DIR);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CorpusError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Balkan Ops could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
