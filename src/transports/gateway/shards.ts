import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import type { GatewayConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { exitOnSignals } from '../signals.ts';

/** Discord's recommended shard count, asked through DISCORD_API_URL (discord.js's own helper ignores it). */
async function recommendedShards(token: string, apiUrl: string): Promise<number> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

/**
 * Gateway sharding for large bots: discord.js's ShardingManager runs this same entry point once
 * per shard, in child processes (each loads the corpus itself and picks its shard from the env).
 */
export async function runShardManager(
  config: GatewayConfig,
  shards: 'auto' | number,
  logger: Logger,
): Promise<void> {
  const { token } = config;
  const totalShards = shards === 'auto' ? await recommendedShards(token, config.apiUrl) : shards;
  // Each shard runs the entry point this process runs, with its Node flags: src/main.ts under
  // tsx, or the production bundle.
  const entry = process.argv[1];
  if (entry === undefined) throw new Error('no entry point to start the shards with');
  const manager = new ShardingManager(entry, {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  // Each shard process holds its own corpus: a reload reaches every one of them.
  process.on('SIGHUP', () => {
    for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
  });
  exitOnSignals(logger, async () => {
    for (const shard of manager.shards.values()) shard.kill();
    await Promise.resolve();
  });
  await manager.spawn({ timeout: 60_000 });
}
