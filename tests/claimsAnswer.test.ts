import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/claims/index.ts';
import { TAKING_PART } from '../src/corpus/schema.ts';
import { corpusFact, expectView, operation } from './helpers/claims.ts';
import { realEngine } from './helpers/corpus.ts';

const engine = realEngine();

describe('answerQuestion: figures', () => {
  it.each([
    ['how many arrests in Serbia?'],
    ['Колико је ухапшено у Србији?'],
    ['Koliko je ljudi uhapšeno u Srbiji?'],
    ['Hoeveel mensen werden in Servië gearresteerd?'],
  ])('%s → Serbia on the action day first, then the total for context', (question) => {
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    expectView(answer.facts[0], corpusFact('sky ecc', 'arrests-serbia'));
    const total = corpusFact('sky ecc', 'arrests-total');
    expect(answer.facts.at(-1)?.quote).toBe(total.citation.quote);
    expect(answer.facts.every((f) => f.operation === operation('sky ecc').id)).toBe(true);
  });

  it.each([
    ['How many arrests were made in Sky ECC?', 'sky ecc'],
    ['koliko je uhapšeno u operaciji Sky ECC?', 'sky ecc'],
    ['hoeveel arrestaties bij Theseus?', 'theseus'],
    ['Koliko je uhićeno u akciji Theseus?', 'theseus'],
    ['How many people were detained in Dunqett?', 'dunqett'],
  ])('%s → the headline arrests of %s first, only its own figures', (question, name) => {
    const op = operation(name);
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    const headline = op.facts.find((f) => f.metric === 'arrests' && f.primary);
    expect(headline).toBeDefined();
    if (headline !== undefined) expectView(answer.facts[0], headline);
    expect(answer.facts.every((f) => f.operation === op.id && f.metric === 'arrests')).toBe(true);
  });

  it.each([
    ['How much cocaine was seized in Rotterdam?', 'sky ecc', 'cocaine-rotterdam'],
    [
      'Hoeveel cocaïne werd in beslag genomen bij de actiedag van het Balkan Cartel?',
      'balkan cartel action day',
      'cocaine',
    ],
    ['Koliko je kokaina zaplenjeno u JAD SEE?', 'jad see', 'cocaine'],
    ['How many officers took part in JAD SEE?', 'jad see', 'officers'],
    ['How many flights were monitored during Theseus?', 'theseus', 'flights'],
    ['How many victims were rescued in Theseus?', 'theseus', 'victims'],
    ['How many countries took part in Theseus?', 'theseus', 'countries'],
    [
      'How much cash was seized in the Balkan Cartel action day?',
      'balkan cartel action day',
      'cash',
    ],
    // "High value targets" are the HVTs: not luxury goods, not targets identified.
    ['How many high value targets?', 'sky ecc', 'arrests-hvt'],
    ['How many high-value targets were arrested in Serbia?', 'sky ecc', 'arrests-hvt'],
    ['Koliko je uhapšeno meta visoke vrednosti?', 'sky ecc', 'arrests-hvt'],
  ])('%s → %s %s', (question, name, id) => {
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    expectView(answer.facts[0], corpusFact(name, id));
  });

  it('asks which operation is meant when the figures differ across operations', () => {
    const answer = answerQuestion(engine, 'how many arrests?');
    expect(answer.kind).toBe('clarify');
    const withArrests = engine.corpus.operations.filter((op) =>
      op.facts.some((f) => f.metric === 'arrests' && f.value !== undefined),
    );
    expect(answer.operations.map((o) => o.id).sort()).toEqual(
      withArrests.map((op) => op.id).sort(),
    );
    expect(answer.facts).toHaveLength(withArrests.length);
  });

  it('says the sources do not say, with what they say nearby', () => {
    const searches = answerQuestion(engine, 'How many house searches were there in Serbia?');
    expect(searches.kind).toBe('not-in-sources');
    expect(searches.facts).toEqual([]);
    expect(searches.related.some((f) => f.metric === 'house-searches')).toBe(true);
    const unknown = answerQuestion(engine, 'How many arrests in Operation Trojan Shield?');
    expect(unknown.kind).toBe('not-in-sources');
    expect(unknown.facts).toEqual([]);
  });

  it('answers a claim asked as a question with its verdict', () => {
    const answer = answerQuestion(engine, 'Did Serbia arrest 23 people on 11 May?');
    expect(answer.verdict).toBe('contradicted');
    expectView(answer.facts[0], corpusFact('sky ecc', 'arrests-serbia'));
  });
});

