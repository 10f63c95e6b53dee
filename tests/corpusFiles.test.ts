import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { MAX_FILE_BYTES } from '../src/corpus/readText.ts';
import { CORPUS_DIR, CorpusCopy, problemsOf } from './helpers/corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');

// A shipped document with non-ASCII text (its Latin-1 bytes are invalid UTF-8).
function nonAsciiDocument(): string {
  const name = readdirSync(join(CORPUS_DIR, 'documents')).find((file) =>
    /[^ -~\s]/.test(readFileSync(join(CORPUS_DIR, 'documents', file), 'utf8')),
  );
  if (name === undefined) throw new Error('no shipped document has non-ASCII text');
  return `documents/${name}`;
}

describe('reading corpus files', () => {
  let copy: CorpusCopy | undefined;
  afterEach(() => copy?.remove());

  it('refuses a link to /dev/zero, naming the file, without reading it', () => {
    copy = new CorpusCopy();
    symlinkSync('/dev/zero', join(copy.dir, 'documents/zero.md'));
    const started = Date.now();
    const problems = problemsOf(copy.dir);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problems).toEqual([
      '  - documents/zero.md: is a link to a file outside the corpus folder',
    ]);
  });

  it('refuses a FIFO named documents/x.md instead of hanging on it', () => {
    copy = new CorpusCopy();
    const fifo = join(copy.dir, 'documents/x.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // In a child process with a time limit: a loader that opened the FIFO would block forever.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpusCheck.ts'], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: copy.dir },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('documents/x.md: is a FIFO (named pipe), not a file');
  });

  it('names a directory called x.md, with no stack trace', () => {
    copy = new CorpusCopy();
    mkdirSync(join(copy.dir, 'documents/x.md'));
    expect(problemsOf(copy.dir)).toEqual(['  - documents/x.md: is a directory, not a file']);
  });

  it('refuses a file over the size limit', () => {
    copy = new CorpusCopy();
    const big = join(copy.dir, 'documents/big.md');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect(problemsOf(copy.dir)).toEqual([
      `  - documents/big.md: is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit for a corpus file`,
    ]);
  });

  it('reads a file with a UTF-8 byte order mark as if it had none', () => {
    copy = new CorpusCopy();
    const document = nonAsciiDocument();
    const plain = loadCorpus(copy.dir);
    copy.edit(document, (text) => `\uFEFF${text}`);
    const withBom = loadCorpus(copy.dir);
    expect([...withBom.documents.values()].map((d) => d.text)).toEqual(
      [...plain.documents.values()].map((d) => d.text),
    );
  });

  it.each([
    [
      'utf16le with a byte order mark',
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      'is UTF-16 (little-endian',
    ],
    [
      'utf16be with a byte order mark',
      (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
      'is UTF-16 (big-endian',
    ],
    [
      'utf16le without one',
      (t: string) => Buffer.from(t, 'utf16le'),
      'has a NUL byte at byte offset 1: UTF-16',
    ],
  ])('names the encoding of a document saved as %s', (_label, encode, expected) => {
    copy = new CorpusCopy();
    const document = nonAsciiDocument();
    const text = readFileSync(join(copy.dir, document), 'utf8');
    writeFileSync(join(copy.dir, document), encode(text));
    const problems = problemsOf(copy.dir);
    expect(problems[0]).toContain(`${document}: ${expected}`);
  });

  it('names Latin-1 and the byte offset of the first byte that is not UTF-8', () => {
    copy = new CorpusCopy();
    const document = nonAsciiDocument();
    const latin1 = Buffer.from(readFileSync(join(copy.dir, document), 'utf8'), 'latin1');
    writeFileSync(join(copy.dir, document), latin1);
    const offset = latin1.findIndex((byte) => byte >= 0x80);
    const hex = (latin1[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    expect(problemsOf(copy.dir)[0]).toBe(
      `  - ${document}: is not valid UTF-8: byte 0x${hex} at byte offset ${offset} (Latin-1 or Windows-1252?); save it as UTF-8`,
    );
  });

  it('refuses a background file copied under another name, instead of counting it twice', () => {
    copy = new CorpusCopy();
    const [original] = readdirSync(join(copy.dir, 'background'));
    if (original === undefined) throw new Error('no background file shipped');
    const text = readFileSync(join(copy.dir, 'background', original), 'utf8');
    copy.write('background/zz-copy.yaml', text);
    const problems = problemsOf(copy.dir);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatch(
        new RegExp(
          `^  - background/zz-copy\\.yaml: fact ".+": duplicates a background fact in background/${original.replace('.', '\\.')}`,
        ),
      );
    }
    // Renamed ids do not hide the same figure and quote.
    copy.write('background/zz-copy.yaml', text.replace(/^(\s*- id: )(\S+)/gm, '$1$2-again'));
    expect(problemsOf(copy.dir).length).toBe(problems.length);
  });
});

describe('the corpus folder itself', () => {
  it('names a folder that does not exist', () => {
    const missing = join(tmpdir(), 'balkan-ops-no-such-corpus');
    expect(problemsOf(missing)).toEqual([
      `  - ${missing}: the corpus folder ${missing} does not exist (set CORPUS_DIR)`,
    ]);
  });

  it('names an empty folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'balkan-ops-empty-'));
    try {
      expect(problemsOf(empty)[0]).toContain(`no documents found in ${join(empty, 'documents')}`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
