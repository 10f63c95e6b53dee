import { ConfigError, loadConfig, type Config } from './config.ts';
import { CorpusError } from './corpus/errors.ts';
import { createLogger, type Logger } from './log.ts';
import { createRuntime } from './runtime.ts';
import { runConsole } from './transports/console/console.ts';
import type { Runtime } from './runtime.ts';

/**
 * With a token, ask Discord for the deployed commands' ids in the background, for /help's links.
 * Its REST client (@discordjs/rest, undici) is loaded only then: it is most of a start-up's
 * module loading, and the HTTP endpoint without a token never needs it.
 */
function startLearningCommandIds(runtime: Runtime, config: Config, logger: Logger): void {
  const token = config.transport === 'console' ? undefined : config.token;
  if (token === undefined) return;
  const { apiUrl, applicationId } = config;
  const source = applicationId === undefined ? { apiUrl, token } : { apiUrl, token, applicationId };
  void import('./interactions/fetchCommandIds.ts').then(({ learnCommandIds }) =>
    learnCommandIds(runtime.dispatcher.commandIds, source, logger),
  );
}

/**
 * Once the transport is up (the HTTP endpoint listens, the gateway is logged in), builds what
 * the engine left to first use, on the next turn of the event loop so a request already waiting
 * is answered first. A request that comes before then builds only what it needs.
 */
function prepareAfterStart(runtime: Runtime): Promise<void> {
  return new Promise((done) => {
    setImmediate(() => {
      runtime.prepare();
      done();
    });
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.transport === 'gateway' && config.sharding.kind === 'manager') {
    // The manager only spawns shards; each shard process runs this entry again and loads the corpus.
    const { runShardManager } = await import('./transports/gateway/shards.ts');
    await runShardManager(config, config.sharding.shards, logger);
    return;
  }
  const runtime = createRuntime(config.corpusDir, logger, {
    indexCacheDir: config.indexCacheDir,
  });
  startLearningCommandIds(runtime, config, logger);
  switch (config.transport) {
    case 'console':
      await runConsole(runtime, config.corpusDir);
      return;
    case 'gateway': {
      const { runGateway } = await import('./transports/gateway/gateway.ts');
      await runGateway(runtime, config, logger);
      await prepareAfterStart(runtime);
      return;
    }
    case 'http': {
      const { runHttp } = await import('./transports/http/endpoint.ts');
      await runHttp(runtime, config, logger);
      await prepareAfterStart(runtime);
      return;
    }
  }
}

/**
 * Settles once the transport runs (the HTTP endpoint listens) and the engine is prepared: the
 * launcher then saves its code cache, so the cache holds the prepared lookups' code too.
 */
export const started: Promise<void> = main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CorpusError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Balkan Ops could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
