import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { COMMANDS, MESSAGE_COMMANDS } from './commands/index.ts';
import { CorpusError } from './corpus/errors.ts';
import { loadCorpus, useParsedYamlCache } from './corpus/loadCorpus.ts';
import { ParsedYamlCache } from './corpus/parsedYaml.ts';
import type { Corpus } from './corpus/types.ts';
import { corpusVersion } from './corpus/version.ts';
import { Engine } from './engine/engine.ts';
import type { Command } from './interactions/command.ts';
import { Dispatcher, type EngineSource } from './interactions/dispatcher.ts';
import type { Logger } from './log.ts';
import { loadIndexedCorpus } from './search/indexCache.ts';
import { runWorker } from './reloadInWorker.ts';

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

export interface RuntimeOptions {
  /** Where the built index is saved between starts; none: build in memory every time. */
  indexCacheDir?: string | undefined;
  /** The slash commands served (tests add their own). */
  commands?: readonly Command[];
}

/** One cache folder per corpus folder, so two corpora never take turns rebuilding one cache. */
export function cacheFolderFor(indexCacheDir: string, corpusDir: string): string {
  const key = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(resolve(indexCacheDir), key);
}

/** Loads and verifies the corpus (restoring its saved index when it is unchanged). */
export function loadServed(corpusDir: string, options: RuntimeOptions, logger: Logger): Served {
  const started = performance.now();
  let corpus: Corpus;
  let documentsKey: string | undefined;
  if (options.indexCacheDir === undefined) {
    corpus = loadCorpus(resolve(corpusDir));
  } else {
    const cacheDir = cacheFolderFor(options.indexCacheDir, corpusDir);
    const parsedYaml = ParsedYamlCache.open(join(cacheDir, 'parsed-yaml.json'));
    useParsedYamlCache(parsedYaml);
    let indexed: ReturnType<typeof loadIndexedCorpus>;
    try {
      indexed = loadIndexedCorpus(resolve(corpusDir), { cacheDir });
    } finally {
      useParsedYamlCache(undefined);
    }
    parsedYaml.save();
    logger.debug(
      { cache: indexed.cache, timings: indexed.timings, workers: indexed.workers },
      'passage index',
    );
    corpus = indexed.corpus;
    documentsKey = indexed.cache.outcome === 'uncached' ? undefined : indexed.version;
  }
  const version = corpusVersion(corpus, documentsKey);
  const engine = new Engine(corpus, version);
  return { engine, version, loadedAt: new Date(), readyMs: performance.now() - started };
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
    private readonly options: RuntimeOptions = {},
  ) {
    this.served = loadServed(corpusDir, options, logger);
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
    this.dispatcher = new Dispatcher(this, logger, options.commands ?? COMMANDS, MESSAGE_COMMANDS);
  }

  current(): Engine {
    return this.served.engine;
  }

  get engine(): Engine {
    return this.served.engine;
  }

  /**
   * Builds the lookups the engine leaves to first use (see Engine.prepare). The start calls it
   * once the transport is up; a reloaded corpus is prepared before it is swapped in.
   */
  prepare(): void {
    this.served.engine.prepare();
  }

  get readyMs(): number {
    return this.served.readyMs;
  }

  status(): { version: string; loadedAt: string } {
    return { version: this.served.version, loadedAt: this.served.loadedAt.toISOString() };
  }

  /**
   * Reloads without holding up answers: a worker thread reads, verifies and indexes the corpus
   * into the index cache while this thread keeps serving; then the saved index is restored here
   * and swapped in. Reloads asked for while one runs share it. Without an index cache the
   * reload runs here.
   */
  reloadInBackground(): Promise<ReloadResult> {
    this.pending ??= this.buildElsewhere().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private pending: Promise<ReloadResult> | undefined;

  private async buildElsewhere(): Promise<ReloadResult> {
    const { indexCacheDir } = this.options;
    if (indexCacheDir === undefined) return this.reload();
    const built = await runWorker({
      corpusDir: resolve(this.corpusDir),
      cacheDir: cacheFolderFor(indexCacheDir, this.corpusDir),
    });
    if (!built.ok) {
      this.logger.error(
        { problems: built.problems },
        'reload refused: the corpus failed verification',
      );
      return { ok: false, problems: built.problems };
    }
    return this.reload();
  }

  reload(): ReloadResult {
    let next: Served;
    try {
      next = loadServed(this.corpusDir, this.options, this.logger);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      this.logger.error(
        { problems: error.message },
        'reload refused: the corpus failed verification',
      );
      return { ok: false, problems: error.message };
    }
    return this.swap(next);
  }

  private swap(next: Served): ReloadResult {
    next.engine.prepare();
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
export function createRuntime(
  corpusDir: string,
  logger: Logger,
  options: RuntimeOptions = {},
): Runtime {
  return new Runtime(corpusDir, logger, options);
}
