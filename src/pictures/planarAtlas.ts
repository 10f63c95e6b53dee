import { geoStream, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import {
  homeOf,
  multiPolygon,
  partsOf,
  worldCountries,
  worldCountry,
  type Resolution,
} from './world.ts';

/** [x0, y0, x1, y1] in the atlas's unit-scale plane. */
export type PlanarBounds = [number, number, number, number];

/** Polygons projected once at unit scale: rings of interleaved x, y, as d3-geo's stream gives them. */
export interface PlanarPart {
  rings: Float64Array[];
  bounds: PlanarBounds;
  /** Unsigned area in unit-scale squared: times a map's scale squared, it is pixels. */
  area: number;
}

/** Collects the rings a projection stream emits: d3-geo has clipped and cut them already. */
function projectedRings(projection: GeoProjection, polygons: Position[][][]): Float64Array[] {
  const rings: Float64Array[] = [];
  let ring: number[] = [];
  const sink = {
    point(x: number, y: number) {
      ring.push(x, y);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length >= 6) rings.push(Float64Array.from(ring));
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(multiPolygon(polygons), projection.stream(sink));
  return rings;
}

function partOf(rings: Float64Array[]): PlanarPart {
  const bounds: PlanarBounds = [Infinity, Infinity, -Infinity, -Infinity];
  let area = 0;
  for (const ring of rings) {
    let twice = 0;
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const x = ring[i] ?? 0;
      const y = ring[i + 1] ?? 0;
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (x > bounds[2]) bounds[2] = x;
      if (y > bounds[3]) bounds[3] = y;
      twice += (ring[j] ?? 0) * y - x * (ring[j + 1] ?? 0);
    }
    area += twice / 2;
  }
  return { rings, bounds, area: Math.abs(area) };
}

/**
 * The world atlas through one projection at scale 1 and no offset, computed once: every map
 * drawn with that projection at any scale and offset (an affine step) starts from it, so a
 * render does arithmetic per point instead of spherical trigonometry and clipping.
 */
export class PlanarAtlas {
  private countryParts: PlanarPart[][] | undefined;
  private readonly homes = new Map<string, PlanarPart | null>();

  /** The projection at scale 1 and translate [0, 0]; not to be changed (d3 mutates in place). */
  readonly projection: GeoProjection;

  /** `create` makes the projection at scale 1 and translate [0, 0], anew on every call. */
  constructor(
    readonly create: () => GeoProjection,
    readonly resolution: Resolution,
  ) {
    this.projection = create();
  }

  /** Every country of the atlas, each as its parts (islands drawn separately, to skip). */
  countries(): readonly PlanarPart[][] {
    this.countryParts ??= worldCountries(this.resolution).map((country) =>
      partsOf(country).flatMap((part) => {
        const rings = projectedRings(this.projection, [part.coordinates]);
        return rings.length === 0 ? [] : [partOf(rings)];
      }),
    );
    return this.countryParts;
  }

  /** The country's home (see world.ts) at this atlas's resolution; undefined if it has none. */
  home(code: string): PlanarPart | undefined {
    let home = this.homes.get(code);
    if (home === undefined) {
      const country = worldCountry(code, this.resolution);
      const rings =
        country === undefined
          ? []
          : projectedRings(this.projection, homeOf(country).geometry.coordinates);
      home = rings.length === 0 ? null : partOf(rings);
      this.homes.set(code, home);
    }
    return home ?? undefined;
  }
}
