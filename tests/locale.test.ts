import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ROUTING } from '../src/interactions/customId.ts';
import type { Incoming } from '../src/interactions/incoming.ts';
import { finalReply, type Plan } from '../src/interactions/plan.ts';
import type { BotReply } from '../src/interactions/reply.ts';
import type { Choice } from '../src/engine/types.ts';
import { sourceLabel } from '../src/render/footnotes.ts';
import { LIMITS } from '../src/render/limits.ts';
import { localeOf, type Locale } from '../src/render/locale.ts';
import { MESSAGES } from '../src/render/messages.ts';
import { renderReply } from '../src/render/reply.ts';
import { shortTitle, sourcesCard } from '../src/render/sourcesCard.ts';
import { realCorpus, realDispatcher, realEngine } from './helpers/corpus.ts';
import {
  allComponents,
  buttonsOf,
  expectWithinDiscordLimits,
  headingOf,
  linksOf,
  visibleText,
} from './helpers/limits.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** /operation sky-ecc as a user with Discord set to `locale` sees it. */
function operationIn(locale: string): string {
  const plan = realDispatcher().plan({
    kind: 'command',
    name: 'operation',
    options: [{ name: 'name', value: 'sky-ecc' }],
    meta: { id: '1', locale },
  });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`planned ${plan.kind}`);
  expect(headingOf(reply.message)).toContain('Sky ECC');
  return visibleText(reply.message);
}

const sky = realCorpus().operations.find((op) => op.id === 'sky-ecc-balkan-cartel-2023-05-11');
const serbia = sky?.facts.find((f) => f.id === 'arrests-serbia');

describe('replies in the user’s language', () => {
  it('picks Dutch and Croatian where Discord asks for them, English otherwise', () => {
    expect(localeOf('nl')).toBe('nl');
    expect(localeOf('hr')).toBe('hr');
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('de')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });

  it.each([
    ['en-GB', ['Countries', 'Arrests', 'Seizures', 'Sources', 'Lead country', '11 May 2023']],
    ['nl', ['Landen', 'Arrestaties', 'Inbeslagnames', 'Bronnen', 'Leidend land', '11 mei 2023']],
    ['hr', ['Države', 'Uhićenja', 'Zapljene', 'Izvori', 'Vodeća država', '11. svibnja 2023.']],
  ])('%s: labels, dates and numbers in the language, quotes as written', (locale, words) => {
    const text = operationIn(locale);
    for (const word of words) expect(text).toContain(word);
    // The figure's own words (label, scope) and its quote are the source's, in every language.
    expect(text).toContain(serbia?.label ?? 'missing');
  });

  it('writes numbers the way each language does', () => {
    expect(operationIn('en-US')).toContain('almost €3 million');
    expect(operationIn('nl')).toContain('bijna €3 miljoen');
    expect(operationIn('hr')).toContain('gotovo €3 milijuna');
  });

  it('keeps quotes verbatim in every language', () => {
    const plan = realDispatcher().plan({
      kind: 'button',
      customId: 'bo|operation|quotes|0|sky-ecc-balkan-cartel-2023-05-11',
      meta: { id: '2', locale: 'hr' },
    });
    const reply = finalReply(plan);
    expect(visibleText(reply?.message ?? {})).toContain(`> ${serbia?.citation.quote ?? 'missing'}`);
    expect(headingOf(reply?.message ?? {})).toContain('citati');
  });
});

// ---------------------------------------------------------------------------------------------
// Every command, problem and control in each language, through the real dispatcher.

const LOCALES: readonly Locale[] = ['en', 'nl', 'hr'];
const dispatcher = realDispatcher();

function planned(plan: Plan): BotReply {
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`planned ${plan.kind}`);
  return reply;
}

function commandIn(locale: Locale, name: string, options: Record<string, string> = {}): BotReply {
  const list = Object.entries(options).map(([key, value]) => ({ name: key, value }));
  return planned(
    dispatcher.plan({ kind: 'command', name, options: list, meta: { id: 'l', locale } }),
  );
}

function buttonIn(locale: Locale, customId: string, values?: string[]): BotReply {
  const incoming: Incoming = { kind: 'button', customId, meta: { id: 'b', locale } };
  return planned(dispatcher.plan(values === undefined ? incoming : { ...incoming, values }));
}

