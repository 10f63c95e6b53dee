import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCorpus, loadDrafts } from '../src/corpus/loadCorpus.ts';
import { parseQuantities, statesValue } from '../src/corpus/quantities.ts';
import { locateQuote } from '../src/corpus/quotes.ts';
import type { SourceDocument } from '../src/corpus/types.ts';
import { addDocument, type AddOptions } from '../src/ingest/addDocument.ts';
import { buildDraft } from '../src/ingest/draft.ts';
import { suggestFacts, type Suggestion } from '../src/ingest/suggest.ts';
import { CorpusCopy } from './helpers/corpus.ts';
import { FIXTURES, runCli, writeReleasePdf } from './helpers/ingest.ts';

const expectedSchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.tuple([z.number(), z.string()]))]),
);
const expected = expectedSchema.parse(
  JSON.parse(readFileSync(join(FIXTURES, 'expected-figures.json'), 'utf8')),
);

const SOURCES: [string, AddOptions][] = [
  ['en-police-release.html', {}],
  ['nl-om-release.html', {}],
  ['sr-mup-release.html', {}],
  ['hr-policija-release.html', {}],
  [
    'bs-sipa-release.txt',
    { publisher: 'SIPA', url: 'https://www.sipa.example/vijesti/akcija-kanal' },
  ],
  ['release.pdf', { url: 'https://www.portpolice.example/press/1' }],
  [
    'en-dateline-release.txt',
    { publisher: 'Europol', url: 'https://www.europol.example/news/montenegro-network' },
  ],
];

const copy = new CorpusCopy();
const documents = new Map<string, SourceDocument>();
const suggested = new Map<string, Suggestion[]>();

beforeAll(async () => {
  const pdf = await writeReleasePdf(copy.dir);
  for (const [name, options] of SOURCES) {
    const path = name === 'release.pdf' ? pdf : join(FIXTURES, name);
    const added = await addDocument(copy.dir, path, options);
    const doc = loadCorpus(copy.dir).documents.get(added.id);
    if (doc === undefined) throw new Error(`${name} was not added`);
    documents.set(name, doc);
    suggested.set(name, suggestFacts(doc));
  }
});
afterAll(() => copy.remove());

function suggestionsOf(name: string): Suggestion[] {
  return suggested.get(name) ?? [];
}

