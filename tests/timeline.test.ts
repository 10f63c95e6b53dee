import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { dateSortKey, datesInText } from '../src/engine/textDates.ts';
import { timelineEvents } from '../src/engine/timeline.ts';
import { formatTextDate } from '../src/pictures/timeline.ts';
import { CorpusCopy, realCorpus } from './helpers/corpus.ts';

describe('dates in source text', () => {
  const dates = (text: string) => datesInText(text).map((found) => found.date);

  it('reads days, months, years and ranges in English and Dutch at the precision written', () => {
    expect(dates('Another suspect was arrested in the Netherlands on 8 May 2023.')).toEqual([
      { precision: 'day', value: '2023-05-08' },
    ]);
    expect(dates('De actiedag op 24 augustus 2023 leidde tot')).toEqual([
      { precision: 'day', value: '2023-08-24' },
    ]);
    expect(dates('the platform Sky ECC, taken down in March 2021.')).toEqual([
      { precision: 'month', value: '2021-03' },
    ]);
    expect(dates('in maart 2021 opgerold')).toEqual([{ precision: 'month', value: '2021-03' }]);
    expect(dates('cocaine seized in European ports in 2020 were traced')).toEqual([
      { precision: 'year', value: '2020' },
    ]);
    expect(dates('action days from 3 to 7 October 2023')).toEqual([
      { precision: 'range', start: '2023-10-03', end: '2023-10-07' },
    ]);
    expect(dates('van 28 september – 2 oktober 2023')).toEqual([
      { precision: 'range', start: '2023-09-28', end: '2023-10-02' },
    ]);
    expect(dates('between 2019 and 2021')).toEqual([
      { precision: 'range', start: '2019', end: '2021' },
    ]);
    expect(dates('on May 11, 2023 and on 12.05.2023')).toEqual([
      { precision: 'day', value: '2023-05-11' },
      { precision: 'day', value: '2023-05-12' },
    ]);
  });

  it('does not read quantities or impossible days as dates', () => {
    expect(dates('they seized in 2000 kg of cocaine')).toEqual([]);
    expect(dates('288,774 entities checked, 2023 vehicles')).toEqual([]);
    expect(dates('on 31 June 2023')).toEqual([{ precision: 'month', value: '2023-06' }]);
    expect(dates('On 11 May, coordinated raids')).toEqual([]);
  });

  it('formats each precision as written, in the reader’s language', () => {
    expect(formatTextDate({ precision: 'day', value: '2023-05-08' })).toBe('8 May 2023');
    expect(formatTextDate({ precision: 'month', value: '2021-03' }, 'nl')).toBe('maart 2021');
    expect(formatTextDate({ precision: 'year', value: '2020' })).toBe('2020');
    expect(formatTextDate({ precision: 'range', start: '2023-10-03', end: '2023-10-07' })).toMatch(
      /^3\s?–\s?7 October 2023$/,
    );
  });
});

describe('timeline events of the corpus', () => {
  const corpus = realCorpus();
  const all = timelineEvents(corpus);

  it('are in date order, each cited verbatim, each stating its own date', () => {
    expect(all.length).toBeGreaterThan(corpus.operations.length / 2);
    const keys = all.map((event) => dateSortKey(event.date));
    expect(keys).toEqual([...keys].sort());
    for (const event of all) {
      const document = corpus.documents.get(event.citation.document);
      expect(document?.text.slice(event.citation.start, event.citation.end)).toBe(
        event.citation.quote,
      );
      if (event.kind === 'operation') continue;
      // The date is read from the cited text itself, at the precision it is written.
      expect(datesInText(event.citation.quote).map((found) => found.date)).toContainEqual(
        event.date,
      );
    }
  });

  it('give each dated operation its own date, at the precision the curator verified', () => {
    for (const operation of corpus.operations) {
      const own = all.find((e) => e.operation === operation.id && e.kind === 'operation');
      if (operation.date.precision === 'unknown') expect(own).toBeUndefined();
      else expect(own?.date.precision).toBe(operation.date.precision);
    }
  });

  it('find the dates the Sky ECC release states: 2020 seizures, the March 2021 takedown, earlier arrests', () => {
    const sky = corpus.operations.find((op) => op.aliases.includes('Sky ECC'));
    expect(sky).toBeDefined();
    const events = timelineEvents(corpus, { operation: sky?.id ?? '' });
    const dated = events.map((e) => ({ precision: e.date.precision, key: dateSortKey(e.date) }));
    expect(dated).toContainEqual({ precision: 'year', key: '2020' });
    expect(dated).toContainEqual({ precision: 'month', key: '2021-03' });
    expect(dated).toContainEqual({ precision: 'year', key: '2021' });
    expect(dated).toContainEqual({ precision: 'day', key: '2023-05-08' });
    expect(events.at(-1)?.kind).toBe('operation');
    expect(new Set(events.map((e) => e.operation))).toEqual(new Set([sky?.id]));
  });

  it('for a country, keep only the operations that name it', () => {
    for (const code of ['PE', 'XK', 'RS']) {
      const events = timelineEvents(corpus, { country: code });
      for (const event of events) {
        const operation = corpus.operations.find((op) => op.id === event.operation);
        expect(operation?.countries.some((c) => c.code === code)).toBe(true);
      }
    }
  });
});

describe('timeline events of a document not in the repository', () => {
  const copy = new CorpusCopy();
  afterAll(() => copy.remove());

  it('come from its cited sentences, Dutch months included', () => {
    copy.write(
      'documents/test-nl-release.md',
      [
        '---',
        'id: test-nl-release',
        'title: Testbericht',
        'publisher: Politie',
        "published: '2022-06'",
        'url: https://example.org/bericht',
        'language: nl',
        '---',
        'Bij een actiedag op 14 juni 2022 zijn in Rotterdam, Nederland, 9 verdachten aangehouden.',
        '',
        'Het onderzoek begon in maart 2021 na een vondst van 400 kilo cocaïne in 2020.',
        '',
      ].join('\n'),
    );
    copy.write(
      'operations/test-nl-operation.yaml',
      [
        'id: test-nl-operation',
        'name: Testoperatie Rotterdam',
        'summary: A test operation.',
        'date:',
        '  precision: day',
        "  value: '2022-06-14'",
        '  document: test-nl-release',
        '  quote: Bij een actiedag op 14 juni 2022',
        'countries:',
        '  - codes: [NL]',
        '    role: lead',
        '    document: test-nl-release',
        '    quote: in Rotterdam, Nederland',
        'facts:',
        '  - id: arrests',
        '    metric: arrests',
        '    label: arrests',
        '    value: 9',
        '    scope: on the action day',
        '    document: test-nl-release',
        '    quote: 9 verdachten aangehouden',
        '  - id: cocaine',
        '    metric: cocaine-seized',
        '    label: cocaine seized',
        '    value: 400',
        '    unit: kg',
        '    scope: in 2020, before the investigation',
        '    document: test-nl-release',
        '    quote: 400 kilo cocaïne',
        '',
      ].join('\n'),
    );
    const events = timelineEvents(loadCorpus(copy.dir), { operation: 'test-nl-operation' });
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      [{ precision: 'year', value: '2020' }, 'figure'],
      [{ precision: 'month', value: '2021-03' }, 'figure'],
      [{ precision: 'day', value: '2022-06-14' }, 'operation'],
    ]);
    // The dates are outside the figure's quote: the event cites the whole sentence.
    expect(events[0]?.citation.quote).toBe(
      'Het onderzoek begon in maart 2021 na een vondst van 400 kilo cocaïne in 2020.',
    );
  });
});
