import { describe, expect, it } from 'vitest';
import { STAT_METRICS, type StatMetric } from '../src/engine/types.ts';
import { BAR_COLOUR } from '../src/pictures/chart.ts';
import { CATEGORY_COLOURS, MAP_AREA } from '../src/pictures/map.ts';
import { encodeCustomId } from '../src/interactions/customId.ts';
import {
  buttonReply,
  commandReply,
  realCorpus,
  realDispatcher,
  realEngine,
} from './helpers/corpus.ts';
import { mapCategories, pixelInside } from './helpers/mapPixels.ts';
import { DecodedPng, isDark } from './helpers/png.ts';

/** How many separate runs of the bar colour go down the picture: one per bar. */
function barCount(png: DecodedPng): number {
  let bars = 0;
  let inBar = false;
  for (let y = 0; y < png.height; y += 1) {
    const on = png.countColour(BAR_COLOUR, { x: 0, y, width: png.width, height: 1 }) > 0;
    if (on && !inBar) bars += 1;
    inBar = on;
  }
  return bars;
}

describe('/operation attaches the map of its countries', () => {
  const corpus = realCorpus();
  const dispatcher = realDispatcher();

  it('paints a participant where the projection puts it, with alt text naming the countries', () => {
    let checked = 0;
    for (const operation of corpus.operations) {
      const participant = [...mapCategories(operation)].find(
        ([code, category]) => category === 'participant' && pixelInside(operation, code),
      );
      if (participant === undefined) continue;
      const reply = commandReply(dispatcher, 'operation', { name: operation.id });
      expect(reply.ok).toBe(true);
      const [map, ...others] = reply.answer.files ?? [];
      expect(others).toHaveLength(0);
      expect(map?.contentType).toBe('image/png');
      if (map === undefined) continue;
      const png = new DecodedPng(map.data);
      expect(png.width).toBe(MAP_AREA.width);
      expect(png.height).toBeGreaterThan(MAP_AREA.y + MAP_AREA.height);
      const point = pixelInside(operation, participant[0]);
      if (point === undefined) continue;
      expect(png.hexAt(...point), `${participant[0]} in ${operation.id}`).toBe(
        CATEGORY_COLOURS.participant,
      );
      for (const country of operation.countries) expect(map.description).toContain(country.name);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('renders each map once per corpus version, and keeps it off the quotes view', () => {
    const operation = corpus.operations[0];
    expect(operation).toBeDefined();
    if (operation === undefined) return;
    const first = commandReply(dispatcher, 'operation', { name: operation.id }).answer.files?.[0];
    const again = commandReply(dispatcher, 'operation', { name: operation.id }).answer.files?.[0];
    expect(first).toBeDefined();
    expect(again?.data).toBe(first?.data);
    const engine = realEngine();
    expect(engine.version).toMatch(/^[0-9a-f]{16}$/);
    const quotes = buttonReply(
      dispatcher,
      encodeCustomId({ command: 'operation', key: operation.id, view: 'quotes' }, 0),
    );
    expect(quotes.ok).toBe(true);
    expect(quotes.answer.files).toBeUndefined();
  });
});

describe('/stats attaches a bar chart of the ranked figures', () => {
  const engine = realEngine();
  const dispatcher = realDispatcher();

  it('draws one bar per ranked figure, each labelled with its scope, one chart per unit', () => {
    let charts = 0;
    for (const metric of Object.keys(STAT_METRICS) as StatMetric[]) {
      const result = engine.stats(metric);
      const reply = commandReply(dispatcher, 'stats', { metric });
      const files = reply.answer.files ?? [];
      expect(files, metric).toHaveLength(result.ranked.length);
      result.ranked.forEach((group, i) => {
        const file = files[i];
        expect(file?.contentType).toBe('image/png');
        if (file === undefined) return;
        const png = new DecodedPng(file.data);
        expect(png.width).toBe(1000);
        expect(barCount(png), `${metric} ${group.unit}`).toBe(group.entries.length);
        expect(png.count(isDark)).toBeGreaterThan(500);
        for (const { operation, fact } of group.entries) {
          expect(file.description).toContain(operation.name);
          expect(file.description).toContain(fact.scope);
        }
        charts += 1;
      });
    }
    expect(charts).toBeGreaterThan(0);
  });
});
