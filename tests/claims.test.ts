import { describe, expect, it } from 'vitest';
import { checkClaim, checkClaims, type Verdict, type WrongPart } from '../src/claims/index.ts';
import { TAKING_PART } from '../src/corpus/schema.ts';
import { corpusFact, expectView, operation } from './helpers/claims.ts';
import { realEngine } from './helpers/corpus.ts';

const engine = realEngine();

// [claim, verdict, the parts named wrong, the fact shown first: operation name and fact id]
type Case = [string, Verdict, WrongPart[], [string, string] | undefined];

const ISSUE_EXAMPLES: Case[] = [
  [
    'Serbia arrested 23 people on 11 May',
    'contradicted',
    ['place', 'scope'],
    ['sky ecc', 'arrests-serbia'],
  ],
  ['24,000 officers took part in JAD SEE', 'contradicted', ['value'], ['jad see', 'officers']],
  ['15,000 flights', 'contradicted', ['value'], ['theseus', 'flights']],
  ['626 tonnes of cocaine', 'contradicted', ['unit'], ['jad see', 'cocaine']],
  ['5 tonnes seized in Rotterdam', 'contradicted', ['place'], ['sky ecc', 'cocaine-rotterdam']],
  ['Theseus lasted ten days', 'contradicted', ['value'], ['theseus', 'duration']],
  ['Operation Trojan Shield arrested 800', 'not-in-sources', [], undefined],
];

