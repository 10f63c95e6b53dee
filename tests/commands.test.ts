import { describe, expect, it } from 'vitest';
import { defineCommand } from '../src/interactions/command.ts';
import { decodeCustomId } from '../src/interactions/customId.ts';
import { silentLogger } from '../src/log.ts';
import { answerLine } from '../src/transports/console/textReply.ts';
import { buttonReply, commandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';
import {
  buttonsOf,
  expectWithinDiscordLimits,
  headingOf,
  isEphemeral,
  linksOf,
  visibleText,
} from './helpers/limits.ts';

const dispatcher = realDispatcher();
const ask = (line: string) => answerLine(dispatcher, line);
const press = (customId: string) => buttonReply(dispatcher, customId);

function expectVerbatimCitations(reply: ReturnType<typeof ask>): void {
  for (const citation of reply.citations) {
    const doc = realCorpus().documents.get(citation.document);
    expect(doc?.text).toContain(citation.quote);
    expect(citation.url).toBe(doc?.url);
  }
}

describe('/operation', () => {
  it('shows sky-ecc with its total arrests and the arrests in Serbia, each cited into the Europol release', () => {
    const reply = ask('/operation sky-ecc');
    expect(reply.ok).toBe(true);
    const text = visibleText(reply.message);
    expect(text).toMatch(/\*\*23\*\* individuals arrested — in total/);
    expect(text).toMatch(/\*\*13\*\* arrests — in Serbia on the action day/);
    const quotes = reply.citations.map((c) => c.quote);
    expect(quotes).toContain(
      'A total of 23 individuals have been arrested, including the 3 leaders of this criminal organisation',
    );
    expect(quotes).toContain('13 arrests in Serbia including 3 High Value Targets');
    expect(reply.citations.every((c) => c.document === 'europol-balkan-drug-lords-sky-ecc')).toBe(
      true,
    );
    expect(linksOf(reply.message).map((l) => l.url)).toEqual([
      'https://www.europol.europa.eu/media-press/newsroom/news/balkans-biggest-drug-lords-arrested-after-investigation-encrypted-phones',
    ]);
    expectVerbatimCitations(reply);
  });

  it('accepts the option by name', () => {
    expect(ask('/operation name:sky-ecc').message).toEqual(ask('/operation sky-ecc').message);
  });

  it('finds Operation Theseus from a typo', () => {
    const reply = ask('/operation thesues');
    expect(reply.ok).toBe(true);
    expect(headingOf(reply.message)).toBe('Operation Theseus (INTERPOL)');
    expect(visibleText(reply.message)).toContain(
      '**236** organised crime network members arrested',
    );
  });

  it('groups figures and lists the sources with publisher, title, date and a link each', () => {
    const reply = ask('/operation 2023-08-24');
    const text = visibleText(reply.message);
    const names = ['Countries', 'Arrests', 'Searches', 'Seizures', 'Other figures', 'Sources'];
    const at = names.map((name) => text.indexOf(`**${name}**\n`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const sources = text.slice(text.indexOf('**Sources**'));
    expect(sources).toContain('crime-nieuws.nl, “VIDEO: Duizenden kilo’s blokken cocaïne');
    expect(sources).toContain('September 2023');
    const cited = new Set(reply.citations.map((c) => c.document));
    expect(linksOf(reply.message).map((l) => l.url)).toEqual(
      [...cited].map((id) => realCorpus().documents.get(id)?.url),
    );
  });

  it('replies with the candidates, ephemerally, when the name fits several operations', () => {
    const reply = ask('/operation balkan cartel');
    expect(reply.ok).toBe(false);
    expect(isEphemeral(reply.message)).toBe(true);
    expect(visibleText(reply.message)).toContain('/operation sky-ecc-balkan-cartel-2023-05-11');
    expect(visibleText(reply.message)).toContain('/operation balkan-cartel-action-day-2023-08-24');
  });

  it('offers a "Show quotes" button whose view carries every verbatim quote', () => {
    const reply = ask('/operation sky-ecc');
    const customId = buttonsOf(reply.message)[0]?.customId ?? '';
    expect(decodeCustomId(customId)?.state).toEqual({
      command: 'operation',
      view: 'quotes',
      key: 'sky-ecc-balkan-cartel-2023-05-11',
    });
    const quotes = press(customId);
    expect(quotes.ok).toBe(true);
    expect(visibleText(quotes.message)).toContain(
      '> 13 arrests in Serbia including 3 High Value Targets',
    );
    expectWithinDiscordLimits(quotes.message);
  });
});

describe('/country', () => {
  it('lists the Netherlands’ operations for Nederland', () => {
    const reply = ask('/country Nederland');
    expect(reply.ok).toBe(true);
    const text = visibleText(reply.message);
    expect(text).toMatch(/^\*\*EMPACT Joint Action Days/m);
    expect(text).toMatch(/^\*\*Sky ECC takedown/m);
    expect(text).toMatch(/^\*\*EMPACT JOT Dunqett/m);
  });

  it('shows Colombia only as mentioned, in no operation', () => {
    const reply = ask('/country colombia');
    const text = visibleText(reply.message);
    expect(text).toContain('took part in no operation');
    expect(text).toContain('**── Only mentioned (not taking part) ──**\n');
    expect(text).toContain('**origin**');
  });

  it('says plainly when the sources do not mention a country', () => {
    const reply = ask('/country Japan');
    expect(reply.ok).toBe(false);
    expect(visibleText(reply.message)).toContain('The sources do not mention **Japan**');
  });
});

describe('/search', () => {
  it('/search rotterdam finds the 700 kilos, highlighted, with a link that opens at the passage', () => {
    const reply = ask('/search rotterdam');
    const first = visibleText(reply.message)
      .split('\n\n')
      .find((block) => block.includes('**1. '));
    expect(first).toContain('700 kilos of cocaine seized in **Rotterdam**');
    expect(first).toContain('https://www.europol.europa.eu/');
    const passage = reply.citations[0];
    const link = /\[↗\]\((\S+)\)/.exec(first ?? '')?.[1] ?? '';
    expect(link.startsWith(`${passage?.url ?? '?'}#:~:text=`)).toBe(true);
    expectVerbatimCitations(reply);
  });

  it('/search shows a Dutch passage as written', () => {
    const reply = ask('/search huiszoekingen');
    expect(visibleText(reply.message)).toContain('**huiszoekingen**');
    expect(visibleText(reply.message)).toContain('in Dutch');
  });
});

describe('/stats, /sources, /help', () => {
  it('/stats cocaine ranks 2.7 t above 626 kg and lists the traced seizures apart', () => {
    const text = visibleText(ask('/stats cocaine').message);
    expect(text.indexOf('2,700 kg')).toBeLessThan(text.indexOf('626 kg'));
    expect(text).toContain('Other figures (different scope: not ranked, not added up)');
    expect(text).toContain('cocaine traced back to the cartel');
  });

  it('/stats rejects an unknown metric with the list of metrics', () => {
    const reply = ask('/stats metric:bananas');
    expect(reply.ok).toBe(false);
    expect(visibleText(reply.message)).toContain('arrests, house-searches, cocaine');
  });

  it('/sources lists every document with publisher, date and a link button to its url', () => {
    const { message } = ask('/sources');
    const text = visibleText(message);
    const urls = linksOf(message).map((link) => link.url);
    for (const doc of realCorpus().documents.values()) {
      expect(urls).toContain(doc.url);
      expect(text).toContain(doc.publisher);
    }
    expect(text).toContain('date unknown');
  });

  it('/help shows every command with an example', () => {
    const text = visibleText(ask('/help').message);
    for (const command of dispatcher.commands) expect(text).toContain(command.example);
  });
});

describe('bad input', () => {
  const hostile = [
    '',
    '   ',
    'operation sky-ecc',
    '/unknown thing',
    '/operation',
    '/operation name:',
    `/operation ${'x'.repeat(5000)}`,
    `/search ${'cocaine '.repeat(700)}`,
    '/search (.*+?[',
    '/search \\d+$^|',
    '/operation @everyone',
    '/country @here <@123456789012345678>',
    '/search **bold** __under__ `code` > quote',
    '/cite @everyone',
    '/operation colour:red',
    '/sources extra words',
    '/stats',
    '/country "',
  ];

  it.each(hostile)('answers %j clearly, within limits, never pinging', (line) => {
    const reply = ask(line);
    expectWithinDiscordLimits(reply.message);
    const text = visibleText(reply.message);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
    if (!reply.ok) {
      expect(isEphemeral(reply.message)).toBe(true);
      expect(text.trim().length).toBeGreaterThan(10);
    }
  });

  it('rejects over-long input, saying the limit', () => {
    const reply = ask(`/operation ${'x'.repeat(5000)}`);
    expect(reply.ok).toBe(false);
    expect(visibleText(reply.message)).toContain('too long (5000 characters; at most 200)');
  });

  it('turns a command that throws into an ephemeral apology, not a stack trace', () => {
    const broken = realDispatcher(silentLogger(), [
      defineCommand({
        name: 'boom',
        description: { en: 'throws', nl: 'gooit', hr: 'baca' },
        options: {},
        example: '/boom',
        run() {
          throw new Error('secret internal detail');
        },
      }),
    ]);
    const reply = commandReply(broken, 'boom');
    expect(reply.ok).toBe(false);
    expect(isEphemeral(reply.message)).toBe(true);
    expect(visibleText(reply.message)).toContain('Something went wrong');
    expect(visibleText(reply.message)).not.toContain('secret internal detail');
  });

  it('rejects a forged button without crashing', () => {
    for (const id of [
      'bo|operation|card|0|no-such-op',
      'bo|nope|card|0|x',
      'garbage',
      'bo|operation|card|-1|x',
    ]) {
      const reply = press(id);
      expect(reply.ok).toBe(false);
      expect(isEphemeral(reply.message)).toBe(true);
    }
  });
});

describe('every reply', () => {
  const lines = [
    ...realCorpus().operations.flatMap((op) => [`/operation ${op.id}`]),
    ...['serbia', 'netherlands', 'spain', 'germany', 'kosovo', 'colombia', 'uk', 'france'].map(
      (c) => `/country ${c}`,
    ),
    ...['arrests', 'house-searches', 'cocaine', 'cash', 'weapons', 'countries', 'officers'].map(
      (m) => `/stats ${m}`,
    ),
    '/search cocaine',
    '/search sky ecc belgrade',
    '/cite 23 arrested',
    '/sources',
    '/help',
  ];

  it.each(lines)('%s stays within Discord limits, every page and view', (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expectWithinDiscordLimits(reply.message);
    expectVerbatimCitations(reply);
    for (const button of buttonsOf(reply.message)) {
      expectWithinDiscordLimits(press(button.customId).message);
    }
  });

  it('pages a long card with buttons rather than cutting it', () => {
    // Sky ECC's quotes view (26 quoted figures, each linked) is longer than one message may be.
    const id = 'sky-ecc-balkan-cartel-2023-05-11';
    const reply = ask(`/operation ${id}`);
    const quotes = press(`bo|operation|quotes|0|${id}`);
    expect(quotes.pageCount).toBeGreaterThan(1);
    expect(reply.ok).toBe(true);
    expect(buttonsOf(quotes.message).map((b) => b.label)).toEqual([
      '◀ Previous',
      'Next ▶',
      'Show figures',
    ]);
    let shown = 0;
    for (let page = 0; page < quotes.pageCount; page += 1) {
      const payload = press(`bo|operation|quotes|${page}|${id}`).message;
      expectWithinDiscordLimits(payload);
      shown += visibleText(payload).match(/^> /gm)?.length ?? 0;
    }
    const op = realCorpus().operations.find((o) => o.id === id);
    // Every figure's quote, plus the date's, shown once across the pages.
    expect(shown).toBe((op?.facts.length ?? 0) + 1);
  });
});
