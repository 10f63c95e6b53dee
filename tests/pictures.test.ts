import { describe, expect, it } from 'vitest';
import type { Operation } from '../src/corpus/types.ts';
import { timelineEvents } from '../src/engine/timeline.ts';
import { PictureCache } from '../src/pictures/cache.ts';
import { BAR_COLOUR, renderStatsChart } from '../src/pictures/chart.ts';
import { CATEGORY_COLOURS, MAP_AREA, renderOperationMap } from '../src/pictures/map.ts';
import { MAX_DESCRIPTION } from '../src/pictures/picture.ts';
import { DOT_COLOUR, renderTimeline, TIMELINE_AXIS_X } from '../src/pictures/timeline.ts';
import { realCorpus, realEngine } from './helpers/corpus.ts';
import { mapCategories, pixelInside } from './helpers/mapPixels.ts';
import { DecodedPng, isDark } from './helpers/png.ts';

function mapOf(operation: Operation, countries = operation.countries) {
  return renderOperationMap({ title: operation.name, countries });
}

const legendBox = (png: DecodedPng) => ({
  x: 0,
  y: MAP_AREA.y + MAP_AREA.height,
  width: png.width,
  height: png.height - MAP_AREA.y - MAP_AREA.height,
});

describe('the operation map', () => {
  const corpus = realCorpus();

  it('paints every category of every operation, in its colour, with a legend in text', () => {
    for (const operation of corpus.operations) {
      const picture = mapOf(operation);
      const png = new DecodedPng(picture.data);
      expect(picture.contentType).toBe('image/png');
      // Indexed colour (type 3): a quarter of the bytes of RGBA.
      expect(picture.data[25], operation.id).toBe(3);
      expect(picture.name).toMatch(/^map-[a-z0-9-]+\.png$/);
      expect(png.width).toBe(MAP_AREA.width);
      expect(png.height).toBeGreaterThan(MAP_AREA.y + MAP_AREA.height);
      const present = new Set(mapCategories(operation).values());
      for (const category of present) {
        expect(
          png.countColour(CATEGORY_COLOURS[category]),
          `${operation.id} ${category}`,
        ).toBeGreaterThan(40);
      }
      // The legend holds one line of text per category at least: dark glyph pixels.
      expect(png.count(isDark, legendBox(png))).toBeGreaterThan(300 * present.size);
      expect(picture.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      for (const country of operation.countries)
        expect(picture.description).toContain(country.name);
    }
  });

  it('paints a participating country in the participant colour, where the projection puts it', () => {
    let checked = 0;
    for (const operation of corpus.operations) {
      for (const [code, category] of mapCategories(operation)) {
        if (category !== 'participant') continue;
        const point = pixelInside(operation, code);
        if (point === undefined) continue;
        const png = new DecodedPng(mapOf(operation).data);
        expect(png.hexAt(...point), `${code} in ${operation.id}`).toBe(
          CATEGORY_COLOURS.participant,
        );
        checked += 1;
        break;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('draws Kosovo and colours it by its role', () => {
    const operation = corpus.operations.find((op) => op.countries.some((c) => c.code === 'XK'));
    expect(operation, 'an operation of the corpus names Kosovo').toBeDefined();
    if (operation === undefined) return;
    const category = mapCategories(operation).get('XK');
    const point = pixelInside(operation, 'XK');
    expect(point).toBeDefined();
    if (point === undefined || category === undefined) return;
    const png = new DecodedPng(mapOf(operation).data);
    expect(png.hexAt(...point)).toBe(CATEGORY_COLOURS[category]);
    // Without Kosovo in the list, the same pixel is plain land.
    const without = operation.countries.filter((c) => c.code !== 'XK');
    expect(new DecodedPng(mapOf(operation, without).data).hexAt(...point)).not.toBe(
      CATEGORY_COLOURS[category],
    );
  });

  it('renders č, ć, š, ž, ë and Cyrillic with the bundled font', () => {
    const base = { title: 'Test', countries: [{ code: 'RS', name: 'X', role: 'lead' as const }] };
    const plain = new DecodedPng(renderOperationMap(base).data);
    const names = new DecodedPng(
      renderOperationMap({
        ...base,
        countries: [
          { code: 'RS', name: 'Србија Čačak Šibenik Žabljak Ćuprija Shkodër', role: 'lead' },
        ],
      }).data,
    );
    // Every extra glyph adds ink to the legend; a missing font would add none.
    expect(names.count(isDark, legendBox(names))).toBeGreaterThan(
      plain.count(isDark, legendBox(plain)) + 400,
    );
  });
});

describe('the stats chart', () => {
  it('draws one bar per ranked figure, longest first, in proportion to the figures', () => {
    const stats = realEngine().stats('arrests');
    const ranked = stats.ranked[0];
    expect(ranked).toBeDefined();
    if (ranked === undefined) return;
    const bars = ranked.entries.map(({ operation, fact }) => ({
      label: operation.name,
      value: fact.value ?? 0,
      scope: fact.scope,
      qualifier: fact.qualifier,
    }));
    const picture = renderStatsChart({ title: 'Arrests', unit: ranked.unit, bars });
    const png = new DecodedPng(picture.data);
    // Bar lengths: the widest run of the bar colour in each band of rows.
    const lengths: number[] = [];
    let inBar = false;
    for (let y = 0; y < png.height; y += 1) {
      const width = png.countColour(BAR_COLOUR, { x: 0, y, width: png.width, height: 1 });
      if (width > 0 && !inBar) lengths.push(width);
      else if (width > 0) lengths[lengths.length - 1] = Math.max(lengths.at(-1) ?? 0, width);
      inBar = width > 0;
    }
    expect(lengths).toHaveLength(bars.length);
    const values = bars.map((bar) => bar.value);
    const top = values[0] ?? 1;
    lengths.forEach((length, i) => {
      const expected = ((values[i] ?? 0) / top) * (lengths[0] ?? 0);
      expect(Math.abs(length - expected)).toBeLessThanOrEqual(Math.max(3, expected * 0.02));
    });
    for (const bar of bars) {
      expect(picture.description).toContain(bar.label);
      expect(picture.description).toContain(bar.scope);
    }
    expect(png.count(isDark)).toBeGreaterThan(1000);
  });
});

describe('the timeline', () => {
  it('puts one dot per event on the line, oldest first, with dates at their precision', () => {
    const corpus = realCorpus();
    // The operation whose sources date the most events.
    const events = corpus.operations
      .map((op) => timelineEvents(corpus, { operation: op.id }))
      .reduce((a, b) => (b.length > a.length ? b : a));
    expect(events.length).toBeGreaterThan(1);
    const picture = renderTimeline({
      title: 'Timeline',
      events: events.map((event, i) => ({ ...event, citationMark: `[${i + 1}]` })),
    });
    const png = new DecodedPng(picture.data);
    let dots = 0;
    let inDot = false;
    for (let y = 0; y < png.height; y += 1) {
      const on = png.hexAt(TIMELINE_AXIS_X, y) === DOT_COLOUR;
      if (on && !inDot) dots += 1;
      inDot = on;
    }
    expect(dots).toBe(events.length);
    events.forEach((event, i) =>
      expect(picture.description).toContain(`${event.label} [${i + 1}]`),
    );
  });
});

describe('the picture cache', () => {
  it('renders once per version and input, and drops an old version', () => {
    const cache = new PictureCache();
    let renders = 0;
    const render = (input: { title: string }) => {
      renders += 1;
      return renderStatsChart({ title: input.title, unit: 'count', bars: [] });
    };
    const first = cache.get('chart', 'v1', { title: 'A' }, render);
    expect(cache.get('chart', 'v1', { title: 'A' }, render)).toBe(first);
    cache.get('chart', 'v1', { title: 'B' }, render);
    expect(renders).toBe(2);
    expect(cache.get('chart', 'v2', { title: 'A' }, render)).not.toBe(first);
    expect(renders).toBe(3);
    expect(cache.size).toBe(1);
  });
});