const ENGLISH: Case[] = [
  ['Sky ECC: 13 arrests in Serbia on 11 May 2023', 'supported', [], ['sky ecc', 'arrests-serbia']],
  ['Over 22,400 officers took part in JAD SEE', 'supported', [], ['jad see', 'officers']],
  [
    'More than 20,000 officers took part in the Joint Action Days',
    'supported',
    [],
    ['jad see', 'officers'],
  ],
  [
    'About 600 kg of cocaine were seized during the Joint Action Days',
    'supported',
    [],
    ['jad see', 'cocaine'],
  ],
  [
    'About 700 kg of cocaine were seized during the Joint Action Days',
    'contradicted',
    ['value'],
    ['jad see', 'cocaine'],
  ],
  ['Theseus: 2.5 million passenger checks', 'supported', [], ['theseus', 'passenger-checks']],
  ['Interpol agents monitored 1,500 flights in Theseus', 'supported', [], ['theseus', 'flights']],
  ['Operation Thesues rescued 89 victims', 'supported', [], ['theseus', 'victims']],
  ['Almost EUR 3 million in cash was seized in Sky ECC', 'supported', [], ['sky ecc', 'cash']],
  ['Sky ECC seized $3 million in cash', 'contradicted', ['unit'], ['sky ecc', 'cash']],
  ['Theseus seized €200,000 in cash', 'contradicted', ['unit'], ['theseus', 'cash']],
  ['Theseus seized $200,000 in cash', 'supported', [], ['theseus', 'cash']],
  ['60 tonnes of drugs were seized in Theseus', 'contradicted', ['unit'], ['theseus', 'drugs']],
  [
    'Seven members were arrested in Belgium in 2021',
    'supported',
    [],
    ['sky ecc', 'arrests-belgium-2021'],
  ],
  [
    '7 people were arrested in Belgium in 2022',
    'contradicted',
    ['date'],
    ['sky ecc', 'arrests-belgium-2021'],
  ],
  [
    'At least seven tonnes of cocaine were traced back to the cartel',
    'supported',
    [],
    ['sky ecc', 'cocaine-traced'],
  ],
  [
    '700 kilos of cocaine were seized in Rotterdam',
    'supported',
    [],
    ['sky ecc', 'cocaine-rotterdam'],
  ],
  [
    '1.2 tonnes of cocaine were seized in Rotterdam',
    'contradicted',
    ['place'],
    ['sky ecc', 'cocaine-rotterdam'],
  ],
  ['23 people were arrested in total in Sky ECC', 'supported', [], ['sky ecc', 'arrests-total']],
  ['Sky ECC arrested 236 people', 'contradicted', ['value'], ['sky ecc', 'arrests-total']],
  ['Theseus arrested 263 people', 'contradicted', ['value'], ['theseus', 'arrests']],
  ['26 countries took part in JAD SEE', 'supported', [], ['jad see', 'countries']],
  [
    'The smugglers in Dunqett charged up to €7,000 per migrant',
    'supported',
    [],
    ['dunqett', 'price-eur'],
  ],
  [
    'French and Dutch police detained 23 suspects in Dunqett',
    'supported',
    [],
    ['dunqett', 'arrests'],
  ],
  [
    'Europol sent 3 staff to Belgrade in Sky ECC',
    'contradicted',
    ['value'],
    ['sky ecc', 'europol-staff'],
  ],
  ['Sky ECC seized 2 sniper rifles', 'supported', [], ['sky ecc', 'sniper-rifles']],
  ['Sky ECC seized 15 high-end cars', 'supported', [], ['sky ecc', 'cars']],
  ['67,277 vehicles were checked in JAD SEE', 'supported', [], ['jad see', 'vehicles-checked']],
  [
    'In 2023, 9.11 tonnes of cocaine connected to Balkan criminals were seized',
    'supported',
    [],
    ['background', 'cocaine-seized-2023'],
  ],
  ['Sky ECC seized 40 boats', 'not-in-sources', [], undefined],
  // Theseus states no cocaine figure; the 2.7 tonnes are the Balkan Cartel action day's alone.
  [
    'Theseus seized 2.7 tonnes of cocaine',
    'contradicted',
    ['operation'],
    ['balkan cartel action day', 'cocaine'],
  ],
  ['35 house searches were carried out in Serbia', 'not-in-sources', [], undefined],
  ['Serbia arrested 6 people', 'not-in-sources', [], undefined],
  // The source lists 8 countries with "including": at least 8, so 12 is not said, nor wrong.
  ['Theseus involved agents from 12 countries', 'not-in-sources', [], undefined],
  ['Theseus involved agents from 5 countries', 'contradicted', ['value'], undefined],
  ['Sky ECC: 3 high-value targets were arrested', 'supported', [], ['sky ecc', 'arrests-hvt']],
  [
    'Sky ECC: 5 high value targets were arrested',
    'contradicted',
    ['value'],
    ['sky ecc', 'arrests-hvt'],
  ],
  // What became of people after their arrest is counted by no fact: not the arrests' parts.
  ['3 of the 13 people arrested in Serbia were released', 'not-in-sources', [], undefined],
  ['In Sky ECC 2 suspects were extradited', 'not-in-sources', [], undefined],
  // Victims freed are victims rescued, not people released after an arrest.
  ['Theseus freed 89 victims', 'supported', [], ['theseus', 'victims']],
  ['Theseus freed 150 victims', 'contradicted', ['value'], ['theseus', 'victims']],
  ['Operacija Theseus: oslobođeno je 89 žrtava', 'supported', [], ['theseus', 'victims']],
  ['Van de 13 gearresteerden in Servië werden er 3 vrijgelaten', 'not-in-sources', [], undefined],
  ['Od 13 uhapšenih u Srbiji, trojica su pušteni na slobodu', 'not-in-sources', [], undefined],
];

const SCOPE_TWISTS: Case[] = [
  ['13 people were arrested in total in Sky ECC', 'contradicted', ['scope'], undefined],
  [
    '23 arrests on the action day in Sky ECC',
    'contradicted',
    ['scope'],
    ['sky ecc', 'arrests-serbia'],
  ],
  ['Sky ECC: 13 arrests before the action day', 'contradicted', ['scope'], undefined],
  [
    'Two people were arrested earlier in Serbia and Peru',
    'supported',
    [],
    ['sky ecc', 'arrests-earlier-other-offences'],
  ],
  [
    'Sky ECC seized 7 tonnes of cocaine on the action day',
    'contradicted',
    ['scope'],
    ['sky ecc', 'cocaine-traced'],
  ],
  [
    '7 tonnes of cocaine were seized on 11 May 2023',
    'contradicted',
    ['date'],
    ['sky ecc', 'cocaine-traced'],
  ],
  [
    'Sky ECC traced 7 tonnes of cocaine to the cartel',
    'supported',
    [],
    ['sky ecc', 'cocaine-traced'],
  ],
  [
    'The Balkan Cartel action day: 6 arrests in total',
    'supported',
    [],
    ['balkan cartel action day', 'arrests'],
  ],
];

