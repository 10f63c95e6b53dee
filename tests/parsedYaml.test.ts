import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { silentLogger } from '../src/log.ts';
import { cacheFolderFor, loadServed } from '../src/runtime.ts';
import { CORPUS_DIR } from './helpers/corpus.ts';

describe('parsed YAML remembered between starts (keyed by the text, verification unchanged)', () => {
  let work: string;
  let corpusDir: string;
  let indexCacheDir: string;
  let saved: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'balkan-ops-yaml-'));
    corpusDir = join(work, 'corpus');
    indexCacheDir = join(work, 'cache');
    cpSync(CORPUS_DIR, corpusDir, { recursive: true });
    saved = join(cacheFolderFor(indexCacheDir, corpusDir), 'parsed-yaml.json');
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  const load = () => loadServed(corpusDir, { indexCacheDir }, silentLogger()).engine.corpus;

  it('a start from the saved parse loads the same operations and facts as the YAML parser', () => {
    const first = load();
    const entries = Object.keys(
      (JSON.parse(readFileSync(saved, 'utf8')) as { entries: object }).entries,
    );
    // Every operation and background file, and each document's front matter.
    const yamlTexts = ['operations', 'background', 'documents'].flatMap((d) =>
      readdirSync(join(corpusDir, d)).filter((f) => /\.(yaml|md)$/.test(f)),
    );
    expect(entries.length).toBe(yamlTexts.length);
    const second = load();
    const plain = loadCorpus(corpusDir);
    expect(second.operations).toEqual(plain.operations);
    expect(second.background).toEqual(plain.background);
    expect(second.operations).toEqual(first.operations);
  });

  it('an edited file is parsed again and verified: a quote no longer in its document is refused', () => {
    load();
    const file = join(corpusDir, 'operations', 'interpol-operation-theseus.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(
        'quote: an eight-day initiative that took place last month',
        'quote: a nine-day initiative that took place last month',
      ),
    );
    expect(load).toThrow(CorpusError);
    expect(load).toThrow(/quote not found verbatim/);
  });

  it('a damaged saved file is ignored and written afresh', () => {
    const first = load();
    writeFileSync(saved, '{"format":1,"entries":');
    const again = load();
    expect(again.operations).toEqual(first.operations);
    expect(() => JSON.parse(readFileSync(saved, 'utf8')) as unknown).not.toThrow();
  });
});
