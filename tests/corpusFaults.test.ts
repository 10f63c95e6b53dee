import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { operationCard } from '../src/render/operationCard.ts';
import { CorpusCopy, problemsOf, realCorpus } from './helpers/corpus.ts';

const SKY = 'operations/sky-ecc-balkan-cartel-2023-05-11.yaml';
const AUGUST = 'operations/balkan-cartel-action-day-2023-08-24.yaml';

describe('a metric reported by two documents', () => {
  let copy: CorpusCopy | undefined;
  afterEach(() => copy?.remove());

  it('keeps both values, each with its own citation and footnote', () => {
    copy = new CorpusCopy();
    // The Illicit Trade article's 23 detentions, cited as a second arrest figure for the same operation.
    copy.edit(SKY, (t) =>
      t.replace(
        'facts:\n',
        [
          'facts:',
          '  - id: arrests-second-source',
          '    metric: arrests',
          '    label: suspects detained',
          '    value: 23',
          '    scope: as a second source reports it',
          '    document: illicit-trade-interpol-theseus',
          '    quote: resulted in the detention of 23 suspected members of the gang',
          '',
        ].join('\n'),
      ),
    );
    const corpus = loadCorpus(copy.dir);
    const op = corpus.operations.find((o) => o.id === 'sky-ecc-balkan-cartel-2023-05-11');
    const arrests = op?.facts.filter((f) => f.metric === 'arrests' && f.value === 23) ?? [];
    expect(arrests.map((f) => f.citation.document).sort()).toEqual([
      'europol-balkan-drug-lords-sky-ecc',
      'illicit-trade-interpol-theseus',
    ]);
    if (op === undefined) throw new Error('operation missing');
    const answer = operationCard(op, corpus.documents);
    const sources = answer.card?.fields.find((f) => f.name === 'Sources')?.value ?? '';
    expect(sources).toContain('[1] Europol');
    expect(sources).toContain('[2] Illicit Trade');
  });
});

describe('corpus verification on a faulty copy', () => {
  let copy: CorpusCopy | undefined;
  afterEach(() => copy?.remove());

  it('loads an untouched copy', () => {
    copy = new CorpusCopy();
    expect(loadCorpus(copy.dir).operations.map((op) => op.id)).toEqual(
      realCorpus().operations.map((op) => op.id),
    );
  });

  it('fails on a fact id used twice in one file', () => {
    copy = new CorpusCopy();
    copy.edit(SKY, (t) => t.replace('id: house-searches', 'id: cash'));
    expect(problemsOf(copy.dir).some((p) => /fact "cash".*used twice/.test(p))).toBe(true);
  });

  it('fails naming the file and the fact when one word of a quote changes', () => {
    copy = new CorpusCopy();
    copy.edit(SKY, (t) => t.replace('quote: 35 house searches', 'quote: 35 house raids'));
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(SKY);
    expect(problems[0]).toContain('fact "house-searches"');
    expect(problems[0]).toContain('quote not found verbatim');
  });

  it('fails when a value is changed so its quote no longer supports it', () => {
    copy = new CorpusCopy();
    copy.edit(AUGUST, (t) => t.replace('value: 2700', 'value: 2600'));
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(AUGUST);
    expect(problems[0]).toContain('fact "cocaine"');
    expect(problems[0]).toMatch(
      /value 2600 kg is not supported by its quote \(the quote states 2700 kg\)/,
    );
  });

  it('fails when a unit no longer matches what the quote states', () => {
    copy = new CorpusCopy();
    copy.edit(AUGUST, (t) => t.replace(/(id: cash\n[\s\S]*?)unit: EUR/, '$1unit: USD'));
    expect(problemsOf(copy.dir).join('\n')).toContain(
      'fact "cash": value 550000 USD is not supported',
    );
  });

  it('fails when a fact cites a missing document', () => {
    copy = new CorpusCopy();
    copy.edit(SKY, (t) =>
      t.replace(
        /(id: arrests-serbia\n[\s\S]*?)document: europol-balkan-drug-lords-sky-ecc/,
        '$1document: europol-missing-release',
      ),
    );
    const problems = problemsOf(copy.dir);
    expect(problems.join('\n')).toContain(
      'fact "arrests-serbia": cites unknown document "europol-missing-release"',
    );
  });

  it('fails on a country code that does not exist', () => {
    copy = new CorpusCopy();
    copy.edit(AUGUST, (t) => t.replace('codes: [BR, HR, FR', 'codes: [QX, HR, FR'));
    const problems = problemsOf(copy.dir);
    expect(problems.join('\n')).toMatch(
      /balkan-cartel-action-day-2023-08-24\.yaml: countries\[1\]: unknown country code "QX"/,
    );
  });

  it('fails on a country its quote does not name', () => {
    copy = new CorpusCopy();
    copy.edit(AUGUST, (t) => t.replace('codes: [BR, HR, FR', 'codes: [DE, HR, FR'));
    expect(problemsOf(copy.dir).join('\n')).toContain(
      'country DE (Germany) is not named in its quote',
    );
  });

  it('fails on malformed YAML with its path', () => {
    copy = new CorpusCopy();
    copy.write('operations/broken.yaml', 'id: broken\nfacts: [\n  - oops: {\n');
    const problems = problemsOf(copy.dir);
    expect(problems.join('\n')).toMatch(/operations\/broken\.yaml: malformed YAML/);
  });

  it('fails on a schema error, naming the field', () => {
    copy = new CorpusCopy();
    copy.edit(SKY, (t) => t.replace('metric: house-searches', 'metric: house-raids'));
    expect(problemsOf(copy.dir).join('\n')).toMatch(
      /sky-ecc-balkan-cartel-2023-05-11\.yaml: facts\[\d+\] "house-searches"\.metric/,
    );
  });

  it('fails on a document whose front matter lacks its url', () => {
    copy = new CorpusCopy();
    copy.edit('documents/occrp-joint-action-days-see.md', (t) => t.replace(/^url: .*\n/m, ''));
    expect(problemsOf(copy.dir).join('\n')).toContain(
      'documents/occrp-joint-action-days-see.md: url',
    );
  });

  it('reports every problem at once, not only the first', () => {
    copy = new CorpusCopy();
    copy.edit(SKY, (t) => t.replace('quote: 35 house searches', 'quote: 36 house searches'));
    copy.edit(AUGUST, (t) => t.replace('value: 2700', 'value: 2600'));
    expect(problemsOf(copy.dir)).toHaveLength(2);
  });
});