const ROLES_AND_DATES: Case[] = [
  ['Spain led the Balkan Cartel operation', 'contradicted', ['role'], undefined],
  ['Germany took part in Sky ECC', 'contradicted', ['role'], undefined],
  ['Germany took part in Theseus', 'contradicted', ['role'], undefined],
  ['Colombia took part in Sky ECC', 'contradicted', ['role'], undefined],
  ['Germany funded Theseus', 'supported', [], undefined],
  ['Serbia led Sky ECC', 'supported', [], undefined],
  ['France supported Sky ECC', 'supported', [], undefined],
  ['Greece took part in Theseus', 'not-in-sources', [], undefined],
  ['Spain led JAD SEE', 'not-in-sources', [], undefined],
  ['Europol coordinated JAD SEE', 'supported', [], undefined],
  ['Frontex coordinated Sky ECC', 'contradicted', ['role'], undefined],
  // A body whose name is in another operation's name ("Operation Theseus (INTERPOL)").
  ['Interpol coordinated the Sky ECC operation', 'contradicted', ['role'], undefined],
  ['INTERPOL coordinated Theseus', 'supported', [], undefined],
  ['Europol coordinated Operation Theseus', 'contradicted', ['role'], undefined],
  ['The Balkan Cartel action day was on 24 August 2023', 'supported', [], undefined],
  ['The Balkan Cartel action day was on 25 August 2023', 'contradicted', ['date'], undefined],
  ['Theseus took place in December 2019', 'supported', [], undefined],
  ['Theseus took place in 2021', 'contradicted', ['date'], undefined],
  ['JAD SEE took place in October 2023', 'not-in-sources', [], undefined],
];

const DUTCH: Case[] = [
  [
    'Bij de actiedag werden 6 arrestaties verricht',
    'supported',
    [],
    ['balkan cartel action day', 'arrests'],
  ],
  [
    'Er werden 15 huiszoekingen gedaan bij de Balkan Cartel actiedag',
    'supported',
    [],
    ['balkan cartel action day', 'house-searches'],
  ],
  [
    'Meer dan 550.000 euro aan contanten in beslag genomen',
    'supported',
    [],
    ['balkan cartel action day', 'cash'],
  ],
  ['In Servië werden 13 mensen gearresteerd', 'supported', [], ['sky ecc', 'arrests-serbia']],
  [
    'In Servië werden op 11 mei 23 mensen gearresteerd',
    'contradicted',
    ['place', 'scope'],
    ['sky ecc', 'arrests-serbia'],
  ],
  ['Bij Theseus werden 2.000 migranten ontdekt', 'supported', [], ['theseus', 'migrants-detected']],
  ['1.500 vluchten werden gecontroleerd bij Theseus', 'supported', [], ['theseus', 'flights']],
  [
    'Er werd 27 ton cocaïne in beslag genomen bij de Balkan Cartel actiedag',
    'contradicted',
    ['value'],
    ['balkan cartel action day', 'cocaine'],
  ],
  ['Duitsland nam deel aan Sky ECC', 'contradicted', ['role'], undefined],
  ['Servië leidde de Balkan Cartel actiedag', 'supported', [], undefined],
  ['Theseus duurde acht dagen', 'supported', [], ['theseus', 'duration']],
];

