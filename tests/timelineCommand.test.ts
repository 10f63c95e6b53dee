import { describe, expect, it } from 'vitest';
import { dateSortKey } from '../src/engine/textDates.ts';
import { timelineEvents } from '../src/engine/timeline.ts';
import { encodeCustomId } from '../src/interactions/customId.ts';
import { DOT_COLOUR, formatTextDate, TIMELINE_AXIS_X } from '../src/pictures/timeline.ts';
import { buttonReply, commandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';
import { DecodedPng } from './helpers/png.ts';

function dotsOnAxis(png: DecodedPng): number {
  let dots = 0;
  let inDot = false;
  for (let y = 0; y < png.height; y += 1) {
    const on = png.hexAt(TIMELINE_AXIS_X, y) === DOT_COLOUR;
    if (on && !inDot) dots += 1;
    inDot = on;
  }
  return dots;
}

/** The card's text, every field in order. */
function cardText(reply: ReturnType<typeof commandReply>): string {
  const card = reply.answer.card;
  return [
    card?.description ?? '',
    ...(card?.fields ?? []).map((f) => `${f.name}\n${f.value}`),
  ].join('\n');
}

describe('/timeline', () => {
  const corpus = realCorpus();
  const dispatcher = realDispatcher();
  // The operation whose sources date the most events.
  const busiest = corpus.operations
    .map((operation) => ({
      operation,
      events: timelineEvents(corpus, { operation: operation.id }),
    }))
    .reduce((a, b) => (b.events.length > a.events.length ? b : a));

  it("lists one operation's events oldest first, each cited verbatim, with the picture", () => {
    const { operation, events } = busiest;
    expect(events.length).toBeGreaterThan(1);
    const reply = commandReply(dispatcher, 'timeline', { operation: operation.name });
    expect(reply.ok).toBe(true);
    const text = cardText(reply);
    // Every event's date appears, in date order.
    const positions = events.map((event) => text.indexOf(`**${formatTextDate(event.date)}**`));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const keys = events.map((event) => dateSortKey(event.date));
    expect([...keys].sort()).toEqual(keys);
    // Each event is cited: every citation stands verbatim in its document.
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const event of events) {
      const document = corpus.documents.get(event.citation.document);
      expect(document?.text.slice(event.citation.start, event.citation.end)).toBe(
        event.citation.quote,
      );
      expect(reply.citations.map((c) => c.quote)).toContain(event.citation.quote);
    }
    const [picture] = reply.answer.files ?? [];
    expect(picture?.contentType).toBe('image/png');
    if (picture === undefined) return;
    expect(dotsOnAxis(new DecodedPng(picture.data))).toBe(events.length);
    for (const event of events) expect(picture.description).toContain(event.label);
  });

  it('shows every dating sentence verbatim behind “Show quotes”', () => {
    const { operation, events } = busiest;
    const quotes = buttonReply(
      dispatcher,
      encodeCustomId({ command: 'timeline', key: `op:${operation.id}`, view: 'quotes' }, 0),
    );
    expect(quotes.ok).toBe(true);
    const fields = quotes.answer.card?.fields ?? [];
    for (const event of events) {
      const flat = event.citation.quote.replace(/\s*\n\s*/g, ' ');
      expect(fields.some((f) => f.value.replace(/\\/g, '').includes(flat))).toBe(true);
    }
  });

  it('with no option spans every operation, each event named by its operation', () => {
    const events = timelineEvents(corpus);
    const operations = new Set(events.map((event) => event.operation));
    expect(operations.size).toBeGreaterThan(1);
    const reply = commandReply(dispatcher, 'timeline');
    const text = cardText(reply);
    for (const id of operations) {
      const operation = corpus.operations.find((op) => op.id === id);
      expect(text).toContain(`${operation?.aliases[0] ?? operation?.name ?? ''}: `);
    }
    const [picture] = reply.answer.files ?? [];
    expect(picture === undefined ? 0 : dotsOnAxis(new DecodedPng(picture.data))).toBe(
      events.length,
    );
  });

  it("keeps a country's timeline to the operations naming it", () => {
    // The country named by the fewest operations that still have dated events.
    const codes = [...new Set(corpus.operations.flatMap((op) => op.countries.map((c) => c.code)))];
    const [code, events] = codes
      .map((c) => [c, timelineEvents(corpus, { country: c })] as const)
      .filter(([, list]) => list.length > 0)
      .reduce((a, b) => (b[1].length < a[1].length ? b : a));
    const reply = commandReply(dispatcher, 'timeline', { country: code });
    expect(reply.ok).toBe(true);
    expect(reply.answer.card?.description).toContain(`${events.length} dated event`);
    for (const event of events) {
      const operation = corpus.operations.find((op) => op.id === event.operation);
      expect(operation?.countries.some((c) => c.code === code)).toBe(true);
    }
    const [picture] = reply.answer.files ?? [];
    expect(picture === undefined ? 0 : dotsOnAxis(new DecodedPng(picture.data))).toBe(
      events.length,
    );
  });

  it('says so for a country no source dates, an unknown name, and offers a pick for an ambiguous one', () => {
    const unnamed = commandReply(dispatcher, 'timeline', { country: 'Japan' });
    expect(unnamed.ok).toBe(false);
    expect(unnamed.answer.content).toContain('date no event');
    const unknown = commandReply(dispatcher, 'timeline', { operation: 'zzqx operation' });
    expect(unknown.ok).toBe(false);
    const umbrella = corpus.operations.find((op) => op.umbrella !== undefined)?.umbrella ?? '';
    const ambiguous = commandReply(dispatcher, 'timeline', { operation: umbrella });
    expect(ambiguous.ok).toBe(false);
    const options = ambiguous.answer.pick?.options ?? [];
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(option.value).toMatch(/^op:/);
  });
});
