import type { Documents, PassageHit } from '../engine/types.ts';
import { tokenize } from '../text/normalize.ts';
import type { Answer, CardField } from './answer.ts';
import { formatIsoDate } from './dates.ts';
import { quoteLink } from './footnotes.ts';
import { languageName } from './intl.ts';
import type { Locale } from './locale.ts';
import { escapeMarkdown, escapeUserText } from './markdown.ts';
import { MESSAGES } from './messages.ts';

const SNIPPET = 360;
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

interface Span {
  start: number;
  end: number;
}

/** The words of the passage's text that matched, as offsets into it. */
function matchedSpans(text: string, matched: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    if (tokenize(m[0]).some((t) => matched.has(t))) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

/** A window of the passage's text around its first match, on word boundaries. */
function snippetWindow(text: string, spans: Span[]): Span {
  if (text.length <= SNIPPET) return { start: 0, end: text.length };
  const first = spans[0]?.start ?? 0;
  let from = Math.max(0, first - SNIPPET / 3);
  let to = Math.min(text.length, from + SNIPPET);
  from = Math.max(0, to - SNIPPET);
  while (from > 0 && /\S/.test(text.charAt(from - 1))) from -= 1;
  while (to < text.length && /\S/.test(text.charAt(to))) to += 1;
  return { start: from, end: to };
}

function highlight(text: string, window: Span, spans: Span[]): string {
  let out = '';
  let at = window.start;
  for (const span of spans) {
    if (span.start < window.start || span.end > window.end) continue;
    out +=
      escapeMarkdown(text.slice(at, span.start)) +
      `**${escapeMarkdown(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  out += escapeMarkdown(text.slice(at, window.end));
  const shown = out.replace(/\s*\n\s*/g, ' ').trim();
  return `${window.start > 0 ? '…' : ''}${shown}${window.end < text.length ? '…' : ''}`;
}

/** The passages found, best first, each with its matches in bold and its source. */
export function searchResults(
  query: string,
  hits: PassageHit[],
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const fields: CardField[] = [];
  const citations = hits.flatMap((hit, i) => {
    const doc = documents.get(hit.passage.document);
    if (doc === undefined) return [];
    // The passage's own bytes, decoded once: a stored document's `text` is its whole text, from
    // the store's LRU of decoded documents or decoded anew when a reply's documents overflow it.
    const { text } = hit.passage;
    const spans = matchedSpans(text, new Set(hit.matched));
    const window = snippetWindow(text, spans);
    const quote = text.slice(window.start, window.end);
    const date = doc.published === undefined ? t.dateUnknown : formatIsoDate(doc.published, locale);
    // The language is worth a note only where it is not the reader's own.
    const language =
      doc.language === 'en' || doc.language === locale
        ? ''
        : ` · ${t.search.inLanguage(languageName(doc.language, locale))}`;
    fields.push({
      name: `${i + 1}. ${doc.publisher} — ${doc.title}`,
      value: `${highlight(text, window, spans)} ${quoteLink(doc, quote)}\n_${date}${language}_ · ${doc.url}`,
    });
    return [
      {
        document: doc.id,
        quote,
        start: hit.passage.start + window.start,
        end: hit.passage.start + window.end,
      },
    ];
  });
  return {
    ok: true,
    ephemeral: false,
    card: { title: t.search.title(escapeUserText(query)), fields },
    citations,
    locale,
  };
}