const REGION_LATIN: Case[] = [
  ['U Srbiji je uhapšeno 13 osoba', 'supported', [], ['sky ecc', 'arrests-serbia']],
  ['Srbija je uhapsila 13 osoba 11. maja 2023.', 'supported', [], ['sky ecc', 'arrests-serbia']],
  [
    'U Srbiji je uhapšeno 23 osobe na dan akcije',
    'contradicted',
    ['place', 'scope'],
    ['sky ecc', 'arrests-serbia'],
  ],
  [
    'Zaplijenjeno je 2,7 tona kokaina u akciji Balkan kartel',
    'supported',
    [],
    ['balkan cartel action day', 'cocaine'],
  ],
  ['Zaplenjeno je 626 tona kokaina u JAD SEE', 'contradicted', ['unit'], ['jad see', 'cocaine']],
  ['Pretreseno je 35 kuća u akciji Sky ECC', 'supported', [], ['sky ecc', 'house-searches']],
  ['U Theseusu je uhićeno 236 članova mreža', 'supported', [], ['theseus', 'arrests']],
  ['Njemačka je financirala operaciju Theseus', 'supported', [], undefined],
  ['Španija je vodila operaciju Balkan kartel', 'contradicted', ['role'], undefined],
  ['Operacija Theseus trajala je deset dana', 'contradicted', ['value'], ['theseus', 'duration']],
  ['Akcija Balkan kartel održana je 24. kolovoza 2023.', 'supported', [], undefined],
  ['Sky ECC akcija je bila 11. avgusta 2023.', 'contradicted', ['date'], undefined],
  ['54.000 vozila je provereno u akciji Theseus', 'supported', [], ['theseus', 'vehicle-checks']],
  ['Operacija Trojanski štit uhapsila je 800 ljudi', 'not-in-sources', [], undefined],
];

const REGION_CYRILLIC: Case[] = [
  ['У Србији је ухапшено 13 особа', 'supported', [], ['sky ecc', 'arrests-serbia']],
  [
    'У Србији је 11. маја ухапшено 23 особе',
    'contradicted',
    ['place', 'scope'],
    ['sky ecc', 'arrests-serbia'],
  ],
  ['Немачка је учествовала у операцији Sky ECC', 'contradicted', ['role'], undefined],
  [
    'Заплењено је 5 тона кокаина у Ротердаму',
    'contradicted',
    ['place'],
    ['sky ecc', 'cocaine-rotterdam'],
  ],
  ['Заплењено је готово 3 милиона евра у готовини у Sky ECC', 'supported', [], ['sky ecc', 'cash']],
];

// What the number counts, which of two figures is meant, and a figure with its period.
const COUNTED_AND_PERIODS: Case[] = [
  ['89 migrants were rescued in Theseus', 'not-in-sources', [], undefined],
  ['2,000 migrants were detected in Theseus', 'supported', [], ['theseus', 'migrants-detected']],
  ['6 arrests in Serbia in Sky ECC', 'contradicted', ['value'], ['sky ecc', 'arrests-serbia']],
  ['Theseus rescued 150 victims in eight days', 'contradicted', ['value'], ['theseus', 'victims']],
  ['Theseus rescued 89 victims in ten days', 'contradicted', ['value'], ['theseus', 'duration']],
  ['Theseus rescued 89 victims in eight days', 'supported', [], ['theseus', 'victims']],
  ['In eight days Theseus rescued 89 victims', 'supported', [], ['theseus', 'victims']],
  ['U osam dana akcija Theseus spasila je 89 žrtava', 'supported', [], ['theseus', 'victims']],
];

