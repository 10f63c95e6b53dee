/// <reference lib="dom" />
// linkedom's documents carry the DOM's types.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDateOf } from './dates.ts';
import { tidyLine, type ExtractedDocument } from './extracted.ts';
import { htmlToText } from './htmlText.ts';

// Page chrome that Readability may keep when it sits inside the article's container: consent
// and cookie banners, newsletter and subscription boxes, share bars, related links.
const CHROME =
  /(^|[-_\s])(cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|share|sharing|social|related|recommended|more-news|read-more|breadcrumbs?|promo|advert|ads?|banner|popup|modal|skip|print)([-_\s]|$)/i;
const CHROME_SELECTOR =
  'script,style,noscript,template,iframe,svg,nav,aside,footer,form,dialog,[role=navigation],[role=banner],[role=contentinfo],[role=dialog],[aria-modal=true],[hidden]';

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`);
    const content = tidyLine(element?.getAttribute('content') ?? '');
    if (content !== '') return content;
  }
  return undefined;
}

function canonicalUrl(document: Document): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta(document, 'og:url');
  if (href === undefined || href === '') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function removeChrome(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(CHROME_SELECTOR))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class],[id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    // never the article itself, whatever its class says
    if (!CHROME.test(names) || element.querySelector('h1,article,main') !== null) continue;
    element.remove();
  }
}

/** The article of a web page, with its title, site, publication date, canonical URL and language. */
export function extractHtml(html: string): ExtractedDocument {
  const { document } = parseHTML(html);
  const found: Omit<ExtractedDocument, 'text'> = {};
  const title = meta(document, 'og:title', 'twitter:title');
  const publisher = meta(document, 'og:site_name', 'application-name');
  const published = isoDateOf(
    meta(document, 'article:published_time', 'datePublished', 'date', 'dcterms.date', 'DC.date') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  const url = canonicalUrl(document);
  const lang = document.documentElement.getAttribute('lang');

  removeChrome(document);
  const article = new Readability(document).parse();
  const text = htmlToText(article?.content ?? '');

  const heading = tidyLine(article?.title ?? document.querySelector('title')?.textContent ?? '');
  if (title !== undefined) found.title = title;
  else if (heading !== '') found.title = heading;
  const site = publisher ?? tidyLine(article?.siteName ?? '');
  if (site !== '') found.publisher = site;
  const date = published ?? isoDateOf(article?.publishedTime ?? undefined);
  if (date !== undefined) found.published = date;
  if (url !== undefined) found.url = url;
  if (lang !== null && lang !== '') found.languageHint = lang;
  return { text, ...found };
}