describe('facts:suggest', () => {
  it.each(SOURCES.map(([name]) => name))(
    '%s: every quote is verbatim and states its value',
    (name) => {
      const doc = documents.get(name);
      expect(doc).toBeDefined();
      if (doc === undefined) return;
      const suggestions = suggestionsOf(name);
      expect(suggestions.length).toBeGreaterThan(5);
      for (const s of suggestions) {
        expect(locateQuote(doc.text, s.quote), s.quote).toBeDefined();
        const unit = ['count', 'kg', 'EUR', 'USD', 'percent'].includes(s.unit) ? s.unit : 'count';
        expect(
          statesValue(parseQuantities(s.quote, doc.language), s.value, unit as 'count'),
          `${s.value} in "${s.quote}"`,
        ).toBe(true);
      }
    },
  );

  it('skips dates, years, times, ages, article and phone numbers', () => {
    const values = suggestionsOf('en-police-release.html').map((s) => s.value);
    for (const notFigure of [2024, 12, 41, 2021, 1971, 327, 2002, 15, 10, 101, 800, 555, 111]) {
      expect(values).not.toContain(notFigure);
    }
    const dutch = suggestionsOf('nl-om-release.html').map((s) => s.value);
    for (const notFigure of [2023, 11, 24, 51, 34, 10, 2021])
      expect(dutch).not.toContain(notFigure);
  });

  it('reads number words, units and formats in every language', () => {
    const pick = (name: string, quotePart: string): Suggestion | undefined =>
      suggestionsOf(name).find((s) => s.quote.includes(quotePart));
    expect(pick('nl-om-release.html', 'negen verdachten')).toMatchObject({
      value: 9,
      metric: 'arrests',
    });
    const nl = suggestionsOf('nl-om-release.html');
    expect(nl).toContainEqual(
      expect.objectContaining({
        value: 2700,
        unit: 'kg',
        metric: 'cocaine-seized',
        qualifier: 'more than',
      }),
    );
    expect(nl).toContainEqual(
      expect.objectContaining({
        value: 550000,
        unit: 'EUR',
        metric: 'cash-seized',
        qualifier: 'more than',
      }),
    );
    const sr = suggestionsOf('sr-mup-release.html');
    expect(sr).toContainEqual(
      expect.objectContaining({
        value: 7,
        metric: 'vehicles-seized',
        quote: 'седам возила и три пиштоља',
      }),
    );
    expect(sr).toContainEqual(expect.objectContaining({ value: 3, metric: 'weapons-seized' }));
    expect(sr).toContainEqual(expect.objectContaining({ value: 1500000, unit: 'EUR' }));
    const hr = suggestionsOf('hr-policija-release.html');
    expect(hr).toContainEqual(
      expect.objectContaining({ value: 1, metric: 'arrests', countries: ['BA'] }),
    );
    expect(hr).toContainEqual(
      expect.objectContaining({ value: 4, metric: 'house-searches', countries: ['BA'] }),
    );
    const en = suggestionsOf('en-police-release.html');
    expect(en).toContainEqual(
      expect.objectContaining({ value: 2400, unit: 'kg', metric: 'cocaine-seized' }),
    );
    expect(en).toContainEqual(
      expect.objectContaining({
        value: 3,
        quote: '3 in Belgrade',
        countries: ['RS'],
        metric: 'arrests',
      }),
    );
    expect(en).toContainEqual(
      expect.objectContaining({
        value: 27,
        scope: 'total',
        quote: 'A total of 27 suspects were arrested',
      }),
    );
    expect(en).toContainEqual(expect.objectContaining({ value: 1300000, unit: 'GBP' }));
    const pdf = suggestionsOf('release.pdf');
    expect(pdf).toContainEqual(
      expect.objectContaining({ value: 5, countries: ['HR'], metric: 'arrests' }),
    );
    expect(pdf).toContainEqual(expect.objectContaining({ value: 12, metric: 'arrests' }));
  });

  it('finds at least 90% of the hand-labelled figures, and at least 85% of its suggestions are figures', () => {
    let labelled = 0;
    let found = 0;
    let proposed = 0;
    let real = 0;
    const lines: string[] = [];
    for (const [name] of SOURCES) {
      const labels = expected[name];
      if (!Array.isArray(labels)) throw new Error(`no labels for ${name}`);
      const pool = labels.map(([value, unit]) => `${value} ${unit}`);
      const suggestions = suggestionsOf(name).map((s) => `${s.value} ${s.unit}`);
      const unmatched = [...pool];
      let hits = 0;
      for (const s of suggestions) {
        const at = unmatched.indexOf(s);
        if (at >= 0) {
          unmatched.splice(at, 1);
          hits += 1;
        }
      }
      labelled += pool.length;
      found += hits;
      proposed += suggestions.length;
      real += hits;
      lines.push(`${name}: ${hits}/${pool.length} found, ${hits}/${suggestions.length} real`);
    }
    const recall = found / labelled;
    const precision = real / proposed;
    console.log(
      `${lines.join('\n')}\nrecall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});

describe('facts:suggest --write', () => {
  it('writes a draft that corpus:check verifies and the bot does not serve', async () => {
    const doc = documents.get('en-police-release.html');
    if (doc === undefined) throw new Error('missing document');
    const json = await runCli('factsSuggest.ts', [doc.id, '--json', '--write'], copy.dir);
    expect(json.code).toBe(0);
    const printed = z
      .array(z.object({ quote: z.string(), value: z.number() }))
      .parse(JSON.parse(json.stdout));
    expect(printed.length).toBe(suggestionsOf('en-police-release.html').length);

    const check = await runCli('corpusCheck.ts', [], copy.dir);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/1 drafts with \d+ facts/);
    const corpus = loadCorpus(copy.dir);
    const [draft] = loadDrafts(corpus);
    expect(draft).toMatchObject({ id: doc.id, lead: { country: 'GB' } });
    expect(draft?.date).toMatchObject({ precision: 'day', value: '2024-03-12' });
    expect(draft?.bodies.map((b) => b.name)).toEqual(['Europol', 'Eurojust']);
    expect(corpus.operations.map((op) => op.id)).not.toContain(doc.id);

    const again = await runCli('factsSuggest.ts', [doc.id, '--write'], copy.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; it is never overwritten/);

    copy.edit(`drafts/${doc.id}.yaml`, (text) => text.replace('value: 450', 'value: 451'));
    const broken = await runCli('corpusCheck.ts', [], copy.dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/value 451 count is not supported by its quote/);
  });
});

describe('facts:suggest: lists by place, datelines, roles over the whole text', () => {
  it('gives each figure of a list by place its own place, "one" included', () => {
    const arrests = suggestionsOf('en-dateline-release.txt').filter((s) => s.metric === 'arrests');
    const byPlace = arrests
      .filter((s) => s.scope === 'per country')
      .map((s) => [s.value, s.countries.join(',')]);
    // "Five of the suspects were arrested in Germany, three in Montenegro and one in Austria."
    expect(byPlace).toEqual([
      [5, 'DE'],
      [3, 'ME'],
      [1, 'AT'],
    ]);
    // The same list in the region's languages and in Dutch.
    const listed = (language: string, text: string): (string | number)[][] =>
      suggestFacts({ language, text })
        .filter((s) => s.scope === 'per country')
        .map((s) => [s.value, s.countries.join(',')]);
    expect(
      listed('sr', 'Uhapšeno je devet osoba: šest u Srbiji, dve u Crnoj Gori i jedan u Hrvatskoj.'),
    ).toEqual([
      [6, 'RS'],
      [2, 'ME'],
      [1, 'HR'],
    ]);
    expect(
      listed(
        'nl',
        'Er werden negen verdachten aangehouden: zes in Nederland, twee in België en één in Duitsland.',
      ),
    ).toEqual([
      [6, 'NL'],
      [2, 'BE'],
      [1, 'DE'],
    ]);
    // A ratio is a share, not a count of what follows it.
    expect(
      suggestFacts({
        language: 'en',
        text: 'One in five parcels contained cocaine; 1 in 3 lorries was checked.',
      }).map((s) => s.value),
    ).toEqual([]);
    expect(
      suggestFacts({ language: 'nl', text: 'Een op de vijf pakketten bevatte cocaïne.' }).map(
        (s) => s.value,
      ),
    ).toEqual([]);
    // "One of the suspects", "one in five": not counts.
    expect(
      suggestFacts({
        language: 'en',
        text: 'One of the suspects was released; one in five parcels was opened.',
      }).filter((s) => s.value === 1),
    ).toEqual([]);
  });

  it('drafts the action day as the date, the lede as the summary, every country by its strongest role', () => {
    const doc = documents.get('en-dateline-release.txt');
    if (doc === undefined) throw new Error('missing document');
    const { draft } = buildDraft(doc, suggestionsOf('en-dateline-release.txt'));
    // "Podgorica, 14 March 2024 –" is the release's dateline; "On the action day, 12 March 2024"
    expect(draft.date).toMatchObject({ precision: 'day', value: '2024-03-12' });
    expect(draft.summary).toMatch(/^In a joint operation coordinated by Europol/);
    // The headline only mentions Montenegro and Germany; the lede has all three take part.
    expect(draft.countries.map((c) => [c.codes.join(','), c.role])).toEqual([
      ['ME', 'participant'],
      ['DE', 'participant'],
      ['AT', 'participant'],
    ]);
    for (const c of draft.countries) expect(locateQuote(doc.text, c.quote)).toBeDefined();
  });
});
