import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { GatewayConfig } from '../../config.ts';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import type { Logger } from '../../log.ts';
import type { Runtime } from '../../runtime.ts';
import { reloadOnHangup } from '../reload.ts';
import { exitOnSignals } from '../signals.ts';
import { exitOnFatalClose } from './fatalClose.ts';
import { restOptions } from './restPolicy.ts';
import { handleInteraction } from './interactionHandler.ts';
import { handleMessage } from './messageHandler.ts';

/** Which shards this process runs: the manager's assignment, or the one shard of an unsharded bot. */
function shardOptions(config: Pick<GatewayConfig, 'sharding'>): {
  shards: number[];
  shardCount: number;
} {
  return config.sharding.kind === 'shard'
    ? { shards: config.sharding.ids, shardCount: config.sharding.count }
    : { shards: [0], shardCount: 1 };
}

/**
 * A discord.js client that answers interactions through the dispatcher, and messages that
 * mention the bot or are sent to it directly. No privileged intent: slash commands need only
 * Guilds, and a message that mentions the bot (or a DM) carries its content without Message
 * Content.
 */
export function createGatewayClient(
  dispatcher: Dispatcher,
  logger: Logger,
  config: Pick<GatewayConfig, 'apiUrl' | 'sharding'>,
): Client {
  // Shards are given explicitly, so discord.js never reads SHARDS from the environment.
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not cached: without this partial, discord.js drops their messages.
    partials: [Partials.Channel],
    rest: restOptions(config.apiUrl, logger),
    ...shardOptions(config),
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      `ready in ${ready.guilds.cache.size} servers`,
    );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(dispatcher, interaction, logger);
  });
  client.on(Events.MessageCreate, (message) => {
    if (client.user !== null) void handleMessage(dispatcher, message, client.user.id);
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

export async function runGateway(
  runtime: Runtime,
  config: GatewayConfig,
  logger: Logger,
): Promise<void> {
  const client = createGatewayClient(runtime.dispatcher, logger, config);
  exitOnSignals(logger, () => client.destroy());
  exitOnFatalClose(client, logger);
  reloadOnHangup(runtime);
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );
  await client.login(config.token);
}
