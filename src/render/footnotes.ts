import type { Citation, SourceDocument } from '../corpus/types.ts';
import type { Documents } from '../engine/types.ts';
import type { CardField, SourceLink } from './answer.ts';
import { formatIsoDate } from './dates.ts';
import { LIMITS } from './limits.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';
import { textFragmentUrlWithin } from './textFragment.ts';

/** "Europol, “Title”, 12 May 2023 · retrieved 3 May 2026": the source without its url. */
export function sourceLabel(doc: SourceDocument, locale: Locale = 'en'): string {
  // Made once per document and language: a /check reply lists the same few sources each time.
  let labels = sourceLabels.get(doc);
  if (labels === undefined) {
    labels = new Map();
    sourceLabels.set(doc, labels);
  }
  let label = labels.get(locale);
  if (label === undefined) {
    label = labelOf(doc, locale);
    labels.set(locale, label);
  }
  return label;
}

const sourceLabels = new WeakMap<SourceDocument, Map<Locale, string>>();

function labelOf(doc: SourceDocument, locale: Locale): string {
  const date =
    doc.published === undefined
      ? MESSAGES[locale].dateUnknown
      : formatIsoDate(doc.published, locale);
  const retrieved =
    doc.retrieved === undefined
      ? ''
      : ` · ${MESSAGES[locale].retrieved(formatIsoDate(doc.retrieved, locale))}`;
  return `${doc.publisher}, “${doc.title}”, ${date}${retrieved}`;
}

export function describeSource(doc: SourceDocument, locale: Locale = 'en'): string {
  return `${sourceLabel(doc, locale)} — ${doc.url}`;
}

/**
 * The link that opens the document scrolled to the quote (a Text Fragment), short enough for a
 * link button; the plain url when no fragment fits.
 */
export function quoteUrl(doc: SourceDocument, quote: string): string {
  // Built once per document and quote: a /check reply links dozens of quotes, the same few.
  let urls = quoteUrls.get(doc);
  if (urls === undefined) {
    urls = new Map();
    quoteUrls.set(doc, urls);
  }
  let url = urls.get(quote);
  if (url === undefined) {
    url = textFragmentUrlWithin(doc.url, quote, LIMITS.linkUrl) ?? doc.url;
    urls.set(quote, url);
  }
  return url;
}

const quoteUrls = new WeakMap<SourceDocument, Map<string, string>>();

/**
 * `[label](url)` that Markdown cannot misread: parentheses and spaces in the url are
 * percent-encoded (an unbalanced one would end the link early), brackets in the label escaped.
 */
export function markdownLink(label: string, url: string): string {
  const safeUrl = url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${safeUrl})`;
}

/** "[↗](…#:~:text=…)": the quote's link, as Markdown. */
export function quoteLink(doc: SourceDocument, quote: string): string {
  return markdownLink('↗', quoteUrl(doc, quote));
}

/** The document's host, as a link button names it: "www.europol.europa.eu" → "europol.europa.eu". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Numbers each cited document once, in order of first use, and collects the citations; links a
 * quote shown in full to the place in its document that states it.
 */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly citations: Citation[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly documents: Documents,
    private readonly locale: Locale = 'en',
  ) {}

  /** "[2]" for the citation's document; the citation joins the answer's list. */
  mark(citation: Citation): string {
    const key = `${citation.document}:${citation.start}:${citation.end}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.citations.push(citation);
    }
    let n = this.numbers.get(citation.document);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(citation.document, n);
    }
    return `[${n}]`;
  }

  /** How many documents have a number so far. */
  get count(): number {
    return this.numbers.size;
  }

  /**
   * "[↗](…#:~:text=…)": opens the document scrolled to the quote, highlighted; to put after a
   * quote shown in full. Empty when the document is unknown.
   */
  link(citation: Citation): string {
    const doc = this.documents.get(citation.document);
    return doc === undefined ? '' : quoteLink(doc, citation.quote);
  }

  /** The cited documents in mark order, each with its link (for the Sources list's buttons). */
  sources(): SourceLink[] {
    return [...this.numbers.entries()].flatMap(([id, n]) => {
      const doc = this.documents.get(id);
      return doc === undefined
        ? []
        : [{ text: `[${n}] ${sourceLabel(doc, this.locale)}`, url: doc.url }];
    });
  }

  /** One line per document: "[1] Europol, “…”, 12 May 2023 — https://…". */
  lines(): string[] {
    return [...this.numbers.entries()].flatMap(([id, n]) => {
      const doc = this.documents.get(id);
      return doc === undefined ? [] : [`[${n}] ${describeSource(doc, this.locale)}`];
    });
  }

  /** The "Sources" field: its lines as text, and each document's link for a button. */
  sourcesField(name = MESSAGES[this.locale].sources): CardField {
    const lines = this.lines();
    return { name, value: lines.join('\n') || '—', sources: this.sources() };
  }
}
