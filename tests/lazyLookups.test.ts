import { describe, expect, it } from 'vitest';
import { countryDirectory, getCountry } from '../src/corpus/countries.ts';
import { Engine } from '../src/engine/engine.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { realCorpus } from './helpers/corpus.ts';

// Lookups a start leaves to first use (or to Engine.prepare once the server listens) give the
// answers they gave when built up front.

describe('countries made one at a time', () => {
  // Vitest gives each file its own modules: nothing has asked for the directory yet.
  it('are the objects the whole directory holds later, and unknown codes stay unknown', () => {
    const codes = [...new Set(realCorpus().operations.flatMap((op) => op.countries))].map(
      (c) => c.code,
    );
    const early = codes.map((code) => getCountry(code));
    expect(early.every((country) => country !== undefined)).toBe(true);
    for (const unknown of ['ZZ', 'constructor', 'rs']) expect(getCountry(unknown)).toBeUndefined();

    const directory = countryDirectory();
    codes.forEach((code, i) => expect(directory.get(code)).toBe(early[i]));
    expect(new Set(directory.values()).size).toBe(directory.size);
  });
});

describe('an engine prepared after start', () => {
  // Made in the tests, not when the file is collected: the test above must run first.
  function engines(): { corpus: Corpus; lazy: Engine; prepared: Engine } {
    const corpus = realCorpus();
    const prepared = new Engine(corpus);
    prepared.prepare();
    return { corpus, lazy: new Engine(corpus), prepared };
  }

  it('answers every lookup as one that builds its indexes on first use', () => {
    const { corpus, lazy, prepared } = engines();

    // Every fourth name of each of the corpus's countries, and the display name of every
    // twentieth other country.
    const inCorpus = new Set(corpus.operations.flatMap((op) => op.countries.map((c) => c.code)));
    const countryNames = [...countryDirectory().values()].flatMap((c, i) =>
      inCorpus.has(c.code) ? c.names.filter((_, j) => j % 4 === 0) : i % 20 === 0 ? [c.name] : [],
    );
    const operationNames = corpus.operations.flatMap((op) => [op.name, ...op.aliases]);
    // Prefixes and typos of real names: the fuzzy paths, not only exact keys.
    const typed = [...countryNames, ...operationNames].flatMap((name) => [
      name.slice(0, 4),
      `${name.slice(0, 2)}${name.slice(3)}`,
    ]);
    expect(typed.length).toBeGreaterThan(100);
    for (const query of typed) {
      expect(prepared.findCountry(query)).toEqual(lazy.findCountry(query));
      expect(prepared.completeCountries(query, 25)).toEqual(lazy.completeCountries(query, 25));
      expect(prepared.findOperation(query)).toEqual(lazy.findOperation(query));
      expect(prepared.completeOperations(query, 25)).toEqual(lazy.completeOperations(query, 25));
    }
    expect(prepared.operations()).toEqual(lazy.operations());
  });

  it('finds a country by a name in each registered language, and an operation by a typo', () => {
    const { lazy, prepared } = engines();
    const serbia = getCountry('RS');
    expect(serbia).toBeDefined();
    for (const name of serbia?.names ?? []) {
      const found = lazy.findCountry(name);
      expect(found.kind === 'found' ? found.report.country.code : name).toBe('RS');
    }
    const [first] = lazy.operations();
    expect(first).toBeDefined();
    const name = first?.name ?? '';
    const typo = `${name.slice(0, 3)}${name.slice(4)}`;
    const lookup = prepared.findOperation(typo);
    expect(lookup.kind === 'found' ? lookup.operation.id : typo).toBe(first?.id);
  });
});
