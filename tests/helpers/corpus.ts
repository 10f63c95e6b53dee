import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bot } from '../../src/app/bot.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { Engine } from '../../src/engine/engine.ts';
import { silentLogger } from '../../src/log.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

let corpus: Corpus | undefined;
let engine: Engine | undefined;

/** The shipped corpus, loaded once per test file through the real loader. */
export function realCorpus(): Corpus {
  corpus ??= loadCorpus(CORPUS_DIR);
  return corpus;
}

export function realEngine(): Engine {
  engine ??= new Engine(realCorpus());
  return engine;
}

export function realBot(): Bot {
  return new Bot(realEngine(), silentLogger());
}

/** A scratch copy of the shipped corpus; `edit` rewrites one file's text. */
export class CorpusCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'balkan-ops-corpus-'));

  constructor() {
    cpSync(CORPUS_DIR, this.dir, { recursive: true });
  }

  edit(relativePath: string, change: (text: string) => string): void {
    const path = join(this.dir, relativePath);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`edit of ${relativePath} changed nothing`);
    writeFileSync(path, after);
  }

  write(relativePath: string, text: string): void {
    writeFileSync(join(this.dir, relativePath), text);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
