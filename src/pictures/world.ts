import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';

// Natural Earth country outlines from world-atlas: 1:50m has Kosovo (with no numeric code, so it is
// known by name) and small places the sources name, such as Aruba; 1:110m is for world overviews.
const require = createRequire(import.meta.url);
export type Resolution = '50m' | '110m';

/** Names world-atlas gives without an ISO numeric code, for the ones that have an alpha-2 code. */
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

/** Parts of a country farther than this from its main part (French Guiana, Réunion) stay grey. */
const OVERSEAS_RADIANS = 5000 / 6371;

function isArcList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (arc: unknown) =>
        Array.isArray(arc) &&
        arc.every(
          (p: unknown) =>
            Array.isArray(p) && p.length === 2 && p.every((n: unknown) => typeof n === 'number'),
        ),
    )
  );
}

/** The atlas file's shape, made when the first map is drawn (nothing at start needs it). */
function atlasSchema() {
  const arcIndexes = z.array(z.number().int());
  const properties = z.object({ name: z.string() });
  return z.object({
    type: z.literal('Topology'),
    transform: z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
    // ~80,000 positions: a plain loop checks them ten times faster than a nested zod array.
    arcs: z.custom<number[][][]>(isArcList, 'arcs must be lists of [x, y] positions'),
    objects: z.object({
      countries: z.object({
        type: z.literal('GeometryCollection'),
        geometries: z.array(
          z.discriminatedUnion('type', [
            z.object({
              type: z.literal('Polygon'),
              id: z.string().optional(),
              properties,
              arcs: z.array(arcIndexes),
            }),
            z.object({
              type: z.literal('MultiPolygon'),
              id: z.string().optional(),
              properties,
              arcs: z.array(z.array(arcIndexes)),
            }),
          ]),
        ),
      }),
    }),
  });
}

export interface WorldCountry {
  /** ISO 3166-1 alpha-2 (XK for Kosovo); undefined for places without one (N. Cyprus). */
  code: string | undefined;
  name: string;
  /** Every part of the country, for drawing. */
  shape: Feature<MultiPolygon>;
}

export function multiPolygon(rings: Position[][][]): Feature<MultiPolygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: rings },
  };
}

function parts(shape: Feature<Polygon | MultiPolygon>): Position[][][] {
  return shape.geometry.type === 'Polygon'
    ? [shape.geometry.coordinates]
    : shape.geometry.coordinates;
}

const homes = new WeakMap<WorldCountry, Feature<MultiPolygon>>();

/** The country's largest part with the parts near it: what is coloured by role and fitted. */
export function homeOf(country: WorldCountry): Feature<MultiPolygon> {
  let home = homes.get(country);
  if (home === undefined) {
    home = multiPolygon(homeParts(country.shape.geometry.coordinates));
    homes.set(country, home);
  }
  return home;
}

function homeParts(all: Position[][][]): Position[][][] {
  if (all.length === 1) return all;
  const polygons = all.map((coordinates) => multiPolygon([coordinates]));
  const main = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const centre = geoCentroid(main);
  return all.filter(
    (_, i) => geoDistance(centre, geoCentroid(polygons[i] ?? main)) <= OVERSEAS_RADIANS,
  );
}

function loadWorld(resolution: Resolution): WorldCountry[] {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  const atlas = atlasSchema().parse(JSON.parse(readFileSync(file, 'utf8')));
  const topology: Topology = {
    type: 'Topology',
    arcs: atlas.arcs,
    transform: atlas.transform,
    objects: {},
  };
  return atlas.objects.countries.geometries.map((geometry) => {
    const { name } = geometry.properties;
    const shape: Feature<Polygon | MultiPolygon> =
      geometry.type === 'Polygon'
        ? feature(topology, { type: 'Polygon', arcs: geometry.arcs })
        : feature(topology, { type: 'MultiPolygon', arcs: geometry.arcs });
    const all = parts(shape);
    const code =
      geometry.id === undefined ? CODE_BY_NAME[name] : countries.numericToAlpha2(geometry.id);
    return { code, name, shape: multiPolygon(all) };
  });
}

const worlds = new Map<Resolution, WorldCountry[]>();
const byCode = new Map<Resolution, Map<string, WorldCountry>>();

/** Every country outline of the atlas, loaded and checked once. */
export function worldCountries(resolution: Resolution = '50m'): WorldCountry[] {
  let world = worlds.get(resolution);
  if (world === undefined) {
    world = loadWorld(resolution);
    worlds.set(resolution, world);
  }
  return world;
}

export function worldCountry(
  code: string,
  resolution: Resolution = '50m',
): WorldCountry | undefined {
  let codes = byCode.get(resolution);
  if (codes === undefined) {
    codes = new Map(
      worldCountries(resolution).flatMap((country) =>
        country.code === undefined ? [] : [[country.code, country]],
      ),
    );
    byCode.set(resolution, codes);
  }
  return codes.get(code);
}

export type GeoBox = [[number, number], [number, number]];

export interface CountryPart {
  coordinates: Position[][];
  /** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
  bounds: GeoBox;
  /** Steradians: on an equal-area map of scale k it covers area × k² pixels. */
  area: number;
}

const partLists = new WeakMap<WorldCountry, CountryPart[]>();

/** The country's polygons with their bounds, so a map can skip the ones it does not show. */
export function partsOf(country: WorldCountry): CountryPart[] {
  let list = partLists.get(country);
  if (list === undefined) {
    list = country.shape.geometry.coordinates.map((coordinates) => {
      const part = multiPolygon([coordinates]);
      return { coordinates, bounds: geoBounds(part), area: geoArea(part) };
    });
    partLists.set(country, list);
  }
  return list;
}
