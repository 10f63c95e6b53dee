import { describe, expect, it } from 'vitest';
import { TAKING_PART } from '../src/corpus/schema.ts';
import type { Verdict } from '../src/claims/index.ts';
import type { BotReply } from '../src/interactions/reply.ts';
import type { AskData, ClaimsData, PublicFact } from '../src/render/answerData.ts';
import { checkMessage } from '../bench/claimsBench.ts';
import { corpusFact } from './helpers/claims.ts';
import { commandReply, messageCommandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';
import { expectWithinDiscordLimits, visibleText } from './helpers/limits.ts';

const dispatcher = realDispatcher();
const cite = (claim: string): BotReply => commandReply(dispatcher, 'cite', { claim });
const check = (text: string): BotReply => commandReply(dispatcher, 'check', { text });
const ask = (question: string): BotReply => commandReply(dispatcher, 'ask', { question });
const checkFigures = (content: string): BotReply =>
  messageCommandReply(dispatcher, 'Check figures', content);

function claimsOf(reply: BotReply): ClaimsData['claims'] {
  const data = reply.data;
  if (data === undefined || !('claims' in data)) throw new Error('no claims data');
  return data.claims;
}

function answerOf(reply: BotReply): AskData {
  const data = reply.data;
  if (data === undefined || !('kind' in data)) throw new Error('no answer data');
  return data;
}

/** Markdown escapes undone: what a reader sees. */
function unescape(text: string): string {
  return text.replace(/\\([\\*_`~|>[\]#-])/g, '$1');
}

/** Each blockquote of a text, with the label line above the facts it stands under. */
function quotesWithLabels(text: string): { quote: string; label: string }[] {
  const found: { quote: string; label: string }[] = [];
  let label = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('**') && line.endsWith(':**')) label = line;
    if (line.startsWith('> ')) found.push({ quote: unescape(line.slice(2)), label });
  }
  return found;
}

const VERDICT_HEADINGS: Record<Verdict, RegExp> = {
  supported: /^✅ Supported$/,
  contradicted: /^❌ Contradicted — /,
  'not-in-sources': /^❔ Not in the sources$/,
};

const RIGHT_FACT = /^\*\*The right facts?, as the sources state (it|them):\*\*$/;

/**
 * The rule the issue is about: a quote appears only as support of a supported claim or, labelled,
 * as the right fact of a contradicted one; a claim not in the sources shows no quote at all.
 */
function expectNoQuoteLent(reply: BotReply): void {
  const claims = claimsOf(reply);
  const embed = reply.answer.card;
  const texts =
    claims.length === 1 && embed?.description !== undefined
      ? [embed.description]
      : (embed?.fields ?? []).filter((f) => /^\d+\. /.test(f.name)).map((f) => f.value);
  texts.forEach((text, i) => {
    const claim = claims[i];
    if (claim === undefined) throw new Error(`no data for claim ${i}`);
    const shown = quotesWithLabels(text);
    const quotes = claim.facts.map((f) => f.quote.replace(/\s+/g, ' '));
    switch (claim.verdict) {
      case 'supported':
        for (const q of shown) expect(q.label).toBe('**Supported by:**');
        break;
      case 'contradicted':
        expect(shown.length).toBeGreaterThan(0);
        for (const q of shown) expect(q.label).toMatch(RIGHT_FACT);
        break;
      case 'not-in-sources':
        expect(shown).toEqual([]);
        expect(text).not.toContain('Supported by');
        break;
    }
    for (const q of shown)
      expect(quotes.some((quote) => quote.startsWith(q.quote.replace(/…$/, '')))).toBe(true);
  });
}

function expectVerbatim(reply: BotReply): void {
  for (const citation of reply.citations) {
    expect(realCorpus().documents.get(citation.document)?.text).toContain(citation.quote);
  }
}

describe('/cite on the issue examples', () => {
  // [claim, verdict, the word for the part that is wrong, the right fact: operation, fact id]
  const cases: [string, Verdict, string, [string, string] | undefined][] = [
    [
      'Serbia arrested 23 people on 11 May',
      'contradicted',
      'the place',
      ['sky ecc', 'arrests-serbia'],
    ],
    ['24,000 officers took part in JAD SEE', 'contradicted', 'the number', ['jad see', 'officers']],
    ['15,000 flights', 'contradicted', 'the number', ['theseus', 'flights']],
    ['626 tonnes of cocaine', 'contradicted', 'the unit', ['jad see', 'cocaine']],
    ['5 tonnes seized in Rotterdam', 'contradicted', 'the place', ['sky ecc', 'cocaine-rotterdam']],
    ['Spain led the Balkan Cartel operation', 'contradicted', 'the role', undefined],
    ['Germany took part in Sky ECC', 'contradicted', 'the role', undefined],
    ['Theseus lasted ten days', 'contradicted', 'the number', ['theseus', 'duration']],
    ['Operation Trojan Shield arrested 800', 'not-in-sources', '', undefined],
  ];

  it.each(cases)('%s → %s %s', (claim, verdict, wrongWord, right) => {
    const reply = cite(claim);
    expect(reply.ok).toBe(true);
    expectWithinDiscordLimits(reply.message);
    const embed = reply.answer.card;
    expect(embed?.title).toMatch(VERDICT_HEADINGS[verdict]);
    if (wrongWord !== '') expect(embed?.title).toContain(wrongWord);
    const [data] = claimsOf(reply);
    expect(data?.verdict).toBe(verdict);
    expect(data?.claim).toBe(claim);
    const shown = quotesWithLabels(embed?.description ?? '');
    if (right !== undefined) {
      // The right fact comes first, with its quote, under the label that says it is the right one.
      const fact = corpusFact(...right);
      expect(shown[0]).toEqual({
        quote: fact.citation.quote,
        label: expect.stringMatching(RIGHT_FACT) as unknown,
      });
      expect(data?.facts[0]?.quote).toBe(fact.citation.quote);
    }
    expectNoQuoteLent(reply);
    expectVerbatim(reply);
  });

  it('never shows the quotes the word matcher used to lend these claims', () => {
    const lent = [
      ['24,000 officers took part in JAD SEE', '24 detonator capsules'],
      ['15,000 flights', '15 house searches'],
    ];
    for (const [claim, quote] of lent) {
      expect(visibleText(cite(claim ?? '').message)).not.toContain(quote);
    }
  });

  it('says plainly that an unknown operation is not in the sources, related facts without quotes', () => {
    const reply = cite('Operation Trojan Shield arrested 800');
    const text = reply.answer.card?.description ?? '';
    expect(text).toContain('The sources hold no operation called “Trojan Shield”.');
    const [data] = claimsOf(reply);
    expect(data?.facts).toEqual([]);
    expect(data?.related.length).toBeGreaterThan(0);
    expect(text).toContain('**Related (not support for the claim):**');
    expect(text).not.toMatch(/^> /m);
  });
});

describe('/cite: each verdict in each language', () => {
  const cases: [string, string, Verdict][] = [
    ['English', 'Over 22,400 officers took part in JAD SEE', 'supported'],
    ['English', 'Sky ECC arrested 236 people', 'contradicted'],
    ['English', 'Sky ECC seized 40 boats', 'not-in-sources'],
    ['Dutch', 'In Servië werden 13 mensen gearresteerd', 'supported'],
    ['Dutch', 'Duitsland nam deel aan Sky ECC', 'contradicted'],
    ['Dutch', 'Operatie Trojan Shield arresteerde 800 mensen', 'not-in-sources'],
    ['Serbian/Croatian/Bosnian', 'U Srbiji je uhapšeno 13 osoba', 'supported'],
    ['Serbian/Croatian/Bosnian', 'Operacija Theseus trajala je deset dana', 'contradicted'],
    ['Serbian/Croatian/Bosnian', 'U akciji Sky ECC zaplenjeno je 40 brodova', 'not-in-sources'],
    ['Serbian Cyrillic', 'У Србији је ухапшено 13 особа', 'supported'],
    ['Serbian Cyrillic', 'Немачка је учествовала у операцији Sky ECC', 'contradicted'],
    ['Serbian Cyrillic', 'Операција Тројански штит ухапсила је 800 људи', 'not-in-sources'],
  ];

  it.each(cases)('%s: %s → %s', (_, claim, verdict) => {
    const reply = cite(claim);
    expect(reply.answer.card?.title).toMatch(VERDICT_HEADINGS[verdict]);
    expect(claimsOf(reply)[0]?.verdict).toBe(verdict);
    expectNoQuoteLent(reply);
    expectWithinDiscordLimits(reply.message);
  });

  it('quotes the supporting fact for a supported claim, and cites it', () => {
    const fact = corpusFact('sky ecc', 'arrests-serbia');
    const reply = cite('У Србији је ухапшено 13 особа');
    expect(quotesWithLabels(reply.answer.card?.description ?? '')).toEqual([
      { quote: fact.citation.quote, label: '**Supported by:**' },
    ]);
    expect(reply.citations.map((c) => c.quote)).toEqual([fact.citation.quote]);
    expect(visibleText(reply.message)).toContain(
      realCorpus().documents.get(fact.citation.document)?.url ?? '?',
    );
  });

  it('echoes the claim without pinging or formatting', () => {
    const text = visibleText(cite('@everyone **23** arrests in _Sky ECC_').message);
    expect(text).not.toMatch(/@everyone/);
    expect(text).toContain('\\*\\*23\\*\\*');
  });
});

describe('/check and "Check figures"', () => {
  const message =
    'Serbia arrested 23 people on 11 May. 24,000 officers took part in JAD SEE. Theseus lasted eight days. Operation Trojan Shield arrested 800.';

  it('gives one verdict per claim, in message order, each a field', () => {
    const reply = check(message);
    expect(reply.ok).toBe(true);
    const claims = claimsOf(reply);
    expect(claims.map((c) => c.verdict)).toEqual([
      'contradicted',
      'contradicted',
      'supported',
      'not-in-sources',
    ]);
    expect(claims.map((c) => c.claim)).toEqual([
      'Serbia arrested 23 people on 11 May.',
      '24,000 officers took part in JAD SEE.',
      'Theseus lasted eight days.',
      'Operation Trojan Shield arrested 800.',
    ]);
    const embed = reply.answer.card;
    expect(embed?.title).toBe('4 claims checked: ✅ 1 · ❌ 2 · ❔ 1');
    const names = (embed?.fields ?? []).map((f) => f.name);
    expect(names).toEqual([
      '1. ❌ Contradicted — the place and the scope',
      '2. ❌ Contradicted — the number',
      '3. ✅ Supported',
      '4. ❔ Not in the sources',
      'Sources',
    ]);
    expectNoQuoteLent(reply);
    expectWithinDiscordLimits(reply.message);
    expectVerbatim(reply);
  });

  it('checks a Dutch and a Serbian message, carrying the operation from sentence to sentence', () => {
    const dutch = claimsOf(
      check(
        'Bij de Balkan Cartel actiedag werden 6 arrestaties verricht. Er werd 27 ton cocaïne in beslag genomen.',
      ),
    );
    expect(dutch.map((c) => [c.verdict, c.facts[0]?.operation])).toEqual([
      ['supported', corpusFact('balkan cartel action day', 'arrests').operation],
      ['contradicted', corpusFact('balkan cartel action day', 'cocaine').operation],
    ]);
    const serbian = claimsOf(
      check('U Srbiji je uhapšeno 13 osoba.\nНемачка је учествовала у операцији Sky ECC.'),
    );
    expect(serbian.map((c) => c.verdict)).toEqual(['supported', 'contradicted']);
  });

  it('"Check figures" answers the target message exactly as /check answers its text', () => {
    const viaMenu = checkFigures(message);
    const viaSlash = check(message);
    expect(viaMenu.command).toBe('Check figures');
    expect(viaMenu.message).toEqual(viaSlash.message);
    expect(viaMenu.data).toEqual(viaSlash.data);
    expectNoQuoteLent(viaMenu);
  });

  it('keeps a 2,000-character message within one Discord message and says which claims were left out', () => {
    const text = checkMessage(0);
    expect(text.length).toBeLessThanOrEqual(2000);
    const reply = check(text);
    expectWithinDiscordLimits(reply.message);
    const claims = claimsOf(reply);
    const fields = reply.answer.card?.fields ?? [];
    const shown = fields.filter((f) => /^\d+\. /.test(f.name)).length;
    expect(reply.answer.card?.title).toMatch(new RegExp(`^${claims.length} claims checked`));
    if (shown < claims.length) {
      expect(fields.map((f) => f.name)).toContain(`Claims ${shown + 1}–${claims.length} not shown`);
    }
    expect(shown).toBeGreaterThan(0);
    // Every claim still has its verdict in the data.
    expect(claims.length).toBeGreaterThan(shown);
    expectNoQuoteLent(reply);
  });

  it('says so when a message claims nothing, privately', () => {
    const reply = checkFigures('nice weather today, see you @everyone');
    expect(reply.ok).toBe(false);
    expect(reply.answer.ephemeral).toBe(true);
    expect(reply.answer.content).toContain('states no figure, role or date to check');
    expect(reply.answer.content).not.toContain('@everyone');
  });
});

describe('/ask', () => {
  const serbia = corpusFact('sky ecc', 'arrests-serbia');
  const total = corpusFact('sky ecc', 'arrests-total');

  it.each([
    ['English', 'how many arrests in Serbia?'],
    ['Dutch', 'hoeveel arrestaties in Servië?'],
    ['Serbian/Croatian/Bosnian', 'Koliko je uhapšeno u Srbiji?'],
    ['Serbian Cyrillic', 'Колико је ухапшено у Србији?'],
  ])(
    '%s: %s → 13 in Serbia on the action day first, then the total, each quoted',
    (_, question) => {
      const reply = ask(question);
      const data = answerOf(reply);
      expect(data.kind).toBe('answer');
      expect(data.facts[0]).toMatchObject({
        value: serbia.value,
        scope: serbia.scope,
        quote: serbia.citation.quote,
      });
      expect(data.facts.map((f) => f.value)).toContain(total.value);
      const quotes = quotesWithLabels(reply.answer.card?.description ?? '').map((q) => q.quote);
      expect(quotes).toEqual(data.facts.map((f) => f.quote));
      expect(visibleText(reply.message)).toMatch(
        /\*\*13\*\* arrests — in Serbia on the action day/,
      );
      expectWithinDiscordLimits(reply.message);
    },
  );

  it('never answers with another operation’s figure', () => {
    const theseus = corpusFact('theseus', 'arrests');
    const data = answerOf(ask('how many arrests in Theseus?'));
    expect(data.facts.length).toBeGreaterThan(0);
    expect(data.facts.every((f) => f.operation === theseus.operation)).toBe(true);
    expect(data.facts[0]?.value).toBe(theseus.value);
  });

  it('lists who led, with the quote that says so', () => {
    const reply = ask('Who led the Balkan Cartel action day?');
    const data = answerOf(reply);
    expect(data.facts[0]).toMatchObject({ metric: 'lead', value: null, unit: null });
    expect(data.facts[0]?.label).toMatch(/^Serbia/);
    expect(visibleText(reply.message)).toContain(`> ${data.facts[0]?.quote ?? '?'}`);
  });

  it('lists the countries that took part', () => {
    const data = answerOf(ask('Which countries took part in Sky ECC?'));
    const names = data.facts
      .filter((f) => f.metric === 'lead' || f.metric === 'role')
      .map((f) => f.label.split(':')[0]);
    expect(names).toEqual(expect.arrayContaining(['Serbia', 'Netherlands', 'Belgium']));
  });

  it.each([
    ['English', 'how many boats were seized in Sky ECC?'],
    ['Dutch', 'hoeveel boten in beslag genomen bij Sky ECC?'],
    ['Serbian/Croatian/Bosnian', 'Koliko brodova je zaplenjeno u Sky ECC?'],
    ['Serbian Cyrillic', 'Колико бродова је заплењено у Sky ECC?'],
  ])(
    '%s: says the sources do not say, with what they say nearby and no quote (%s)',
    (_, question) => {
      const reply = ask(question);
      const data = answerOf(reply);
      expect(data.kind).toBe('not-in-sources');
      expect(data.facts).toEqual([]);
      expect(data.related.length).toBeGreaterThan(0);
      const embed = reply.answer.card;
      expect(embed?.title).toBe('❔ The sources do not say');
      expect(embed?.description).toContain('**What they do say nearby (not an answer):**');
      expect(embed?.description).not.toMatch(/^> /m);
    },
  );

  it.each(['how many arrests?', 'hoeveel arrestaties?', 'koliko hapšenja?'])(
    'asks which operation when %j does not name one, listing the candidates',
    (question) => {
      const reply = ask(question);
      const data = answerOf(reply);
      expect(data.kind).toBe('clarify');
      const withArrests = realCorpus().operations.filter((op) =>
        op.facts.some((f) => f.metric === 'arrests'),
      );
      expect(data.operations.map((op) => op.id).sort()).toEqual(
        withArrests.map((op) => op.id).sort(),
      );
      const text = visibleText(reply.message);
      expect(reply.answer.card?.title).toBe('❓ Which operation?');
      for (const op of data.operations) expect(unescape(text)).toContain(`**${op.name}**`);
    },
  );

  it('answers a yes/no question with the verdict first and the right figures labelled', () => {
    const reply = ask('did Serbia arrest 23 people?');
    const data = answerOf(reply);
    expect(data.verdict).toBe('contradicted');
    expect(reply.answer.card?.title).toMatch(/^❌ Contradicted/);
    for (const q of quotesWithLabels(reply.answer.card?.description ?? ''))
      expect(q.label).toMatch(RIGHT_FACT);
  });
});

describe('the data contract', () => {
  const FACT_KEYS = [
    'document',
    'label',
    'metric',
    'operation',
    'qualifier',
    'quote',
    'scope',
    'unit',
    'value',
  ];
  const keys = (f: PublicFact): string[] => Object.keys(f).sort();

  it('gives /ask its kind and facts, each fact exactly the contract’s fields', () => {
    const data = answerOf(ask('how many arrests in Serbia?'));
    expect(Object.keys(data).sort()).toEqual(['facts', 'kind', 'operations', 'related']);
    for (const fact of data.facts) expect(keys(fact)).toEqual(FACT_KEYS);
  });

  it('gives /cite and /check their claims in order, background figures with a null operation', () => {
    const data = claimsOf(
      check(
        'In 2023, 9.11 tonnes of cocaine connected to Balkan criminals were seized. Sky ECC seized 15 high-end cars.',
      ),
    );
    expect(data.map((c) => Object.keys(c).sort())).toEqual([
      ['claim', 'facts', 'related', 'verdict', 'wrong'],
      ['claim', 'facts', 'related', 'verdict', 'wrong'],
    ]);
    const background = corpusFact('background', 'cocaine-seized-2023');
    expect(data[0]?.facts[0]).toEqual({
      operation: null,
      metric: background.metric,
      label: background.label,
      value: background.value,
      unit: background.unit,
      qualifier: background.qualifier,
      scope: background.scope,
      document: background.citation.document,
      quote: background.citation.quote,
    });
    expect(data[1]?.facts[0]?.unit).toBe('count');
    for (const fact of data.flatMap((c) => c.facts)) expect(keys(fact)).toEqual(FACT_KEYS);
  });

  it('leaves other commands without data', () => {
    expect(commandReply(dispatcher, 'operation', { name: 'sky-ecc' }).data).toBeUndefined();
  });
});

describe('/ask: a role is shown under its own country', () => {
  const dispatcher = realDispatcher();
  // Countries listed in one sentence share one quote: each must still be named as itself.
  const shared = realCorpus().operations.flatMap((op) =>
    op.countries.filter((c) =>
      op.countries.some(
        (other) =>
          other.code !== c.code &&
          other.citation.document === c.citation.document &&
          other.citation.start === c.citation.start,
      ),
    ),
  );

  it('finds countries that share a quote in the corpus', () => {
    expect(shared.length).toBeGreaterThan(2);
  });

  it.each([...new Set(shared.map((c) => c.name))].slice(0, 8))('What did %s do?', (name) => {
    const text = unescape(
      visibleText(commandReply(dispatcher, 'ask', { question: `What did ${name} do?` }).message),
    );
    const roleLines = text.split('\n').filter((line) => /^• [^*]+: /u.test(line));
    expect(roleLines.length).toBeGreaterThan(0);
    for (const line of roleLines) expect(line.startsWith(`• ${name}: `)).toBe(true);
  });
});

describe('/ask: countries that share a role and a quote', () => {
  const dispatcher = realDispatcher();
  // The largest group of countries one quote names in one role (Theseus' "countries including …").
  const groups = realCorpus().operations.flatMap((op) => {
    const byKey = new Map<string, typeof op.countries>();
    for (const c of op.countries) {
      if (!TAKING_PART.has(c.role)) continue;
      const key = `${c.role} ${c.citation.document} ${String(c.citation.start)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
    return [...byKey.values()].map((countries) => ({ op, countries }));
  });
  const largest = groups.sort((a, b) => b.countries.length - a.countries.length)[0];

  it('are one line and one quote, not a line and the same quote per country', () => {
    expect(largest?.countries.length).toBeGreaterThan(2);
    if (largest === undefined) return;
    const quote = largest.countries[0]?.citation.quote ?? '';
    const text = unescape(
      visibleText(
        commandReply(dispatcher, 'ask', {
          question: `Which countries took part in ${largest.op.name}?`,
        }).message,
      ),
    );
    const quoted = text.split('\n').filter((line) => line === `> ${quote}`);
    expect(quoted).toHaveLength(1);
    const line = text.split('\n').find((l) => largest.countries.every((c) => l.includes(c.name)));
    expect(line).toMatch(/^• /u);
  });
});
