import { resolve } from 'node:path';
import { COMMANDS } from './commands/index.ts';
import { loadCorpus } from './corpus/loadCorpus.ts';
import { Engine } from './engine/engine.ts';
import { Dispatcher } from './interactions/dispatcher.ts';
import type { Logger } from './log.ts';

export interface Runtime {
  dispatcher: Dispatcher;
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
  return { dispatcher: new Dispatcher(engine, logger, COMMANDS), engine, readyMs };
}
