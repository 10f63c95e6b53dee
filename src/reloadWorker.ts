import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { CorpusError } from './corpus/errors.ts';
import { loadIndexedCorpus } from './search/indexCache.ts';

// Off the main thread: read, verify and index the corpus, saving the index and text into the
// cache, so the main thread then only restores it and never stops answering for a build.
const input = z.object({ corpusDir: z.string(), cacheDir: z.string() }).parse(workerData);
try {
  const indexed = loadIndexedCorpus(input.corpusDir, { cacheDir: input.cacheDir });
  parentPort?.postMessage({ ok: true, outcome: indexed.cache.outcome });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    problems: error instanceof CorpusError ? error.message : `reload failed: ${String(error)}`,
  });
}
