import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { COMMANDS } from '../src/commands/index.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import type { Passage } from '../src/corpus/passages.ts';
import { Engine } from '../src/engine/engine.ts';
import { Dispatcher } from '../src/interactions/dispatcher.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { silentLogger } from '../src/log.ts';
import { STOPWORDS } from '../src/search/stopwords.ts';
import { tokenize } from '../src/text/normalize.ts';
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

// One corpus, in its own process so that memory figures are the engine's, not the generator's.
// Usage: measureSize.ts [dir] — a folder written by writeSyntheticCorpus, or the shipped corpus.
// Prints one JSON object.
const shipped = resolve(import.meta.dirname, '../corpus');
const dir = process.argv[2] ?? shipped;
const gc = (globalThis as { gc?: () => void }).gc;

function mixLatency(
  calls: (() => unknown)[],
  rounds: number,
): { p50: number; p99: number; samples: number } {
  for (const call of calls) call();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) for (const call of calls) samples.push(timed(call));
  return {
    p50: round(percentile(samples, 50), 3),
    p99: round(percentile(samples, 99), 3),
    samples: samples.length,
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
  const corpus = loadCorpus(dir);
  const loadedAt = performance.now();
  const engine = new Engine(corpus);
  const readyAt = performance.now();
  gc?.();
  const memory = process.memoryUsage();
  const dispatcher = new Dispatcher({ current: () => engine }, silentLogger(), COMMANDS);
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
  const rounds = corpus.passages.length >= 100_000 ? 5 : 10;

  const searchQueries = [...SEARCH_QUERIES, ...planted.map((p) => p.query)];
  const commands = {
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
    autocomplete: mixLatency(
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
      engine.search(p.query, 3).map((h) => h.passage.document),
      p.document,
    ),
  );
  const realRanks = REAL_TARGETS.map(([q, doc]) =>
    rankOf(
      engine.search(q, 3).map((h) => h.passage.document),
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
  };

  // Baselines on the same passages, after our own figures were taken.
  const passages: readonly Passage[] = corpus.passages;
  const n = corpus.passages.length;
  // A fuse.js scan takes seconds per query at 100,000 passages: a few queries tell enough.
  const sample = [
    ...SEARCH_QUERIES.slice(0, 2),
    ...planted.slice(0, n >= 100_000 ? 2 : n >= 10_000 ? 4 : 10).map((p) => p.query),
  ];
  const oursSample: number[] = sample.map((q) => timed(() => engine.search(q, 3)));
  const fuse = new Fuse(passages, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  const fuseTimes: number[] = [];
  let fuseTop1 = 0;
  for (const query of sample) {
    let first: Passage | undefined;
    fuseTimes.push(timed(() => (first = fuse.search(query, { limit: 3 })[0]?.item)));
    const target = planted.find((p) => p.query === query);
    if (target !== undefined && first?.document === target.document) fuseTop1 += 1;
  }
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
  const miniTimes: number[] = [];
  for (const q of searchQueries) miniTimes.push(timed(() => mini.search(q)));
  const miniTop1 = planted.filter(
    (p) => passages[mini.search(p.query)[0]?.id as number]?.document === p.document,
  ).length;

  const fuseMedian = percentile(fuseTimes, 50);
  const oursMedian = percentile(oursSample, 50);
  process.stdout.write(
    `${JSON.stringify({
      passages: corpus.passages.length,
      documents: corpus.documents.size,
      loadMs: round(readyAt - started, 0),
      corpusMs: round(loadedAt - started, 0),
      indexMs: round(readyAt - loadedAt, 0),
      heapMB: mb(memory.heapUsed),
      rssMB: mb(memory.rss),
      vocabulary: engine.passages.vocabularySize,
      commands,
      quality,
      baselines: {
        fuseScan: {
          queries: sample.length,
          p50: round(fuseMedian, 1),
          oursP50OnSameQueries: round(oursMedian, 3),
          ratio: round(fuseMedian / Math.max(oursMedian, 0.001), 0),
          top1: fuseTop1,
          plantedInSample: sample.filter((q) => planted.some((p) => p.query === q)).length,
        },
        minisearch: {
          options: 'fuzzy 0.2, prefix, same tokenizer and stop words',
          buildMs: round(miniBuildMs, 0),
          p50: round(percentile(miniTimes, 50), 2),
          p99: round(percentile(miniTimes, 99), 2),
          top1: miniTop1,
        },
      },
    })}\n`,
  );
}
