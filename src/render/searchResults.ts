import type { SourceDocument } from '../corpus/types.ts';
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

/** The words of [start, end) of `text` that matched, as offsets into `text`. */
function matchedSpans(text: string, { start, end }: Span, matched: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(start, end).matchAll(WORD)) {
    if (tokenize(m[0]).some((t) => matched.has(t))) {
      spans.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return spans;
}

/** A window of the passage around its first match, on word boundaries. */
function snippetWindow(doc: SourceDocument, hit: PassageHit, spans: Span[]): Span {
  const { start, end } = hit.passage;
  if (end - start <= SNIPPET) return { start, end };
  const first = spans[0]?.start ?? start;
  let from = Math.max(start, first - SNIPPET / 3);
  let to = Math.min(end, from + SNIPPET);
  from = Math.max(start, to - SNIPPET);
  while (from > start && /\S/.test(doc.text.charAt(from - 1))) from -= 1;
  while (to < end && /\S/.test(doc.text.charAt(to))) to += 1;
  return { start: from, end: to };
}

function highlight(doc: SourceDocument, passage: Span, window: Span, spans: Span[]): string {
  let out = '';
  let at = window.start;
  for (const span of spans) {
    if (span.start < window.start || span.end > window.end) continue;
    out +=
      escapeMarkdown(doc.text.slice(at, span.start)) +
      `**${escapeMarkdown(doc.text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  out += escapeMarkdown(doc.text.slice(at, window.end));
  const text = out.replace(/\s*\n\s*/g, ' ').trim();
  return `${window.start > passage.start ? '…' : ''}${text}${window.end < passage.end ? '…' : ''}`;
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
    const spans = matchedSpans(doc.text, hit.passage, new Set(hit.matched));
    const window = snippetWindow(doc, hit, spans);
    const date = doc.published === undefined ? t.dateUnknown : formatIsoDate(doc.published, locale);
    // The language is worth a note only where it is not the reader's own.
    const language =
      doc.language === 'en' || doc.language === locale
        ? ''
        : ` · ${t.search.inLanguage(languageName(doc.language, locale))}`;
    fields.push({
      name: `${i + 1}. ${doc.publisher} — ${doc.title}`,
      value: `${highlight(doc, hit.passage, window, spans)} ${quoteLink(doc, doc.text.slice(window.start, window.end))}\n_${date}${language}_ · ${doc.url}`,
    });
    return [
      {
        document: doc.id,
        quote: doc.text.slice(window.start, window.end),
        start: window.start,
        end: window.end,
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
