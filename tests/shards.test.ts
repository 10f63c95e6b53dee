import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { DiscordStandIn } from './helpers/discordStandIn.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('gateway sharding through the same entry point', () => {
  let standIn: DiscordStandIn;
  beforeEach(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterEach(async () => {
    await standIn.close();
  });

  it.each([
    [
      '2',
      [
        [0, 2],
        [1, 2],
      ],
    ],
    ['auto', [[0, 1]]],
  ])(
    'SHARDS=%s spawns one process per shard, each identifying with its shard',
    async (shards, expected) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DISCORD_TOKEN: 'shard.test.token',
          DISCORD_API_URL: standIn.apiUrl,
          SHARDS: shards,
          LOG_LEVEL: 'info',
          BOT_TRANSPORT: '',
        },
      });
      let output = '';
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      await standIn
        .waitFor(() => standIn.identifies.length === expected.length, 40_000)
        .catch((error: unknown) => {
          child.kill('SIGKILL');
          throw new Error(`${String(error)}\n${output}`);
        });
      const identified = standIn.identifies.map((d) => (d as { shard: [number, number] }).shard);
      expect(identified.sort()).toEqual(expected);
      await standIn.waitFor(
        () => (output.match(/ready in 1 servers/g) ?? []).length === expected.length,
        20_000,
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    60_000,
  );

  it('ignores the shard id discord.js gives a shard process in SHARDS', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 't',
      SHARDING_MANAGER: 'true',
      SHARDS: '3',
      SHARD_COUNT: '4',
    });
    expect(config).toMatchObject({
      transport: 'gateway',
      sharding: { kind: 'shard', ids: [3], count: 4 },
    });
  });

  it('names the variable when SHARDS is not auto or a count', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 't', SHARDS: 'many' })).toThrow(/SHARDS/);
  });
});
