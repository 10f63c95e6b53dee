import { createRequire } from 'node:module';
import { indexedPng } from './indexedPng.ts';

const require = createRequire(import.meta.url);
let resvg: typeof import('@resvg/resvg-js') | undefined;

/**
 * Renders an SVG document to PNG bytes at its own size. Text arrives as outlines (glyphs.ts), so
 * resvg needs no fonts: none are loaded, system ones included. The native add-on is loaded on
 * the first picture, not at start. The PNG is indexed (indexedPng.ts): a quarter of the bytes
 * to store, send and download.
 */
export function svgToPng(svg: string): Buffer {
  resvg ??= require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const image = new resvg.Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 });
  const rendered = image.render();
  return indexedPng(rendered.pixels, rendered.width, rendered.height);
}