/** Everything a reader sees: text, every button and menu label, placeholders, alt texts. */
function seen(reply: BotReply): string {
  const controls = allComponents(reply.message).flatMap((c) => {
    if (c.type === ComponentType.StringSelect)
      return [c.placeholder ?? '', ...c.options.flatMap((o) => [o.label, o.description ?? ''])];
    return c.type === ComponentType.Button && 'label' in c ? [c.label ?? ''] : [];
  });
  // Alt text of every file: exports, maps, charts and timelines.
  const alt = reply.files.map((f) => f.description);
  return [visibleText(reply.message), ...controls, ...alt].join('\n');
}

/** Every string of a table, with its path; functions called with a marker for their arguments. */
function leaves(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    try {
      const out: unknown = Reflect.apply(value, undefined, ['§', '§', '§']);
      return typeof out === 'string' ? [{ path, text: out }] : [];
    } catch {
      return []; // takes a list or a number only: its wording is checked through real replies
    }
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
  }
  return [];
}

const corpus = realCorpus();
/** Text the sources and the corpus files write, in whatever language: it may show anywhere. */
const corpusText = [
  ...[...corpus.documents.values()].map((d) => `${d.title}\n${d.publisher}\n${d.text}`),
  JSON.stringify(corpus.operations),
  JSON.stringify(corpus.background),
].join('\n');

/**
 * The English labels that must not show in a Dutch or Croatian reply: every fragment of the
 * English table (between arguments) long enough to be telling, unless the other language
 * writes it the same or the corpus itself says it.
 */