// A figure that is part of a whole counts what the whole counts: "236 of the 3,000 agents were
// arrested" says 236 agents were arrested, which no source says (236 network members were).
const PARTS_OF_A_WHOLE: Case[] = [
  ['Theseus: 236 of the 3,000 agents were arrested', 'not-in-sources', [], undefined],
  ['13 of the 30 officers were arrested', 'not-in-sources', [], undefined],
  ['In Theseus 236 officers were arrested', 'not-in-sources', [], undefined],
  ['Sky ECC: 13 of the 23 officers were arrested', 'not-in-sources', [], undefined],
  ['Bij Theseus werden 236 van de 3.000 agenten gearresteerd', 'not-in-sources', [], undefined],
  ['U akciji Theseus uhapšeno je 236 od 3.000 policajaca', 'not-in-sources', [], undefined],
  [
    '2 of the 13 police officers arrested in Serbia were High Value Targets',
    'not-in-sources',
    [],
    undefined,
  ],
  [
    'Theseus: 236 of the arrested were members of organised crime networks',
    'supported',
    [],
    ['theseus', 'arrests'],
  ],
  [
    '3 of the 13 people arrested in Serbia were High Value Targets',
    'supported',
    [],
    ['sky ecc', 'arrests-hvt'],
  ],
  [
    '3 of the 13 arrested in Serbia were High Value Targets',
    'supported',
    [],
    ['sky ecc', 'arrests-hvt'],
  ],
  [
    '4 of the 13 people arrested in Serbia were High Value Targets',
    'contradicted',
    ['value'],
    ['sky ecc', 'arrests-hvt'],
  ],
  ['Theseus: 3,000 agents took part', 'supported', [], ['theseus', 'officers']],
];

describe.each([
  ['parts of a whole', PARTS_OF_A_WHOLE],
  ['counted things and periods', COUNTED_AND_PERIODS],
  ['the issue', ISSUE_EXAMPLES],
  ['English', ENGLISH],
  ['scope', SCOPE_TWISTS],
  ['roles and dates', ROLES_AND_DATES],
  ['Dutch', DUTCH],
  ['Serbian, Croatian and Bosnian (Latin)', REGION_LATIN],
  ['Serbian (Cyrillic)', REGION_CYRILLIC],
])('checkClaim: %s', (_, cases) => {
  it.each(cases)('%s → %s %j', (claim, verdict, wrong, first) => {
    const result = checkClaim(engine, claim);
    expect(result.verdict).toBe(verdict);
    for (const part of wrong) expect(result.wrong).toContain(part);
    if (verdict === 'supported') expect(result.wrong).toBeUndefined();
    if (first !== undefined) expectView(result.facts[0], corpusFact(...first));
    // A fact is support or related, never both, and nothing not in the sources is supported.
    if (verdict === 'not-in-sources') expect(result.facts).toEqual([]);
    if (verdict !== 'not-in-sources') expect(result.facts.length).toBeGreaterThan(0);
  });
});

describe('checkClaim on role claims', () => {
  it('shows the lead when another country is said to have led', () => {
    const result = checkClaim(engine, 'Spain led the Balkan Cartel action day');
    const op = operation('balkan cartel action day');
    expect(result.facts[0]).toMatchObject({
      operation: op.id,
      metric: 'lead',
      quote: op.lead?.citation.quote,
    });
  });

  it('lists the countries that took part when one did not', () => {
    const op = operation('sky ecc');
    const result = checkClaim(engine, 'Germany took part in Sky ECC');
    const tookPart = op.countries.filter((c) => TAKING_PART.has(c.role));
    expect(result.facts.map((f) => f.label.split(':')[0])).toEqual(tookPart.map((c) => c.name));
    expect(result.facts.every((f) => f.operation === op.id)).toBe(true);
  });

  it('names the role a country had when it did not take part', () => {
    const result = checkClaim(engine, 'Germany took part in Theseus');
    const funder = operation('theseus').countries.find((c) => c.code === 'DE');
    expect(funder?.role).toBe('funder');
    expect(result.facts[0]?.quote).toBe(funder?.citation.quote);
  });
});

describe('checkClaim never lends support across operations or scopes', () => {
  it('keeps the claimed number of another operation out of the facts', () => {
    const result = checkClaim(engine, 'Sky ECC arrested 236 people');
    expect(result.facts.every((f) => f.operation === operation('sky ecc').id)).toBe(true);
    expectView(result.related[0], corpusFact('theseus', 'arrests'));
  });

  it('offers related facts for a claim about an operation not in the corpus, never support', () => {
    const result = checkClaim(engine, 'Operation Trojan Shield arrested 800 people');
    expect(result.facts).toEqual([]);
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related.every((f) => f.metric === 'arrests')).toBe(true);
  });
});

