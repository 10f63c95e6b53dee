import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { COMMANDS } from '../src/commands/index.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { PassageTable, type Passage } from '../src/corpus/passages.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { Engine } from '../src/engine/engine.ts';
import { Dispatcher } from '../src/interactions/dispatcher.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { silentLogger } from '../src/log.ts';
import { loadIndexedCorpus } from '../src/search/indexCache.ts';
import { STOPWORDS } from '../src/search/stopwords.ts';
import { tokenize } from '../src/text/normalize.ts';
import { PassageIndex as BaselineIndex } from './baseline/passageIndexV0.ts';
import {
  AUTOCOMPLETE,
  CITE_QUERIES,
  COUNTRY_QUERIES,
  OPERATION_QUERIES,
  REAL_TARGETS,
  SEARCH_QUERIES,
} from './queries.ts';
import { mb, percentile, round, timed } from './stats.ts';
import { readPlanted, type PlantedPassage } from './syntheticCorpus.ts';

// One corpus, one pipeline, in its own process so that time and memory are that pipeline's.
// Usage: measureSize.ts --pipeline baseline|build|restore [--cache DIR] [--baselines] [DIR]
//   baseline  the pipeline before issue 14: loadCorpus, passages on the heap, the old index;
//   build     the index cache with nothing saved: read, index, save;
//   restore   the index cache with a saved copy.
// DIR is a folder written by writeSyntheticCorpus (default: the shipped corpus). Prints JSON.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pipeline: { type: 'string', default: 'restore' },
    cache: { type: 'string', default: resolve(import.meta.dirname, '../.cache/bench-index') },
    baselines: { type: 'boolean', default: false },
  },
});
const ASK_QUESTIONS = [
  'how many arrests in Serbia?',
  'who led the Balkan cartel action day?',
  'hoeveel huiszoekingen bij Sky ECC?',
  'koliko je kokaina zaplijenjeno u akciji Balkanskog kartela?',
  'Колико је ухапшено у операцији Тезеј?',
  'when did Theseus take place?',
];
// About 2,000 characters of claims, true, twisted and unknown, in the bot's languages.
const CHECK_MESSAGE = [
  'Serbia arrested 23 people on 11 May.',
  '24,000 officers took part in JAD SEE.',
  'Theseus lasted eight days and 236 people were arrested.',
  'In Servië werden 13 mensen gearresteerd.',
  'U akciji Sky ECC zaplenjeno je 40 brodova.',
  'Spain led the Balkan Cartel operation.',
  'Operation Trojan Shield arrested 800.',
  '626 tonnes of cocaine were seized in the Joint Action Days.',
]
  .join(' ')
  .repeat(6)
  .slice(0, 2000);

const shipped = resolve(import.meta.dirname, '../corpus');
const dir = positionals[0] ?? shipped;
const pipeline = values.pipeline;
const gc = (globalThis as { gc?: () => void }).gc;

interface Latency {
  p50: number;
  p99: number;
  max: number;
  samples: number[];
}

/**
 * Calls before sampling: a bot in service has answered many requests, so its code is compiled
 * and optimised; one call before sampling measured V8's tiers as much as the bot. Every mix is
 * warmed for at least WARM_ROUNDS rounds and WARM_CALLS calls: 20 rounds of the one-message
 * /check mix were 20 calls (the /search mix's were 1,540), and V8 was still optimising the
 * claim code's functions through its first ~150 /checks (`--trace-opt`), which put /check's
 * p99 at 3–4× its settled value.
 */
const WARM_ROUNDS = 20;
const WARM_CALLS = 300;

function mixLatency(calls: (() => unknown)[], rounds: number): Latency {
  const warmRounds = Math.max(WARM_ROUNDS, Math.ceil(WARM_CALLS / calls.length));
  for (let r = 0; r < warmRounds; r += 1) for (const call of calls) call();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) for (const call of calls) samples.push(timed(call));
  return {
    p50: round(percentile(samples, 50), 3),
    p99: round(percentile(samples, 99), 3),
    max: round(Math.max(...samples), 3),
    samples: samples.map((s) => round(s, 4)),
  };
}

function peakRssMB(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024, 1);
}

/** The old pipeline's search, with the same shape as the engine's, for the quality figures. */
type SearchFn = (query: string, limit: number) => { passage: { document: string } }[];

function load(): { corpus: Corpus; search: SearchFn; engine: Engine; cache?: string } {
  if (pipeline === 'baseline') {
    const corpus = loadCorpus(dir);
    const index = BaselineIndex.build([...corpus.passages]);
    // The engine's other indexes as before; its passage search answered by the old index, so
    // the baseline's replies go through the same engine and renderer as the new pipeline's.
    const engine = new Engine({ ...corpus, passages: PassageTable.split([]) });
    engine.search = (q, limit) => index.search(q, limit ?? 3);
    return { corpus, engine, search: (q, limit) => index.search(q, limit) };
  }
  const loaded = loadIndexedCorpus(dir, { cacheDir: values.cache });
  const engine = new Engine(loaded.corpus);
  return {
    corpus: loaded.corpus,
    engine,
    search: (q, limit) => engine.search(q, limit),
    cache: `${loaded.cache.outcome}: ${loaded.cache.reason}`,
  };
}

function rankOf(documents: string[], wanted: string): number {
  const at = documents.indexOf(wanted);
  return at < 0 ? Infinity : at + 1;
}

