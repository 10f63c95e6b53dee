import { describe, expect, it } from 'vitest';
import { parseClaim, splitClaims } from '../src/claims/index.ts';
import { tokensOf } from '../src/claims/tokens.ts';
import { operation } from './helpers/claims.ts';
import { realEngine } from './helpers/corpus.ts';

const engine = realEngine();

describe('parseClaim: numbers', () => {
  it.each([
    ['15,000 flights', 15000, 'count', 'exact'],
    ['15.000 vluchten', 15000, 'count', 'exact'],
    ['15 000 flights', 15000, 'count', 'exact'],
    ['2.5 million passenger checks', 2500000, 'count', 'exact'],
    ['1,5 miliona evra', 1500000, 'EUR', 'exact'],
    ['2,7 ton cocaïne', 2700, 'kg', 'exact'],
    ['626 tonnes of cocaine', 626000, 'kg', 'exact'],
    ['60kgs of drugs', 60, 'kg', 'exact'],
    ['700 kilos', 700, 'kg', 'exact'],
    ['€7 000 per migrant', 7000, 'EUR', 'exact'],
    ['$200,000 in cash', 200000, 'USD', 'exact'],
    ['EUR 5 million', 5000000, 'EUR', 'exact'],
    ['a 300% increase', 300, 'percent', 'exact'],
    ['ten days', 10, 'days', 'exact'],
    ['twenty-three arrests', 23, 'count', 'exact'],
    ['drieëntwintig arrestaties', 23, 'count', 'exact'],
    ['dvadeset i tri hapšenja', 23, 'count', 'exact'],
    ['тринаест ухапшених', 13, 'count', 'exact'],
    ['more than 22,400 officers', 22400, 'count', 'more than'],
    ['over 20,000 pieces of ammunition', 20000, 'count', 'more than'],
    ['meer dan 550.000 euro', 550000, 'EUR', 'more than'],
    ['više od 500 policajaca', 500, 'count', 'more than'],
    ['nearly a ton of drugs', 1000, 'kg', 'almost'],
    ['bijna 3 miljoen euro', 3000000, 'EUR', 'almost'],
    ['gotovo 3 miliona evra', 3000000, 'EUR', 'almost'],
    ['about 600 kg', 600, 'kg', 'about'],
    ['oko 600 kilograma', 600, 'kg', 'about'],
    ['ongeveer 600 kilo', 600, 'kg', 'about'],
    ['at least seven tonnes', 7000, 'kg', 'at least'],
    ['najmanje sedam tona', 7000, 'kg', 'at least'],
    ['up to €7,000', 7000, 'EUR', 'up to'],
    ['fewer than 300 arrests', 300, 'count', 'less than'],
  ])('%s → %d %s (%s)', (text, value, unit, qualifier) => {
    expect(parseClaim(engine, text).number).toMatchObject({ value, unit, qualifier });
  });

  it('does not read a year or a day of the month as the figure', () => {
    expect(parseClaim(engine, 'In 2021, 7 members were arrested').number?.value).toBe(7);
    expect(parseClaim(engine, 'On 11 May 13 people were arrested').number?.value).toBe(13);
    expect(parseClaim(engine, '2000 migrants were detected').number?.value).toBe(2000);
  });

  it('takes no ordinary word for a number word, "constructor" included', () => {
    const parsed = parseClaim(engine, 'The constructor of the network was arrested with 5 others.');
    expect(parsed.number).toMatchObject({ value: 5, unit: 'count' });
  });

  it('reads "Što"/"Што" (what) as no number, while "sto" and "šest" in any script are', () => {
    expect(parseClaim(engine, 'Što je radila Hrvatska?').number).toBeUndefined();
    expect(parseClaim(engine, 'Што је радила Хрватска?').number).toBeUndefined();
    expect(parseClaim(engine, 'sto ljudi je uhapšeno').number?.value).toBe(100);
    expect(parseClaim(engine, 'Šest osoba je uhapšeno').number?.value).toBe(6);
    expect(parseClaim(engine, 'Шест особа је ухапшено').number?.value).toBe(6);
    expect(parseClaim(engine, 'sest osoba je uhapseno').number?.value).toBe(6);
    expect(parseClaim(engine, 'četrdeset policajaca').number?.value).toBe(40);
  });
});

