import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../src/launch/codeCache.ts';
import type { MessagePayload } from '../src/render/reply.ts';
import { commandReply, realDispatcher, realEngine } from './helpers/corpus.ts';
import { chatInput } from './helpers/interactions.ts';
import { DiscordSigner } from './helpers/signer.ts';

const ROOT = resolve(import.meta.dirname, '..');
// Inside the repository (ignored by git), so the builds find node_modules as dist/ does.
const SCRATCH = join(ROOT, '.cache', 'tests');

// A bundle of the shape esbuild writes: CommonJS, reading what Node's wrapper passes in.
const bundleSource = (answer: string): string =>
  `const path = require('node:path');
module.exports = { answer: ${JSON.stringify(answer)}, file: path.basename(__filename), started: Promise.resolve() };
function unused(n) { return n * 2; }
module.exports.twice = unused;`;

describe('loadBundle (the code cache of a CommonJS bundle)', () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(SCRATCH, { recursive: true });
    dir = mkdtempSync(join(SCRATCH, 'unit-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const paths = (name: string) => ({
    bundle: join(dir, `${name}.cjs`),
    cache: join(dir, 'cache', `${name}.bin`),
  });
  const exportsOf = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null ? { ...value } : {};

  it('runs the bundle as Node would, saves its cache, and uses it on the next load', () => {
    const { bundle, cache } = paths('fresh');
    writeFileSync(bundle, bundleSource('first'));
    const first = loadBundle(bundle, cache);
    expect(first.outcome).toBe('missing');
    expect(exportsOf(first.exports)).toMatchObject({ answer: 'first', file: 'fresh.cjs' });
    first.save();
    const saved = readFileSync(cache);

    const second = loadBundle(bundle, cache);
    expect(second.outcome).toBe('used');
    expect(exportsOf(second.exports)).toMatchObject({ answer: 'first', file: 'fresh.cjs' });
    second.save();
    expect(readFileSync(cache).equals(saved)).toBe(true); // a used cache is not written again
  });

  it('takes a cache made from another bundle of the same length as stale, and replaces it', () => {
    const { bundle, cache } = paths('rebuilt');
    writeFileSync(bundle, bundleSource('aaaa'));
    loadBundle(bundle, cache).save();
    // Same length, other code: V8 alone would accept the old bytecode (it checks the length).
    writeFileSync(bundle, bundleSource('bbbb'));
    const rebuilt = loadBundle(bundle, cache);
    expect(rebuilt.outcome).toBe('stale');
    expect(exportsOf(rebuilt.exports).answer).toBe('bbbb');
    rebuilt.save();
    expect(loadBundle(bundle, cache).outcome).toBe('used');
  });

  it('ignores a damaged or truncated cache file and writes a sound one', () => {
    const { bundle, cache } = paths('damaged');
    writeFileSync(bundle, bundleSource('kept'));
    loadBundle(bundle, cache).save();
    const sound = readFileSync(cache);

    const flipped = Buffer.from(sound);
    const last = flipped.length - 1;
    flipped[last] = (flipped[last] ?? 0) ^ 0xff;
    for (const damaged of [flipped, sound.subarray(0, 20), Buffer.from('not a cache at all')]) {
      writeFileSync(cache, damaged);
      const loaded = loadBundle(bundle, cache);
      expect(loaded.outcome).toBe('damaged');
      expect(exportsOf(loaded.exports).answer).toBe('kept');
      loaded.save();
      expect(loadBundle(bundle, cache).outcome).toBe('used');
    }
  });

  it('falls back to compiling when V8 refuses the data, and replaces it', () => {
    const donor = paths('donor');
    writeFileSync(donor.bundle, bundleSource('donor'));
    loadBundle(donor.bundle, donor.cache).save();
    const donorFile = readFileSync(donor.cache);
    const magic = donorFile.subarray(0, donorFile.indexOf(0x0a) + 1);

    // Never compiled in this process before (V8 would take it from its own in-memory cache).
    const { bundle, cache } = paths('refused');
    writeFileSync(bundle, bundleSource('refused'));
    // A well-formed file for this bundle whose data V8 cannot use (made from other code).
    const hash = createHash('sha256').update(readFileSync(bundle)).digest();
    const other = new Script('1 + 1').createCachedData();
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(other));
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, Buffer.concat([magic, hash, crc, other]));

    const loaded = loadBundle(bundle, cache);
    expect(loaded.outcome).toBe('rejected');
    expect(exportsOf(loaded.exports).answer).toBe('refused');
    loaded.save();
    expect(loadBundle(bundle, cache).outcome).toBe('used');
  });

  it('starts without a cache when its folder cannot be written', () => {
    const { bundle } = paths('readonly');
    writeFileSync(bundle, bundleSource('runs'));
    // A file where the cache folder should be: nothing can be created under it.
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, '');
    const loaded = loadBundle(bundle, join(blocker, 'cache.bin'));
    expect(exportsOf(loaded.exports).answer).toBe('runs');
    expect(() => loaded.save()).not.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the production start through its code cache (real processes)', () => {
  let out: string;
  let cacheDir: string;
  const signer = new DiscordSigner();

  beforeAll(() => {
    mkdirSync(SCRATCH, { recursive: true });
    out = mkdtempSync(join(SCRATCH, 'build-'));
    cacheDir = join(out, '.code-cache');
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'esbuild.config.ts', '--outdir', out],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(build.status, build.stderr).toBe(0);
  }, 130_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  type Asked = [name: string, options: Record<string, string>];
  const SKY_ECC: Asked = ['operation', { name: 'sky-ecc' }];

  /**
   * Starts `node <out>/src/main.js`, asks it each command in turn as soon as it listens, stops
   * it; the replies' bodies.
   */
  async function startAndAsk(commands: readonly Asked[] = [SKY_ECC]): Promise<unknown[]> {
    const child = spawn(process.execPath, [join(out, 'src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        BOT_TRANSPORT: 'http',
        DISCORD_PUBLIC_KEY: signer.publicKeyHex,
        DISCORD_TOKEN: '',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 20_000;
      while (!output.includes('listening for interactions') && Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`exited before listening: ${output}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const port = Number(/listening for interactions on port (\d+)/.exec(output)?.[1]);
      const replies: unknown[] = [];
      for (const [name, options] of commands) {
        const body = JSON.stringify(chatInput(name, options));
        const reply = await fetch(`http://127.0.0.1:${String(port)}/interactions`, {
          method: 'POST',
          body,
          headers: signer.headers(body),
        });
        const text = await reply.text();
        expect(reply.status, text).toBe(200);
        // A card comes with its picture as multipart/form-data: the JSON part is the answer.
        const json = /name="payload_json"\r\n\r\n(.*?)\r\n--/s.exec(text)?.[1] ?? text;
        replies.push(JSON.parse(json) as unknown);
      }
      return replies;
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }

  const cacheFiles = (): string[] => readdirSync(cacheDir).filter((name) => name.endsWith('.bin'));
  const expected = (...commands: Asked[]): { type: number; data: MessagePayload }[] => {
    const dispatcher = realDispatcher();
    return (commands.length === 0 ? [SKY_ECC] : commands).map(([name, options]) => ({
      type: 4,
      data: commandReply(dispatcher, name, options).message,
    }));
  };

  it('writes the cache on the first start, uses it unchanged on the second, and answers alike', async () => {
    expect(await startAndAsk()).toEqual(expected());
    const [file] = cacheFiles();
    expect(file).toBeDefined();
    const written = readFileSync(join(cacheDir, file ?? ''));

    expect(await startAndAsk()).toEqual(expected());
    // V8 accepted it: a refused, stale or damaged cache is written again once started.
    expect(readFileSync(join(cacheDir, file ?? '')).equals(written)).toBe(true);
    expect(cacheFiles()).toEqual([file]);
  }, 60_000);

  it('ignores a damaged cache, answers correctly, and writes a sound one again', async () => {
    if (cacheFiles().length === 0) await startAndAsk();
    const path = join(cacheDir, cacheFiles()[0] ?? '');
    const damaged = Buffer.from(readFileSync(path));
    const middle = damaged.length >> 1;
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    writeFileSync(path, damaged);

    expect(await startAndAsk()).toEqual(expected());
    const rewritten = readFileSync(path);
    expect(rewritten.equals(damaged)).toBe(false);
    // The rewritten one is used as is by the next start.
    expect(await startAndAsk()).toEqual(expected());
    expect(readFileSync(path).equals(rewritten)).toBe(true);
  }, 90_000);

  it('answers its first commands, sent the moment it listens, as the code run in-process does', async () => {
    // Country names in the locales the bot registers (Serbian, Dutch, Hungarian) and a loosely
    // typed operation: the bundle takes i18n-iso-countries' plain entry and builds its name
    // lookups after it listens.
    const names = ['Србија', 'Servië', 'Hollandia'];
    const engine = realEngine();
    for (const name of names) expect(engine.findCountry(name).kind).toBe('found');
    const asked: Asked[] = [
      ...names.map((name): Asked => ['country', { name }]),
      ['operation', { name: 'skyecc' }],
    ];
    expect(await startAndAsk(asked)).toEqual(expected(...asked));
  }, 60_000);
});
