import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runHttpLoad, type LoadReport } from './httpLoad.ts';
import { writeSyntheticCorpus } from './syntheticCorpus.ts';

// `npm run bench [-- --quick] [-- --json]`: per corpus size, load and index time, memory,
// p50/p99 of every command through the engine and the reply renderer, search quality on planted
// passages, and fuse.js-scan and MiniSearch baselines on the same passages; then the signed HTTP
// load run. Targets are checked here, not in timed tests.
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const sizes = quick ? [1_000] : [1_000, 10_000, 100_000];
const here = import.meta.dirname;

interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

interface SizeReport {
  passages: number;
  documents: number;
  loadMs: number;
  corpusMs: number;
  indexMs: number;
  heapMB: number;
  rssMB: number;
  vocabulary: number;
  commands: Record<'search' | 'operation' | 'country' | 'cite' | 'autocomplete', Latency>;
  quality: {
    planted: number;
    plantedWithTypo: number;
    top1: number;
    top3: number;
    realTop1: number;
    real: number;
  };
  baselines: {
    fuseScan: {
      queries: number;
      p50: number;
      oursP50OnSameQueries: number;
      ratio: number;
      top1: number;
      plantedInSample: number;
    };
    minisearch: { buildMs: number; p50: number; p99: number; top1: number };
  };
}

function log(line: string): void {
  if (!asJson) process.stderr.write(`${line}\n`);
}

function measure(dir?: string): Promise<SizeReport> {
  return new Promise((done, fail) => {
    const args = [
      '--expose-gc',
      '--import',
      'tsx',
      resolve(here, 'measureSize.ts'),
      ...(dir === undefined ? [] : [dir]),
    ];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? done(JSON.parse(out) as SizeReport)
        : fail(new Error(`measuring ${dir ?? 'the shipped corpus'} failed (${code})`)),
    );
  });
}

/** Wall time from launching the real entry point (console) to its first line. */
function startToReady(): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(here, '../src/main.ts')], {
    input: '',
    env: { ...process.env, DISCORD_TOKEN: '', BOT_TRANSPORT: 'console' },
    encoding: 'utf8',
  });
  if (!run.stdout.startsWith('Balkan Ops local console'))
    throw new Error('the console did not start');
  return Math.round(performance.now() - started);
}

interface Target {
  what: string;
  limit: string;
  measured: string;
  met: boolean;
}

function targets(
  shipped: SizeReport,
  reports: SizeReport[],
  load: LoadReport,
  startMs: number,
): Target[] {
  const list: Target[] = [
    {
      what: 'shipped corpus: ready (load + index)',
      limit: '≤ 1000 ms',
      measured: `${shipped.loadMs} ms`,
      met: shipped.loadMs <= 1000,
    },
    {
      what: 'shipped corpus: process start to ready',
      limit: '(reported)',
      measured: `${startMs} ms`,
      met: true,
    },
    {
      what: 'shipped corpus: RSS',
      limit: '≤ 150 MB',
      measured: `${shipped.rssMB} MB`,
      met: shipped.rssMB <= 150,
    },
    {
      what: 'HTTP load: every answer correct',
      limit: `${load.requests}`,
      measured: `${load.correct}`,
      met: load.wrong === 0,
    },
  ];
  const big = reports.find((r) => r.passages >= 100_000);
  if (big !== undefined) {
    const atMost = (what: string, value: number, limit: number, unit: string): Target => ({
      what: `100k: ${what}`,
      limit: `≤ ${limit} ${unit}`,
      measured: `${value} ${unit}`,
      met: value <= limit,
    });
    const ratio = big.baselines.fuseScan.ratio;
    list.push(
      atMost('/search p99', big.commands.search.p99, 25, 'ms'),
      {
        what: '100k: faster than a fuse.js scan',
        limit: '≥ 100×',
        measured: `${ratio}×`,
        met: ratio >= 100,
      },
      atMost('autocomplete p99', big.commands.autocomplete.p99, 5, 'ms'),
      atMost('load', Math.round(big.loadMs / 100) / 10, 10, 's'),
      atMost('RSS', big.rssMB, 1024, 'MB'),
    );
  }
  return list;
}

function table(reports: SizeReport[]): string {
  const rows = [
    '| passages | load (corpus + index) | heap / RSS | /search p50 / p99 | /operation | /country | /cite | autocomplete | planted top-1 (typos) | fuse.js scan p50 | ratio | MiniSearch build, p50 / p99, top-1 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const lat = (l: Latency): string => `${l.p50} / ${l.p99} ms`;
  for (const r of reports) {
    const b = r.baselines;
    rows.push(
      `| ${r.passages.toLocaleString('en')} | ${r.loadMs} ms (${r.corpusMs} + ${r.indexMs}) | ${r.heapMB} / ${r.rssMB} MB | ${lat(r.commands.search)} | ${lat(r.commands.operation)} | ${lat(r.commands.country)} | ${lat(r.commands.cite)} | ${lat(r.commands.autocomplete)} | ${r.quality.top1}/${r.quality.planted} (${r.quality.plantedWithTypo}) | ${b.fuseScan.p50} ms | ${b.fuseScan.ratio}× | ${b.minisearch.buildMs} ms, ${b.minisearch.p50} / ${b.minisearch.p99} ms, ${b.minisearch.top1}/${r.quality.planted} |`,
    );
  }
  return rows.join('\n');
}

log(
  `Benchmark on ${process.arch}, Node ${process.version}; sizes: ${sizes.join(', ')} passages (+ the shipped corpus).`,
);
const shipped = await measure();
log(`shipped corpus: ready in ${shipped.loadMs} ms, RSS ${shipped.rssMB} MB`);
const startMs = startToReady();
const reports: SizeReport[] = [];
for (const size of sizes) {
  log(`measuring ${size.toLocaleString('en')} passages…`);
  // Written here, measured in a child: the generator's memory is not the engine's.
  const dir = mkdtempSync(join(tmpdir(), 'balkan-ops-bench-'));
  try {
    writeSyntheticCorpus(resolve(here, '../corpus'), dir, size);
    reports.push(await measure(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
log('HTTP load run…');
const load = await runHttpLoad(quick ? 2_000 : 10_000, 32);
const checks = targets(shipped, reports, load, startMs);

if (asJson) {
  process.stdout.write(
    `${JSON.stringify({ node: process.version, shipped, startToReadyMs: startMs, sizes: reports, httpLoad: load, targets: checks }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`\n${table([shipped, ...reports])}\n\n`);
  process.stdout.write(
    `HTTP endpoint, ${load.requests} signed requests, ${load.concurrency} in flight: ${load.throughput} req/s, ` +
      `p50 ${load.p50} ms, p99 ${load.p99} ms, server peak RSS ${load.serverPeakRssMB} MB, ${load.correct} correct, ${load.wrong} wrong\n\n`,
  );
  for (const t of checks)
    process.stdout.write(
      `${t.met ? 'ok  ' : 'MISS'} ${t.what}: ${t.measured} (target ${t.limit})\n`,
    );
}
if (checks.some((t) => !t.met)) process.exitCode = 1;
