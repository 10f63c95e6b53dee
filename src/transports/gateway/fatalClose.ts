import { Events, GatewayCloseCodes, type Client } from 'discord.js';
import type { Logger } from '../../log.ts';

const CAUSES: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'authentication failed: DISCORD_TOKEN is wrong or was reset',
  [GatewayCloseCodes.InvalidShard]: 'invalid shard: check SHARDS',
  [GatewayCloseCodes.ShardingRequired]: 'sharding required: set SHARDS=auto',
  [GatewayCloseCodes.InvalidAPIVersion]: 'invalid API version',
  [GatewayCloseCodes.InvalidIntents]: 'invalid intents',
  [GatewayCloseCodes.DisallowedIntents]:
    'disallowed intents: enable them in the Developer Portal or stop asking for them',
};

/**
 * discord.js emits ShardDisconnect only for close codes it will not reconnect after (4004,
 * 4010–4014). Left alone the process then ends with code 0, and a restart-on-failure
 * supervisor never notices: log why, and exit non-zero.
 */
export function exitOnFatalClose(client: Client, logger: Logger): void {
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const cause = CAUSES[event.code] ?? 'a close code discord.js does not recover from';
    logger.fatal(
      { shardId, code: event.code },
      `gateway closed with ${event.code} (${cause}); exiting`,
    );
    void client.destroy().finally(() => process.exit(1));
  });
}
