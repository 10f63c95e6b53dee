import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { Engine } from '../src/engine/engine.ts';
import { STAT_LABELS } from '../src/render/labels.ts';
import { STAT_METRICS, type StatMetric } from '../src/engine/types.ts';
import { timelineEvents } from '../src/engine/timeline.ts';
import { PictureCache } from '../src/pictures/cache.ts';
import { renderStatsChart, type StatsChartInput } from '../src/pictures/chart.ts';
import { renderOperationMap, type OperationMapInput } from '../src/pictures/map.ts';
import type { Picture } from '../src/pictures/picture.ts';
import { renderTimeline, type TimelineInput } from '../src/pictures/timeline.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { operationMap, statsCharts } from '../src/commands/pictures.ts';
import { corpusVersion } from '../src/corpus/version.ts';
import { Dispatcher } from '../src/interactions/dispatcher.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { silentLogger } from '../src/log.ts';
import { percentile, round, timed } from './stats.ts';

// Map, chart and timeline render times on the shipped corpus: the first render (atlas and font
// loading, JIT), p50/p99 of uncached renders ("cold": every input new to the cache) and of cache
// hits, and the PNG sizes. Targets: p99 ≤ 150 ms cold, ≤ 5 ms cached.
// `tsx bench/picturesBench.ts [--quick] [--json]`, or `measurePictures()` from another bench.

export const PICTURE_TARGETS = { coldP99Ms: 150, cachedP99Ms: 5, answerCachedP99Ms: 1 };

export interface PictureKindReport {
  firstMs: number;
  /** CPU time of the process per render: steadier than wall time on a busy machine. */
  cold: { p50: number; p99: number; cpuP50: number; cpuP99: number; samples: number };
  cached: { p50: number; p99: number; samples: number };
  pngBytes: { min: number; max: number };
  /** Cold p99 and cached p99 within PICTURE_TARGETS. */
  met: boolean;
}

/** What pictures add to answers once cached, and the answers' times through the dispatcher. */
export interface AnswersReport {
  /** The corpus content hash, computed once per engine (the cache's version). */
  versionMs: number;
  /** A cached picture as commands get it (version, key, look-up): what it adds to an answer. */
  cachedPicture: { p50: number; p99: number; samples: number };
  /** Whole answers through the dispatcher and the reply helper, pictures cached. */
  commands: Record<string, { p50: number; p99: number }>;
}

export interface PicturesReport {
  map: PictureKindReport;
  chart: PictureKindReport;
  timeline: PictureKindReport;
  answers: AnswersReport;
  targets: typeof PICTURE_TARGETS;
  met: boolean;
}

function measureKind<I>(
  inputs: readonly I[],
  render: (input: I) => Picture,
  coldSamples: number,
): PictureKindReport {
  const sizes: number[] = [];
  const first = inputs[0];
  if (first === undefined) throw new Error('no input to render');
  const firstMs = timed(() => sizes.push(render(first).data.length));
  const cold: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < coldSamples; i += 1) {
    const input = inputs[i % inputs.length];
    if (input === undefined) continue;
    const before = process.cpuUsage();
    cold.push(timed(() => sizes.push(render(input).data.length)));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const cache = new PictureCache();
  for (const input of inputs) cache.get('bench', 'v1', input, render);
  const cached: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const input = inputs[i % inputs.length];
    if (input === undefined) continue;
    cached.push(timed(() => cache.get('bench', 'v1', input, render)));
  }
  return {
    firstMs: round(firstMs, 1),
    cold: {
      p50: round(percentile(cold, 50), 1),
      p99: round(percentile(cold, 99), 1),
      cpuP50: round(percentile(cpu, 50), 1),
      cpuP99: round(percentile(cpu, 99), 1),
      samples: cold.length,
    },
    cached: {
      p50: round(percentile(cached, 50), 4),
      p99: round(percentile(cached, 99), 4),
      samples: cached.length,
    },
    pngBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    met:
      percentile(cold, 99) <= PICTURE_TARGETS.coldP99Ms &&
      percentile(cached, 99) <= PICTURE_TARGETS.cachedP99Ms,
  };
}

const COMMAND_LINES: [string, Record<string, string>][] = [
  ['operation', { name: 'sky-ecc' }],
  ['stats', { metric: 'arrests' }],
  ['timeline', {}],
  ['compare', { a: 'sky-ecc', b: 'theseus' }],
  ['export', {}],
];