{
  const planted: PlantedPassage[] = dir === shipped ? [] : readPlanted(dir);
  gc?.();
  const started = performance.now();
  const { corpus, engine, search, cache } = load();
  const readyMs = performance.now() - started;
  gc?.();
  const memory = process.memoryUsage();
  const n = corpus.passages.length;
  const rounds = n >= 100_000 ? 5 : 10;
  const searchQueries = [...SEARCH_QUERIES, ...planted.map((p) => p.query)];
  // The real path: the dispatcher, with its per-corpus answer cache for autocomplete.
  const dispatcher = new Dispatcher({ current: () => engine }, silentLogger(), COMMANDS);
  // What making each reply costs: the same commands repeat here, and a cached reply is a lookup.
  dispatcher.cacheReplies = false;
  const meta = { id: 'bench' };
  const command = (name: string, options: Record<string, string>) =>
    finalReply(
      dispatcher.plan({
        kind: 'command',
        name,
        options: Object.entries(options).map(([key, value]) => ({ name: key, value })),
        meta,
      }),
    );
  const complete = (name: string, option: string, value: string) =>
    dispatcher.plan({
      kind: 'autocomplete',
      name,
      options: [{ name: option, value, focused: true }],
      meta,
    });
  // The same choices computed every time, as without the cache.
  const completeUncached = (name: string, value: string) =>
    name === 'country' ? engine.completeCountries(value, 25) : engine.completeOperations(value, 25);
  const commands = {
    // The index alone, then the whole reply (engine and renderer) for each command.
    index: mixLatency(
      searchQueries.map((q) => () => search(q, 3)),
      rounds,
    ),
    search: mixLatency(
      searchQueries.map((query) => () => command('search', { query })),
      rounds,
    ),
    operation: mixLatency(
      OPERATION_QUERIES.map((name) => () => command('operation', { name })),
      rounds,
    ),
    country: mixLatency(
      COUNTRY_QUERIES.map((name) => () => command('country', { name })),
      rounds,
    ),
    cite: mixLatency(
      CITE_QUERIES.map((claim) => () => command('cite', { claim })),
      rounds,
    ),
    // Plain-language questions, and a pasted message of up to 2,000 characters of claims.
    ask: mixLatency(
      ASK_QUESTIONS.map((question) => () => command('ask', { question })),
      rounds,
    ),
    check: mixLatency([() => command('check', { text: CHECK_MESSAGE })], rounds * 4),
    autocomplete: mixLatency(
      AUTOCOMPLETE.map(
        ([c, , v]) =>
          () =>
            completeUncached(c, v),
      ),
      rounds * 4,
    ),
    autocompleteCached: mixLatency(
      AUTOCOMPLETE.map(
        ([c, o, v]) =>
          () =>
            complete(c, o, v),
      ),
      rounds * 4,
    ),
  };

  const ranks = planted.map((p) =>
    rankOf(
      search(p.query, 3).map((h) => h.passage.document),
      p.document,
    ),
  );
  const realRanks = REAL_TARGETS.map(([q, doc]) =>
    rankOf(
      search(q, 3).map((h) => h.passage.document),
      doc,
    ),
  );
  const quality = {
    planted: planted.length,
    plantedWithTypo: planted.filter((p) => p.typo).length,
    top1: ranks.filter((r) => r === 1).length,
    top3: ranks.filter((r) => r <= 3).length,
    realTop1: realRanks.filter((r) => r === 1).length,
    real: realRanks.length,
    realMissed: REAL_TARGETS.filter((_, i) => realRanks[i] !== 1).map(([q]) => q),
  };

  const report: Record<string, unknown> = {
    pipeline,
    cache,
    passages: n,
    documents: corpus.documents.size,
    readyMs: round(readyMs, 0),
    heapMB: mb(memory.heapUsed),
    rssMB: mb(memory.rss),
    commands,
    quality,
  };

  if (values.baselines) {
    // Other libraries on the same passages, after our own figures were taken.
    const passages: Passage[] = [...corpus.passages];
    const sample = [
      ...SEARCH_QUERIES.slice(0, 2),
      ...planted.slice(0, n >= 100_000 ? 2 : n >= 10_000 ? 4 : 10).map((p) => p.query),
    ];
    const oursSample = sample.map((q) => timed(() => search(q, 3)));
    const fuse = new Fuse(passages, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
    const fuseTimes = sample.map((q) => timed(() => fuse.search(q, { limit: 3 })));
    const miniStarted = performance.now();
    const mini = new MiniSearch<{ i: number; text: string }>({
      fields: ['text'],
      idField: 'i',
      tokenize: (text) => tokenize(text),
      processTerm: (term) => (STOPWORDS.has(term) ? null : term),
      searchOptions: { fuzzy: 0.2, prefix: true, processTerm: (term) => term },
    });
    mini.addAll(passages.map((p, i) => ({ i, text: p.text })));
    const miniBuildMs = performance.now() - miniStarted;
    for (const q of searchQueries) mini.search(q);
    const miniTimes = searchQueries.map((q) => timed(() => mini.search(q)));
    const miniTop1 = planted.filter(
      (p) => passages[mini.search(p.query)[0]?.id as number]?.document === p.document,
    ).length;
    const miniReal = REAL_TARGETS.filter(
      ([q, doc]) => passages[mini.search(q)[0]?.id as number]?.document === doc,
    ).length;
    const fuseMedian = percentile(fuseTimes, 50);
    const oursMedian = percentile(oursSample, 50);
    report.baselines = {
      fuseScan: {
        queries: sample.length,
        p50: round(fuseMedian, 1),
        ratio: round(fuseMedian / Math.max(oursMedian, 0.001), 0),
      },
      minisearch: {
        options: 'fuzzy 0.2, prefix, same tokenizer and stop words',
        buildMs: round(miniBuildMs, 0),
        p50: round(percentile(miniTimes, 50), 2),
        p99: round(percentile(miniTimes, 99), 2),
        top1: miniTop1,
        realTop1: miniReal,
      },
    };
  }
  report.peakRssMB = peakRssMB();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
