import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Fact, SourceDocument } from '../src/corpus/types.ts';
import { encodeTextDirectiveTerm, textFragmentUrl } from '../src/render/textFragment.ts';
import { realCorpus } from './helpers/corpus.ts';

describe('text fragment links', () => {
  it('percent-encodes what the directive syntax reserves and what a URL cannot hold', () => {
    expect(encodeTextDirectiveTerm('high-end cars, guns & silencers')).toBe(
      'high%2Dend%20cars%2C%20guns%20%26%20silencers',
    );
    expect(encodeTextDirectiveTerm('Europol’s #1 (ok)?')).toBe(
      'Europol%E2%80%99s%20%231%20(ok)%3F',
    );
    expect(encodeTextDirectiveTerm('Србија, Čačak')).toBe(
      `${encodeURIComponent('Србија')}%2C%20${encodeURIComponent('Čačak')}`,
    );
  });

  it('matches a short quote whole, and a long one by its first and last words', () => {
    expect(textFragmentUrl('https://x.org/a', '35 house searches')).toBe(
      'https://x.org/a#:~:text=35%20house%20searches',
    );
    const long =
      'A total of 23 individuals have been arrested, including the 3 leaders of this criminal organisation';
    expect(textFragmentUrl('https://x.org/a', long)).toBe(
      'https://x.org/a#:~:text=A%20total%20of%2023%20individuals,leaders%20of%20this%20criminal%20organisation',
    );
    expect(textFragmentUrl('https://x.org/a', '  two\n  lines  ')).toBe(
      'https://x.org/a#:~:text=two%20lines',
    );
  });

  it('keeps an existing fragment, replaces an old directive, and adds prefix and suffix', () => {
    expect(textFragmentUrl('https://x.org/a?b=1#section-2', 'quote')).toBe(
      'https://x.org/a?b=1#section-2:~:text=quote',
    );
    expect(textFragmentUrl('https://x.org/a#top:~:text=old', 'new')).toBe(
      'https://x.org/a#top:~:text=new',
    );
    expect(
      textFragmentUrl('https://x.org/a', 'arrests', { prefix: '13', suffix: 'in Serbia' }),
    ).toBe('https://x.org/a#:~:text=13-,arrests,-in%20Serbia');
    expect(() => textFragmentUrl('https://x.org/a', '  ')).toThrow();
  });
});

const CHROMIUM = '/usr/bin/chromium';
const pageState = z.object({
  scrollY: z.number(),
  top: z.number(),
  bottom: z.number(),
  viewport: z.number(),
});
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    '\n!!! SKIPPING the Text Fragment browser test: /usr/bin/chromium is missing.' +
      '\n!!! Install it with: apt-get update && apt-get install -y chromium\n',
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A local copy of the source page: the document's paragraphs, each in its own <p>. */
function pageOf(document: SourceDocument): string {
  const paragraphs = document.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(document.title)}</title>`,
    '<style>body{font:18px/1.7 sans-serif;max-width:640px;margin:0 auto}p{margin:0 0 2.5em}</style>',
    `</head><body><h1>${escapeHtml(document.title)}</h1>`,
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

describe.skipIf(!haveChromium)('a text fragment link in headless Chromium', () => {
  const corpus = realCorpus();
  // The document with the most cited facts, and its quotes that lie farthest down the page.
  const facts = [...corpus.operations.flatMap((op) => op.facts), ...corpus.background];
  const counts = new Map<string, number>();
  for (const fact of facts)
    counts.set(fact.citation.document, (counts.get(fact.citation.document) ?? 0) + 1);
  const [documentId] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const source = corpus.documents.get(documentId);
  const deepest: Fact[] = facts
    .filter((f) => f.citation.document === documentId)
    .sort((a, b) => b.citation.end - a.citation.end);
  const longQuote = deepest.find((f) => f.citation.quote.split(/\s+/).length > 12);
  const shortQuote = deepest.find((f) => f.citation.quote.split(/\s+/).length <= 12);

  let server: Server;
  let origin = '';
  let context: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'balkan-ops-chromium-'));

  beforeAll(async () => {
    if (source === undefined) throw new Error('no document with facts');
    const html = pageOf(source);
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 900, height: 500 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context.close();
    await new Promise((done) => server.close(done));
    rmSync(profile, { recursive: true, force: true });
  });

  /** Opens the page at `url` and reports how far it scrolled and where the quote's paragraph is. */
  async function open(url: string, quote: string, expectScroll: boolean) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const firstWords = quote.split(/\s+/).slice(0, 4).join(' ');
    // Chromium scrolls to a text fragment shortly after load, not during it. The page's code is
    // a string: the project's TypeScript has no DOM types.
    const scrolled = await page
      .waitForFunction('window.scrollY > 0', undefined, { timeout: expectScroll ? 10_000 : 1_000 })
      .then(() => true)
      .catch(() => false);
    const where = pageState.parse(
      await page.evaluate(`(() => {
        const words = ${JSON.stringify(firstWords)};
        const paragraph = [...document.querySelectorAll('p')].find((p) =>
          p.textContent.replace(/\\s+/g, ' ').includes(words));
        const rect = paragraph === undefined ? undefined : paragraph.getBoundingClientRect();
        return { scrollY: window.scrollY, top: rect ? rect.top : null,
          bottom: rect ? rect.bottom : null, viewport: window.innerHeight };
      })()`),
    );
    await page.close();
    return { scrolled, ...where };
  }

  it('opens without a fragment at the top, with the quote below the fold', async () => {
    for (const fact of [longQuote, shortQuote]) {
      expect(fact).toBeDefined();
      const where = await open(`${origin}/plain`, fact?.citation.quote ?? '', false);
      expect(where.scrollY).toBe(0);
      expect(where.top).toBeGreaterThan(where.viewport);
    }
  });

  it('scrolls to the quote, long (start and end words) or short (whole)', async () => {
    for (const fact of [longQuote, shortQuote]) {
      const quote = fact?.citation.quote ?? '';
      const where = await open(textFragmentUrl(`${origin}/news#main`, quote), quote, true);
      expect(where.scrolled, quote).toBe(true);
      expect(where.scrollY).toBeGreaterThan(0);
      expect(where.top).toBeLessThan(where.viewport);
      expect(where.bottom).toBeGreaterThan(0);
    }
  });

  it('does not scroll for a quote the page does not hold', async () => {
    const quote = shortQuote?.citation.quote ?? '';
    const where = await open(textFragmentUrl(`${origin}/other`, `${quote} zzqx`), quote, false);
    expect(where.scrollY).toBe(0);
  });
});
