import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusProblem } from '../corpus/errors.ts';
import {
  documentFiles,
  duplicateIdProblem,
  loadCorpus,
  readDocumentBytes,
} from '../corpus/loadCorpus.ts';
import { PassageTable, PassageTableBuilder } from '../corpus/passages.ts';
import { StoredDocument } from '../corpus/storedDocument.ts';
import { TextStore, TextStoreWriter } from '../corpus/textStore.ts';
import type { Corpus } from '../corpus/types.ts';
import { prepareBatches, type BatchSource, type PrepareOutcome } from './buildWorkers.ts';
import {
  contentHash,
  documentMetaSchema,
  type BatchItem,
  type PreparedBatch,
} from './documentBatch.ts';
import { GrowableInt32 } from './growable.ts';
import { IndexFileError, readIndexFile, writeIndexFile } from './indexFile.ts';
import { PassageIndex, PassageIndexBuilder, type PassageIndexColumns } from './passageIndex.ts';
import { STOPWORDS } from './stopwords.ts';

// Bump when tokenising, passage splitting, hashing or the saved layout changes: old caches are
// rebuilt.
const FORMAT = 3;
/** A file modified this close to the manifest's writing may have changed unseen: hash it. */
const RACY_MS = 2_000;

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  writtenAt: z.number(),
  textFile: z.string(),
  indexFile: z.string(),
  textBytes: z.number().int().nonnegative(),
  documents: z.array(
    z.object({
      name: z.string(),
      size: z.number(),
      mtimeMs: z.number(),
      hash: z.string(),
      offset: z.number().int().nonnegative(),
      length: z.number().int().nonnegative(),
      meta: documentMetaSchema,
    }),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;
type ManifestEntry = Manifest['documents'][number];

export interface IndexCacheOptions {
  /** A git-ignored folder for saved indexes; each corpus folder gets its own subfolder. */
  cacheDir: string;
  /**
   * Worker threads that read and count documents when the index is built from scratch
   * (default: one per core, up to four, from 2,000 documents; 0 builds in this thread).
   */
  workers?: number;
}

export interface IndexedCorpus {
  corpus: Corpus;
  /** The corpus's content key: changes whenever a document changes (for answer caches). */
  version: string;
  /** Whether the saved index was used, and if not, why it was (re)built. */
  cache: { outcome: 'restored' | 'built' | 'uncached'; reason: string };
  /** Documents reused from the saved copy without reading and parsing their files again. */
  reusedDocuments: number;
  timings: { scanMs: number; loadMs: number };
  /** For a build: the worker threads it started, and why they were given up if one failed. */
  workers?: { threads: number; failure?: string };
}

interface ScannedFile {
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
  /** Set when the saved manifest can vouch for the file without reading it. */
  hash?: string;
}

function corpusKey(files: readonly { name: string; hash: string }[]): string {
  const hash = createHash('sha1').update(`format ${FORMAT}\n${[...STOPWORDS].join(' ')}\n`);
  for (const { name, hash: fileHash } of files) hash.update(`${name} ${fileHash}\n`);
  return hash.digest('hex');
}

function readManifest(path: string): { manifest?: Manifest; reason: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { reason: 'no saved index' };
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { manifest: parsed.data, reason: '' }
      : { reason: 'the saved manifest is of another format or damaged' };
  } catch {
    return { reason: 'the saved manifest is damaged' };
  }
}

/** Per file, its content hash: from the manifest when size and time match, else read. */
function hashFiles(
  dir: string,
  files: ScannedFile[],
  manifest: Manifest | undefined,
): Map<string, string> {
  const known = new Map(manifest?.documents.map((d) => [d.name, d]));
  const hashes = new Map<string, string>();
  for (const file of files) {
    const entry = known.get(file.name);
    const unchanged =
      manifest !== undefined &&
      entry !== undefined &&
      entry.size === file.size &&
      entry.mtimeMs === file.mtimeMs &&
      file.mtimeMs < manifest.writtenAt - RACY_MS;
    if (unchanged) {
      hashes.set(file.name, entry.hash);
      continue;
    }
    // Read as the loader reads (no FIFO, no link out of the corpus, size-capped): a file that
    // cannot be read hashes as its problem, and the load reports it.
    hashes.set(file.name, contentHash(readDocumentBytes(dir, file.path)));
  }
  return hashes;
}