describe('parseClaim: what, where, when, who', () => {
  it.each([
    ['13 arrests', ['arrests']],
    ['uhapšeno je 13', ['arrests']],
    ['ухапшено 13 особа', ['arrests']],
    ['13 arrestaties', ['arrests']],
    ['35 house searches', ['house-searches']],
    ['35 pretresa', ['house-searches']],
    ['2,7 tona kokaina', ['cocaine-seized']],
    ['67,277 vehicles were checked', ['checks']],
    ['54,000 vehicle assessments', ['checks']],
    ['15 cars were seized', ['vehicles-seized']],
    ['2,000 migrants were detected', ['detections']],
    ['10,000 migrants were smuggled', ['migrants']],
    ['89 victims rescued', ['victims-rescued']],
    ['310 weapons', ['weapons-seized']],
    ['310 komada oružja', ['weapons-seized']],
    ['1,500 counterfeit passports seized', ['documents-seized']],
    ['Serbian police arrested 13 people', ['arrests']],
  ])('%s → %j', (text, metrics) => {
    expect(parseClaim(engine, text).metrics).toEqual(metrics);
  });

  it.each([
    ['seized in Rotterdam', { code: 'NL', city: 'Rotterdam' }],
    ['zaplenjeno u Roterdamu', { code: 'NL', city: 'Rotterdam' }],
    ['arrests in Sarajevo', { code: 'BA', city: 'Sarajevo' }],
    ['u Beogradu', { code: 'RS', city: 'Belgrade' }],
    ['in Servië', { code: 'RS' }],
    ['u Srbiji', { code: 'RS' }],
    ['у Србији', { code: 'RS' }],
    ['u Hrvatskoj', { code: 'HR' }],
    ['in Nederland', { code: 'NL' }],
    ['srpska policija', { code: 'RS' }],
  ])('%s → %j', (text, place) => {
    expect(parseClaim(engine, text).places).toEqual([place]);
  });

  it('does not take ordinary words for countries', () => {
    expect(parseClaim(engine, 'a small island and a mali boat').places).toEqual([]);
  });

  it.each([
    ['on 11 May', { day: 11, month: 5 }],
    ['11. maja 2023.', { day: 11, month: 5, year: 2023 }],
    ['11. мај', { day: 11, month: 5 }],
    ['May 11, 2023', { day: 11, month: 5, year: 2023 }],
    ['24. kolovoza 2023', { day: 24, month: 8, year: 2023 }],
    ['in avgustu 2023', { month: 8, year: 2023 }],
    ['24 augustus 2023', { day: 24, month: 8, year: 2023 }],
    ['in December 2019', { month: 12, year: 2019 }],
    ['in 2021', { year: 2021 }],
    ['2023-05-11', { day: 11, month: 5, year: 2023 }],
  ])('%s → %j', (text, date) => {
    expect(parseClaim(engine, text).dates).toEqual([date]);
  });

  it('does not read "may" as a month without a number beside it', () => {
    expect(parseClaim(engine, 'Serbia may have arrested 13 people').dates).toEqual([]);
  });

  it.each([
    ['Operation Thesues', 'theseus'],
    ['sky-ecc', 'sky ecc'],
    ['the Joint Action Days', 'jad see'],
    ['JOT Dunqett', 'dunqett'],
  ])('finds %s', (text, name) => {
    expect(parseClaim(engine, `${text} arrested 5 people`).operations).toEqual([operation(name)]);
  });

  it('finds every operation a shared name covers, and none in an ordinary word', () => {
    const umbrella = parseClaim(engine, 'the Balkan Cartel operation').operations;
    expect(umbrella.length).toBeGreaterThan(1);
    expect(umbrella.every((op) => op.umbrella?.endsWith('Balkan Cartel'))).toBe(true);
    expect(parseClaim(engine, 'the impact of 5 arrests').operations).toEqual([]);
  });

  it('names an operation the corpus does not hold', () => {
    const parsed = parseClaim(engine, 'Operation Trojan Shield arrested 800 people');
    expect(parsed.unknownOperation).toBe('Trojan Shield');
    expect(parsed.operations).toEqual([]);
  });

  it.each([
    ['Spain led the operation', 'lead', 'ES'],
    ['Španija je vodila operaciju', 'lead', 'ES'],
    ['Duitsland nam deel', 'took part', 'DE'],
    ['Немачка је учествовала', 'took part', 'DE'],
    ['Germany funded it', 'funded', 'DE'],
  ])('%s → %s by %s', (text, role, actor) => {
    expect(parseClaim(engine, text)).toMatchObject({ role, actor });
  });

  it.each([
    ['23 in total', 'total'],
    ['ukupno 23', 'total'],
    ['in totaal 23', 'total'],
    ['on the action day', 'action-day'],
    ['op de actiedag', 'action-day'],
    ['na dan akcije', 'action-day'],
    ['arrested earlier', 'earlier'],
    ['ranije uhapšeni', 'earlier'],
    ['traced to the cartel', 'traced'],
  ])('%s → scope %s', (text, scope) => {
    expect(parseClaim(engine, text).scope).toBe(scope);
  });

  it.each([
    ['How many arrests in Serbia?', 'how-many'],
    ['koliko je uhapšeno', 'how-many'],
    ['Who led Sky ECC?', 'who-led'],
    ['Which country led Sky ECC?', 'who-led'],
    ['Which countries took part in Theseus?', 'which-countries'],
    ['When was Theseus?', 'when'],
    ['Kada je bila akcija?', 'when'],
    ['How long did Theseus last?', 'how-long'],
  ])('%s asks %s', (text, kind) => {
    expect(parseClaim(engine, text).question).toBe(kind);
  });

  it('reads a statement as a claim, not a question', () => {
    expect(parseClaim(engine, 'Serbia arrested 13 people').question).toBeUndefined();
  });
});

