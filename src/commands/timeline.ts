import { getCountry, type Country } from '../corpus/countries.ts';
import type { Operation } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import { timelineEvents, type TimelineEvent, type TimelineFilter } from '../engine/timeline.ts';
import { defineCommand } from '../interactions/command.ts';
import { renderTimeline } from '../pictures/timeline.ts';
import type { Answer } from '../render/answer.ts';
import { Footnotes } from '../render/footnotes.ts';
import { LIMITS } from '../render/limits.ts';
import { INTL_TAG, type Locale } from '../render/locale.ts';
import { MESSAGES } from '../render/messages.ts';
import { problemAnswer } from '../render/problems.ts';
import { shortName } from '../render/shortName.ts';
import {
  timelineCard,
  timelineEntries,
  timelineQuotes,
  type TimelineSubject,
} from '../render/timelineCard.ts';
import { cachedPicture } from './pictures.ts';
import { countryChoices, nameOfCountry, resolveCountry, resolveOperation } from './resolve.ts';

/** What a timeline is of: one operation, the operations naming a country, both, or all. */
interface Selection {
  operation?: Operation;
  country?: Country;
}

// The view key: `all`, `op:<id>`, `country:<code>` or both joined by `+`, so a button or a
// pick rebuilds the same timeline.
function keyOf({ operation, country }: Selection): string {
  const parts = [
    ...(operation === undefined ? [] : [`op:${operation.id}`]),
    ...(country === undefined ? [] : [`country:${country.code}`]),
  ];
  return parts.length === 0 ? 'all' : parts.join('+');
}

function selectionOf(engine: Engine, key: string): Selection | undefined {
  if (key === 'all') return {};
  const selection: Selection = {};
  for (const part of key.split('+')) {
    const [kind, value = ''] = part.split(/:(.*)/s);
    if (kind === 'op') {
      const operation = engine.getOperation(value);
      if (operation === undefined) return undefined;
      selection.operation = operation;
    } else {
      const country = kind === 'country' ? getCountry(value) : undefined;
      if (country === undefined) return undefined;
      selection.country = country;
    }
  }
  return selection;
}

function subjectOf(engine: Engine, selection: Selection, locale: Locale): TimelineSubject {
  const { operation, country } = selection;
  const title =
    operation !== undefined && country !== undefined
      ? `${operation.name}, ${nameOfCountry(country, locale)}`
      : (operation?.name ??
        (country === undefined ? undefined : nameOfCountry(country, locale)) ??
        MESSAGES[locale].allOperations);
  const subject = { title, key: keyOf(selection) };
  // One operation's events need no name before them; several operations' do.
  if (operation !== undefined) return subject;
  const prefixes = new Map(engine.corpus.operations.map((op) => [op.id, shortName(op)]));
  return { ...subject, prefixes };
}

function filterOf({ operation, country }: Selection): TimelineFilter {
  return {
    ...(operation === undefined ? {} : { operation: operation.id }),
    ...(country === undefined ? {} : { country: country.code }),
  };
}

// Finding the dates in every cited sentence takes milliseconds: once per engine and selection.
const eventsByEngine = new WeakMap<Engine, Map<string, TimelineEvent[]>>();

function eventsOf(engine: Engine, selection: Selection): TimelineEvent[] {
  let byKey = eventsByEngine.get(engine);
  if (byKey === undefined) {
    byKey = new Map();
    eventsByEngine.set(engine, byKey);
  }
  const key = keyOf(selection);
  let events = byKey.get(key);
  if (events === undefined) {
    events = timelineEvents(engine.corpus, filterOf(selection));
    byKey.set(key, events);
  }
  return events;
}

/** The timeline's card (or its quotes), with the picture of the events attached. */
function timeline(
  engine: Engine,
  selection: Selection,
  view: 'card' | 'quotes',
  locale: Locale,
): Answer {
  const events = eventsOf(engine, selection);
  const subject = subjectOf(engine, selection, locale);
  if (events.length === 0) {
    return problemAnswer({ kind: 'no-events', subject: subject.title }, locale);
  }
  const documents = engine.corpus.documents;
  if (view === 'quotes') return timelineQuotes(events, subject, documents, locale);
  // The picture's title and dates are in the reader's language: one picture per language.
  const picture = cachedPicture(engine, 'timeline', `${locale}:${subject.key}`, () => {
    const entries = timelineEntries(events, subject, new Footnotes(documents, locale), locale);
    return renderTimeline({
      title: subject.title,
      locale: INTL_TAG[locale],
      kind: MESSAGES[locale].map.timeline,
      events: entries.map((entry) => ({
        date: entry.event.date,
        label: entry.label,
        citationMark: entry.mark,
      })),
    });
  });
  return { ...timelineCard(events, subject, documents, locale), files: [picture] };
}

export const timelineCommand = defineCommand({
  name: 'timeline',
  description: {
    en: 'The dated events of the sources in order, each cited, with a picture',
    nl: 'De gedateerde gebeurtenissen uit de bronnen op volgorde, elk met bron, met een afbeelding',
    hr: 'Datirani događaji iz izvora redom, svaki citiran, sa slikom',
  },
  options: {
    operation: {
      type: 'string',
      localizedName: { nl: 'operatie', hr: 'operacija' },
      description: {
        en: 'Only this operation, e.g. sky-ecc, Theseus',
        nl: 'Alleen deze operatie, bijv. sky-ecc, Theseus',
        hr: 'Samo ova operacija, npr. sky-ecc, Theseus',
      },
      required: false,
      maxLength: 200,
      autocomplete: true,
    },
    country: {
      type: 'string',
      localizedName: { nl: 'land', hr: 'drzava' },
      description: {
        en: 'Only operations naming this country, e.g. Serbia, Srbija, XK',
        nl: 'Alleen operaties die dit land noemen, bijv. Servië, Srbija, XK',
        hr: 'Samo operacije koje navode ovu državu, npr. Srbija, XK',
      },
      required: false,
      maxLength: 100,
      autocomplete: true,
    },
  },
  example: '/timeline operation:sky-ecc',
  run({ engine, locale }, options) {
    const selection: Selection = {};
    // The country first: picking among ambiguous operations keeps it.
    if (options.country !== undefined) {
      const found = resolveCountry(engine, options.country, locale);
      if (found.kind === 'problem') return found.answer;
      selection.country = found.value;
    }
    if (options.operation !== undefined) {
      const found = resolveOperation(engine, options.operation, locale, {
        view: { command: 'timeline', view: 'card' },
        keyOf: (op) => keyOf({ ...selection, operation: op }),
      });
      if (found.kind === 'problem') return found.answer;
      selection.operation = found.value;
    }
    return timeline(engine, selection, 'card', locale);
  },
  autocomplete(ctx, option, value) {
    const { engine } = ctx;
    return option === 'country'
      ? countryChoices(ctx, value)
      : engine.completeOperations(value, LIMITS.choices);
  },
  view({ engine, locale }, state) {
    const selection = selectionOf(engine, state.key);
    if (selection === undefined) return undefined;
    return timeline(engine, selection, state.view === 'quotes' ? 'quotes' : 'card', locale);
  },
});
