import { advanceWidth, textPath } from './glyphs.ts';

/** The text's width in pixels: the font's own advances, so wrapping and placing are exact. */
export function textWidth(text: string, fontSize: number, weight?: 'bold'): number {
  return advanceWidth(text, fontSize, weight ?? 'regular');
}

/** Greedy word wrap to `width` pixels; a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, fontSize: number, weight?: 'bold'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface TextStyle {
  size: number;
  fill?: string;
  weight?: 'bold';
  anchor?: 'start' | 'middle' | 'end';
  /** A white outline behind the glyphs, for text drawn over a map. */
  halo?: boolean;
}

/** Text as outlines (see glyphs.ts), placed like SVG text: baseline at y, anchored at x. */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const weight = style.weight ?? 'regular';
  const width =
    style.anchor === undefined || style.anchor === 'start'
      ? 0
      : textWidth(text, style.size, style.weight);
  const left = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
  const fill = `fill="${style.fill ?? '#1a1a1a'}"`;
  return style.halo === true
    ? textPath(
        left,
        y,
        text,
        style.size,
        weight,
        `${fill} stroke="#ffffff" stroke-linejoin="round" paint-order="stroke"`,
        3,
      )
    : textPath(left, y, text, style.size, weight, fill);
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

const TITLE_FONT = 22;
const TITLE_LINE = 28;

/** The title in bold, wrapped to `maxLines` at most; `bottom` is where the content may start. */
export function titleBlock(
  title: string,
  width: number,
  x: number,
  maxLines = 2,
): { svg: string[]; bottom: number } {
  const lines = wrapText(title, width, TITLE_FONT, 'bold');
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown[maxLines - 1] = `${shown[maxLines - 1] ?? ''}…`;
  return {
    svg: shown.map((line, i) =>
      svgText(x, 36 + i * TITLE_LINE, line, { size: TITLE_FONT, weight: 'bold' }),
    ),
    bottom: 36 + (shown.length - 1) * TITLE_LINE + 20,
  };
}
