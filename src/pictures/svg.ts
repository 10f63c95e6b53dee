import { FONT_FAMILY } from './png.ts';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** DejaVu Sans averages about 0.55 em a character in running text: enough to wrap and place text. */
const AVERAGE_ADVANCE = 0.56;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function textWidth(text: string, fontSize: number): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count * fontSize * AVERAGE_ADVANCE;
}

/** Greedy word wrap to `width` pixels; a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > width) {
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

export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const attributes = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${style.size}"`,
    `fill="${style.fill ?? '#1a1a1a'}"`,
    style.weight === undefined ? '' : `font-weight="${style.weight}"`,
    style.anchor === undefined ? '' : `text-anchor="${style.anchor}"`,
    style.halo === true
      ? 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
      : '',
  ].filter((a) => a !== '');
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
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
  const lines = wrapText(title, width, TITLE_FONT);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown[maxLines - 1] = `${shown[maxLines - 1] ?? ''}…`;
  return {
    svg: shown.map((line, i) =>
      svgText(x, 36 + i * TITLE_LINE, line, { size: TITLE_FONT, weight: 'bold' }),
    ),
    bottom: 36 + (shown.length - 1) * TITLE_LINE + 20,
  };
}
