import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuMsOf, rssMBOf } from './procStats.ts';
import { percentile, round } from './stats.ts';

// The documented production start (`node dist/src/main.js`, HTTP transport, shipped corpus),
// measured from spawn to its "listening" line: wall time, the process's own CPU time by then
// (steadier than wall time on a shared machine), the readyMs it logs, and its RSS after resting.
// Needs `npm run build` first. `--runs N` (default 7), `--rest-ms` (default 1500). `--entry`
// may be given more than once (e.g. an older build beside this one): their starts are then
// interleaved, so a machine busy with other work weighs on each build alike.

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'rest-ms': { type: 'string', default: '1500' },
    entry: { type: 'string', multiple: true, default: ['dist/src/main.js'] },
  },
});
const ROOT = resolve(import.meta.dirname, '..');

export interface StartRun {
  wallMs: number;
  cpuMs: number;
  readyMs: number;
  restingRssMB: number;
}

function publicKeyHex(): string {
  const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
}

export function startOnce(entry: string, restMs: number): Promise<StartRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: {
        ...process.env,
        BOT_TRANSPORT: 'http',
        DISCORD_PUBLIC_KEY: publicKeyHex(),
        DISCORD_TOKEN: '',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    let listened = false;
    child.on('exit', (code) => {
      if (!listened) fail(new Error(`exited ${String(code)} before listening: ${output}`));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (listened || !output.includes('listening for interactions')) return;
      listened = true;
      const wallMs = performance.now() - started;
      const pid = child.pid ?? 0;
      const cpuMs = cpuMsOf(pid);
      const readyMs = Number(/"readyMs":(\d+)/.exec(output)?.[1] ?? NaN);
      setTimeout(() => {
        const restingRssMB = rssMBOf(pid);
        child.kill('SIGTERM');
        child.once('exit', () => done({ wallMs, cpuMs, readyMs, restingRssMB }));
      }, restMs);
    });
  });
}

const count = Number(values.runs);
const runsOf = new Map<string, StartRun[]>(values.entry.map((entry) => [entry, []]));
for (let i = 0; i < count; i += 1) {
  for (const [entry, runs] of runsOf) runs.push(await startOnce(entry, Number(values['rest-ms'])));
}

function summary(entry: string, runs: readonly StartRun[]): object {
  const median = (pick: (r: StartRun) => number): number =>
    round(percentile(runs.map(pick), 50), 1);
  const range = (pick: (r: StartRun) => number): string =>
    `${round(Math.min(...runs.map(pick)), 1)}–${round(Math.max(...runs.map(pick)), 1)}`;
  return {
    entry,
    runs: count,
    median: {
      wallMs: median((r) => r.wallMs),
      cpuMs: median((r) => r.cpuMs),
      readyMs: median((r) => r.readyMs),
      restingRssMB: median((r) => r.restingRssMB),
    },
    // /proc counts CPU in 10 ms ticks: the mean tells builds a few ms apart.
    meanCpuMs: round(runs.reduce((sum, r) => sum + r.cpuMs, 0) / runs.length, 1),
    range: {
      wallMs: range((r) => r.wallMs),
      cpuMs: range((r) => r.cpuMs),
      restingRssMB: range((r) => r.restingRssMB),
    },
  };
}

const summaries = [...runsOf].map(([entry, runs]) => summary(entry, runs));
process.stdout.write(
  `${JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2)}\n`,
);