describe('answerQuestion: who, which, when', () => {
  it.each([
    ['Who led the Balkan Cartel action day?', 'balkan cartel action day'],
    ['Wie leidde de Sky ECC operatie?', 'sky ecc'],
    ['Ko je vodio akciju Sky ECC?', 'sky ecc'],
  ])('%s → the lead with its quote', (question, name) => {
    const op = operation(name);
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    expect(answer.facts[0]).toMatchObject({
      operation: op.id,
      metric: 'lead',
      quote: op.lead?.citation.quote,
    });
  });

  it('says the sources name no lead when they do not', () => {
    const op = operation('jad see');
    expect(op.lead).toBeUndefined();
    const answer = answerQuestion(engine, 'Who led JAD SEE?');
    expect(answer.kind).toBe('not-in-sources');
    expect(answer.related.length).toBeGreaterThan(0);
  });

  it.each([
    ['Who coordinated Sky ECC?', 'sky ecc'],
    ['Wie coördineerde Sky ECC?', 'sky ecc'],
    ['Ko je koordinirao operaciju Theseus?', 'theseus'],
  ])('%s → the coordinating bodies, not the lead country', (question, name) => {
    const op = operation(name);
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    expect(answer.facts.map((f) => f.label)).toEqual(op.bodies.map((b) => b.name));
    expect(answer.facts.every((f) => f.metric === 'body' && f.operation === op.id)).toBe(true);
  });

  it('Which countries supported Sky ECC? → the supporting countries only', () => {
    const op = operation('sky ecc');
    const answer = answerQuestion(engine, 'Which countries supported Sky ECC?');
    expect(answer.kind).toBe('answer');
    const supporting = op.countries.filter((c) => c.role === 'support').map((c) => c.name);
    expect(supporting.length).toBeGreaterThan(0);
    expect(answer.facts.map((f) => f.label.split(':')[0])).toEqual(supporting);
  });

  it('Who supported Theseus? → no supporting country; its bodies and funder are offered', () => {
    const op = operation('theseus');
    const answer = answerQuestion(engine, 'Who supported Theseus?');
    expect(answer.kind).toBe('not-in-sources');
    const funder = op.countries.find((c) => c.role === 'funder');
    expect(answer.related.map((f) => f.quote)).toEqual(
      expect.arrayContaining([op.bodies[0]?.citation.quote, funder?.citation.quote]),
    );
  });

  it.each([
    ['Which countries took part in Sky ECC?', 'sky ecc'],
    ['Welke landen namen deel aan Theseus?', 'theseus'],
    ['Koje zemlje su učestvovale u JAD SEE?', 'jad see'],
  ])('%s → every country that took part, lead first', (question, name) => {
    const op = operation(name);
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    const listed = answer.facts.filter((f) => f.metric === 'lead' || f.metric === 'role');
    const expected = op.countries.filter((c) => TAKING_PART.has(c.role));
    expect(listed).toHaveLength(expected.length);
    expect(new Set(listed.map((f) => f.label.split(':')[0]))).toEqual(
      new Set(expected.map((c) => c.name)),
    );
    if (op.lead !== undefined) expect(listed[0]?.metric).toBe('lead');
  });

  it('lists the operations a country took part in', () => {
    const answer = answerQuestion(engine, 'Which operations did Serbia take part in?');
    expect(answer.kind).toBe('answer');
    const expected = engine.corpus.operations.filter((op) =>
      op.countries.some((c) => c.code === 'RS' && TAKING_PART.has(c.role)),
    );
    expect(new Set(answer.facts.map((f) => f.operation))).toEqual(
      new Set(expected.map((op) => op.id)),
    );
  });

  it.each([
    ['When was Theseus?', 'theseus'],
    ['Wanneer was de Sky ECC actie?', 'sky ecc'],
    ['Kada je bila akcija Balkan kartel 2023?', 'balkan cartel action day'],
  ])('%s → the date with its quote', (question, name) => {
    const op = operation(name);
    const answer = answerQuestion(engine, question);
    expect(answer.kind).toBe('answer');
    expect(answer.facts[0]?.metric).toBe('date');
    expect(op.date.precision === 'unknown' ? undefined : op.date.citation.quote).toBe(
      answer.facts[0]?.quote,
    );
  });

  it('says when the sources give no date', () => {
    expect(operation('jad see').date.precision).toBe('unknown');
    expect(answerQuestion(engine, 'When did JAD SEE take place?').kind).toBe('not-in-sources');
  });

  it.each([
    'How long did Theseus last?',
    'Hoe lang duurde Theseus?',
    'Koliko je trajala operacija Theseus?',
  ])('%s → its duration', (question) => {
    const answer = answerQuestion(engine, question);
    expectView(answer.facts[0], corpusFact('theseus', 'duration'));
  });

  it('asks for the operation when a list question names none', () => {
    const answer = answerQuestion(engine, 'Who led it?');
    expect(answer.kind).toBe('clarify');
    expect(answer.operations).toHaveLength(engine.corpus.operations.length);
  });
});

