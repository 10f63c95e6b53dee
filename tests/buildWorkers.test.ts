import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.ts';
import { documentFiles, loadCorpus } from '../src/corpus/loadCorpus.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { Engine } from '../src/engine/engine.ts';
import { prepareBatches } from '../src/search/buildWorkers.ts';
import type { BatchItem, PreparedBatch } from '../src/search/documentBatch.ts';
import { loadIndexedCorpus } from '../src/search/indexCache.ts';
import { CorpusCopy } from './helpers/corpus.ts';

/** Copies of each shipped document under new ids: enough documents for several batches. */
const COPIES = 40;
const QUERIES = ['rotterdam', 'cocaïne in beslag', 'sniper rifles', 'encrypt', 'copyword17'];

function answers(corpus: Corpus): string[][] {
  const engine = new Engine(corpus);
  return QUERIES.map((q) => engine.search(q, 5).map((h) => `${h.passage.id} ${h.passage.text}`));
}

/** The saved text and index files' bytes. */
function savedFiles(cacheDir: string): { text: Buffer; index: Buffer } {
  const [folder] = readdirSync(cacheDir);
  if (folder === undefined) throw new Error('nothing was saved');
  const names = readdirSync(join(cacheDir, folder));
  const read = (prefix: string): Buffer => {
    const name = names.find((n) => n.startsWith(prefix));
    if (name === undefined) throw new Error(`no ${prefix} file`);
    return readFileSync(join(cacheDir, folder, name));
  };
  return { text: read('text-'), index: read('index-') };
}

describe('building the index in worker threads', () => {
  let copy: CorpusCopy;
  const caches: string[] = [];
  const cacheDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'balkan-ops-workers-'));
    caches.push(dir);
    return dir;
  };

  beforeAll(() => {
    copy = new CorpusCopy();
    const shipped = documentFiles(copy.dir);
    for (let n = 0; n < COPIES; n += 1)
      for (const path of shipped) {
        const name = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
        const text = readFileSync(path, 'utf8')
          .replace(/^id: .*$/m, `id: ${name}-copy${n}`)
          // A word of its own per copy: new words keep arriving in later batches.
          .replace(/\n$/, `\n\nThe copyword${n} file closes here.\n`);
        copy.write(`documents/${name}-copy${n}.md`, text);
      }
  });
  afterAll(() => {
    copy.remove();
    for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  });

  it('saves the same index, text and answers as a build in one thread', () => {
    const alone = loadIndexedCorpus(copy.dir, { cacheDir: cacheDir(), workers: 0 });
    const threadsDir = cacheDir();
    const threaded = loadIndexedCorpus(copy.dir, { cacheDir: threadsDir, workers: 2 });
    expect(alone.workers).toEqual({ threads: 0 });
    expect(threaded.workers).toEqual({ threads: 2 });
    const documents = documentFiles(copy.dir).length;
    expect(threaded.corpus.documents.size).toBe(documents);
    expect(threaded.version).toBe(alone.version);
    const [aloneDir, threadedDir] = caches;
    if (aloneDir === undefined || threadedDir === undefined) throw new Error('no cache folders');
    expect(savedFiles(threadedDir).index.equals(savedFiles(aloneDir).index)).toBe(true);
    expect(savedFiles(threadedDir).text.equals(savedFiles(aloneDir).text)).toBe(true);
    const expected = answers(loadCorpus(copy.dir));
    expect(expected[4]?.[0]).toContain('copyword17');
    expect(answers(threaded.corpus)).toEqual(expected);
    expect([...threaded.corpus.passages]).toEqual([...alone.corpus.passages]);
    // The copy saved by the threads is the one restored next time.
    const restored = loadIndexedCorpus(copy.dir, { cacheDir: threadsDir });
    expect(restored.cache.outcome).toBe('restored');
    expect(answers(restored.corpus)).toEqual(expected);
  });

  it('reports a broken document as the one-thread build does', () => {
    const broken = new CorpusCopy();
    try {
      const [first] = documentFiles(copy.dir);
      for (const path of documentFiles(copy.dir)) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const text = readFileSync(path, 'utf8');
        broken.write(
          `documents/${name}`,
          path === first ? text.replace(/^language: .*$/m, 'language: english') : text,
        );
      }
      const problems = (workers: number): string => {
        try {
          loadIndexedCorpus(broken.dir, { cacheDir: cacheDir(), workers });
        } catch (error) {
          if (error instanceof CorpusError) return error.message;
          throw error;
        }
        return 'loaded';
      };
      const alone = problems(0);
      expect(alone).toMatch(/language/);
      expect(problems(2)).toBe(alone);
    } finally {
      broken.remove();
    }
  });

  it('prepares everything in this thread when a worker cannot start', () => {
    const items: BatchItem[] = documentFiles(copy.dir).map((path) => ({ name: path, path }));
    const batches = [items.slice(0, 100), items.slice(100, 200), items.slice(200)];
    const collect = (
      workers: number,
      url?: URL,
    ): { batches: PreparedBatch[]; failure?: string } => {
      const prepared: PreparedBatch[] = [];
      const outcome = prepareBatches(
        copy.dir,
        batches,
        workers,
        (batch) => prepared.push(batch),
        url,
      );
      return {
        batches: prepared,
        ...(outcome.workerFailure !== undefined && { failure: outcome.workerFailure }),
      };
    };
    const alone = collect(0);
    const missing = collect(2, new URL('./noSuchBuildWorker.ts', import.meta.url));
    expect(missing.failure).toMatch(/noSuchBuildWorker/);
    expect(missing.batches).toEqual(alone.batches);
    expect(alone.batches.map((b) => b.documents.length)).toEqual(batches.map((b) => b.length));
    // A worker that exits mid-build is heard of at once (not after its silence limit), and
    // this thread prepares what is left.
    const started = Date.now();
    const exiting = collect(2, new URL('./helpers/exitingBuildWorker.ts', import.meta.url));
    expect(exiting.failure).toMatch(/exited \(code 7\)/);
    expect(exiting.batches).toEqual(alone.batches);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
