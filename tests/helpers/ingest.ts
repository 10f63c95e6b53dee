import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReleasePdf } from '../fixtures/ingest/releasePdf.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's CLIs as its own process, with CORPUS_DIR set, without blocking. */
export function runCli(
  script: string,
  args: readonly string[],
  corpusDir: string,
): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'src/cli', script), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, CORPUS_DIR: corpusDir, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The release PDF written to `dir`, as the file a curator would add. */
export async function writeReleasePdf(dir: string): Promise<string> {
  const file = join(dir, 'release.pdf');
  writeFileSync(file, await buildReleasePdf());
  return file;
}
