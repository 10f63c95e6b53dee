import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers/corpus.ts';

const engine = realEngine();

function operationId(query: string): string | undefined {
  const found = engine.findOperation(query);
  return found.kind === 'found' ? found.operation.id : undefined;
}

function countryCode(query: string): string | undefined {
  const found = engine.findCountry(query);
  return found.kind === 'found' ? found.report.country.code : undefined;
}

describe('finding operations', () => {
  it.each([
    ['sky-ecc', 'sky-ecc-balkan-cartel-2023-05-11'],
    ['Sky ECC', 'sky-ecc-balkan-cartel-2023-05-11'],
    ['skyecc', 'sky-ecc-balkan-cartel-2023-05-11'],
    ['sky eec', 'sky-ecc-balkan-cartel-2023-05-11'],
    ['thesues', 'interpol-operation-theseus'],
    ['Operation Theseus', 'interpol-operation-theseus'],
    ['dunqet', 'empact-jot-dunqett'],
    ['JAD SEE', 'empact-joint-action-days-see-2023'],
    ['jad-see', 'empact-joint-action-days-see-2023'],
    ['joint action days', 'empact-joint-action-days-see-2023'],
    ['2023-08-24', 'balkan-cartel-action-day-2023-08-24'],
    ['24 August 2023', 'balkan-cartel-action-day-2023-08-24'],
    ['pink panther', 'sky-ecc-balkan-cartel-2023-05-11'],
    ['migrant smuggling', 'empact-jot-dunqett'],
  ])('%s → %s', (query, id) => {
    expect(operationId(query)).toBe(id);
  });

  it('offers the candidates instead of guessing when a name fits several operations', () => {
    const cartel = engine.findOperation('balkan cartel');
    expect(cartel.kind).toBe('ambiguous');
    if (cartel.kind === 'ambiguous') {
      expect(cartel.candidates.map((op) => op.id).sort()).toEqual([
        'balkan-cartel-action-day-2023-08-24',
        'sky-ecc-balkan-cartel-2023-05-11',
      ]);
    }
    expect(engine.findOperation('EMPACT').kind).toBe('ambiguous');
  });

  it('finds nothing for gibberish, and suggests operations', () => {
    const found = engine.findOperation('qwxzv');
    expect(found.kind).toBe('none');
    if (found.kind === 'none') expect(found.suggestions.length).toBeGreaterThan(0);
  });

  it('autocompletes exact alias first, then prefix, then fuzzy; empty lists every operation', () => {
    // Nothing typed yet: every operation, newest first (the order the bot lists them in).
    expect(engine.completeOperations('', 25).map((c) => c.value)).toEqual(
      engine.operations().map((op) => op.id),
    );
    expect(engine.completeOperations('sky', 25)[0]?.value).toBe('sky-ecc-balkan-cartel-2023-05-11');
    expect(engine.completeOperations('Theseus', 25)[0]?.value).toBe('interpol-operation-theseus');
    expect(engine.completeOperations('thes', 25)[0]?.value).toBe('interpol-operation-theseus');
    expect(engine.completeOperations('thesues', 25)[0]?.value).toBe('interpol-operation-theseus');
    for (const choice of engine.completeOperations('a', 25)) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('finding countries', () => {
  it.each([
    ['Nederland', 'NL'],
    ['the Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['holand', 'NL'],
    ['Srbija', 'RS'],
    ['Србија', 'RS'],
    ['Servië', 'RS'],
    ['serbai', 'RS'],
    ['Hrvatska', 'HR'],
    ['Kosovo', 'XK'],
    ['Kosova', 'XK'],
    ['XK', 'XK'],
    ['North Macedonia', 'MK'],
    ['Macedonia', 'MK'],
    ['BiH', 'BA'],
    ['UK', 'GB'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
  ])('%s → %s', (query, code) => {
    expect(countryCode(query)).toBe(code);
  });

  it('lists the operations a country took part in, newest first, with its role', () => {
    const found = engine.findCountry('Nederland');
    if (found.kind !== 'found') throw new Error('Netherlands not found');
    const ids = found.report.tookPart.map((e) => e.operation.id);
    expect(ids).toEqual([
      'empact-joint-action-days-see-2023',
      'sky-ecc-balkan-cartel-2023-05-11',
      'empact-jot-dunqett',
    ]);
    expect(found.report.tookPart[1]?.roles.map((r) => r.role)).toContain('participant');
  });

  it('shows a country that is only a cocaine origin as mentioned, in no operation', () => {
    const found = engine.findCountry('colombia');
    if (found.kind !== 'found') throw new Error('Colombia not found');
    expect(found.report.tookPart).toEqual([]);
    expect(found.report.mentioned.map((e) => e.roles.map((r) => r.role))).toEqual([['origin']]);
  });

  it('keeps a funder apart from the operations it took part in', () => {
    const found = engine.findCountry('Germany');
    if (found.kind !== 'found') throw new Error('Germany not found');
    expect(found.report.tookPart.map((e) => e.operation.id)).toEqual([
      'empact-joint-action-days-see-2023',
    ]);
    expect(found.report.mentioned.map((e) => e.operation.id)).toEqual([
      'interpol-operation-theseus',
    ]);
  });

  it('shows a figure whose scope names the country also where the country is only mentioned', () => {
    const found = engine.findCountry('Peru');
    if (found.kind !== 'found') throw new Error('Peru not found');
    const facts = [...found.report.tookPart, ...found.report.mentioned].flatMap((e) => e.local);
    expect(facts.some((f) => f.metric === 'arrests' && / Peru\b/.test(f.scope))).toBe(true);
  });

  it("keeps a country's own figures apart from the operation's overall ones", () => {
    const found = engine.findCountry('Belgium');
    if (found.kind !== 'found') throw new Error('Belgium not found');
    for (const entry of found.report.tookPart) {
      for (const fact of entry.local) expect(fact.scope).toMatch(/Belgium/);
      for (const fact of entry.local) expect(fact.scope).not.toMatch(/\btotal\b/);
      expect(entry.headline.filter((f) => entry.local.includes(f))).toEqual([]);
    }
  });

  it('shows a figure scoped to the country among its figures', () => {
    const found = engine.findCountry('Serbia');
    if (found.kind !== 'found') throw new Error('Serbia not found');
    const sky = found.report.tookPart.find(
      (e) => e.operation.id === 'sky-ecc-balkan-cartel-2023-05-11',
    );
    expect(sky?.local.map((f) => f.id)).toContain('arrests-serbia');
  });
});

describe('passage search', () => {
  it('finds the 700 kilos for rotterdam', () => {
    const [first] = engine.search('rotterdam');
    expect(first?.passage.text).toContain('700 kilos of cocaine seized in Rotterdam');
  });

  it('finds the Dutch document with Dutch and English words, diacritics folded', () => {
    for (const query of [
      'huiszoekingen',
      'house searches 24 August',
      'cocaïne actiedag',
      'cocaine action day arrests',
    ]) {
      const documents = engine.search(query).map((h) => h.passage.document);
      expect(documents, query).toContain('crime-nieuws-balkan-cartel-cocaine-seizure');
    }
  });

  it('finds a passage through a two-letter typo', () => {
    expect(engine.search('counterfiet pasports')[0]?.passage.text).toContain(
      'counterfeit passports',
    );
  });

  it('finds numbers however they are written', () => {
    expect(engine.search('550,000')[0]?.passage.text).toContain('550.000 euro');
    expect(engine.search('2.7 ton')[0]?.passage.document).toBe(
      'crime-nieuws-balkan-cartel-cocaine-seizure',
    );
  });

  it('returns nothing for words no passage holds', () => {
    expect(engine.search('xylophone quartet')).toEqual([]);
  });
});

describe('stats', () => {
  it('ranks cocaine by headline figures and keeps traced seizures and background apart', () => {
    const result = engine.stats('cocaine');
    expect(result.ranked).toHaveLength(1);
    expect(result.ranked[0]?.entries.map((e) => e.fact.value)).toEqual([2700, 626]);
    const other = result.otherScopes.flatMap((o) => o.facts.map((f) => f.id));
    expect(other).toContain('cocaine-traced');
    expect(result.background.map((f) => f.id)).toEqual(['cocaine-seized-2023']);
  });

  it('never ranks euros against dollars', () => {
    const units = engine
      .stats('cash')
      .ranked.map((r) => r.unit)
      .sort();
    expect(units).toEqual(['EUR', 'USD']);
  });

  it('ranks arrests with the Sky ECC total, not the Serbia-only figure', () => {
    const arrests = engine
      .stats('arrests')
      .ranked[0]?.entries.map((e) => [e.operation.id, e.fact.value]);
    expect(arrests?.[0]).toEqual(['interpol-operation-theseus', 236]);
    expect(arrests).toContainEqual(['sky-ecc-balkan-cartel-2023-05-11', 23]);
    expect(engine.stats('arrests').missing.map((op) => op.id)).toEqual([
      'empact-joint-action-days-see-2023',
    ]);
  });
});
