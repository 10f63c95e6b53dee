import { altText, pictureName, type Picture } from './picture.ts';
import { svgToPng } from './png.ts';
import { svgDocument, svgText, textWidth, titleBlock, wrapText } from './svg.ts';

export interface ChartBar {
  /** What the bar stands for: an operation's name. */
  label: string;
  value: number;
  /** Where and when the figure holds: printed under its bar. */
  scope: string;
  /** "about", "at least", …; absent or "exact" prints the figure alone. */
  qualifier?: string;
}

export interface StatsChartInput {
  title: string;
  /** "count", "kg", "EUR", "USD", "percent", "days", or a word to print after each figure. */
  unit: string;
  /** In the order to draw them, first at the top (the caller ranks them). */
  bars: readonly ChartBar[];
  /** BCP 47 tag for the figures' format; English by default. */
  locale?: string;
  /** What the alt text calls the picture, in the reader's language; "Bar chart" by default. */
  kind?: string;
}

const WIDTH = 1000;
const PADDING = 24;
const BAR_HEIGHT = 24;
const LABEL_FONT = 15;
const SCOPE_FONT = 13;
const VALUE_FONT = 15;
export const BAR_COLOUR = '#0072b2';

/** "EUR 3,000,000" as "€3,000,000", "700 kg", "23". */
export function formatFigure(
  value: number,
  unit: string,
  locale = 'en',
  qualifier?: string,
): string {
  const number =
    unit === 'EUR' || unit === 'USD'
      ? new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: unit,
          maximumFractionDigits: 0,
        }).format(value)
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  const suffix =
    unit === 'count' || unit === 'EUR' || unit === 'USD' || unit === ''
      ? ''
      : unit === 'percent'
        ? ' %'
        : ` ${unit}`;
  const prefix =
    qualifier === undefined || qualifier === 'exact' || qualifier === '' ? '' : `${qualifier} `;
  return `${prefix}${number}${suffix}`;
}

/** A bar chart of ranked figures, each bar labelled with its figure and its scope. */
export function renderStatsChart(input: StatsChartInput): Picture {
  const locale = input.locale ?? 'en';
  const max = Math.max(0, ...input.bars.map((bar) => bar.value));
  const figures = input.bars.map((bar) =>
    formatFigure(bar.value, input.unit, locale, bar.qualifier),
  );
  const figureRoom = Math.max(0, ...figures.map((f) => textWidth(f, VALUE_FONT, 'bold'))) + 16;
  const barRoom = WIDTH - 2 * PADDING - figureRoom;
  const title = titleBlock(input.title, WIDTH - 2 * PADDING, PADDING);
  const body = title.svg;
  let y = title.bottom + 8;
  input.bars.forEach((bar, i) => {
    const label = wrapText(`${i + 1}. ${bar.label}`, WIDTH - 2 * PADDING, LABEL_FONT, 'bold');
    label.forEach((line, n) => {
      body.push(svgText(PADDING, y + 15 + n * 19, line, { size: LABEL_FONT, weight: 'bold' }));
    });
    y += label.length * 19 + 6;
    const length = max === 0 ? 0 : Math.max(2, (bar.value / max) * barRoom);
    body.push(
      `<rect x="${PADDING}" y="${y}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="${BAR_COLOUR}" rx="2"/>`,
      svgText(PADDING + length + 8, y + 17, figures[i] ?? '', { size: VALUE_FONT, weight: 'bold' }),
    );
    y += BAR_HEIGHT + 4;
    const scope = wrapText(bar.scope, WIDTH - 2 * PADDING, SCOPE_FONT);
    scope.forEach((line, n) => {
      body.push(svgText(PADDING, y + 14 + n * 17, line, { size: SCOPE_FONT, fill: '#555555' }));
    });
    y += scope.length * 17 + 18;
  });
  const height = Math.ceil(y + 4);
  const summary = input.bars
    .map((bar, i) => `${i + 1}. ${bar.label}: ${figures[i] ?? ''} (${bar.scope})`)
    .join('; ');
  return {
    name: pictureName('stats', input.title),
    description: altText(`${input.kind ?? 'Bar chart'}: ${input.title}. ${summary}.`),
    contentType: 'image/png',
    data: svgToPng(svgDocument(WIDTH, height, body)),
  };
}