function int32(bytes: Buffer | undefined): Int32Array {
  if (bytes === undefined) throw new IndexFileError('a section is missing');
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function uint32(bytes: Buffer | undefined): Uint32Array {
  if (bytes === undefined) throw new IndexFileError('a section is missing');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function uint16(bytes: Buffer | undefined): Uint16Array {
  if (bytes === undefined) throw new IndexFileError('a section is missing');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
}

/** Opens the saved text store, checking it has the length the manifest recorded. */
function openStore(folder: string, manifest: Manifest): TextStore {
  const path = join(folder, manifest.textFile);
  if (statSync(path).size !== manifest.textBytes)
    throw new IndexFileError('the saved text has the wrong length');
  return new TextStore(path);
}

/** The saved passages and index over the saved documents; IndexFileError when unusable. */
function restoreIndex(
  folder: string,
  manifest: Manifest,
  store: TextStore,
): { documents: StoredDocument[]; table: PassageTable; index: PassageIndex } {
  const sections = readIndexFile(join(folder, manifest.indexFile), manifest.key);
  const documents = manifest.documents.map(
    (d) => new StoredDocument(d.meta, store, { offset: d.offset, length: d.length }),
  );
  const postingTfs = sections.get('postingTfs');
  if (postingTfs === undefined) throw new IndexFileError('a section is missing');
  const vocabulary = sections.get('vocabulary')?.toString('utf8') ?? '';
  try {
    const table = PassageTable.fromColumns(documents, {
      firstOfDocument: int32(sections.get('firstOfDocument')),
      starts: int32(sections.get('starts')),
      ends: int32(sections.get('ends')),
      bytes: {
        byteStarts: int32(sections.get('byteStarts')),
        byteEnds: int32(sections.get('byteEnds')),
      },
    });
    const index = PassageIndex.restore(table, {
      vocabulary: vocabulary === '' ? [] : vocabulary.split('\n'),
      postingStarts: uint32(sections.get('postingStarts')),
      postingDocs: int32(sections.get('postingDocs')),
      postingTfs,
      lengths: uint16(sections.get('lengths')),
      sorted: int32(sections.get('sorted')),
    });
    return { documents, table, index };
  } catch (error) {
    throw new IndexFileError(error instanceof Error ? error.message : String(error));
  }
}

function saveSections(
  table: PassageTable,
  columns: PassageIndexColumns,
): Map<string, ArrayBufferView> {
  return new Map<string, ArrayBufferView>([
    ['vocabulary', Buffer.from(columns.vocabulary.join('\n'), 'utf8')],
    ['postingStarts', columns.postingStarts],
    ['postingDocs', columns.postingDocs],
    ['postingTfs', columns.postingTfs],
    ['lengths', columns.lengths],
    ['sorted', columns.sorted],
    ['firstOfDocument', table.firstOfDocument],
    ['starts', table.starts],
    ['ends', table.ends],
    ['byteStarts', table.bytes?.byteStarts ?? new Int32Array(0)],
    ['byteEnds', table.bytes?.byteEnds ?? new Int32Array(0)],
  ]);
}

/** Documents per batch: a worker's unit of work, a few megabytes of text. */
const BATCH = 128;
/** Below this many documents a build stays in one thread: starting workers costs more. */
const WORKERS_FROM = 2_000;

/**
 * Worker threads for a first build of `documents` documents: one per core (up to four) from a
 * size on; none on one core, where a worker would only add its start-up to the same work.
 */
function defaultWorkers(documents: number): number {
  const cores = availableParallelism();
  return documents >= WORKERS_FROM && cores > 1 ? Math.min(cores, 4) : 0;
}

/**
 * Reads every document (or takes it from the saved copy when its content is unchanged), writes
 * the text store and the index as it goes, then saves the manifest last: a crash part-way
 * leaves the previous cache in place, never a half-written one. Documents are read, hashed,
 * parsed, split and counted in batches, by worker threads when `workers` > 0 (only documents
 * read from their files; an incremental build reuses the saved ones in this thread).
 */
function build(
  dir: string,
  folder: string,
  files: readonly ScannedFile[],
  previous:
    { manifest: Manifest; store: TextStore; hashes: ReadonlyMap<string, string> } | undefined,
  workers: number,
): { corpus: Corpus; reused: number; key: string; workerFailure?: string } {
  const stamp = `${process.pid}-${Date.now()}`;
  const textFile = `text-${stamp}.bin`;
  const indexFile = `index-${stamp}.bin`;
  const writer = new TextStoreWriter(join(folder, textFile));
  const tableBuilder = new PassageTableBuilder();
  // About one distinct word per ten bytes of text: sized once, the postings rarely regrow.
  const indexBuilder = new PassageIndexBuilder(
    Math.ceil(files.reduce((sum, f) => sum + f.size, 0) / 12),
  );
  const problems: CorpusProblem[] = [];
  const entries: ManifestEntry[] = [];
  const hashed: { name: string; hash: string }[] = [];
  const ids = new Set<string>();
  const saved = new Map(previous?.manifest.documents.map((d) => [d.name, d]));
  let reused = 0;
  let bytes = 0;
  const items: BatchItem[] = files.map((file) => {
    const prior = saved.get(file.name);
    const hash = previous?.hashes.get(file.name);
    if (previous === undefined || prior === undefined || prior.hash !== hash)
      return { name: file.name, path: file.path };
    reused += 1;
    const store = previous.store;
    return {
      name: file.name,
      path: file.path,
      reuse: { meta: prior.meta, text: () => store.read(prior), hash: prior.hash },
    };
  });
  const batches: BatchItem[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  /** Per preparer, this builder's term id of each of its term ids. */
  const termMaps = new Map<BatchSource, GrowableInt32>();
  const take = (batch: PreparedBatch, source: BatchSource): void => {
    let termMap = termMaps.get(source);
    if (termMap === undefined) termMaps.set(source, (termMap = new GrowableInt32()));
    for (const term of indexBuilder.termsOf(batch.newWords)) termMap.push(term);
    const toTerm = termMap.view();
    for (const doc of batch.documents) {
      hashed.push({ name: doc.name, hash: doc.hash });
      problems.push(...doc.problems);
      const file = files[hashed.length - 1];
      if (doc.meta === undefined || file === undefined) continue;
      if (ids.has(doc.meta.id)) {
        problems.push(duplicateIdProblem(dir, file.path, doc.meta.id));
        continue;
      }
      ids.add(doc.meta.id);
      const span = writer.appendBytes(
        batch.text.subarray(doc.textStart, doc.textStart + doc.textLength),
      );
      bytes += span.length;
      tableBuilder.addSpans(batch.spans, doc.firstPassage, doc.passages);
      for (let p = doc.firstPassage; p < doc.firstPassage + doc.passages; p += 1) {
        indexBuilder.addCounted(
          batch.terms,
          batch.tfs,
          batch.passageStarts[p] ?? 0,
          batch.passageStarts[p + 1] ?? 0,
          batch.lengths[p] ?? 0,
          toTerm,
        );
      }
      entries.push({
        name: file.name,
        size: file.size,
        mtimeMs: file.mtimeMs,
        hash: doc.hash,
        ...span,
        meta: doc.meta,
      });
    }
  };
  let outcome: PrepareOutcome;
  try {
    outcome = prepareBatches(dir, batches, previous === undefined ? workers : 0, take);
  } finally {
    writer.close();
  }
  const key = corpusKey(hashed);
  const store = new TextStore(join(folder, textFile));
  const docs = entries.map((e) => new StoredDocument(e.meta, store, e));
  const table = tableBuilder.finish(docs);
  const documents = new Map(docs.map((d) => [d.id, d]));
  if (problems.length > 0) {
    // loadCorpus reports every problem at once; nothing is saved for a corpus that fails.
    rmSync(join(folder, textFile), { force: true });
    return { corpus: loadCorpus(dir, { documents, problems, passages: table }), reused, key };
  }
  const corpus = loadCorpus(dir, { documents, problems, passages: table });
  const index = indexBuilder.finish(table);
  writeIndexFile(join(folder, indexFile), key, saveSections(table, index.save()));
  const manifest: Manifest = {
    format: FORMAT,
    key,
    writtenAt: Date.now(),
    textFile,
    indexFile,
    textBytes: bytes,
    documents: entries,
  };
  const temporary = join(folder, `manifest.json.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, join(folder, 'manifest.json'));
  // Older saved copies go; a process still reading one keeps its open file until it closes.
  for (const name of readdirSync(folder))
    if (/^(text|index)-.*\.bin$/.test(name) && name !== textFile && name !== indexFile)
      rmSync(join(folder, name), { force: true });
  return {
    corpus: { ...corpus, passageIndex: index },
    reused,
    key,
    ...(outcome.workerFailure === undefined ? {} : { workerFailure: outcome.workerFailure }),
  };
}

/**
 * Loads and verifies the corpus at `dir` with its passage index, from a saved copy when the
 * documents are unchanged (by content hash) and the copy is intact; otherwise it rebuilds —
 * reusing each unchanged document's parsed front matter and text — and saves the new copy.
 * Document text lives in a file in the cache, off the V8 heap, read when shown. Facts and
 * quotes are verified on every load, as `loadCorpus` does.
 */
export function loadIndexedCorpus(dir: string, options: IndexCacheOptions): IndexedCorpus {
  const started = performance.now();
  const corpusDir = resolve(dir);
  const folder = join(
    resolve(options.cacheDir),
    createHash('sha1').update(corpusDir).digest('hex').slice(0, 16),
  );
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    // A read-only deployment still starts: on the heap, as without a cache.
    const corpus = loadCorpus(corpusDir);
    return {
      corpus,
      version: `uncached-${Date.now()}`,
      cache: { outcome: 'uncached', reason: `cannot write ${folder}: ${String(error)}` },
      reusedDocuments: 0,
      timings: { scanMs: 0, loadMs: Math.round(performance.now() - started) },
    };
  }
  const files: ScannedFile[] = documentFiles(corpusDir).map((path) => {
    // A dangling link has no size: it is hashed (and reported) as unreadable.
    const stat = statSync(path, { throwIfNoEntry: false });
    return { name: basename(path), path, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1 };
  });
  const { manifest, reason: missing } = readManifest(join(folder, 'manifest.json'));
  // Without a saved copy every file is read once, by the build, which hashes it as it goes.
  const hashes = manifest === undefined ? undefined : hashFiles(corpusDir, files, manifest);
  const key =
    hashes === undefined
      ? ''
      : corpusKey(files.map((f) => ({ name: f.name, hash: hashes.get(f.name) ?? '' })));
  const scanned = performance.now();
  const done = (
    corpus: Corpus,
    version: string,
    outcome: 'restored' | 'built',
    reason: string,
    reused: number,
  ): IndexedCorpus => ({
    corpus,
    version,
    cache: { outcome, reason },
    reusedDocuments: reused,
    timings: {
      scanMs: Math.round(scanned - started),
      loadMs: Math.round(performance.now() - scanned),
    },
  });
  let reason = missing;
  let previous: Parameters<typeof build>[3];
  if (manifest !== undefined && hashes !== undefined) {
    try {
      const store = openStore(folder, manifest);
      if (manifest.key !== key) {
        previous = { manifest, store, hashes };
        reason = 'documents changed';
      } else {
        try {
          const { documents, table, index } = restoreIndex(folder, manifest, store);
          const corpus = loadCorpus(corpusDir, {
            documents: new Map(documents.map((d) => [d.id, d])),
            problems: [],
            passages: table,
          });
          return done(
            { ...corpus, passageIndex: index },
            key,
            'restored',
            'unchanged',
            files.length,
          );
        } catch (error) {
          // Damaged: nothing of this copy is trusted, its text included.
          store.close();
          throw error;
        }
      }
    } catch (error) {
      if (!(error instanceof IndexFileError) && !isFileError(error)) throw error;
      reason = `the saved index is unusable (${error.message})`;
    }
  }
  try {
    const threads = previous === undefined ? (options.workers ?? defaultWorkers(files.length)) : 0;
    const built = build(corpusDir, folder, files, previous, threads);
    return {
      ...done(built.corpus, built.key, 'built', reason, built.reused),
      workers:
        built.workerFailure === undefined ? { threads } : { threads, failure: built.workerFailure },
    };
  } finally {
    previous?.store.close();
  }
}

function isFileError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error;
}
