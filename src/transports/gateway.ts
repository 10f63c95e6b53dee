import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Runtime } from '../app/runtime.ts';
import type { Config } from '../config.ts';
import { handleInteraction } from '../discord/interactionHandler.ts';
import type { Logger } from '../log.ts';
import type { Bot } from '../app/bot.ts';
import { exitOnFatalClose } from './fatalClose.ts';
import { restOptions } from './restPolicy.ts';
import { exitOnSignals } from './signals.ts';

/**
 * A discord.js client that answers interactions through the Bot. Only the Guilds intent: no
 * privileged intents are needed for slash commands, autocomplete and buttons.
 */
export function createGatewayClient(bot: Bot, logger: Logger, apiUrl: string): Client {
  if (process.env.SHARDING_MANAGER !== 'true') {
    // discord.js reads SHARDS and SHARD_COUNT from the environment as a shard's own ids; ours
    // (SHARDS=auto or a count) is a request to the sharding manager, and even an empty one from
    // a copied .env would break it.
    delete process.env.SHARDS;
    delete process.env.SHARD_COUNT;
  }
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: restOptions(apiUrl, logger),
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      `ready in ${ready.guilds.cache.size} servers`,
    );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(bot, interaction, logger);
  });
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shardId) =>
    logger.info({ shardId }, 'gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'gateway resumed'),
  );
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  return client;
}

export async function runGateway(runtime: Runtime, config: Config, logger: Logger): Promise<void> {
  const token = config.DISCORD_TOKEN;
  if (token === undefined) throw new Error('DISCORD_TOKEN is required for the gateway transport');
  const client = createGatewayClient(runtime.bot, logger, config.DISCORD_API_URL);
  exitOnSignals(logger, () => client.destroy());
  exitOnFatalClose(client, logger);
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );
  await client.login(token);
}
