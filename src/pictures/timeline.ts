import type { TextDate } from '../engine/textDates.ts';
import { altText, pictureName, type Picture } from './picture.ts';
import { svgToPng } from './png.ts';
import { svgDocument, svgText, titleBlock, wrapText } from './svg.ts';

export interface TimelinePictureEvent {
  date: TextDate;
  label: string;
  /** The footnote mark of the event's citation: "[1]". */
  citationMark: string;
}

export interface TimelineInput {
  title: string;
  /** Oldest first, as `timelineEvents` returns them. */
  events: readonly TimelinePictureEvent[];
  /** BCP 47 tag for the dates' format; British English ("8 May 2023") by default. */
  locale?: string;
  /** What the alt text calls the picture, in the reader's language; "Timeline" by default. */
  kind?: string;
}

const WIDTH = 1000;
const PADDING = 24;
export const TIMELINE_AXIS_X = 230;
const AXIS_X = TIMELINE_AXIS_X;
const TEXT_X = AXIS_X + 22;
const FONT = 15;
const LINE = 20;
const ROW_GAP = 16;
export const DOT_COLOUR = '#0072b2';

function parts(value: string): [number, number, number] {
  const [year = '1970', month = '1', day = '1'] = value.split('-');
  return [Number(year), Number(month), Number(day)];
}

function precisionOf(value: string): 'day' | 'month' | 'year' {
  const count = value.split('-').length;
  return count === 3 ? 'day' : count === 2 ? 'month' : 'year';
}

const FORMATS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

function asDate(value: string): Date {
  const [year, month, day] = parts(value);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A date at exactly the precision the source gives: "11 May 2023", "March 2021", "2020",
 * "3–7 October 2023"; in the reader's language through Intl.
 */
export function formatTextDate(date: TextDate, locale = 'en-GB'): string {
  if (date.precision !== 'range') {
    return new Intl.DateTimeFormat(locale, FORMATS[date.precision]).format(asDate(date.value));
  }
  const startPrecision = precisionOf(date.start);
  const endPrecision = precisionOf(date.end);
  if (startPrecision === endPrecision) {
    return new Intl.DateTimeFormat(locale, FORMATS[startPrecision]).formatRange(
      asDate(date.start),
      asDate(date.end),
    );
  }
  const start = new Intl.DateTimeFormat(locale, FORMATS[startPrecision]).format(asDate(date.start));
  const end = new Intl.DateTimeFormat(locale, FORMATS[endPrecision]).format(asDate(date.end));
  return `${start} – ${end}`;
}

/** The dated events in order down a line, each dot with its date, its label and its citation. */
export function renderTimeline(input: TimelineInput): Picture {
  const locale = input.locale ?? 'en-GB';
  const title = titleBlock(input.title, WIDTH - 2 * PADDING, PADDING);
  const body = title.svg;
  const rows: string[] = [];
  const dots: string[] = [];
  let y = title.bottom + 28;
  const first = y;
  let last = y;
  for (const event of input.events) {
    const date = formatTextDate(event.date, locale);
    const lines = wrapText(`${event.label} ${event.citationMark}`, WIDTH - TEXT_X - PADDING, FONT);
    const dates = wrapText(date, AXIS_X - PADDING - 22, FONT, 'bold');
    dates.forEach((line, n) => {
      rows.push(
        svgText(AXIS_X - 20, y + 5 + n * LINE, line, { size: FONT, weight: 'bold', anchor: 'end' }),
      );
    });
    lines.forEach((line, n) => rows.push(svgText(TEXT_X, y + 5 + n * LINE, line, { size: FONT })));
    // A range is a bar along the line; a day, month or year a dot.
    dots.push(
      event.date.precision === 'range'
        ? `<rect x="${AXIS_X - 5}" y="${y - 9}" width="10" height="20" rx="5" fill="${DOT_COLOUR}" stroke="#ffffff" stroke-width="2"/>`
        : `<circle cx="${AXIS_X}" cy="${y}" r="7" fill="${DOT_COLOUR}" stroke="#ffffff" stroke-width="2"/>`,
    );
    last = y;
    y += Math.max(lines.length, dates.length) * LINE + ROW_GAP;
  }
  const axis =
    input.events.length > 1
      ? [
          `<line x1="${AXIS_X}" y1="${first}" x2="${AXIS_X}" y2="${last}" stroke="#9a9a9a" stroke-width="3"/>`,
        ]
      : [];
  const height = Math.ceil(y + 8);
  const summary = input.events
    .map((event) => `${formatTextDate(event.date, locale)}: ${event.label} ${event.citationMark}`)
    .join('; ');
  return {
    name: pictureName('timeline', input.title),
    description: altText(`${input.kind ?? 'Timeline'}: ${input.title}. ${summary}.`),
    contentType: 'image/png',
    data: svgToPng(svgDocument(WIDTH, height, [...body, ...axis, ...dots, ...rows])),
  };
}
