import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { autocomplete, chatInput } from '../tests/helpers/interactions.ts';
import { DiscordSigner } from '../tests/helpers/signer.ts';
import { cpuMsOf, rssMBOf } from './procStats.ts';
import { percentile, round } from './stats.ts';

// The documented production start (`node dist/src/main.js`, HTTP transport, shipped corpus),
// measured from spawn to its "listening" line: wall time, the process's own CPU time by then
// (steadier than wall time on a shared machine), the readyMs it logs, and its RSS after resting.
// Needs `npm run build` first. `--runs N` (default 7), `--rest-ms` (default 1500). `--entry`
// may be given more than once (e.g. an older build beside this one): their starts are then
// interleaved, so a machine busy with other work weighs on each build alike. `--first-answer`
// also sends two signed interactions as soon as it listens (an operation name being typed,
// then /country with a name in Serbian) and reports spawn → both answered; RSS is then measured
// after answering them.

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'rest-ms': { type: 'string', default: '1500' },
    entry: { type: 'string', multiple: true, default: ['dist/src/main.js'] },
    'first-answer': { type: 'boolean', default: false },
  },
});
const ROOT = resolve(import.meta.dirname, '..');

export interface StartRun {
  wallMs: number;
  cpuMs: number;
  readyMs: number;
  restingRssMB: number;
  /** Spawn → both probe interactions answered (with `--first-answer`). */
  firstAnswerMs?: number;
}

/** Posts one signed interaction and resolves with the callback type it was answered with. */
function answer(port: number, signer: DiscordSigner, interaction: object): Promise<number> {
  const body = JSON.stringify(interaction);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/interactions',
        method: 'POST',
        headers: signer.headers(body),
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const type = Number(/"type":(\d+)/.exec(text)?.[1]);
          if (res.statusCode === 200 && Number.isInteger(type)) done(type);
          else fail(new Error(`interaction answered ${String(res.statusCode)}: ${text}`));
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** The probe: autocomplete of an operation name (type 8), then /country answered inline (type 4). */
async function firstAnswers(port: number, signer: DiscordSigner): Promise<void> {
  const choices = await answer(port, signer, autocomplete('operation', 'name', 'oper'));
  const country = await answer(port, signer, chatInput('country', { name: 'Srbija' }));
  if (choices !== 8 || country !== 4) throw new Error(`probe answered ${choices}, ${country}`);
}

export function startOnce(entry: string, restMs: number, probe: boolean): Promise<StartRun> {
  const signer = new DiscordSigner();
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [entry], {
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
      const port = Number(/"port":(\d+)/.exec(output)?.[1] ?? NaN);
      const answered = probe
        ? firstAnswers(port, signer).then(() => performance.now() - started)
        : Promise.resolve(undefined);
      answered
        .then((firstAnswerMs) => {
          setTimeout(() => {
            const restingRssMB = rssMBOf(pid);
            child.kill('SIGTERM');
            const run = { wallMs, cpuMs, readyMs, restingRssMB };
            child.once('exit', () =>
              done(firstAnswerMs === undefined ? run : { ...run, firstAnswerMs }),
            );
          }, restMs);
        })
        .catch((error: unknown) => {
          child.kill('SIGTERM');
          fail(error instanceof Error ? error : new Error(String(error)));
        });
    });
  });
}

const count = Number(values.runs);
const runsOf = new Map<string, StartRun[]>(values.entry.map((entry) => [entry, []]));
for (let i = 0; i < count; i += 1) {
  for (const [entry, runs] of runsOf) {
    runs.push(await startOnce(entry, Number(values['rest-ms']), values['first-answer']));
  }
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
      ...(values['first-answer'] ? { firstAnswerMs: median((r) => r.firstAnswerMs ?? NaN) } : {}),
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
