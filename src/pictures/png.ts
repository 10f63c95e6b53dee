import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

// The font ships in an npm package and is handed to resvg by path, so č, ć, š, ž, ë and Cyrillic
// render the same on a machine with no system fonts at all.
const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];
export const FONT_FAMILY = 'DejaVu Sans';

/** Renders an SVG document to PNG bytes at its own size. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
