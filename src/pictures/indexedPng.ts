import { crc32, deflateSync } from 'node:zlib';

/** Colours a PNG palette holds. */
const PALETTE_SIZE = 256;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An indexed (palette) PNG of premultiplied RGBA pixels, as resvg renders them. The pictures are
 * a few flat colours and their antialiased edges (a map: ~2,000 distinct colours, the 256 most
 * frequent cover 99 % of its pixels), so one byte per pixel instead of four makes the file a
 * fraction of the size. The palette is the 256 most frequent colours, exact: every flat colour
 * stays what the SVG said, and a picture of at most 256 colours is lossless. A rarer edge shade
 * takes the nearest palette colour.
 */
export function indexedPng(pixels: Buffer, width: number, height: number): Buffer {
  // A Uint32Array view needs 4-byte alignment; a Buffer from a pool may not have it.
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : Buffer.from(pixels);
  // Signed: 32-bit colours then stay small integers for V8, cheap as Map keys.
  const colours = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const palette = mostFrequent(colourCounts(colours), PALETTE_SIZE);
  const indexOf = paletteIndex(palette);
  // Each row: filter byte 0 (none, as the PNG book advises for palette images), then indices.
  const rows = Buffer.alloc((width + 1) * height);
  // Seeded with the first pixel's own colour: opaque white is -1 as an int32, so no sentinel
  // value is safe to start from.
  let last = colours[0] ?? 0;
  let lastIndex = indexOf(last);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x += 1) {
      const colour = colours[y * width + x] ?? 0;
      // Runs of one colour are the common case: look it up once per run.
      if (colour !== last) {
        last = colour;
        lastIndex = indexOf(colour);
      }
      rows[row + x] = lastIndex;
    }
  }
  const rgba = palette.map(demultiplied);
  const plte = Buffer.alloc(rgba.length * 3);
  rgba.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));
  // Alphas up to the last translucent entry; none at all when every colour is opaque.
  const alphas = rgba.map(([, , , a]) => a);
  const translucent = alphas.findLastIndex((a) => a < 255) + 1;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, colour type 3 (palette)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    ...(translucent > 0 ? [chunk('tRNS', Buffer.from(alphas.slice(0, translucent)))] : []),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Pixels per colour (the int32 of its RGBA bytes, as the platform reads them). */
function colourCounts(colours: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  let run = 0;
  let current = colours[0] ?? 0;
  for (let i = 0; i < colours.length; i += 1) {
    const colour = colours[i] ?? 0;
    if (colour === current) {
      run += 1;
      continue;
    }
    counts.set(current, (counts.get(current) ?? 0) + run);
    current = colour;
    run = 1;
  }
  if (run > 0) counts.set(current, (counts.get(current) ?? 0) + run);
  return counts;
}

function mostFrequent(counts: Map<number, number>, size: number): number[] {
  return [...counts]
    .sort(([, a], [, b]) => b - a)
    .slice(0, size)
    .map(([colour]) => colour);
}

/** A colour's palette index: its own entry, else the nearest entry (remembered per colour). */
function paletteIndex(palette: readonly number[]): (colour: number) => number {
  const known = new Map(palette.map((colour, i) => [colour, i]));
  const entries = new Uint8Array(new Int32Array(palette).buffer);
  return (colour) => {
    const found = known.get(colour);
    if (found !== undefined) return found;
    const [r, g, b, a] = channels(colour);
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < palette.length; i += 1) {
      const at = i * 4;
      const distance =
        ((entries[at] ?? 0) - r) ** 2 +
        ((entries[at + 1] ?? 0) - g) ** 2 +
        ((entries[at + 2] ?? 0) - b) ** 2 +
        ((entries[at + 3] ?? 0) - a) ** 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    known.set(colour, best);
    return best;
  };
}

/** The four bytes of a colour, in memory order (R, G, B, A). */
function channels(colour: number): [number, number, number, number] {
  const bytes = new Uint8Array(new Int32Array([colour]).buffer);
  return [bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0];
}

/** resvg's pixels carry premultiplied alpha; a palette entry is straight RGBA. */
function demultiplied(colour: number): [number, number, number, number] {
  const [r, g, b, a] = channels(colour);
  if (a === 255 || a === 0) return a === 0 ? [0, 0, 0, 0] : [r, g, b, a];
  const straight = (c: number): number => Math.min(255, Math.round((c * 255) / a));
  return [straight(r), straight(g), straight(b), a];
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
