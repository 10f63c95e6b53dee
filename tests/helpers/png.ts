import { PNG } from 'pngjs';

/** A decoded PNG with pixel look-ups by position and by colour. */
export class DecodedPng {
  readonly width: number;
  readonly height: number;
  private readonly data: Buffer;

  constructor(bytes: Buffer) {
    const png = PNG.sync.read(bytes);
    this.width = png.width;
    this.height = png.height;
    this.data = png.data;
  }

  /** "#rrggbb" of the pixel at (x, y). */
  hexAt(x: number, y: number): string {
    const i = (Math.round(y) * this.width + Math.round(x)) * 4;
    return `#${[0, 1, 2].map((c) => (this.data[i + c] ?? 0).toString(16).padStart(2, '0')).join('')}`;
  }

  /** [r, g, b, a] of the pixel at (x, y). */
  rgbaAt(x: number, y: number): [number, number, number, number] {
    const i = (y * this.width + x) * 4;
    return [this.data[i] ?? 0, this.data[i + 1] ?? 0, this.data[i + 2] ?? 0, this.data[i + 3] ?? 0];
  }

  /** How many pixels in the box satisfy `test` (r, g, b). */
  count(
    test: (r: number, g: number, b: number) => boolean,
    box = { x: 0, y: 0, width: this.width, height: this.height },
  ): number {
    let n = 0;
    for (let y = box.y; y < box.y + box.height; y += 1) {
      for (let x = box.x; x < box.x + box.width; x += 1) {
        const i = (y * this.width + x) * 4;
        if (test(this.data[i] ?? 0, this.data[i + 1] ?? 0, this.data[i + 2] ?? 0)) n += 1;
      }
    }
    return n;
  }

  countColour(hex: string, box?: { x: number; y: number; width: number; height: number }): number {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    return this.count((pr, pg, pb) => pr === r && pg === g && pb === b, box);
  }
}

export const isDark = (r: number, g: number, b: number): boolean => r < 70 && g < 70 && b < 70;

/** A small PNG of one colour, encoded by pngjs: a real image to attach in tests. */
export function solidPng(
  width: number,
  height: number,
  [r, g, b]: [number, number, number],
): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i += 1) png.data.set([r, g, b, 255], i * 4);
  return PNG.sync.write(png);
}