describe('every figure of the corpus', () => {
  const qualifierWords: Record<string, string> = {
    exact: '',
    about: 'about ',
    'more than': 'more than ',
    almost: 'almost ',
    'at least': 'at least ',
    'up to': 'up to ',
  };
  const written = (value: number, unit: string): string => {
    const n = value.toLocaleString('en');
    if (unit === 'kg') return `${n} kg of`;
    if (unit === 'EUR') return `EUR ${n}`;
    if (unit === 'USD') return `$${n}`;
    if (unit === 'percent') return `${n}%`;
    return unit === 'days' ? `${n} days` : n;
  };
  const figures = engine.corpus.operations.flatMap((op) =>
    op.facts.flatMap((fact) => (fact.value === undefined ? [] : [{ op, fact, value: fact.value }])),
  );

  it('has figures to check', () => {
    expect(figures.length).toBeGreaterThan(20);
  });

  // The claim each fact states in its own words, and the same claim with another number.
  it.each(figures.map((f) => [`${f.op.id}/${f.fact.id}`, f] as const))(
    '%s is supported as stated and contradicted with another number',
    (_, { op, fact, value }) => {
      const name = op.aliases[0] ?? op.name;
      const q = qualifierWords[fact.qualifier] ?? '';
      const stated = checkClaim(engine, `${name}: ${q}${written(value, fact.unit)} ${fact.label}`);
      expect(stated.verdict).toBe('supported');
      expect(stated.facts.some((f) => f.quote === fact.citation.quote && f.value === value)).toBe(
        true,
      );
      const twisted = checkClaim(
        engine,
        `${name}: ${q}${written(value * 10 + 7, fact.unit)} ${fact.label}`,
      );
      if (fact.qualifier === 'at least') {
        // A lower bound is not said to be wrong by a higher figure, only by a lower one.
        expect(twisted.verdict).toBe('not-in-sources');
        expect(twisted.related.some((f) => f.quote === fact.citation.quote)).toBe(true);
        const below = checkClaim(
          engine,
          `${name}: ${written(Math.floor(value / 2), fact.unit)} ${fact.label}`,
        );
        expect(below.verdict).toBe('contradicted');
        expect(below.facts.every((f) => f.operation === op.id)).toBe(true);
        return;
      }
      expect(twisted.verdict).toBe('contradicted');
      expect(twisted.facts.every((f) => f.operation === op.id)).toBe(true);
    },
  );
});

