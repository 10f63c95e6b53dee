import type { TimelineEvent } from '../engine/timeline.ts';
import type { Documents } from '../engine/types.ts';
import { formatTextDate } from '../pictures/timeline.ts';
import type { Answer, CardField } from './answer.ts';
import { Footnotes } from './footnotes.ts';
import { INTL_TAG, type Locale } from './locale.ts';
import { escapeMarkdown } from './markdown.ts';
import { MESSAGES } from './messages.ts';

/** What a timeline shows, and how to rebuild it from a button. */
export interface TimelineSubject {
  /** "Sky ECC takedown …", "Serbia", "all operations". */
  title: string;
  /** The view state's key, e.g. `operation:sky-ecc-…`. */
  key: string;
  /**
   * Short names by operation id, put before each label when the timeline spans several
   * operations; absent for one operation's timeline.
   */
  prefixes?: ReadonlyMap<string, string>;
}

/** One event as every view shows it: its date in words, its label and its footnote mark. */
export interface TimelineEntry {
  event: TimelineEvent;
  date: string;
  label: string;
  mark: string;
}

/**
 * The events with their labels and footnote marks, numbered in order of first use: the card,
 * the quotes view and the picture all number the same way.
 */
export function timelineEntries(
  events: readonly TimelineEvent[],
  subject: TimelineSubject,
  notes: Footnotes,
  locale: Locale = 'en',
): TimelineEntry[] {
  return events.map((event) => {
    const prefix = subject.prefixes?.get(event.operation);
    return {
      event,
      date: formatTextDate(event.date, INTL_TAG[locale]),
      label: prefix === undefined ? event.label : `${prefix}: ${event.label}`,
      mark: notes.mark(event.citation),
    };
  });
}

function yearOf(event: TimelineEvent): string {
  const date = event.date;
  return (date.precision === 'range' ? date.start : date.value).slice(0, 4);
}

/** The dated events in order, grouped by year, each with its date and citation. */
export function timelineCard(
  events: readonly TimelineEvent[],
  subject: TimelineSubject,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const byYear = new Map<string, string[]>();
  for (const entry of timelineEntries(events, subject, notes, locale)) {
    const year = yearOf(entry.event);
    const line = `• **${entry.date}** — ${escapeMarkdown(entry.label)} ${entry.mark}`;
    byYear.set(year, [...(byYear.get(year) ?? []), line]);
  }
  const fields: CardField[] = [...byYear].map(([year, lines]) => ({
    name: year,
    value: lines.join('\n'),
  }));
  fields.push({ name: t.sources, value: notes.lines().join('\n') });
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: t.timeline.title(subject.title),
      description: t.timeline.description(events.length),
      fields,
      footer: t.timeline.footer,
    },
    citations: notes.citations,
    state: { command: 'timeline', key: subject.key, view: 'card' },
    otherViews: [{ view: 'quotes', label: t.showQuotes }],
    locale,
  };
}

/** The same events, each with the verbatim sentence of its source that dates it. */
export function timelineQuotes(
  events: readonly TimelineEvent[],
  subject: TimelineSubject,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const fields: CardField[] = timelineEntries(events, subject, notes, locale).map((entry) => ({
    name: `${entry.date} — ${entry.label} ${entry.mark}`,
    value: `> ${escapeMarkdown(entry.event.citation.quote.replace(/\s*\n\s*/g, ' '))}`,
  }));
  fields.push({ name: t.sources, value: notes.lines().join('\n') });
  return {
    ok: true,
    ephemeral: false,
    card: { title: t.timeline.quotesTitle(subject.title), fields },
    citations: notes.citations,
    state: { command: 'timeline', key: subject.key, view: 'quotes' },
    otherViews: [{ view: 'card', label: t.timeline.showEvents }],
    locale,
  };
}
