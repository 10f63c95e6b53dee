import { describe, expect, it } from 'vitest';
import { markdownLink, quoteUrl } from '../src/render/footnotes.ts';
import { textFragmentUrlWithin } from '../src/render/textFragment.ts';
import { answerLine } from '../src/transports/console/textReply.ts';
import { realCorpus, realDispatcher } from './helpers/corpus.ts';
import { visibleText } from './helpers/limits.ts';

const dispatcher = realDispatcher();
const LINK = /\[↗\]\((\S+?)\)/g;

/** The words a text directive matches, decoded: "text=start,end" → ["start", "end"]. */
function directiveTerms(url: string): string[] {
  const directive = url.slice(url.indexOf(':~:text=') + ':~:text='.length);
  return directive.split(',').map((term) => decodeURIComponent(term));
}

describe('every quote one tap from its place in the source', () => {
  it('links each quote of the "Show quotes" view to its own text fragment', () => {
    for (const operation of realCorpus().operations) {
      const quotesView = (page: number) => {
        const plan = dispatcher.plan({
          kind: 'button',
          customId: `bo|operation|quotes|${page}|${operation.id}`,
          meta: { id: `q-${page}` },
        });
        if (plan.kind !== 'update') throw new Error(`planned ${plan.kind}`);
        return plan.reply;
      };
      const pages = quotesView(0).pageCount;
      let quotes = 0;
      for (let page = 0; page < pages; page += 1) {
        const view = { reply: quotesView(page) };
        const text = visibleText(view.reply.message);
        for (const line of text.split('\n').filter((l) => l.startsWith('> '))) {
          const links = [...line.matchAll(LINK)].map((m) => m[1] ?? '');
          expect(links, line).toHaveLength(1);
          const url = links[0] ?? '';
          expect(url.length).toBeLessThanOrEqual(512);
          const doc = [...realCorpus().documents.values()].find((d) =>
            url.startsWith(`${d.url}#:~:text=`),
          );
          expect(doc, url).toBeDefined();
          // The link matches the quote it follows: its first words start the quote shown.
          const [start = ''] = directiveTerms(url);
          const shown = line.slice(2).replace(LINK, '').replace(/\\(.)/g, '$1');
          expect(shown.replace(/\s+/g, ' ')).toContain(start);
          quotes += 1;
        }
      }
      // The date's quote (when the date is known) and every figure's.
      const dated = operation.date.precision === 'unknown' ? 0 : 1;
      expect(quotes).toBe(operation.facts.length + dated);
    }
  });

  it('links the quote /cite gives and each passage /search finds', () => {
    const cite = visibleText(answerLine(dispatcher, '/cite 626 kilos of cocaine').message);
    const [citeLink] = [...cite.matchAll(LINK)].map((m) => m[1] ?? '');
    expect(citeLink).toMatch(/^https:\/\/www\.occrp\.org\/.*#:~:text=including%20626%20kilos/);
    const search = answerLine(dispatcher, '/search cocaine');
    const links = [...visibleText(search.message).matchAll(LINK)].map((m) => m[1] ?? '');
    expect(links).toHaveLength(search.citations.length);
    links.forEach((url, i) => {
      const citation = search.citations[i];
      const doc = realCorpus().documents.get(citation?.document ?? '');
      expect(doc === undefined || citation === undefined ? '' : quoteUrl(doc, citation.quote)).toBe(
        url.replace(/%28/g, '(').replace(/%29/g, ')'),
      );
    });
  });

  it('keeps a link within 512 characters: fewer edge words, then the plain url', () => {
    const quote =
      'A total of 23 individuals have been arrested, including the 3 leaders of this criminal organisation';
    const base = `https://example.org/${'p'.repeat(450)}`;
    const full = textFragmentUrlWithin(base, quote, 10_000) ?? '';
    const fitted = textFragmentUrlWithin(base, quote, 512) ?? '';
    expect(full.length).toBeGreaterThan(512);
    expect(fitted.length).toBeLessThanOrEqual(512);
    const [start = '', end = ''] = directiveTerms(fitted);
    expect(quote.startsWith(start) && quote.endsWith(end)).toBe(true);
    expect(start.split(' ').length).toBeLessThan(directiveTerms(full)[0]?.split(' ').length ?? 0);
    expect(textFragmentUrlWithin(base, quote, base.length + 5)).toBe(base);
    expect(textFragmentUrlWithin(base, quote, 100)).toBeUndefined();
  });

  it('writes a Markdown link whose url parentheses cannot end it early', () => {
    expect(markdownLink('[1]', 'https://x.org/a_(b)#:~:text=(ok)')).toBe(
      '[\\[1\\]](https://x.org/a_%28b%29#:~:text=%28ok%29)',
    );
  });
});
