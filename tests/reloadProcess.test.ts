import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusCopy } from './helpers/corpus.ts';
import { chatInput } from './helpers/interactions.ts';
import { startHttpBot } from './helpers/httpProcess.ts';
import { DiscordSigner } from './helpers/signer.ts';

const SKY = 'operations/sky-ecc-balkan-cartel-2023-05-11.yaml';

async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('SIGHUP reloads the corpus of a running HTTP endpoint', () => {
  let copy: CorpusCopy | undefined;
  let cache: string | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    copy?.remove();
    if (cache !== undefined) rmSync(cache, { recursive: true, force: true });
  });

  it('swaps in the new corpus under load with no failed request, and refuses a broken one', async () => {
    copy = new CorpusCopy();
    cache = mkdtempSync(join(tmpdir(), 'balkan-ops-cache-'));
    const signer = new DiscordSigner();
    const bot = startHttpBot(signer, { CORPUS_DIR: copy.dir, INDEX_CACHE_DIR: cache });
    child = bot.child;
    const port = await bot.listening(30_000);
    expect(port).toBeGreaterThan(0);
    const base = `http://127.0.0.1:${port}`;
    const health = async (): Promise<{ version: string; loadedAt: string }> =>
      (await (await fetch(`${base}/healthz`)).json()) as { version: string; loadedAt: string };
    const title = async (): Promise<{ status: number; title: string }> => {
      const body = JSON.stringify(chatInput('operation', { name: 'sky-ecc' }));
      const response = await fetch(`${base}/interactions`, {
        method: 'POST',
        body,
        headers: signer.headers(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        title: /Sky ECC (takedown|crackdown)/.exec(text)?.[0] ?? '',
      };
    };
    const before = await health();
    expect(before.version).toMatch(/^[0-9a-f]{16}$/);
    expect((await title()).title).toBe('Sky ECC takedown');

    // Requests keep coming while the corpus is edited and reloaded.
    const statuses: number[] = [];
    const load = { on: true };
    const traffic = (async () => {
      while (load.on) statuses.push((await title()).status);
    })();
    copy.edit(SKY, (t) => t.replace('name: Sky ECC takedown', 'name: Sky ECC crackdown'));
    child.kill('SIGHUP');
    await until(async () => (await health()).version !== before.version, 30_000);
    load.on = false;
    await traffic;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await title()).title).toBe('Sky ECC crackdown');
    const after = await health();
    expect(Date.parse(after.loadedAt)).toBeGreaterThan(Date.parse(before.loadedAt));

    // A corpus that fails verification is refused; the one in service keeps serving.
    copy.edit(SKY, (t) => t.replace('quote: 35 house searches', 'quote: 35 house raids'));
    child.kill('SIGHUP');
    await until(() => bot.output().includes('reload refused'), 30_000);
    expect(bot.output()).toContain('35 house raids');
    expect(await health()).toEqual(after);
    expect((await title()).title).toBe('Sky ECC crackdown');
  }, 90_000);
});
