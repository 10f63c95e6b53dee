import { resolve } from 'node:path';
import { COMMANDS, MESSAGE_COMMANDS } from './commands/index.ts';
import { CorpusError } from './corpus/errors.ts';
import { loadCorpus } from './corpus/loadCorpus.ts';
import { Engine } from './engine/engine.ts';
import { Dispatcher, type EngineSource } from './interactions/dispatcher.ts';
import type { Logger } from './log.ts';

/** What is being served: the engine, its corpus version (a content hash) and when it loaded. */
export interface Served {
  engine: Engine;
  version: string;
  loadedAt: Date;
  /** Milliseconds from the start of loading to a ready engine. */
  readyMs: number;
}

export type ReloadResult =
  { ok: true; served: Served; changed: boolean } | { ok: false; problems: string };

function load(corpusDir: string): Served {
  const started = performance.now();
  const corpus = loadCorpus(resolve(corpusDir));
  const engine = new Engine(corpus);
  return {
    engine,
    version: engine.version,
    loadedAt: new Date(),
    readyMs: performance.now() - started,
  };
}

/**
 * The corpus in service and the dispatcher over it. `reload` loads and verifies the corpus
 * again beside the one in service and swaps it in at once; a corpus that fails verification is
 * refused and the old one keeps serving. Plans made before the swap finish on the old engine.
 */
export class Runtime implements EngineSource {
  readonly dispatcher: Dispatcher;
  private served: Served;

  constructor(
    private readonly corpusDir: string,
    private readonly logger: Logger,
  ) {
    this.served = load(corpusDir);
    const { corpus } = this.served.engine;
    logger.debug(
      {
        documents: corpus.documents.size,
        passages: corpus.passages.length,
        operations: corpus.operations.length,
        version: this.served.version,
        readyMs: this.served.readyMs,
      },
      'corpus loaded',
    );
    this.dispatcher = new Dispatcher(this, logger, COMMANDS, MESSAGE_COMMANDS);
  }

  current(): Engine {
    return this.served.engine;
  }

  get engine(): Engine {
    return this.served.engine;
  }

  get readyMs(): number {
    return this.served.readyMs;
  }

  status(): { version: string; loadedAt: string } {
    return { version: this.served.version, loadedAt: this.served.loadedAt.toISOString() };
  }

  reload(): ReloadResult {
    let next: Served;
    try {
      next = load(this.corpusDir);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      this.logger.error(
        { problems: error.message },
        'reload refused: the corpus failed verification',
      );
      return { ok: false, problems: error.message };
    }
    const changed = next.version !== this.served.version;
    this.served = next;
    this.logger.info(
      { version: next.version, changed, readyMs: Math.round(next.readyMs) },
      'corpus reloaded',
    );
    return { ok: true, served: next, changed };
  }
}

/** Loads and verifies the corpus, builds the indexes once, and wires the dispatcher. */
export function createRuntime(corpusDir: string, logger: Logger): Runtime {
  return new Runtime(corpusDir, logger);
}
