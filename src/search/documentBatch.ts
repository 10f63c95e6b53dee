import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CorpusProblem } from '../corpus/errors.ts';
import { parseDocumentFile, readDocumentBytes } from '../corpus/loadCorpus.ts';
import { splitPassages, utf8Offsets } from '../corpus/passages.ts';
import { detachedMeta, type DocumentMeta } from '../corpus/storedDocument.ts';
import { ForwardPostings } from './forwardPostings.ts';
import { GrowableInt32 } from './growable.ts';

/**
 * One document file to prepare, or a document taken unchanged from the saved copy (its text
 * read when its turn comes; such items are prepared in the main thread only).
 */
export interface BatchItem {
  name: string;
  path: string;
  reuse?: { meta: DocumentMeta; text: () => string; hash: string };
}

/** One document of a batch, read, hashed, parsed and split; `meta` unset when it failed. */
export interface PreparedDocument {
  name: string;
  hash: string;
  problems: CorpusProblem[];
  meta?: DocumentMeta | undefined;
  /** Its UTF-8 text in the batch's `text`: [textStart, textStart + textLength). */
  textStart: number;
  textLength: number;
  /** Its passages' numbers in the batch: [firstPassage, firstPassage + passages). */
  firstPassage: number;
  passages: number;
}

/**
 * Documents prepared together: everything the index build does to a document short of giving
 * its terms their final ids. Terms are numbered by the preparer that counted them; `newWords`
 * are the words it met first in this batch, in its id order.
 */
export interface PreparedBatch {
  documents: PreparedDocument[];
  text: Uint8Array;
  newWords: string[];
  /** Per passage, where its terms start in `terms`; one extra entry closes the last. */
  passageStarts: Int32Array;
  /** Per passage, how many content words it holds. */
  lengths: Int32Array;
  /** Per passage, four offsets in its document's text: start, end, UTF-8 byte start, end. */
  spans: Int32Array;
  terms: Int32Array;
  tfs: Uint8Array;
}

const problemSchema = z.object({ file: z.string(), item: z.string(), message: z.string() });
/** A document's front matter as the saved manifest and a worker's batch carry it. */
export const documentMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  published: z.string().optional(),
  url: z.string(),
  language: z.string(),
  note: z.string().optional(),
  file: z.string(),
});

/** A batch as it crosses from a worker thread: checked where it enters the main thread. */
export const preparedBatchSchema = z.object({
  documents: z.array(
    z.object({
      name: z.string(),
      hash: z.string(),
      problems: z.array(problemSchema),
      meta: documentMetaSchema.optional(),
      textStart: z.number().int().nonnegative(),
      textLength: z.number().int().nonnegative(),
      firstPassage: z.number().int().nonnegative(),
      passages: z.number().int().nonnegative(),
    }),
  ),
  text: z.instanceof(Uint8Array),
  newWords: z.array(z.string()),
  passageStarts: z.instanceof(Int32Array),
  lengths: z.instanceof(Int32Array),
  spans: z.instanceof(Int32Array),
  terms: z.instanceof(Int32Array),
  tfs: z.instanceof(Uint8Array),
});

/** The content hash of a document file's bytes, or of the problem that keeps it unread. */
export function contentHash(read: { bytes: Uint8Array } | { problem: CorpusProblem }): string {
  const hash = createHash('sha1');
  if ('bytes' in read) hash.update(read.bytes);
  else hash.update(`problem ${read.problem.message}`);
  return hash.digest('hex');
}

/**
 * Reads, hashes, parses, splits and counts documents, batch by batch, in one thread: a worker
 * thread runs one, and so does the main thread when it indexes alone. The vocabulary carries
 * over from batch to batch.
 */
export class DocumentPreparer {
  private readonly forward = new ForwardPostings();
  private readonly spans = new GrowableInt32();
  private wordsSent = 0;

  constructor(private readonly dir: string) {}

  prepare(items: readonly BatchItem[]): PreparedBatch {
    this.forward.clear();
    this.spans.clear();
    const documents: PreparedDocument[] = [];
    const texts: Uint8Array[] = [];
    let textBytes = 0;
    for (const item of items) {
      const document = this.prepareOne(item);
      documents.push(document.prepared);
      if (document.bytes === undefined) continue;
      document.prepared.textStart = textBytes;
      texts.push(document.bytes);
      textBytes += document.bytes.length;
    }
    const text = new Uint8Array(textBytes);
    let at = 0;
    for (const bytes of texts) {
      text.set(bytes, at);
      at += bytes.length;
    }
    const { words, terms, tfs, starts, lengths } = this.forward;
    const passageStarts = new Int32Array(starts.length + 1);
    passageStarts.set(starts.view());
    passageStarts[starts.length] = terms.length;
    const newWords = words.slice(this.wordsSent);
    this.wordsSent = words.length;
    return {
      documents,
      text,
      newWords,
      passageStarts,
      lengths: lengths.view().slice(),
      spans: this.spans.view().slice(),
      terms: terms.view().slice(),
      tfs: tfs.view().slice(),
    };
  }

  private prepareOne(item: BatchItem): { prepared: PreparedDocument; bytes?: Uint8Array } {
    const prepared: PreparedDocument = {
      name: item.name,
      hash: item.reuse?.hash ?? '',
      problems: [],
      textStart: 0,
      textLength: 0,
      firstPassage: this.forward.starts.length,
      passages: 0,
    };
    let meta: DocumentMeta;
    let text: string;
    let bytes: Uint8Array;
    if (item.reuse !== undefined) {
      meta = item.reuse.meta;
      text = item.reuse.text();
      bytes = Buffer.from(text, 'utf8');
    } else {
      const read = readDocumentBytes(this.dir, item.path);
      prepared.hash = contentHash(read);
      if (!('text' in read)) {
        prepared.problems.push(read.problem);
        return { prepared };
      }
      const parsed = parseDocumentFile(this.dir, item.path, read.text);
      prepared.problems.push(...parsed.problems);
      if (parsed.document === undefined) return { prepared };
      const { text: body, ...rest } = parsed.document;
      meta = detachedMeta(rest);
      text = body;
      // The text is the file's tail: its bytes are the file's, no need to encode it again.
      bytes = read.bytes.subarray(read.bytes.length - Buffer.byteLength(body, 'utf8'));
    }
    prepared.meta = meta;
    prepared.textLength = bytes.length;
    const spans = splitPassages(meta.id, text);
    const byteSpans = utf8Offsets(text, spans);
    prepared.passages = spans.length;
    spans.forEach(({ start, end }, i) => {
      this.spans.push(start);
      this.spans.push(end);
      this.spans.push(byteSpans[i]?.start ?? 0);
      this.spans.push(byteSpans[i]?.end ?? 0);
      this.forward.add(text.slice(start, end));
    });
    return { prepared, bytes };
  }
}
