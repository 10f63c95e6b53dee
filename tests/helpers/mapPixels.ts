import { geoContains, geoPath } from 'd3-geo';
import type { Operation } from '../../src/corpus/types.ts';
import { mapCategory, mapProjection, type MapCategory } from '../../src/pictures/map.ts';
import { homeOf, worldCountry } from '../../src/pictures/world.ts';

/** The strongest category each country of the operation is drawn in. */
export function mapCategories(operation: Operation): Map<string, MapCategory> {
  const order: MapCategory[] = ['lead', 'participant', 'support', 'mentioned'];
  const result = new Map<string, MapCategory>();
  for (const country of operation.countries) {
    const category = mapCategory(country.role);
    const seen = result.get(country.code);
    if (seen === undefined || order.indexOf(category) < order.indexOf(seen))
      result.set(country.code, category);
  }
  return result;
}

/**
 * A pixel inside the country on the operation's map, through the map's own projection: near its
 * projected centroid, above or below the name written there.
 */
export function pixelInside(operation: Operation, code: string): [number, number] | undefined {
  const projection = mapProjection(operation.countries.map((c) => c.code));
  const country = worldCountry(code);
  if (country === undefined) return undefined;
  const home = homeOf(country);
  const path = geoPath(projection);
  if (path.area(home) < 100) return undefined;
  const [cx, cy] = path.centroid(home);
  const candidates: [number, number][] = [-14, 14, -20, 20, -8, 8, 0].map((dy) => [cx, cy + dy]);
  return candidates.find((point) => {
    const lonLat = projection.invert?.(point);
    const inside = (dx: number, dy: number): boolean => {
      const near = projection.invert?.([point[0] + dx, point[1] + dy]);
      return near !== null && near !== undefined && geoContains(home, near);
    };
    // Two pixels of margin all round: away from borders and their anti-aliasing.
    return (
      lonLat !== null &&
      lonLat !== undefined &&
      [-2, 2].every((dx) => [-2, 2].every((dy) => inside(dx, dy)))
    );
  });
}