describe('splitClaims', () => {
  it('splits sentences, lines and statements joined by commas or "and"', () => {
    const pieces = splitClaims(
      'Sky ECC: 23 arrests, 35 house searches and 15 cars. Serbia led it; Germany took part.\n- Theseus lasted 8 days',
    ).map((p) => p.text);
    expect(pieces).toEqual([
      'Sky ECC: 23 arrests',
      '35 house searches',
      '15 cars.',
      'Serbia led it',
      'Germany took part.',
      'Theseus lasted 8 days',
    ]);
  });

  it('keeps one statement whole: numbers with separators, dates, ordinal dots, scale words', () => {
    expect(splitClaims('On 11 May 2023, 13 people were arrested in Serbia.')).toHaveLength(1);
    expect(splitClaims('Uhapšeno je 13 osoba 11. maja 2023. u Srbiji.')).toHaveLength(1);
    expect(splitClaims('They seized 2.5 million euros and 15,000 rounds')).toHaveLength(2);
    expect(
      splitClaims('more than 22,400 officers of police, customs and border control were involved'),
    ).toHaveLength(1);
  });

  it("starts a statement at another subject's clause, not at a name or an adverb", () => {
    expect(
      splitClaims('Sky ECC: 23 arrests, and the Belgian police detained a courier.').map(
        (p) => p.text,
      ),
    ).toEqual(['Sky ECC: 23 arrests', 'the Belgian police detained a courier.']);
    // The last word before the verb is a name: the places continue the figure's statement.
    expect(
      splitClaims('Sky ECC: 13 arrests in Serbia and the Netherlands coordinated by Europol.'),
    ).toHaveLength(1);
    expect(splitClaims('Sky ECC: 23 arrests and the heavily armed group.')).toHaveLength(1);
  });

  it('keeps what a sentence opens with as the context of its statements', () => {
    const [first, second] = splitClaims(
      'In Serbia, 13 people were arrested and 35 houses were searched.',
    );
    expect(second?.text).toBe('35 houses were searched.');
    expect(second?.context).toBe(first?.context);
    expect(first?.context.trim()).toBe('In Serbia,');
  });
});

describe('tokensOf', () => {
  it.each([
    // Thousands grouped by spaces are one number; a space before a non-group splits.
    ['1 234 567 flights', ['1 234 567', 'flights']],
    ['In 2023 7 000 vehicles', ['In', '2023', '7 000', 'vehicles']],
    ['12 345,5 kg', ['12', '345,5', 'kg']],
    ['1.234.567 and 0.626', ['1.234.567', 'and', '0.626']],
    // Signs stand alone; hyphens and other marks split words.
    ['€3 million, $200,000 (50%)', ['€', '3', 'million', '$', '200,000', '50', '%']],
    ['Sky-ECC twenty-three', ['Sky', 'ECC', 'twenty', 'three']],
    // Letters of every script, with combining marks and outside the BMP.
    ['Ухапшено је 13 особа', ['Ухапшено', 'је', '13', 'особа']],
    ['cocaïne naïve', ['cocaïne', 'naïve']],
    ['𝐀𝐁c 😀x', ['𝐀𝐁c', 'x']],
  ])('%s', (text, raws) => {
    const tokens = tokensOf(text);
    expect(tokens.map((t) => t.raw)).toEqual(raws);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('folds words and marks capitals, numbers as written', () => {
    expect(tokensOf('Ухапшено 13 uhapšenih').map((t) => [t.kind, t.fold, t.capital])).toEqual([
      ['word', 'uhapseno', true],
      ['number', '13', false],
      ['word', 'uhapsenih', false],
    ]);
  });
});
