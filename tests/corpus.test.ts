import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../src/corpus/quotes.ts';
import type { Operation } from '../src/corpus/types.ts';
import { CORPUS_DIR, realCorpus } from './helpers/corpus.ts';

function operation(id: string): Operation {
  const found = realCorpus().operations.find((op) => op.id === id);
  if (found === undefined) throw new Error(`operation ${id} missing`);
  return found;
}

function fact(op: Operation, id: string) {
  const found = op.facts.find((f) => f.id === id);
  if (found === undefined) throw new Error(`fact ${id} missing from ${op.id}`);
  return found;
}

describe('the shipped corpus', () => {
  it('holds every source document with its metadata, page furniture removed', () => {
    const docs = realCorpus().documents;
    const files = readdirSync(join(CORPUS_DIR, 'documents')).filter((f) => f.endsWith('.md'));
    expect(docs.size).toBe(files.length);
    const europol = docs.get('europol-balkan-drug-lords-sky-ecc');
    expect(europol?.published).toBe('2023-05-12');
    expect(europol?.text).not.toContain('Comunicato Stampa');
    expect(docs.get('illicit-trade-interpol-theseus')?.text).not.toContain('Social Widget');
    const grey = docs.get('grey-dynamics-balkan-drug-trade');
    expect(grey?.published).toBeUndefined();
    expect(grey?.text).not.toContain('Access to weekly newsletter');
    const dutch = docs.get('crime-nieuws-balkan-cartel-cocaine-seizure');
    expect(dutch?.language).toBe('nl');
    expect(dutch?.text.match(/VIDEO: Duizenden/g)).toHaveLength(1);
  });

  it('splits documents into passages that know their document and offsets', () => {
    const { passages, documents } = realCorpus();
    expect(passages.length).toBeGreaterThan(20);
    for (const passage of passages) {
      const doc = documents.get(passage.document);
      expect(doc?.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('loads each required operation with its figures', () => {
    const ids = realCorpus()
      .operations.map((op) => op.id)
      .sort();
    expect(ids).toEqual([
      'balkan-cartel-action-day-2023-08-24',
      'empact-joint-action-days-see-2023',
      'empact-jot-dunqett',
      'interpol-operation-theseus',
      'sky-ecc-balkan-cartel-2023-05-11',
    ]);
    for (const op of realCorpus().operations) expect(op.facts.length).toBeGreaterThan(3);
    expect(fact(operation('interpol-operation-theseus'), 'arrests').value).toBe(236);
    expect(fact(operation('empact-jot-dunqett'), 'arrests').value).toBe(23);
  });

  it('groups the first two operations under the Operational Taskforce Balkan Cartel', () => {
    expect(operation('balkan-cartel-action-day-2023-08-24').umbrella).toBe(
      'Operational Taskforce Balkan Cartel',
    );
    expect(operation('sky-ecc-balkan-cartel-2023-05-11').umbrella).toBe(
      'Operational Taskforce Balkan Cartel',
    );
  });

  it('keeps the 11 May 2023 total arrests and the arrests in Serbia as two facts with different scopes', () => {
    const op = operation('sky-ecc-balkan-cartel-2023-05-11');
    expect(op.date).toMatchObject({ precision: 'day', value: '2023-05-11' });
    const total = fact(op, 'arrests-total');
    const serbia = fact(op, 'arrests-serbia');
    expect([total.metric, serbia.metric]).toEqual(['arrests', 'arrests']);
    expect(total.value).toBe(23);
    expect(serbia.value).toBe(13);
    expect(total.scope).not.toBe(serbia.scope);
    expect(serbia.scope).toMatch(/Serbia/);
    expect(total.citation.quote).toContain('A total of 23 individuals have been arrested');
  });

  it('lists 26 distinct Joint Action Days countries, 16 EU and 10 non-EU, with Kosovo as XK', () => {
    const op = operation('empact-joint-action-days-see-2023');
    const participants = op.countries.filter((c) => c.role === 'participant');
    const codes = participants.map((c) => c.code);
    expect(new Set(codes).size).toBe(26);
    expect(codes).toHaveLength(26);
    expect(participants.filter((c) => c.group === 'EU countries')).toHaveLength(16);
    expect(participants.filter((c) => c.group === 'non-EU countries')).toHaveLength(10);
    expect(codes).toContain('XK');
    expect(codes.filter((c) => c === 'ES')).toHaveLength(1);
  });

  it('records the cocaine of 24 August 2023 as 2,700 kg, cited to the Dutch sentence', () => {
    const cocaine = fact(operation('balkan-cartel-action-day-2023-08-24'), 'cocaine');
    expect(cocaine.value).toBe(2700);
    expect(cocaine.unit).toBe('kg');
    expect(cocaine.citation.document).toBe('crime-nieuws-balkan-cartel-cocaine-seizure');
    expect(cocaine.citation.quote).toContain('2,7 ton cocaïne in beslag genomen');
  });

  it('keeps a figure traced to the cartel apart from action-day seizures', () => {
    const traced = fact(operation('sky-ecc-balkan-cartel-2023-05-11'), 'cocaine-traced');
    expect(traced.primary).toBe(false);
    expect(traced.qualifier).toBe('at least');
    expect(traced.scope).toMatch(/not seized on the action day/);
  });

  it('names a country that is only a cocaine origin as such, not as a participant', () => {
    const colombia = operation('sky-ecc-balkan-cartel-2023-05-11').countries.filter(
      (c) => c.code === 'CO',
    );
    expect(colombia.map((c) => c.role)).toEqual(['origin']);
  });

  it('keeps background figures that belong to no operation', () => {
    const background = realCorpus().background;
    const seized = background.find((f) => f.id === 'cocaine-seized-2023');
    expect(seized?.value).toBe(9110);
    expect(seized?.operation).toBeUndefined();
    expect(background.find((f) => f.id === 'cocaine-increase-since-2015')?.unit).toBe('percent');
  });

  it('records for every citation the exact characters of its document', () => {
    const { operations, background, documents } = realCorpus();
    const citations = [
      ...operations.flatMap((op) => [
        ...op.facts.map((f) => f.citation),
        ...op.countries.map((c) => c.citation),
      ]),
      ...background.map((f) => f.citation),
    ];
    expect(citations.length).toBeGreaterThan(80);
    for (const citation of citations) {
      const text = documents.get(citation.document)?.text ?? '';
      expect(text.slice(citation.start, citation.end)).toBe(citation.quote);
    }
  });
});

describe('quote matching', () => {
  it('folds whitespace runs and typographic quotes but nothing else', () => {
    const text = 'Operational Taskforce ‘Balkan Cartel’\n\nThe recent takedown';
    const span = locateQuote(text, "Taskforce 'Balkan Cartel' The recent");
    expect(span === undefined ? undefined : text.slice(span.start, span.end)).toBe(
      'Taskforce ‘Balkan Cartel’\n\nThe recent',
    );
    expect(locateQuote(text, 'Taskforce Balkan Cartel')).toBeUndefined();
    expect(locateQuote(text, '   ')).toBeUndefined();
  });
});