describe('answerQuestion: what a place did', () => {
  const corpus = engine.corpus;

  it.each([
    ['What happened in Albania?', 'AL'],
    ['Wat gebeurde er in Nederland?', 'NL'],
    ['Šta je Srbija uradila?', 'RS'],
    ['Šta se desilo u Srbiji?', 'RS'],
    ['Wat deed België?', 'BE'],
    ['What do the sources say about Belgium?', 'BE'],
    ['Did anything happen in Spain?', 'ES'],
    ['Шта је радила Србија?', 'RS'],
  ])(
    '%s → the country’s role in every operation naming it, and only its own figures',
    (q, code) => {
      const answer = answerQuestion(engine, q);
      expect(answer.kind).toBe('answer');
      const roles = corpus.operations.flatMap((op) =>
        op.countries
          .filter((c) => c.code === code)
          .map((c) => ({ op: op.id, quote: c.citation.quote })),
      );
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) {
        expect(answer.facts.some((f) => f.operation === role.op && f.quote === role.quote)).toBe(
          true,
        );
      }
      // No total over several countries is offered as the country's figure.
      expect(answer.facts.some((f) => /\btotal\b/i.test(f.scope))).toBe(false);
      expect(answer.facts.every((f) => f.operation !== null)).toBe(true);
    },
  );

  it('Belgium’s role in Sky ECC → its part (7 arrests in 2021), not the operation’s house searches', () => {
    const answer = answerQuestion(engine, "What was Belgium's role in Sky ECC?");
    expect(answer.kind).toBe('answer');
    const op = operation('sky ecc');
    expect(answer.facts.every((f) => f.operation === op.id)).toBe(true);
    expect(answer.facts[0]?.metric).toBe('role');
    const belgian = op.facts.filter(
      (f) => /\bBelgium\b/.test(f.scope) && !/\btotal\b/i.test(f.scope),
    );
    expect(belgian.length).toBeGreaterThan(0);
    for (const fact of belgian)
      expect(answer.facts.map((f) => f.quote)).toContain(fact.citation.quote);
    expect(answer.facts.some((f) => f.metric === 'house-searches')).toBe(false);
  });

  it('a city → the figures that hold there, not its country’s other figures', () => {
    const answer = answerQuestion(engine, 'Rotterdam?');
    expect(answer.kind).toBe('answer');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(
      answer.facts.every((f) => `${f.label} ${f.scope} ${f.quote}`.includes('Rotterdam')),
    ).toBe(true);
  });

  it('something about a place the facts do not hold → not in the sources', () => {
    const answer = answerQuestion(engine, 'What is the capital of Serbia?');
    expect(answer.kind).toBe('not-in-sources');
    expect(answer.facts).toEqual([]);
  });

  it('a country no source names → not in the sources, nothing offered as the answer', () => {
    const answer = answerQuestion(engine, 'What happened in Iceland?');
    expect(answer.kind).toBe('not-in-sources');
    expect(answer.facts).toEqual([]);
  });
});
