// `npx tsx bench/ingestBench.ts [--json]`: times corpus:add + facts:suggest on a ~30-page PDF
// release (the fixture's paragraphs repeated with their figures varied), each in its own
// process so peak RSS is the tool's own.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDF_PARAGRAPHS, buildReleasePdf } from '../tests/fixtures/ingest/releasePdf.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES = 30;
const LINES_PER_PAGE = 48;

interface Step {
  ms: number;
  peakRssMb: number;
}

/** Paragraphs enough for PAGES pages, each copy's numbers shifted so no two copies are alike. */
function longRelease(): string[][] {
  const body = PDF_PARAGRAPHS.slice(2);
  const paragraphs: string[][] = [...PDF_PARAGRAPHS.slice(0, 2)];
  for (let copy = 1; paragraphs.flat().length < PAGES * LINES_PER_PAGE * 0.8; copy += 1) {
    for (const paragraph of body) {
      paragraphs.push(
        paragraph.map((line) => line.replace(/\b(\d+)\b/g, (n) => String(Number(n) + copy))),
      );
    }
  }
  return paragraphs;
}

function run(script: string, args: string[], corpusDir: string): Promise<Step> {
  const started = performance.now();
  return new Promise((done, fail) => {
    // GNU time's "max resident" would need a binary; the child reports its own peak instead
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        join(ROOT, 'bench/reportPeakRss.ts'),
        join(ROOT, 'src/cli', script),
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, CORPUS_DIR: corpusDir }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error !== null) {
          fail(new Error(`${script} failed: ${stderr}`));
          return;
        }
        const peak = /peak-rss-kb=(\d+)/.exec(stderr)?.[1];
        done({
          ms: Math.round(performance.now() - started),
          peakRssMb: Math.round(Number(peak ?? 0) / 102.4) / 10,
        });
      },
    );
  });
}

export interface IngestBenchResult {
  pages: number;
  add: Step;
  suggest: Step;
}

export async function ingestBench(): Promise<IngestBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'balkan-ops-ingest-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    const pdf = join(dir, 'long-release.pdf');
    writeFileSync(
      pdf,
      await buildReleasePdf({ paragraphs: longRelease(), linesPerPage: LINES_PER_PAGE }),
    );
    const add = await run(
      'corpusAdd.ts',
      [pdf, '--id', 'bench-long-release', '--url', 'https://www.portpolice.example/long', '--json'],
      corpus,
    );
    const suggest = await run(
      'factsSuggest.ts',
      ['bench-long-release', '--json', '--write'],
      corpus,
    );
    const pages = Math.ceil(
      longRelease().flatMap((p, i) => (i === 0 ? p : ['', ...p])).length / LINES_PER_PAGE,
    );
    return { pages, add, suggest };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const result = await ingestBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(
      `ingest, ${result.pages}-page PDF: corpus:add ${result.add.ms} ms (peak RSS ${result.add.peakRssMb} MB), ` +
        `facts:suggest --write ${result.suggest.ms} ms (peak RSS ${result.suggest.peakRssMb} MB)`,
    );
  }
}
