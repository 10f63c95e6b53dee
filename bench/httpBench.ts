import { parseArgs } from 'node:util';
import { runHttpLoad, signedRequests, type LoadReport } from './httpLoad.ts';
import { percentile, round } from './stats.ts';

// The HTTP part of `npm run bench` alone, for iterating on the endpoint: the bare floor server
// and the bot's endpoint alternately, `--rounds` times each, on the same pre-signed requests,
// 32 in flight, after the same unsampled warm-up (two passes of the mix, one at a time).
// Reports each round and the medians: throughput and p99 ratios, and each server's CPU per
// request (steadier than wall throughput on a shared machine).
// `npx tsx bench/httpBench.ts [--rounds 5] [--requests 5000]`

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '5000' },
  },
});

const signed = signedRequests(Number(values.requests));
const rounds: { floor: LoadReport; bot: LoadReport }[] = [];
for (let r = 0; r < Number(values.rounds); r += 1) {
  const floor = await runHttpLoad('floorServer.ts', signed, 32, false);
  const bot = await runHttpLoad('httpServer.ts', signed, 32, true);
  rounds.push({ floor, bot });
  process.stderr.write(
    `round ${r + 1}: warm-up floor ${floor.warmupMs} ms, bot ${bot.warmupMs} ms; floor ${floor.throughput} req/s p99 ${floor.p99} ms ${floor.serverCpuMsPerRequest} ms CPU/req; ` +
      `bot ${bot.throughput} req/s p99 ${bot.p99} ms ${bot.serverCpuMsPerRequest} ms CPU/req, ${bot.wrong} wrong\n`,
  );
}

const median = (pick: (x: { floor: LoadReport; bot: LoadReport }) => number): number =>
  round(percentile(rounds.map(pick), 50), 3);
const summary = {
  rounds: rounds.length,
  requests: Number(values.requests),
  concurrency: 32,
  floor: {
    throughput: median((x) => x.floor.throughput),
    p50: median((x) => x.floor.p50),
    p99: median((x) => x.floor.p99),
    cpuMsPerRequest: median((x) => x.floor.serverCpuMsPerRequest),
    warmupMs: median((x) => x.floor.warmupMs),
  },
  bot: {
    throughput: median((x) => x.bot.throughput),
    p50: median((x) => x.bot.p50),
    p99: median((x) => x.bot.p99),
    cpuMsPerRequest: median((x) => x.bot.serverCpuMsPerRequest),
    warmupMs: median((x) => x.bot.warmupMs),
    wrong: rounds.reduce((sum, x) => sum + x.bot.wrong, 0),
  },
  // Per round, then the median: each round's two servers ran back to back under the same load.
  throughputRatio: median((x) => x.bot.throughput / x.floor.throughput),
  p99Ratio: median((x) => x.bot.p99 / x.floor.p99),
  cpuRatio: median((x) => x.bot.serverCpuMsPerRequest / x.floor.serverCpuMsPerRequest),
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
