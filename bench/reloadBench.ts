import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, round } from './stats.ts';
import { writeSyntheticCorpus } from './syntheticCorpus.ts';

// `npx tsx bench/reloadBench.ts [--passages 100000]`: a reload of a running HTTP endpoint under
// load. The bot runs in its own process on a synthetic corpus; signed requests keep arriving
// while an operation file is edited and SIGHUP sent; it reports how long the reload took, the
// process's peak RSS, the requests' latency during it and how many failed.

const { values } = parseArgs({
  options: { passages: { type: 'string', default: '100000' } },
});
const passages = Number(values.passages);
const here = import.meta.dirname;
const work = mkdtempSync(join(tmpdir(), 'balkan-ops-reload-'));
const corpusDir = join(work, 'corpus');
const cacheDir = join(work, 'cache');

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString(
  'hex',
);
let counter = 0;
function signedBody(): { body: string; headers: Record<string, string> } {
  counter += 1;
  const body = JSON.stringify({
    type: 2,
    id: String(700000000000000000n + BigInt(counter)),
    application_id: '100000000000000001',
    token: `bench-${counter}`,
    data: { name: 'operation', type: 1, options: [{ name: 'name', type: 3, value: 'theseus' }] },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
  };
}

function peakRssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024, 1);
}

async function main(): Promise<void> {
  writeSyntheticCorpus(resolve(here, '../corpus'), corpusDir, passages);
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(here, '../src/main.ts')], {
    env: {
      ...process.env,
      BOT_TRANSPORT: 'http',
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_TOKEN: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      CORPUS_DIR: corpusDir,
      INDEX_CACHE_DIR: cacheDir,
    },
  });
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  try {
    const started = Date.now();
    while (!/listening for interactions on port (\d+)/.test(log)) {
      if (Date.now() - started > 600_000) throw new Error(`the bot did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const firstStartMs = Date.now() - started;
    const base = `http://127.0.0.1:${/listening for interactions on port (\d+)/.exec(log)?.[1] ?? ''}`;
    const version = async (): Promise<string> =>
      ((await (await fetch(`${base}/healthz`)).json()) as { version: string }).version;
    const before = await version();

    const latencies: number[] = [];
    let failed = 0;
    const load = { on: true };
    const worker = async (): Promise<void> => {
      while (load.on) {
        const { body, headers } = signedBody();
        const t = performance.now();
        try {
          const response = await fetch(`${base}/interactions`, { method: 'POST', body, headers });
          await response.text();
          if (response.status !== 200) failed += 1;
        } catch {
          failed += 1;
        }
        latencies.push(performance.now() - t);
      }
    };
    const workers = Array.from({ length: 4 }, () => worker());
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = latencies.length;

    const file = join(corpusDir, 'operations', 'interpol-operation-theseus.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (reloaded)'));
    const hup = performance.now();
    child.kill('SIGHUP');
    while ((await version()) === before) {
      if (performance.now() - hup > 600_000) throw new Error('the reload did not finish');
      await new Promise((r) => setTimeout(r, 50));
    }
    const reloadMs = performance.now() - hup;
    await new Promise((r) => setTimeout(r, 500));
    load.on = false;
    await Promise.all(workers);
    const during = latencies.slice(baseline);
    const report = {
      passages,
      firstStartMs,
      reloadMs: Math.round(reloadMs),
      peakRssMB: peakRssMB(child.pid ?? 0),
      requests: latencies.length,
      failed,
      before: {
        p50: round(percentile(latencies.slice(0, baseline), 50), 2),
        p99: round(percentile(latencies.slice(0, baseline), 99), 2),
      },
      duringReload: {
        p50: round(percentile(during, 50), 2),
        p99: round(percentile(during, 99), 2),
        max: round(Math.max(...during), 2),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
