import type { Citation, Corpus, Fact, LoadedDate, Operation } from '../corpus/types.ts';
import { sentenceAround } from './sentences.ts';
import { dateSortKey, datesInText, type FoundDate, type TextDate } from './textDates.ts';

export type { TextDate };

export interface TimelineEvent {
  date: TextDate;
  /** What happened, in a few words: the operation's name, a figure, or the source's own words. */
  label: string;
  /** The operation the event belongs to. */
  operation: string;
  /** `operation`: the operation's own date; `figure`: a fact's; `statement`: another cited sentence. */
  kind: 'operation' | 'figure' | 'statement';
  /** Verbatim text of the source that states the date (or, for `operation`, the curated date's quote). */
  citation: Citation;
}

/** An operation by id, or the operations that name a country (ISO code) in any role. */
export interface TimelineFilter {
  operation?: string;
  country?: string;
}

const STATEMENT_WORDS = 10;

function operationDate(date: LoadedDate): TextDate | undefined {
  switch (date.precision) {
    case 'day':
    case 'month':
      return { precision: date.precision, value: date.value };
    case 'range':
      return { precision: 'range', start: date.start, end: date.end };
    case 'unknown':
      return undefined;
  }
}

function sameDate(a: TextDate, b: TextDate): boolean {
  return a.precision === 'range' || b.precision === 'range'
    ? a.precision === b.precision && dateSortKey(a) === dateSortKey(b)
    : a.value === b.value;
}

function figureLabel(fact: Fact): string {
  const qualifier = fact.qualifier === 'exact' ? '' : `${fact.qualifier} `;
  const unit = fact.unit === 'count' ? '' : ` ${fact.unit}`;
  const figure =
    fact.value === undefined ? '' : `${qualifier}${fact.value.toLocaleString('en')}${unit} `;
  return `${figure}${fact.label} — ${fact.scope}`;
}

/** The last few words of the date's clause: "…platform Sky ECC, taken down by in March 2021". */
function statementLabel(sentence: string, found: FoundDate): string {
  const clauseEnd = sentence.slice(found.end).search(/[,;:.!?]/);
  const end = clauseEnd === -1 ? sentence.length : found.end + clauseEnd;
  const words = sentence.slice(0, end).trim().split(/\s+/);
  const kept = words.slice(-STATEMENT_WORDS).join(' ');
  return words.length > STATEMENT_WORDS ? `…${kept}` : kept;
}

interface Cited {
  citation: Citation;
  fact?: Fact;
}

/** Every cited place of an operation: its figures first (their labels say most), then the rest. */
function citedPlaces(operation: Operation): Cited[] {
  return [
    ...operation.facts.map((fact) => ({ citation: fact.citation, fact })),
    ...(operation.lead === undefined ? [] : [{ citation: operation.lead.citation }]),
    ...operation.bodies.map((body) => ({ citation: body.citation })),
    ...operation.countries.map((country) => ({ citation: country.citation })),
  ];
}

function eventsOf(corpus: Corpus, operation: Operation): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const ownDate = operationDate(operation.date);
  if (ownDate !== undefined && operation.date.precision !== 'unknown') {
    events.push({
      date: ownDate,
      label: operation.name,
      operation: operation.id,
      kind: 'operation',
      citation: operation.date.citation,
    });
  }
  // One event per date a sentence states; a figure whose own quote holds the date speaks for it.
  const candidates: { key: string; rank: number; event: TimelineEvent }[] = [];
  for (const { citation, fact } of citedPlaces(operation)) {
    const text = corpus.documents.get(citation.document)?.text;
    if (text === undefined) continue;
    // A quote that ends with its sentence's full stop: look from inside it, or sentenceAround
    // would run on into the next sentence.
    const span = sentenceAround(
      text,
      citation.start,
      Math.max(citation.start + 1, citation.end - 1),
    );
    const sentence = text.slice(span.start, span.end);
    for (const found of datesInText(sentence)) {
      if (ownDate !== undefined && sameDate(found.date, ownDate)) continue;
      const inQuote =
        span.start + found.start >= citation.start && span.start + found.end <= citation.end;
      candidates.push({
        key: `${citation.document}:${span.start}:${dateSortKey(found.date)}`,
        rank: (inQuote ? 0 : 2) + (fact === undefined ? 1 : 0),
        event: {
          date: found.date,
          label: fact === undefined ? statementLabel(sentence, found) : figureLabel(fact),
          operation: operation.id,
          kind: fact === undefined ? 'statement' : 'figure',
          citation: inQuote
            ? citation
            : { document: citation.document, quote: sentence, start: span.start, end: span.end },
        },
      });
    }
  }
  const kept = new Map<string, TimelineEvent>();
  for (const { key, event } of candidates.sort((a, b) => a.rank - b.rank)) {
    if (!kept.has(key)) kept.set(key, event);
  }
  return [...events, ...kept.values()];
}

function namesCountry(operation: Operation, code: string): boolean {
  return operation.lead?.country === code || operation.countries.some((c) => c.code === code);
}

/**
 * The dated events of the operations' sources, oldest first: each operation's own date, and every
 * date stated in the sentences its figures, bodies and countries cite ("arrested in Belgium in
 * 2021", "taken down in March 2021"), at the precision the text gives. Background figures are
 * trends, not events, and are left out.
 */
export function timelineEvents(corpus: Corpus, filter: TimelineFilter = {}): TimelineEvent[] {
  const { operation, country } = filter;
  const operations = corpus.operations.filter(
    (op) =>
      (operation === undefined || op.id === operation) &&
      (country === undefined || namesCountry(op, country)),
  );
  return operations
    .flatMap((op) => eventsOf(corpus, op))
    .map((event, order) => ({ event, order }))
    .sort(
      (a, b) =>
        dateSortKey(a.event.date).localeCompare(dateSortKey(b.event.date)) || a.order - b.order,
    )
    .map(({ event }) => event);
}