function measureAnswers(engine: Engine): AnswersReport {
  const versionMs = timed(() => corpusVersion(engine.corpus));
  const { operations } = engine.corpus;
  const results = (Object.keys(STAT_METRICS) as StatMetric[]).map((m) => engine.stats(m));
  const lookUps = [
    ...operations.map((op) => () => operationMap(engine, op)),
    ...results.map((result) => () => statsCharts(engine, result)),
  ];
  for (const lookUp of lookUps) lookUp();
  const cached: number[] = [];
  for (let i = 0; i < 4000; i += 1) cached.push(timed(lookUps[i % lookUps.length] ?? (() => 0)));
  const dispatcher = new Dispatcher({ current: () => engine }, silentLogger(), COMMANDS);
  dispatcher.cacheReplies = false; // whole answers made afresh, their pictures from the cache
  const commands: AnswersReport['commands'] = {};
  for (const [name, options] of COMMAND_LINES) {
    const run = () =>
      finalReply(
        dispatcher.plan({
          kind: 'command',
          name,
          options: Object.entries(options).map(([key, value]) => ({ name: key, value })),
          meta: { id: 'bench' },
        }),
      );
    run();
    const times = Array.from({ length: 200 }, () => timed(run));
    commands[name] = { p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3) };
  }
  return {
    versionMs: round(versionMs, 2),
    cachedPicture: {
      p50: round(percentile(cached, 50), 4),
      p99: round(percentile(cached, 99), 4),
      samples: cached.length,
    },
    commands,
  };
}

export function measurePictures(
  corpusDir = resolve(import.meta.dirname, '../corpus'),
  coldSamples = 40,
): PicturesReport {
  const corpus = loadCorpus(corpusDir);
  const engine = new Engine(corpus);
  const maps: OperationMapInput[] = corpus.operations.map((op) => ({
    title: op.name,
    countries: op.countries,
  }));
  const charts: StatsChartInput[] = (Object.keys(STAT_METRICS) as StatMetric[]).flatMap((metric) =>
    engine.stats(metric).ranked.map((ranked) => ({
      title: STAT_LABELS[metric].en,
      unit: ranked.unit,
      bars: ranked.entries.map(({ operation, fact }) => ({
        label: operation.name,
        value: fact.value ?? 0,
        scope: fact.scope,
        qualifier: fact.qualifier,
      })),
    })),
  );
  const timelines: TimelineInput[] = [undefined, ...corpus.operations].map((op) => ({
    title: op === undefined ? 'All operations' : op.name,
    events: timelineEvents(corpus, op === undefined ? {} : { operation: op.id }).map((e, i) => ({
      date: e.date,
      label: e.label,
      citationMark: `[${i + 1}]`,
    })),
  }));
  const report = {
    map: measureKind(maps, renderOperationMap, coldSamples),
    chart: measureKind(charts, renderStatsChart, coldSamples),
    timeline: measureKind(timelines, renderTimeline, coldSamples),
  };
  const answers = measureAnswers(engine);
  const met =
    Object.values(report).every((kind) => kind.met) &&
    answers.cachedPicture.p99 <= PICTURE_TARGETS.answerCachedP99Ms;
  return { ...report, answers, targets: PICTURE_TARGETS, met };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const report = measurePictures(undefined, args.includes('--quick') ? 10 : 40);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    for (const kind of ['map', 'chart', 'timeline'] as const) {
      const r = report[kind];
      process.stdout.write(
        `${kind.padEnd(9)} first ${r.firstMs} ms · cold p50 ${r.cold.p50} ms, p99 ${r.cold.p99} ms ` +
          `(target ≤ ${PICTURE_TARGETS.coldP99Ms}), CPU p50 ${r.cold.cpuP50} ms, p99 ${r.cold.cpuP99} ms · ` +
          `cached p50 ${r.cached.p50} ms, p99 ${r.cached.p99} ms (target ≤ ${PICTURE_TARGETS.cachedP99Ms}) · ` +
          `PNG ${Math.round(r.pngBytes.min / 1024)}–${Math.round(r.pngBytes.max / 1024)} KiB · ` +
          `${r.met ? 'met' : 'NOT met'}\n`,
      );
    }
    const { answers } = report;
    process.stdout.write(
      `answers   corpus version ${answers.versionMs} ms once per engine · cached picture in an answer ` +
        `p50 ${answers.cachedPicture.p50} ms, p99 ${answers.cachedPicture.p99} ms ` +
        `(target ≤ ${PICTURE_TARGETS.answerCachedP99Ms})\n`,
    );
    for (const [name, t] of Object.entries(answers.commands)) {
      process.stdout.write(
        `  /${name.padEnd(9)} p50 ${t.p50} ms, p99 ${t.p99} ms (pictures cached)\n`,
      );
    }
    // Wall times depend on what else runs: the load average says how busy the machine was.
    const load = loadavg().map((n) => n.toFixed(1));
    process.stdout.write(
      `targets ${report.met ? 'met' : 'NOT met'} · load average ${load.join(' ')}\n`,
    );
  }
}
