import { describe, expect, it } from 'vitest';
import { indexedPng } from '../src/pictures/indexedPng.ts';
import { DecodedPng } from './helpers/png.ts';

/** Premultiplied RGBA pixels, as resvg hands them over. */
function premultiplied(colours: readonly [number, number, number, number][]): Buffer {
  const out = Buffer.alloc(colours.length * 4);
  colours.forEach(([r, g, b, a], i) => {
    out.set([r, g, b].map((c) => Math.round((c * a) / 255)).concat(a), i * 4);
  });
  return out;
}

const colourType = (png: Buffer): number | undefined => png[25];

describe('indexed PNG', () => {
  it('keeps a picture of at most 256 colours exact, translucent ones included', () => {
    const width = 16;
    const colours = Array.from({ length: 256 }, (_, i): [number, number, number, number] => [
      i,
      255 - i,
      (i * 7) % 256,
      i % 3 === 0 ? 255 : 51,
    ]);
    const png = indexedPng(premultiplied(colours), width, colours.length / width);
    expect(colourType(png)).toBe(3);
    const decoded = new DecodedPng(png);
    colours.forEach(([r, g, b, a], i) => {
      const [dr, dg, db, da] = decoded.rgbaAt(i % width, Math.floor(i / width));
      // Premultiplying at alpha 51 loses the low bits: straight colour back within 255/51/2.
      const slack = a === 255 ? 0 : 3;
      expect(Math.abs(dr - r), `pixel ${i}`).toBeLessThanOrEqual(slack);
      expect(Math.abs(dg - g), `pixel ${i}`).toBeLessThanOrEqual(slack);
      expect(Math.abs(db - b), `pixel ${i}`).toBeLessThanOrEqual(slack);
      expect(da).toBe(a);
    });
  });

  it('keeps a picture that opens with opaque white exact (white is -1 as an int32)', () => {
    // White first, grey the most frequent colour (palette entry 0), as on a map with a title.
    const colours: [number, number, number, number][] = [
      ...Array.from({ length: 40 }, (): [number, number, number, number] => [255, 255, 255, 255]),
      ...Array.from({ length: 120 }, (): [number, number, number, number] => [220, 220, 220, 255]),
    ];
    const width = 20;
    const decoded = new DecodedPng(
      indexedPng(premultiplied(colours), width, colours.length / width),
    );
    colours.forEach((colour, i) => {
      expect(decoded.rgbaAt(i % width, Math.floor(i / width)), `pixel ${i}`).toEqual(colour);
    });
  });

  it('keeps the frequent colours exact and gives a rare one its nearest', () => {
    // 255 flat colours of 10 pixels each, and 50 rare shades of one pixel each.
    const flat = Array.from({ length: 255 }, (_, i): [number, number, number, number] => [
      i,
      i,
      255 - i,
      255,
    ]);
    const rare = Array.from({ length: 50 }, (_, i): [number, number, number, number] => [
      (i * 5) % 256,
      200,
      17,
      255,
    ]);
    const colours = [...flat.flatMap((c) => Array.from({ length: 10 }, () => c)), ...rare];
    const width = 25;
    const decoded = new DecodedPng(
      indexedPng(premultiplied(colours), width, colours.length / width),
    );
    const at = (i: number) => decoded.rgbaAt(i % width, Math.floor(i / width));
    flat.forEach((colour, n) => expect(at(n * 10)).toEqual(colour));
    rare.forEach(([r, g, b], n) => {
      const [dr, dg, db] = at(flat.length * 10 + n);
      const nearest = Math.min(
        ...[...flat, ...rare.slice(0, 1)].map(
          ([fr, fg, fb]) => (fr - r) ** 2 + (fg - g) ** 2 + (fb - b) ** 2,
        ),
      );
      expect((dr - r) ** 2 + (dg - g) ** 2 + (db - b) ** 2).toBeLessThanOrEqual(nearest);
    });
  });
});
