import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput } from './helpers/interactions.ts';
import { DiscordSigner } from './helpers/signer.ts';
import { answer, WebhookHost } from './helpers/webhookHost.ts';

const ROOT = resolve(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the production start command (compiled, signals reach the bot)', () => {
  let host: WebhookHost;
  let answeredAt = 0;

  beforeAll(async () => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(build.status, build.stderr).toBe(0);
    // A webhook host that takes its time: the answer must still be delivered after SIGTERM.
    host = await WebhookHost.start((_req, res) => {
      setTimeout(() => {
        answer(res, 200, {});
        answeredAt = Date.now();
      }, 800);
    });
  }, 200_000);
  afterAll(async () => {
    await host.close();
  });

  it.each([
    ['npm run start:prod', 'npm', ['run', '--silent', 'start:prod']],
    ['node dist/src/main.js', process.execPath, ['dist/src/main.js']],
  ])(
    '%s: SIGTERM to it drains a deferred answer still being delivered, then exits 0',
    async (_label, command, args) => {
      const signer = new DiscordSigner();
      const child = spawn(command, args, {
        cwd: ROOT,
        detached: true, // its own process group, so nothing it starts can outlive the test
        env: {
          ...process.env,
          BOT_TRANSPORT: 'http',
          DISCORD_PUBLIC_KEY: signer.publicKeyHex,
          DISCORD_API_URL: host.apiUrl,
          DISCORD_TOKEN: '',
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
        },
      });
      const pgid = child.pid ?? 0;
      let output = '';
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const deadline = Date.now() + 20_000;
        while (!/listening for interactions on port (\d+)/.test(output) && Date.now() < deadline)
          await sleep(50);
        const port = Number(/listening for interactions on port (\d+)/.exec(output)?.[1]);
        const before = host.requests.length;
        const body = JSON.stringify(chatInput('search', { query: 'rotterdam' }));
        const reply = await fetch(`http://127.0.0.1:${port}/interactions`, {
          method: 'POST',
          body,
          headers: signer.headers(body),
        });
        expect(await reply.text()).toBe('{"type":5}');
        while (host.requests.length === before && Date.now() < deadline) await sleep(10);
        child.kill('SIGTERM'); // npm itself, or node: only the documented process gets it
        expect(await exited).toBe(0);
        const exitedAt = Date.now();
        expect(host.requests.slice(before).map((r) => r.method)).toEqual(['PATCH']);
        expect(answeredAt).toBeGreaterThan(0);
        expect(exitedAt).toBeGreaterThanOrEqual(answeredAt);
        expect(output).toContain('shutting down');
        expect(output).not.toContain('gave up');
        await sleep(200);
        expect(groupAlive(pgid)).toBe(false);
      } finally {
        if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
      }
    },
  );
});
