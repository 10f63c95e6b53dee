import { Resvg } from '@resvg/resvg-js';

/**
 * Renders an SVG document to PNG bytes at its own size. Text arrives as outlines (glyphs.ts), so
 * resvg needs no fonts: none are loaded, system ones included.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 });
  return resvg.render().asPng();
}