function englishLabels(other: Locale): string[] {
  const theirs = new Set(leaves(MESSAGES[other]).map((l) => l.text));
  const fragments = leaves(MESSAGES.en)
    .filter((l) => !theirs.has(l.text))
    .flatMap((l) => l.text.split('§'))
    .map((f) => f.replace(/^[\s(“”:,.—–-]+|[\s(“”:,.—–-]+$/g, ''))
    .filter((f) => f.length >= 8 && !corpusText.includes(f));
  return [...new Set(fragments)];
}

const SKY_ID = 'sky-ecc-balkan-cartel-2023-05-11';

/** One reply per command and view, and the problems users run into. */
function everyReply(locale: Locale): Record<string, BotReply> {
  return {
    operation: commandIn(locale, 'operation', { name: 'sky-ecc' }),
    operationQuotes: buttonIn(locale, `bo|operation|quotes|0|${SKY_ID}`),
    operationPage2: buttonIn(locale, `bo|operation|quotes|1|${SKY_ID}`),
    country: commandIn(locale, 'country', { name: 'srbija' }),
    countryMentioned: commandIn(locale, 'country', { name: 'colombia' }),
    stats: commandIn(locale, 'stats', { metric: 'cocaine' }),
    statsCash: commandIn(locale, 'stats', { metric: 'cash' }),
    timeline: commandIn(locale, 'timeline', { operation: 'sky-ecc' }),
    timelineQuotes: buttonIn(locale, `bo|timeline|quotes|0|op:${SKY_ID}`),
    compare: commandIn(locale, 'compare', { a: 'sky-ecc', b: 'theseus' }),
    export: commandIn(locale, 'export', { operation: 'sky-ecc' }),
    exportAll: commandIn(locale, 'export', {}),
    sources: commandIn(locale, 'sources'),
    help: commandIn(locale, 'help'),
    search: commandIn(locale, 'search', { query: 'rotterdam cocaine' }),
    askAnswer: commandIn(locale, 'ask', { question: 'how many arrests in Serbia?' }),
    askNone: commandIn(locale, 'ask', { question: 'how many arrests in Operation Trojan Shield?' }),
    askClarify: commandIn(locale, 'ask', { question: 'how many arrests?' }),
    citeSupported: commandIn(locale, 'cite', {
      claim: '626 kilos of cocaine were seized in JAD SEE',
    }),
    citeContradicted: commandIn(locale, 'cite', { claim: 'Serbia arrested 23 people on 11 May' }),
    citeRole: commandIn(locale, 'cite', { claim: 'Spain led the Balkan Cartel operation' }),
    citeNone: commandIn(locale, 'cite', { claim: 'Operation Trojan Shield arrested 800' }),
    check: commandIn(locale, 'check', {
      text: 'Serbia arrested 23 people on 11 May. Theseus lasted ten days. 626 kilos of cocaine were seized in JAD SEE.',
    }),
    checkFigures: planned(
      dispatcher.plan({
        kind: 'message-command',
        name: 'Check figures',
        content: 'Theseus lasted ten days.',
        meta: { id: 'm', locale },
      }),
    ),
    notFound: commandIn(locale, 'operation', { name: 'trojan shield' }),
    ambiguous: commandIn(locale, 'timeline', { operation: '2023' }),
    countryNotFound: commandIn(locale, 'country', { name: 'atlantis' }),
    missing: commandIn(locale, 'operation'),
    tooLong: commandIn(locale, 'operation', { name: 'x'.repeat(201) }),
    unknownOption: commandIn(locale, 'operation', { name: 'sky-ecc', colour: 'red' }),
    unknownCommand: commandIn(locale, 'nosuch'),
    noClaims: commandIn(locale, 'check', { text: 'hello there' }),
    notAMetric: commandIn(locale, 'stats', { metric: 'bananas' }),
    sameOperation: commandIn(locale, 'compare', { a: 'sky-ecc', b: 'sky ecc' }),
    expired: buttonIn(locale, 'bo|nothing'),
  };
}

const replies: Record<Locale, Record<string, BotReply>> = {
  en: everyReply('en'),
  nl: everyReply('nl'),
  hr: everyReply('hr'),
};

function got(locale: Locale, name: string): BotReply {
  const reply = replies[locale][name];
  if (reply === undefined) throw new Error(`no reply ${name}`);
  return reply;
}

describe('every reply in the user’s language', () => {
  it.each(['nl', 'hr'] as const)('%s: no English label shows in any reply', (locale) => {
    const english = englishLabels(locale);
    // The check is only as good as its list: it holds the labels of every part of the table.
    expect(english).toEqual(
      expect.arrayContaining(['◀ Previous', 'Contradicted', 'Not in the sources', 'Supported by']),
    );
    for (const [name, reply] of Object.entries(replies[locale])) {
      const text = seen(reply);
      const leaked = english.filter((label) => text.includes(label));
      expect(leaked, `${locale} ${name}`).toEqual([]);
    }
  });

  it('the English list catches English in a reply (the check can fail)', () => {
    const english = englishLabels('hr');
    const text = seen(got('en', 'citeContradicted'));
    expect(english.filter((label) => text.includes(label)).length).toBeGreaterThan(0);
  });

  it.each(LOCALES)('%s: every reply stays within Discord’s limits', (locale) => {
    for (const reply of Object.values(replies[locale])) expectWithinDiscordLimits(reply.message);
  });

  it('answers in the same figures and quotes in every language', () => {
    for (const name of Object.keys(replies.en)) {
      const quotes = LOCALES.map((l) => replies[l][name]?.citations.map((c) => c.quote));
      expect(quotes[1], name).toEqual(quotes[0]);
      expect(quotes[2], name).toEqual(quotes[0]);
      expect(replies.nl[name]?.data, name).toEqual(replies.en[name]?.data);
    }
    // Quotes are shown as their sources wrote them, in every language.
    for (const locale of LOCALES) {
      const reply = replies[locale].citeSupported;
      const [first] = reply?.citations ?? [];
      expect(first).toBeDefined();
      expect(visibleText(reply?.message ?? {})).toContain(first?.quote.slice(0, 40) ?? '—');
    }
  });

  it.each([
    ['nl', 'Weersproken', 'Ondersteund', 'Niet in de bronnen', 'Bewering'],
    ['hr', 'Opovrgnuto', 'Potvrđeno', 'Nije u izvorima', 'Tvrdnja'],
  ] as const)('%s: verdict headings and parts', (locale, contradicted, supported, none, claim) => {
    const r = replies[locale];
    expect(headingOf(r.citeContradicted?.message ?? {})).toContain(`❌ ${contradicted}`);
    expect(headingOf(r.citeContradicted?.message ?? {})).toContain(
      MESSAGES[locale].verdicts.wrong.place,
    );
    expect(headingOf(r.citeRole?.message ?? {})).toContain(MESSAGES[locale].verdicts.wrong.role);
    expect(headingOf(r.citeSupported?.message ?? {})).toContain(`✅ ${supported}`);
    expect(headingOf(r.citeNone?.message ?? {})).toContain(`❔ ${none}`);
    expect(visibleText(r.citeSupported?.message ?? {})).toContain(`**${claim}:**`);
    const checked = visibleText(r.check?.message ?? {});
    for (const heading of [contradicted, supported]) expect(checked).toContain(heading);
    expect(visibleText(r.checkFigures?.message ?? {})).toContain(contradicted);
  });

  it('writes Croatian plurals in their three forms', () => {
    const t = MESSAGES.hr;
    expect([1, 3, 5, 21, 22, 25].map((n) => t.timeline.description(n).split(' u ')[0])).toEqual([
      '1 datiran događaj',
      '3 datirana događaja',
      '5 datiranih događaja',
      '21 datiran događaj',
      '22 datirana događaja',
      '25 datiranih događaja',
    ]);
    const documents = corpus.documents.size;
    expect(visibleText(replies.hr.sources?.message ?? {})).toContain(
      t.sourcesList.description(documents, corpus.operations.length, countFacts()),
    );
  });

  it.each(LOCALES)('%s: paging buttons, page note and continued title', (locale) => {
    const t = MESSAGES[locale].reply;
    const reply = replies[locale].operationPage2;
    expect(reply?.pageCount).toBeGreaterThan(1);
    const labels = buttonsOf(reply?.message ?? {}).map((b) => b.label);
    expect(labels).toEqual(
      expect.arrayContaining([t.previous, t.next, MESSAGES[locale].showFigures]),
    );
    const text = visibleText(reply?.message ?? {});
    expect(text).toContain(t.page(2, reply?.pageCount ?? 0));
    expect(headingOf(reply?.message ?? {})).toContain(`(${t.continued})`);
  });

  it.each(LOCALES)('%s: the picker of an ambiguous name and the did-you-mean lines', (locale) => {
    const reply = replies[locale].ambiguous;
    const menus = allComponents(reply?.message ?? {}).filter(
      (c) => c.type === ComponentType.StringSelect,
    );
    expect(menus).toHaveLength(1);
    expect(reply === undefined ? '' : seen(reply)).toContain(MESSAGES[locale].reply.pickOperation);
    const notFound = visibleText(replies[locale].notFound?.message ?? {});
    expect(notFound).toContain(MESSAGES[locale].problems.operationNotFound('trojan shield'));
    expect(notFound).toMatch(/^• /m);
  });

  it.each(LOCALES)('%s: attachments described in the language', (locale) => {
    const exported = replies[locale].export;
    const descriptions = (exported?.message.attachments ?? []).map((a) => a.description);
    expect(descriptions).toEqual([MESSAGES[locale].export.csvAlt, MESSAGES[locale].export.jsonAlt]);
    const map = replies[locale].operation?.message.attachments?.[0]?.description ?? '';
    expect(map.startsWith(`${MESSAGES[locale].map.map}:`)).toBe(true);
    // The legend names countries as the language does (the Netherlands takes part in it).
    expect(map).toContain(MESSAGES[locale].countryName('NL', 'Netherlands'));
    if (locale !== 'en') expect(map).not.toContain('Netherlands');
    const chart = replies[locale].stats?.message.attachments?.[0]?.description ?? '';
    expect(chart.startsWith(`${MESSAGES[locale].map.barChart}:`)).toBe(true);
    const timeline = replies[locale].timeline?.message.attachments?.[0]?.description ?? '';
    expect(timeline.startsWith(`${MESSAGES[locale].map.timeline}:`)).toBe(true);
  });

  it('keeps English replies as they were', () => {
    expect(headingOf(replies.en.citeContradicted?.message ?? {})).toMatch(
      /^❌ Contradicted — the place( and|$)/,
    );
    expect(visibleText(replies.en.missing?.message ?? {})).toContain('/operation needs a name');
  });

  it('the console answers in the language given with --locale', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/ask.ts', '--locale', 'hr', '/stats cocaine'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const t = MESSAGES.hr;
    expect(run.stdout).toContain(`== ${t.stats.title(t.statMetrics.cocaine)} ==`);
    // What the terminal adds below the card is in the language too: the quotes and the chart.
    expect(run.stdout).toMatch(/^Citati \(\d+, svaki doslovno iz svog dokumenta\):$/mu);
    expect(run.stdout).toMatch(/^Datoteke \(1, zapisane na disk\):$/mu);
    expect(run.stdout).not.toContain('Citations (');
    const wrong = spawnSync('npx', ['tsx', 'src/cli/ask.ts', '--locale', 'de', '/help'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--locale takes one of en, nl, hr');
  });
});

function countFacts(): number {
  return corpus.operations.reduce((n, op) => n + op.facts.length, 0) + corpus.background.length;
}

describe('/sources: a link button per document', () => {
  it.each(LOCALES)('%s: each document one tap away, beside its dates', (locale) => {
    const reply = replies[locale].sources;
    const message = reply?.message ?? {};
    const links = linksOf(message);
    const web = [...corpus.documents.values()].filter((d) => /^https?:\/\//.test(d.url));
    expect(links.map((l) => l.url).sort()).toEqual(web.map((d) => d.url).sort());
    for (const doc of web) {
      const link = links.find((l) => l.url === doc.url);
      expect(link?.label).toBe(shortTitle(doc.title));
      expect(link?.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(doc.title.startsWith((link?.label ?? '').replace(/…$/, ''))).toBe(true);
    }
    // Each button sits in the section that shows its document's dates.
    for (const section of allComponents(message)) {
      if (section.type !== ComponentType.Section) continue;
      const doc = web.find((d) => 'url' in section.accessory && section.accessory.url === d.url);
      const text = section.components.map((c) => c.content).join('\n');
      expect(text).toContain(doc === undefined ? '—' : sourceLabel(doc, locale));
    }
    expectWithinDiscordLimits(message);
  });

  it('pages a long list of documents, every page within the limits, no document lost', () => {
    const overview = realEngine().sourcesOverview();
    const many = Array.from({ length: 6 }, (_, copy) =>
      overview.documents.map((entry) => ({
        ...entry,
        document: { ...entry.document, url: `${entry.document.url}?copy=${copy}` },
      })),
    ).flat();
    const answer = sourcesCard({ ...overview, documents: many }, 'hr');
    const first = renderReply(answer, 0, ROUTING);
    expect(first.pageCount).toBeGreaterThan(1);
    const urls: string[] = [];
    for (let page = 0; page < first.pageCount; page += 1) {
      const payload = renderReply(answer, page, ROUTING).payload;
      expectWithinDiscordLimits(payload);
      urls.push(...linksOf(payload).map((l) => l.url));
    }
    expect(urls.sort()).toEqual(many.map((e) => e.document.url).sort());
  });
});

describe('country names in the reader’s language', () => {
  const dispatcher = realDispatcher();
  function countryText(locale: string, name: string): string {
    const reply = finalReply(
      dispatcher.plan({
        kind: 'command',
        name: 'country',
        options: [{ name: 'name', value: name }],
        meta: { id: '1', locale },
      }),
    );
    if (reply === undefined) throw new Error('no reply');
    return visibleText(reply.message);
  }
  function choices(locale: string, typed: string): Choice[] {
    const plan = dispatcher.plan({
      kind: 'autocomplete',
      name: 'country',
      options: [{ name: 'name', value: typed, focused: true }],
      meta: { id: '2', locale },
    });
    if (plan.kind !== 'choices') throw new Error(`planned ${plan.kind}`);
    return plan.choices;
  }

  it.each([
    ['nl', 'Servië', 'Nederland'],
    ['hr', 'Srbija', 'Nizozemska'],
    ['en-GB', 'Serbia', 'Netherlands'],
  ])('%s: /country and /operation name countries as the language does', (locale, rs, nl) => {
    const card = countryText(locale, 'serbia');
    expect(card).toContain(`${rs} (RS)`);
    // The bot's own sentence says the name too; figures keep the source's words.
    const sentence = card.split('\n').find((line) => line.startsWith(rs));
    expect(sentence).toBeDefined();
    if (locale !== 'en-GB') expect(sentence).not.toContain('Serbia');
    const operation = operationIn(locale);
    const heading = MESSAGES[localeOf(locale)].countries;
    const countries = operation.slice(operation.indexOf(`**${heading}**`)).split('\n\n')[0] ?? '';
    expect(countries).toContain(nl);
    expect(countries).toContain(rs);
    if (locale !== 'en-GB') expect(countries).not.toMatch(/Netherlands|Belgium|Serbia/u);
  });

  it('autocomplete offers the name in the language, the ISO code as value', () => {
    expect(choices('nl', 'servi')[0]).toEqual({ name: 'Servië', value: 'RS' });
    expect(choices('hr', 'nizoz')[0]).toEqual({ name: 'Nizozemska', value: 'NL' });
    expect(choices('en-US', 'servi')[0]).toEqual({ name: 'Serbia', value: 'RS' });
  });

  it('a country the sources never mention is named in the language too', () => {
    // "sr" is Suriname's ISO code; Croatian writes it "Surinam".
    const text = countryText('hr', 'sr');
    expect(text).toContain('**Surinam**');
    expect(text).not.toContain('Suriname');
  });
});
