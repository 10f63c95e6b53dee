import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FACT_COLUMNS,
  factRows,
  factsToCsv,
  factsToJson,
  type FactRow,
} from '../src/export/facts.ts';
import { realCorpus } from './helpers/corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const csvRecords = z.array(z.record(z.string(), z.string()));
const jsonRows = z.array(
  z.strictObject({
    operation: z.string(),
    metric: z.string(),
    label: z.string(),
    value: z.number().nullable(),
    unit: z.string(),
    qualifier: z.string(),
    scope: z.string(),
    document: z.string(),
    quote: z.string(),
    url: z.string(),
  }),
);

function parseCsv(text: string): Record<string, string>[] {
  return csvRecords.parse(parse(text, { bom: true, columns: true, relax_quotes: false }));
}

describe('fact export', () => {
  const corpus = realCorpus();
  const allFacts = [...corpus.operations.flatMap((op) => op.facts), ...corpus.background];

  it('writes every fact with its verbatim quote and url, parsed back by a CSV parser', () => {
    const csv = factsToCsv(factRows(corpus));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${FACT_COLUMNS.join(',')}`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    const records = parseCsv(csv);
    expect(records).toHaveLength(allFacts.length);
    for (const fact of allFacts) {
      const url = corpus.documents.get(fact.citation.document)?.url;
      const row = records.find(
        (r) =>
          r.quote === fact.citation.quote &&
          r.label === fact.label &&
          r.scope === fact.scope &&
          r.operation === (fact.operation ?? ''),
      );
      expect(row, `${fact.operation ?? 'background'} ${fact.id}`).toBeDefined();
      expect(row?.url).toBe(url);
      expect(row?.value).toBe(fact.value === undefined ? '' : String(fact.value));
    }
  });

  it('selects one operation, or the operations naming a country', () => {
    for (const operation of corpus.operations) {
      const rows = factRows(corpus, { operation: operation.id });
      expect(rows).toHaveLength(operation.facts.length);
    }
    const rows = factRows(corpus, { country: 'XK' });
    const naming = corpus.operations.filter((op) => op.countries.some((c) => c.code === 'XK'));
    expect(rows).toHaveLength(naming.reduce((n, op) => n + op.facts.length, 0));
    expect(new Set(rows.map((r) => r.operation))).toEqual(new Set(naming.map((op) => op.id)));
  });

  it('neutralises cells a spreadsheet would run as formulas, and keeps them readable', () => {
    const hostile: FactRow = {
      operation: 'x',
      metric: 'arrests',
      label: '=HYPERLINK("http://evil.example","click")',
      value: 3,
      unit: 'count',
      qualifier: 'exact',
      scope: '+1 in Serbia',
      document: '-doc',
      quote: '@SUM(A1:A9), "quoted", with\nnew line',
      url: '\tx',
    };
    const [row] = parseCsv(factsToCsv([hostile]));
    expect(row?.label).toBe(`'${hostile.label}`);
    expect(row?.scope).toBe("'+1 in Serbia");
    expect(row?.document).toBe("'-doc");
    expect(row?.quote).toBe(`'${hostile.quote}`);
    expect(row?.url).toBe("'\tx");
    expect(row?.value).toBe('3');
  });

  it('writes JSON rows verbatim', () => {
    const rows = factRows(corpus);
    expect(jsonRows.parse(JSON.parse(factsToJson(rows)))).toEqual(rows);
  });
});

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'balkan-ops-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'export', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('resolves an operation by alias and writes its facts as CSV to a file', () => {
    const corpus = realCorpus();
    const sky = corpus.operations.find((op) => op.aliases.includes('Sky ECC'));
    const out = join(dir, 'sky.csv');
    const result = run(['--operation', 'sky ecc', '--out', out]);
    expect(result.status).toBe(0);
    const records = parseCsv(readFileSync(out, 'utf8'));
    expect(records).toHaveLength(sky?.facts.length ?? -1);
    expect(new Set(records.map((r) => r.operation))).toEqual(new Set([sky?.id]));
  });

  it('writes a country’s facts as JSON to stdout, named in another language', () => {
    const result = run(['--country', 'Srbija', '--format', 'json']);
    expect(result.status).toBe(0);
    const rows = jsonRows.parse(JSON.parse(result.stdout));
    expect(rows).toEqual(factRows(realCorpus(), { country: 'RS' }));
  });

  it('fails with a usage line on an ambiguous name or a bad option', () => {
    const ambiguous = run(['--operation', 'balkan']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toMatch(/several operations match "balkan"/);
    expect(run(['--format', 'xlsx']).stderr).toMatch(/unknown format "xlsx"[\s\S]*usage:/);
  });
});