describe('checkClaims on a message', () => {
  it('checks every claim in order, carrying the operation from one sentence to the next', () => {
    const message = [
      'Sky ECC: 23 arrests, 35 house searches and 15 cars.',
      'Serbia led it and Germany took part.',
      'Operation Trojan Shield arrested 800.',
    ].join(' ');
    const { claims } = checkClaims(engine, message);
    expect(claims.map((c) => c.verdict)).toEqual([
      'supported',
      'supported',
      'supported',
      'supported',
      'contradicted',
      'not-in-sources',
    ]);
    expectView(claims[1]?.facts[0], corpusFact('sky ecc', 'house-searches'));
    expectView(claims[2]?.facts[0], corpusFact('sky ecc', 'cars'));
    expect(claims[4]?.claim).toBe('Germany took part.');
  });

  it.each([
    ['Operation Theseus led to 236 arrests and was funded by Germany.', ['supported', 'supported']],
    [
      'Operation Theseus led to 236 arrests and was funded by France.',
      ['supported', 'contradicted'],
    ],
    ['Sky ECC: 23 arrests and Serbia led the operation.', ['supported', 'supported']],
    [
      'Sky ECC led to 23 arrests and 35 house searches and was coordinated by Europol.',
      ['supported', 'supported', 'supported'],
    ],
    // A body's own clause after a figure: the figure is checked alone, the clause on its own.
    [
      'The Balkan cartel action day led to 6 arrests and 15 searches, and Europol sent an expert to Belgrade.',
      ['supported', 'supported', 'supported'],
    ],
    // Another subject's own clause (an article, a common noun, an act in the active past).
    [
      'Operation Theseus led to 236 arrests, and the Spanish police searched the vessel.',
      ['supported', 'not-in-sources'],
    ],
    // Any verb in the regular past, not only the acts the facts count.
    [
      'JAD SEE involved 24,000 officers, and the Croatian police raided several warehouses.',
      ['contradicted', 'not-in-sources'],
    ],
    // Not a role after the joining word: one statement, as before.
    ['6 people were arrested in Serbia and Montenegro.', ['not-in-sources']],
    // A list of places, and a second subject sharing the figure's passive verb: one statement.
    ['Sky ECC: 13 arrests in Serbia and the Netherlands were made.', ['contradicted']],
    ['More than 1,500 counterfeit passports and ID cards were seized in Theseus.', ['supported']],
  ])('a role joined on after a figure is its own statement: %s', (message, verdicts) => {
    const { claims } = checkClaims(engine, message);
    expect(claims.map((c) => c.verdict)).toEqual(verdicts);
    // The figure is checked alone: its own fact, not "not in the sources" for the whole.
    expect(claims[0]?.claim).not.toMatch(/funded|led the|coordinated/);
  });

  it.each([
    // "of them", "of whom", "van wie", "od njih": the figure counts what the statement before it did.
    [
      'Sky ECC: 23 people were arrested in total, 13 of them in Serbia.',
      ['supported', 'supported'],
    ],
    ['In Sky ECC 23 people were arrested, of whom 13 in Serbia.', ['supported', 'supported']],
    ['Sky ECC: 23 arrestaties, van wie 13 in Servië.', ['supported', 'supported']],
    ['U akciji Sky ECC uhapšeno je 23 osobe, od njih 13 u Srbiji.', ['supported', 'supported']],
    ['Sky ECC: 23 arrests, 14 of them in Serbia.', ['supported', 'contradicted']],
    // The whole named first: what its part counts is that whole's noun, not the verb's.
    ['Among the 3,000 agents, 236 were arrested in Theseus.', ['supported', 'not-in-sources']],
    [
      'Theseus: 3,000 agents took part, 236 of them were arrested.',
      ['supported', 'not-in-sources'],
    ],
    ['Od 3.000 agenata u operaciji Theseus, 236 je uhapšeno.', ['supported', 'not-in-sources']],
    [
      'Of the 23 people arrested in Sky ECC, 13 were arrested in Serbia.',
      ['supported', 'supported'],
    ],
    // "them" not as the whole a part is taken from: nothing to borrow.
    ['Sky ECC: 23 arrests, Europol sent them 2 analysts.', ['supported', 'not-in-sources']],
    // A list by place continues what its sentence began to count.
    [
      'Sky ECC: 23 arrests, 13 in Serbia, 7 in Belgium and 1 in the Netherlands.',
      ['supported', 'supported', 'supported', 'supported'],
    ],
    ['U akciji Sky ECC uhapšeno je 23 osobe, 13 u Srbiji.', ['supported', 'supported']],
    ['Sky ECC: 23 arrests, 20 in Serbia.', ['supported', 'contradicted']],
    // 13 house searches in Serbia: no source says so.
    ['Sky ECC: 35 house searches, 13 in Serbia.', ['supported', 'not-in-sources']],
  ])('a figure that points back: %s', (message, verdicts) => {
    const { claims } = checkClaims(engine, message);
    expect(claims.map((c) => c.verdict)).toEqual(verdicts);
    const part = claims[1];
    if (part?.verdict === 'supported') {
      expectView(part.facts[0], corpusFact('sky ecc', 'arrests-serbia'));
    }
  });

  it.each([
    // A whole named first ("Of the N …, M were …") reads as "M of the N … were …".
    'Of the 13 people arrested in Serbia, 3 were High Value Targets.',
    'Van de 13 gearresteerden in Servië waren er 3 High Value Targets.',
    'Od 13 uhapšenih u Srbiji, 3 su bili High Value Targets.',
  ])('a part of a whole named first: %s', (message) => {
    const { claims } = checkClaims(engine, message);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expectView(claims[0]?.facts[0], corpusFact('sky ecc', 'arrests-serbia'));
    expectView(claims[1]?.facts[0], corpusFact('sky ecc', 'arrests-hvt'));
    // As the part written first says it.
    const unsplit = checkClaim(
      engine,
      '3 of the 13 people arrested in Serbia were High Value Targets.',
    );
    expect(claims[1]?.facts[0]).toEqual(unsplit.facts[0]);
  });

  it.each([
    // Another count of the same whole, and the right count of another whole.
    ['Of the 13 people arrested in Serbia, 4 were High Value Targets.', 'supported'],
    ['Of the 23 people arrested in Sky ECC, 13 were High Value Targets.', 'supported'],
  ])('a part of a whole named first that the facts do not give: %s', (message, whole) => {
    const { claims } = checkClaims(engine, message);
    expect(claims[0]?.verdict).toBe(whole);
    expect(claims[1]?.verdict).toBe('contradicted');
    expectView(claims[1]?.facts[0], corpusFact('sky ecc', 'arrests-hvt'));
  });

  it('reads no whole into a sentence whose opening "of" is not followed by a figure', () => {
    const { claims } = checkClaims(
      engine,
      'Of note, Serbian police arrested 13 people and seized 40 boats in Sky ECC.',
    );
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'not-in-sources']);
    expect(claims[1]?.parsed.number?.value).toBe(40);
    expect(claims[1]?.parsed.metrics).not.toContain('arrests');
  });

  it('applies a sentence opening place to each of its statements', () => {
    const { claims } = checkClaims(
      engine,
      'In Serbia, 13 people were arrested and 35 houses were searched.',
    );
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'not-in-sources']);
  });

  it('reads a Dutch and a Serbian message line by line', () => {
    const dutch = checkClaims(
      engine,
      '- Theseus: 236 arrestaties\n- 89 slachtoffers gered\n- 1.500 vluchten gecontroleerd',
    );
    expect(dutch.claims.map((c) => c.verdict)).toEqual(['supported', 'supported', 'supported']);
    const serbian = checkClaims(
      engine,
      'U akciji Sky ECC uhapšeno je 13 osoba u Srbiji i zaplenjeno 626 tona kokaina.',
    );
    expect(serbian.claims.map((c) => c.verdict)).toEqual(['supported', 'not-in-sources']);
  });

  it('checks each figure of a sentence that joins them with no comma or "and"', () => {
    const { claims } = checkClaims(
      engine,
      'In May 2023 Serbian police arrested 13 suspects including three leaders. ' +
        'Theseus involved 3,000 officers from 9 countries.',
    );
    expect(claims.map((c) => c.claim)).toEqual([
      'In May 2023 Serbian police arrested 13 suspects',
      'three leaders.',
      'Theseus involved 3,000 officers',
      '9 countries.',
    ]);
    // "9 countries": the source lists 8 with "including", at least 8: not said, not wrong.
    expect(claims.map((c) => c.verdict)).toEqual([
      'supported',
      'supported',
      'supported',
      'not-in-sources',
    ]);
    expectView(claims[0]?.facts[0], corpusFact('sky ecc', 'arrests-serbia'));
    expectView(claims[1]?.facts[0], corpusFact('sky ecc', 'arrests-hvt'));
    expectView(claims[3]?.related[0], corpusFact('theseus', 'countries'));
  });

  it('keeps "3 of the 13" one statement: the first figure counts nothing of its own', () => {
    const { claims } = checkClaims(
      engine,
      '3 of the 13 people arrested in Serbia were High Value Targets.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('supported');
  });

  it('skips sentences that claim nothing', () => {
    const { claims } = checkClaims(engine, 'Hi all! Look at this. Theseus lasted ten days.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('contradicted');
  });
});
