import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../src/transports/gateway/gateway.ts';
import { REST_POLICY } from '../src/transports/gateway/restPolicy.ts';
import { realDispatcher } from './helpers/corpus.ts';
import { DiscordStandIn, type RecordedRequest } from './helpers/discordStandIn.ts';
import { chatInput, type RawInteraction } from './helpers/interactions.ts';
import { captureLogs, type CapturedLogs } from './helpers/logCapture.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'MTAw.stand-in.secret-token-value';

// The real client's own action builds the interaction from the raw payload, as the gateway would.
function deliver(client: Client, payload: RawInteraction): void {
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(payload);
}

const isCallback = (payload: RawInteraction) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('interaction callbacks that Discord refuses, through a real discord.js client', () => {
  let standIn: DiscordStandIn;
  let client: Client | undefined;
  let logs: CapturedLogs;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn.close();
  });
  afterEach(async () => {
    await client?.destroy();
  });

  function answerCallbacks(
    payload: RawInteraction,
    status: number,
    headers?: Record<string, string>,
  ) {
    standIn.respond((r) =>
      isCallback(payload)(r)
        ? {
            status,
            body: { message: 'refused', retry_after: 0, global: false },
            ...(headers ? { headers } : {}),
          }
        : undefined,
    );
  }

  function start(): Client {
    logs = captureLogs();
    client = createGatewayClient(realDispatcher(logs.logger), logs.logger, {
      apiUrl: standIn.apiUrl,
      sharding: { kind: 'none' },
    });
    client.rest.setToken(TOKEN);
    return client;
  }

  // The command's reply, then the apology in its place: each bounded the same way.
  const bound = 2 * (REST_POLICY.maxRateLimitRetries + 1);

  it('a 429 without Retry-After is retried a few times with a wait, then given up with a log line', async () => {
    const payload = chatInput('operation', { name: 'sky-ecc' });
    answerCallbacks(payload, 429);
    deliver(start(), payload);
    await standIn.waitFor(
      () =>
        logs.lines.filter((l) => l.msg === 'gave up on a rate-limited Discord request').length ===
        2,
      15_000,
    );
    await sleep(500);
    const attempts = standIn.requests.filter(isCallback(payload));
    expect(attempts.length).toBeLessThanOrEqual(bound);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(logs.lines.some((l) => l.msg === 'interaction failed')).toBe(true);
    expect(logs.text()).not.toContain(payload.token);
    expect(logs.text()).not.toContain(TOKEN);
  });

  it('a 429 with Retry-After is waited out a bounded number of times, then given up', async () => {
    const payload = chatInput('operation', { name: 'theseus' });
    answerCallbacks(payload, 429, { 'retry-after': '0.3' });
    deliver(start(), payload);
    await standIn.waitFor(
      () =>
        logs.lines.filter((l) => l.msg === 'gave up on a rate-limited Discord request').length ===
        2,
      15_000,
    );
    await sleep(500);
    const at = standIn.requests.filter(isCallback(payload)).map((r) => r.at);
    expect(at.length).toBeLessThanOrEqual(bound);
    const first = at.slice(0, REST_POLICY.maxRateLimitRetries + 1);
    for (let i = 1; i < first.length; i += 1)
      expect((first[i] ?? 0) - (first[i - 1] ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('a Retry-After too long to wait is given up at once', async () => {
    const payload = chatInput('operation', { name: 'theseus' });
    answerCallbacks(payload, 429, { 'retry-after': '60' });
    deliver(start(), payload);
    await standIn.waitFor(() => logs.lines.some((l) => l.msg === 'interaction failed'), 5_000);
    expect(standIn.requests.filter(isCallback(payload)).length).toBeLessThanOrEqual(2);
  });

  it('a 500 is retried with a growing backoff, then given up with a log line', async () => {
    const payload = chatInput('operation', { name: 'sky-ecc' });
    answerCallbacks(payload, 500);
    deliver(start(), payload);
    await standIn.waitFor(
      () =>
        logs.lines.filter((l) => l.msg === 'gave up on a Discord request after server errors')
          .length >= 1,
      15_000,
    );
    const at = standIn.requests.filter(isCallback(payload)).map((r) => r.at);
    const first = at.slice(0, REST_POLICY.retries + 1);
    expect(first).toHaveLength(REST_POLICY.retries + 1);
    const gaps = first.slice(1).map((t, i) => t - (first[i] ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(REST_POLICY.backoffBaseMs / 2 - 10);
    expect(gaps[1]).toBeGreaterThanOrEqual(REST_POLICY.backoffBaseMs - 10);
    expect(logs.text()).not.toContain(payload.token);
  });
});

describe('a fatal gateway close after READY', () => {
  let standIn: DiscordStandIn;
  beforeEach(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterEach(async () => {
    await standIn.close();
  });

  it.each([4004, 4014])(
    'exits non-zero on close code %i, with a log line that says why',
    async (code) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DISCORD_TOKEN: TOKEN,
          DISCORD_API_URL: standIn.apiUrl,
          BOT_TRANSPORT: '',
          SHARDS: '',
          LOG_LEVEL: 'info',
        },
      });
      let output = '';
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
      try {
        await standIn.waitFor(() => output.includes('ready in 1 servers'), 20_000);
        standIn.closeGateway(code);
        const status = await Promise.race([exited, sleep(10_000).then(() => 'still running')]);
        expect(status).toBe(1);
        expect(output).toContain(`gateway closed with ${code}`);
        expect(output).not.toContain(TOKEN);
      } finally {
        child.kill('SIGKILL');
      }
    },
  );
});
