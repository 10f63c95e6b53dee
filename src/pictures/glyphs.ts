import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font, PathCommand } from 'opentype.js';

/**
 * Text drawn as outlines of the bundled DejaVu Sans, so resvg never lays out text: it read the
 * font file again for every glyph (about 0.07 ms each, most of a map's parse time), and its
 * output depended on which fonts it found. The font ships in an npm package, so č, ć, š, ž, ë and
 * Cyrillic look the same on a machine with no fonts at all. Outlines are kept per character.
 */

export type FontWeight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const FONT_FILES: Record<FontWeight, string> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

interface Glyph {
  /** Advance in font units. */
  advance: number;
  /** The first point of the outline (font units, y up); undefined for blank glyphs. */
  start: [number, number] | undefined;
  /** The rest of the outline in relative commands, so it can follow any start point. */
  rest: string;
}

interface LoadedFont {
  font: Font;
  glyphs: Map<string, Glyph>;
}

const fonts = new Map<FontWeight, LoadedFont>();

function loaded(weight: FontWeight): LoadedFont {
  let entry = fonts.get(weight);
  if (entry === undefined) {
    const bytes = readFileSync(FONT_FILES[weight]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // Loaded on the first picture, not at start (about 80 ms and 17 MB of a bot that may
    // never draw one). lowMemory: glyphs are parsed when first asked for, not all ~6,000.
    const opentype = require('opentype.js') as typeof import('opentype.js');
    entry = { font: opentype.parse(buffer, { lowMemory: true }), glyphs: new Map() };
    fonts.set(weight, entry);
  }
  return entry;
}

const round = (n: number): number => Math.round(n);

/** The outline as one absolute start point and relative commands after it. */
function relativeOutline(commands: readonly PathCommand[]): Pick<Glyph, 'start' | 'rest'> {
  let start: [number, number] | undefined;
  const parts: string[] = [];
  // Current point and subpath start, in the rounded units written out, so errors never add up.
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const command of commands) {
    if (command.type === 'Z') {
      parts.push('z');
      cx = sx;
      cy = sy;
      continue;
    }
    const x = round(command.x);
    const y = round(command.y);
    if (command.type === 'M') {
      if (start === undefined) start = [x, y];
      else parts.push(`m${x - cx} ${y - cy}`);
      sx = x;
      sy = y;
    } else if (command.type === 'L') {
      parts.push(`l${x - cx} ${y - cy}`);
    } else if (command.type === 'Q') {
      parts.push(`q${round(command.x1) - cx} ${round(command.y1) - cy} ${x - cx} ${y - cy}`);
    } else {
      parts.push(
        `c${round(command.x1) - cx} ${round(command.y1) - cy} ${round(command.x2) - cx} ${round(command.y2) - cy} ${x - cx} ${y - cy}`,
      );
    }
    cx = x;
    cy = y;
  }
  return { start, rest: parts.join('') };
}

function glyphOf(entry: LoadedFont, char: string): Glyph {
  let glyph = entry.glyphs.get(char);
  if (glyph === undefined) {
    const source = entry.font.charToGlyph(char);
    glyph = { advance: source.advanceWidth ?? 0, ...relativeOutline(source.path.commands) };
    entry.glyphs.set(char, glyph);
  }
  return glyph;
}

/**
 * NFC first, so a letter typed with a combining accent finds its precomposed glyph. Iterated
 * by code point: the font's character map is keyed by code point.
 */
function characters(text: string): string {
  return text.normalize('NFC');
}

/** The text's advance width in pixels at `size`. */
export function advanceWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const entry = loaded(weight);
  let units = 0;
  for (const char of characters(text)) units += glyphOf(entry, char).advance;
  return (units * size) / entry.font.unitsPerEm;
}

/** The text's outlines as path data in font units (y up), the pen starting at 0. */
function outlineData(entry: LoadedFont, text: string): string {
  const parts: string[] = [];
  let pen = 0;
  for (const char of characters(text)) {
    const glyph = glyphOf(entry, char);
    if (glyph.start !== undefined) {
      parts.push(`M${pen + glyph.start[0]} ${glyph.start[1]}${glyph.rest}`);
    }
    pen += glyph.advance;
  }
  return parts.join('');
}

/**
 * An SVG path of the text with its baseline starting at (x, y): the outlines in font units,
 * scaled and flipped by the transform. `strokeWidth` is in pixels, for a halo.
 */
export function textPath(
  x: number,
  y: number,
  text: string,
  size: number,
  weight: FontWeight,
  attributes: string,
  strokeWidth?: number,
): string {
  const entry = loaded(weight);
  const d = outlineData(entry, text);
  if (d === '') return '';
  const scale = size / entry.font.unitsPerEm;
  const stroke =
    strokeWidth === undefined ? '' : ` stroke-width="${(strokeWidth / scale).toFixed(0)}"`;
  return `<path transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(6)} ${(-scale).toFixed(6)})" d="${d}" ${attributes}${stroke}/>`;
}
