import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { MAP_AREA, mapView } from '../src/pictures/map.ts';
import { planarShape } from '../src/pictures/planarPath.ts';
import { homeOf, worldCountry } from '../src/pictures/world.ts';
import { realCorpus } from './helpers/corpus.ts';

describe('outlines projected once at unit scale, then scaled and shifted', () => {
  const corpus = realCorpus();
  const operation = corpus.operations.reduce((a, b) =>
    b.countries.length > a.countries.length ? b : a,
  );
  const view = mapView(operation.countries.map((c) => c.code));
  // d3-geo projecting every point afresh, at the map's scale and offset: what the atlas replaces.
  const path = geoPath(view.projection);

  it('match d3-geo in area and centroid for every country of the operation in view', () => {
    let compared = 0;
    for (const code of new Set(operation.countries.map((c) => c.code))) {
      const country = worldCountry(code);
      if (country === undefined) continue;
      const home = homeOf(country);
      const expectedArea = path.area(home);
      if (expectedArea < 200) continue;
      const planar = view.atlas.home(code);
      expect(planar, code).toBeDefined();
      if (planar === undefined) continue;
      const shape = planarShape([planar], view.at, MAP_AREA);
      expect(shape.d, code).toMatch(/^M[\d.,L-]+Z/);
      expect(Math.abs(shape.area - expectedArea) / expectedArea, code).toBeLessThan(0.02);
      const [cx, cy] = path.centroid(home);
      expect(Math.hypot(shape.centroid[0] - cx, shape.centroid[1] - cy), code).toBeLessThan(2);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('draws nothing of a country outside the view', () => {
    const australia = view.atlas.home('AU');
    expect(australia).toBeDefined();
    if (australia === undefined) return;
    const shape = planarShape([australia], view.at, MAP_AREA);
    expect(shape.d).toBe('');
    expect(shape.centroid.every(Number.isNaN)).toBe(true);
  });
});
