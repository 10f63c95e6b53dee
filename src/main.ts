import { createRuntime } from './app/runtime.ts';
import { ConfigError, loadConfig } from './config.ts';
import { CorpusError } from './corpus/errors.ts';
import { createLogger } from './log.ts';
import { runConsole } from './transports/console.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const consoleMode = config.transport === 'console';
  // The console keeps its terminal for answers: only warnings and errors are logged there.
  const logger = createLogger(consoleMode ? (process.env.LOG_LEVEL ?? 'warn') : config.LOG_LEVEL);
  if (config.transport === 'gateway' && config.SHARDS !== undefined) {
    // The manager only spawns shards; each shard process runs this entry again and loads the corpus.
    const { runShardManager } = await import('./transports/shards.ts');
    await runShardManager(config, logger);
    return;
  }
  const runtime = createRuntime(config.CORPUS_DIR, logger);
  switch (config.transport) {
    case 'console':
      await runConsole(runtime.bot, config.CORPUS_DIR);
      return;
    case 'gateway': {
      const { runGateway } = await import('./transports/gateway.ts');
      await runGateway(runtime, config, logger);
      return;
    }
    case 'http': {
      const { runHttp } = await import('./transports/http.ts');
      await runHttp(runtime, config, logger);
      return;
    }
  }
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
