import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import { Bot } from './bot.ts';

export interface Runtime {
  bot: Bot;
  engine: Engine;
  /** Milliseconds from the start of loading to a ready engine. */
  readyMs: number;
}

/** Loads and verifies the corpus, builds the indexes once, and wires the dispatcher. */
export function createRuntime(corpusDir: string, logger: Logger): Runtime {
  const started = performance.now();
  const corpus = loadCorpus(resolve(corpusDir));
  const engine = new Engine(corpus);
  const readyMs = performance.now() - started;
  logger.debug(
    {
      documents: corpus.documents.size,
      passages: corpus.passages.length,
      operations: corpus.operations.length,
      readyMs,
    },
    'corpus loaded',
  );
  return { bot: new Bot(engine, logger), engine, readyMs };
}
