import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusError } from '../src/corpus/errors.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { StoredDocument } from '../src/corpus/storedDocument.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { Engine } from '../src/engine/engine.ts';
import { searchResults } from '../src/render/searchResults.ts';
import { loadIndexedCorpus } from '../src/search/indexCache.ts';
import { CorpusCopy } from './helpers/corpus.ts';

const QUERIES = [
  'rotterdam',
  'huiszoekingen arrestaties actiedag',
  'counterfiet pasports',
  'cocaïne in beslag',
  'sniper rifles',
  'encrypt',
];

/** Every query's hits: passage id, text and highlighted terms, in rank order. */
function answers(corpus: Corpus): string[][] {
  const engine = new Engine(corpus);
  return QUERIES.map((q) =>
    engine
      .search(q, 5)
      .map((h) => `${h.passage.id} ${h.matched.sort().join(',')} ${h.passage.text}`),
  );
}

/** The one saved-index folder the cache made for the corpus copy. */
function savedFolder(cacheDir: string): string {
  const [folder] = readdirSync(cacheDir);
  if (folder === undefined) throw new Error('nothing was saved');
  return join(cacheDir, folder);
}

describe('the index cache', () => {
  let copy: CorpusCopy;
  let cacheDir: string;

  beforeEach(() => {
    copy = new CorpusCopy();
    cacheDir = mkdtempSync(join(tmpdir(), 'balkan-ops-cache-'));
  });
  afterEach(() => {
    copy.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('saves the index, then restores it with the same documents, passages and answers', () => {
    const plain = loadCorpus(copy.dir);
    const first = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(first.cache.outcome).toBe('built');
    const second = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(second.cache.outcome).toBe('restored');
    expect(second.version).toBe(first.version);
    expect(second.corpus.passageIndex).toBeDefined();

    const expected = answers(plain);
    expect(expected.flat().length).toBeGreaterThan(QUERIES.length);
    expect(answers(first.corpus)).toEqual(expected);
    expect(answers(second.corpus)).toEqual(expected);
    // Text read back from the store is the document's text, character for character.
    for (const doc of plain.documents.values())
      expect(second.corpus.documents.get(doc.id)?.text).toBe(doc.text);
    expect([...second.corpus.passages]).toEqual([...plain.passages]);
    // A passage decoded alone from its UTF-8 bytes (€, ë, ’ included) is the same text.
    const { passages } = second.corpus;
    expect(passages.bytes).toBeDefined();
    for (let i = 0; i < passages.length; i += 1)
      expect(passages.text(i)).toBe(plain.passages.text(i));
    expect(second.corpus.operations.map((op) => op.id)).toEqual(
      plain.operations.map((op) => op.id),
    );
  });

  it('detects a damaged saved index and rebuilds it', () => {
    const expected = answers(loadIndexedCorpus(copy.dir, { cacheDir }).corpus);
    const folder = savedFolder(cacheDir);
    const indexFile = readdirSync(folder).find((name) => name.startsWith('index-'));
    if (indexFile === undefined) throw new Error('no index file was saved');
    const bytes = readFileSync(join(folder, indexFile));
    // Flip bits in the middle of the postings: the header still reads, a section's CRC does not.
    const at = Math.floor(bytes.length * 0.6);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(join(folder, indexFile), bytes);

    const rebuilt = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(rebuilt.cache.outcome).toBe('built');
    expect(rebuilt.cache.reason).toMatch(/unusable.*damaged/);
    expect(answers(rebuilt.corpus)).toEqual(expected);
    expect(loadIndexedCorpus(copy.dir, { cacheDir }).cache.outcome).toBe('restored');
  });

  it('detects a truncated index and a damaged manifest', () => {
    loadIndexedCorpus(copy.dir, { cacheDir });
    const folder = savedFolder(cacheDir);
    const indexFile = readdirSync(folder).find((name) => name.startsWith('index-')) ?? '';
    const bytes = readFileSync(join(folder, indexFile));
    writeFileSync(join(folder, indexFile), bytes.subarray(0, bytes.length >> 1));
    expect(loadIndexedCorpus(copy.dir, { cacheDir }).cache).toMatchObject({
      outcome: 'built',
      reason: expect.stringMatching(/unusable/) as unknown,
    });

    writeFileSync(join(folder, 'manifest.json'), '{"format": 1, "key": ');
    const again = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(again.cache).toEqual({ outcome: 'built', reason: 'the saved manifest is damaged' });
    expect(loadIndexedCorpus(copy.dir, { cacheDir }).cache.outcome).toBe('restored');
  });

  it('rebuilds when a document changes, reusing the unchanged ones, and finds the new text', () => {
    const first = loadIndexedCorpus(copy.dir, { cacheDir });
    const documents = first.corpus.documents.size;
    expect(answers(first.corpus)[0]?.join(' ')).not.toContain('zwartevlieg');
    copy.edit('documents/europol-balkan-drug-lords-sky-ecc.md', (text) =>
      text.replace(/\n$/, '\n\nThe zwartevlieg consignment reached Rotterdam.\n'),
    );
    const changed = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(changed.cache).toEqual({ outcome: 'built', reason: 'documents changed' });
    expect(changed.version).not.toBe(first.version);
    expect(changed.reusedDocuments).toBe(documents - 1);
    const hit = new Engine(changed.corpus).search('zwartevlieg', 1)[0];
    expect(hit?.passage.text).toBe('The zwartevlieg consignment reached Rotterdam.');
    expect(hit?.passage.document).toBe('europol-balkan-drug-lords-sky-ecc');
    // The rebuilt copy is the one restored next time, with the same answers as a plain load.
    const restored = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(restored.cache.outcome).toBe('restored');
    expect(answers(restored.corpus)).toEqual(answers(loadCorpus(copy.dir)));
  });

  it('notices a document added or removed', () => {
    const first = loadIndexedCorpus(copy.dir, { cacheDir });
    copy.write(
      'documents/extra-note.md',
      '---\nid: extra-note\ntitle: "Extra"\npublisher: "Desk"\nurl: https://example.org/x\nlanguage: en\n---\nA kestrelwing shipment was stopped.\n',
    );
    const added = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(added.cache.reason).toBe('documents changed');
    expect(added.corpus.documents.size).toBe(first.corpus.documents.size + 1);
    expect(new Engine(added.corpus).search('kestrelwing', 1)[0]?.passage.document).toBe(
      'extra-note',
    );
    rmSync(join(copy.dir, 'documents/extra-note.md'));
    const removed = loadIndexedCorpus(copy.dir, { cacheDir });
    expect(removed.cache.reason).toBe('documents changed');
    expect(removed.version).toBe(first.version);
    expect(new Engine(removed.corpus).search('kestrelwing', 1)).toEqual([]);
  });

  it('loads without a cache when the cache folder cannot be written', () => {
    // A file where the folder should be: no folder can be made inside it.
    const blocked = join(cacheDir, 'blocked');
    writeFileSync(blocked, '');
    const loaded = loadIndexedCorpus(copy.dir, { cacheDir: blocked });
    expect(loaded.cache.outcome).toBe('uncached');
    expect(loaded.cache.reason).toMatch(/cannot write/);
    expect(answers(loaded.corpus)).toEqual(answers(loadCorpus(copy.dir)));
  });

  it('reports a broken document as the plain loader does, and saves nothing for it', () => {
    copy.edit('documents/grey-dynamics-balkan-drug-trade.md', (text) =>
      text.replace(/^language: en$/m, 'language: english'),
    );
    const load = (): unknown => loadIndexedCorpus(copy.dir, { cacheDir });
    expect(load).toThrow(CorpusError);
    expect(load).toThrow(/grey-dynamics-balkan-drug-trade\.md: language/);
    expect(readdirSync(savedFolder(cacheDir)).filter((name) => name.endsWith('.bin'))).toEqual([]);
  });
  it('answers a search decoding only the passages shown, each quote as its document has it', () => {
    const plain = loadCorpus(copy.dir);
    loadIndexedCorpus(copy.dir, { cacheDir });
    const { corpus } = loadIndexedCorpus(copy.dir, { cacheDir });
    const engine = new Engine(corpus);
    // A stored document's text is its whole text (decoded, or kept in an LRU): a reply needs
    // only the passages it shows.
    const reads = vi.spyOn(StoredDocument.prototype, 'text', 'get');
    try {
      // The plain loader's documents hold their text: reading them is not counted.
      for (const query of QUERIES) {
        const hits = engine.search(query, 3);
        expect(hits.length).toBeGreaterThan(0);
        const answer = searchResults(query, hits, corpus.documents);
        expect(answer.citations.length).toBe(hits.length);
        for (const { document, quote, start, end } of answer.citations) {
          expect(quote.length).toBeGreaterThan(0);
          expect(plain.documents.get(document)?.text.slice(start, end)).toBe(quote);
        }
      }
      const again = searchResults(
        'cocaïne in beslag',
        engine.search('cocaïne in beslag', 3),
        corpus.documents,
      );
      expect(again.card?.fields[0]?.value).toContain('**');
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });
});
