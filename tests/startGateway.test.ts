import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORCED_EXIT_MS } from '../src/transports/signals.ts';
import { deployedCommands, DiscordStandIn } from './helpers/discordStandIn.ts';
import { chatInput } from './helpers/interactions.ts';
import { headingOf } from './helpers/limits.ts';
import type { MessagePayload } from '../src/render/reply.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'MTAw.stand-in.secret-token-value';

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function start(command: string, args: string[], standIn: DiscordStandIn): Started {
  const child = spawn(command, args, {
    cwd: ROOT,
    // Its own process group: npm start runs tsx, which runs node; all of them must go.
    detached: true,
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      BOT_TRANSPORT: '',
      LOG_LEVEL: 'debug',
      SHARDS: '',
    },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

describe('the real entry point with a token, against a local stand-in for Discord', () => {
  let standIn: DiscordStandIn;
  let running: Started | undefined;

  beforeEach(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterEach(async () => {
    const pgid = running?.child.pid;
    if (pgid !== undefined) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // the group has already exited
      }
    }
    await standIn.close();
  });

  it('npm start logs in over the gateway and answers /operation sky-ecc at the callback endpoint', async () => {
    running = start('npm', ['start', '--silent'], standIn);
    await standIn.waitFor(() => standIn.identifies.length > 0, 20_000);
    const identify = standIn.identifies[0] as { token: string; intents: number };
    expect(identify.token).toBe(TOKEN);
    // Guilds, GuildMessages and DirectMessages; none of the privileged intents (members,
    // presences, message content).
    expect(identify.intents).toBe(1 | 512 | 4096);
    expect(identify.intents & (2 | 256 | 32768)).toBe(0);
    await standIn.waitFor(() => running?.output().includes('ready in 1 servers') === true, 20_000);

    const payload = chatInput('operation', { name: 'sky-ecc' });
    standIn.dispatch('INTERACTION_CREATE', payload);
    const callback = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    );
    const body = callback.body as { type: number; data: MessagePayload };
    expect(body.type).toBe(4);
    expect(headingOf(body.data)).toContain('Sky ECC takedown');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(running.output()).not.toContain(TOKEN);

    // With a token it learns the deployed commands' ids, and /help links to them.
    await standIn.waitFor(() => running?.output().includes('command ids learned') === true, 20_000);
    const help = chatInput('help', {});
    standIn.dispatch('INTERACTION_CREATE', help);
    const helpCallback = await standIn.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/interactions/${help.id}/${help.token}/callback`,
    );
    const operationId = deployedCommands().find((c) => c.name === 'operation')?.id ?? '';
    expect(JSON.stringify(helpCallback.body)).toContain(`</operation:${operationId}>`);
  });

  it('exits 0 on SIGTERM, and never logs the token', async () => {
    running = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], standIn);
    await standIn.waitFor(() => running?.output().includes('ready in 1 servers') === true, 20_000);
    const stoppedAt = Date.now();
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    // Sooner than the forced exit: the client was destroyed, not cut off.
    expect(Date.now() - stoppedAt).toBeLessThan(FORCED_EXIT_MS);
    expect(running.output()).toContain('shutting down');
    expect(running.output()).not.toContain(TOKEN);
  });
});
