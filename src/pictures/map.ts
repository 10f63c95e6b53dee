import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Role } from '../corpus/types.ts';
import type { Position } from 'geojson';
import { altText, pictureName, type Picture } from './picture.ts';
import { planarShape, type PlanarShape, type PointProjector } from './planarPath.ts';
import { svgToPng } from './png.ts';
import { svgDocument, svgText, textWidth, titleBlock, wrapText } from './svg.ts';
import {
  homeOf,
  multiPolygon,
  partsOf,
  worldCountries,
  worldCountry,
  type GeoBox,
  type Resolution,
} from './world.ts';

/** How a map colours a role: the three roles of taking part, and every kind of mention. */
export type MapCategory = 'lead' | 'participant' | 'support' | 'mentioned';
export const MAP_CATEGORIES: readonly MapCategory[] = [
  'lead',
  'participant',
  'support',
  'mentioned',
];

/**
 * Origin, transit, destination, funder, seizure location, event location and "mentioned" say
 * where something happened or came from, not that the country's authorities took part: all are
 * drawn as "only mentioned". A country with several roles takes the strongest.
 */
export function mapCategory(role: Role): MapCategory {
  return role === 'lead' || role === 'participant' || role === 'support' ? role : 'mentioned';
}

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
export const CATEGORY_COLOURS: Record<MapCategory, string> = {
  lead: '#d55e00',
  participant: '#0072b2',
  support: '#56b4e9',
  mentioned: '#f0e442',
};
const LAND = '#dcdcdc';
const SEA = '#eef4f8';
const BORDER = '#ffffff';

export interface MapCountryInput {
  /** ISO 3166-1 alpha-2; Kosovo is XK. */
  code: string;
  /** The name to show, in the reader's language. */
  name: string;
  role: Role;
}

export interface MapLabels {
  lead: string;
  participant: string;
  support: string;
  mentioned: string;
  /** Names of the kinds of mention, shown after the country in the legend. */
  roles: Partial<Record<Role, string>>;
  /** First word of the alt text. */
  map: string;
}

const ENGLISH: MapLabels = {
  lead: 'Lead',
  participant: 'Took part',
  support: 'Supported',
  mentioned: 'Only mentioned',
  roles: {},
  map: 'Map',
};

export interface OperationMapInput {
  title: string;
  countries: readonly MapCountryInput[];
  labels?: Partial<MapLabels>;
}

export const MAP_WIDTH = 1000;
const TITLE_HEIGHT = 56;
const MAP_HEIGHT = 580;
/** Where the map is drawn; the legend goes below it. */
export const MAP_AREA = { x: 0, y: TITLE_HEIGHT, width: MAP_WIDTH, height: MAP_HEIGHT };
const PADDING = 24;
const LEGEND_FONT = 15;
const LEGEND_LINE = 21;
const SWATCH = 16;
const INSET = { width: 300, height: 170, margin: 12 };
/** Islets smaller than this (px²) are not drawn: they would not show, and cost render time. */
const MIN_PART_PIXELS = 1;
/** A country smaller than this on the map (px²) also gets a dot, so Aruba or Malta show. */
const MIN_VISIBLE_AREA = 60;
/** A country this large on the map (px²) gets its name written on it. */
const MIN_LABELLED_AREA = 1200;

/** The Western Balkans: every map shows them, whatever else it shows. */
const BALKANS = ['AL', 'BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK'];
/** Enough of Europe around the Balkans that a reader knows where they are. */
const EUROPE_FRAME: GeoJSON.MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [6, 38],
    [30, 38],
    [6, 50],
    [30, 50],
  ],
};
/** Countries centred outside this box are shown on the world inset instead of the main map. */
const EUROPE_BOX = { west: -30, east: 50, south: 30, north: 75 };

type Categorized = MapCountryInput & { category: MapCategory };

/** Each country once, with its strongest category, in the order given. */
function categorized(countries: readonly MapCountryInput[]): Categorized[] {
  const byCode = new Map<string, Categorized>();
  for (const country of countries) {
    const category = mapCategory(country.role);
    const seen = byCode.get(country.code);
    if (
      seen === undefined ||
      MAP_CATEGORIES.indexOf(category) < MAP_CATEGORIES.indexOf(seen.category)
    ) {
      byCode.set(country.code, { ...country, category });
    }
  }
  return [...byCode.values()];
}

function homes(codes: readonly string[]): GeoJSON.Feature[] {
  return codes.flatMap((code) => {
    const country = worldCountry(code);
    return country === undefined ? [] : [homeOf(country)];
  });
}

const europeByCode = new Map<string, boolean>();

function inEurope(code: string): boolean {
  let inside = europeByCode.get(code);
  if (inside === undefined) {
    const country = worldCountry(code);
    const [lon, lat] = country === undefined ? [NaN, NaN] : geoCentroid(homeOf(country));
    inside =
      lon >= EUROPE_BOX.west &&
      lon <= EUROPE_BOX.east &&
      lat >= EUROPE_BOX.south &&
      lat <= EUROPE_BOX.north;
    europeByCode.set(code, inside);
  }
  return inside;
}

/**
 * The main map's projection for these countries, fitted to MAP_AREA: Lambert azimuthal
 * equal-area (Europe's statistical projection) centred on the Balkans and the given countries
 * that lie in Europe and around it; countries farther away go on the world inset.
 */
export function mapProjection(codes: readonly string[]): GeoProjection {
  const fitted: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...homes([...new Set([...codes.filter(inEurope), ...BALKANS])]),
      { type: 'Feature', properties: {}, geometry: EUROPE_FRAME },
    ],
  };
  const [[west, south], [east, north]] = geoBounds(fitted);
  const { x, y, width, height } = MAP_AREA;
  return geoAzimuthalEqualArea()
    .rotate([-(west + east) / 2, -(south + north) / 2])
    .fitExtent(
      [
        [x + PADDING, y + PADDING],
        [x + width - PADDING, y + height - PADDING],
      ],
      fitted,
    )
    .clipExtent([
      [x, y],
      [x + width, y + height],
    ]);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(box: Box, [px, py]: [number, number]): boolean {
  return px >= box.x && px <= box.x + box.width && py >= box.y && py <= box.y + box.height;
}

/** Points along the edges of a box, in order: its outline, or where to look for its extent. */
function edgePoints(box: Box, perEdge: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < perEdge; i += 1) points.push([box.x + (box.width * i) / perEdge, box.y]);
  for (let i = 0; i < perEdge; i += 1)
    points.push([box.x + box.width, box.y + (box.height * i) / perEdge]);
  for (let i = 0; i < perEdge; i += 1)
    points.push([box.x + box.width - (box.width * i) / perEdge, box.y + box.height]);
  for (let i = 0; i < perEdge; i += 1)
    points.push([box.x, box.y + box.height - (box.height * i) / perEdge]);
  return points;
}

/** The longitudes and latitudes a view shows, with a margin: countries outside are skipped. */
function visibleBox(projection: GeoProjection, view: Box): (bounds: GeoBox) => boolean {
  const lons: number[] = [];
  const lats: number[] = [];
  for (const point of edgePoints(view, 8)) {
    const lonLat = projection.invert?.(point);
    if (lonLat === null || lonLat === undefined) return () => true;
    lons.push(lonLat[0]);
    lats.push(lonLat[1]);
  }
  const margin = 5;
  const west = Math.min(...lons) - margin;
  const east = Math.max(...lons) + margin;
  const south = Math.min(...lats) - margin;
  const north = Math.max(...lats) + margin;
  return ([[w, s], [e, n]]) => {
    return w > e || (e >= west && w <= east && n >= south && s <= north);
  };
}

/** The view and a little more: outlines cut there run along edges the view never shows. */
function margined(view: Box): Box {
  return { x: view.x - 4, y: view.y - 4, width: view.width + 8, height: view.height + 8 };
}

interface Layer {
  projection: GeoProjection;
  view: Box;
  resolution: Resolution;
  labelled: boolean;
  /**
   * Project outlines point by point (the regional main map) rather than through d3-geo's
   * clipping stream (the world inset, whose outlines cross the rotated antimeridian).
   */
  direct: boolean;
}

/** How a layer draws outlines: point by point where it can, else through d3-geo's stream. */
function shaper(layer: Layer): (polygons: Position[][][]) => PlanarShape {
  if (layer.direct) {
    const project: PointProjector = (point) => layer.projection(point);
    const clip = margined(layer.view);
    return (polygons) => planarShape(project, polygons, clip);
  }
  const path = geoPath(layer.projection).digits(1);
  return (polygons) => {
    const shape = multiPolygon(polygons);
    return { d: path(shape) ?? '', area: path.area(shape), centroid: path.centroid(shape) };
  };
}

/** Grey land, the countries coloured by category, dots for the small ones, names on the big. */
function drawLayer(layer: Layer, countries: readonly Categorized[]): string[] {
  const shape = shaper(layer);
  const visible =
    layer.resolution === '50m' ? visibleBox(layer.projection, layer.view) : () => true;
  // Both projections are equal-area: a part's pixels are its steradians times the scale squared.
  const pixelsPerSteradian = layer.projection.scale() ** 2;
  const sphere = geoPath(layer.projection).digits(1)({ type: 'Sphere' }) ?? '';
  const body = [`<path d="${sphere}" fill="${SEA}"/>`];
  body.push(`<g fill="${LAND}" stroke="${BORDER}" stroke-width="0.6">`);
  for (const country of worldCountries(layer.resolution)) {
    const parts = partsOf(country).filter(
      (part) => part.area * pixelsPerSteradian >= MIN_PART_PIXELS && visible(part.bounds),
    );
    if (parts.length === 0) continue;
    const { d } = shape(parts.map((part) => part.coordinates));
    if (d !== '') body.push(`<path d="${d}"/>`);
  }
  body.push('</g>');
  const dots: string[] = [];
  const labels: { area: number; x: number; y: number; name: string }[] = [];
  for (const country of countries) {
    const detailed = worldCountry(country.code);
    if (detailed === undefined) continue;
    const coarse = worldCountry(country.code, layer.resolution);
    const drawn = shape(homeOf(coarse ?? detailed).geometry.coordinates);
    const fill = CATEGORY_COLOURS[country.category];
    if (drawn.d !== '') {
      body.push(`<path d="${drawn.d}" fill="${fill}" stroke="${BORDER}" stroke-width="0.8"/>`);
    }
    // A place the coarser atlas leaves out (Aruba at 1:110m) gets its dot where the finer puts it.
    const area = coarse === undefined ? 0 : drawn.area;
    const [cx, cy] =
      coarse === undefined ? shape(homeOf(detailed).geometry.coordinates).centroid : drawn.centroid;
    if (!Number.isFinite(cx) || !Number.isFinite(cy) || !contains(layer.view, [cx, cy])) continue;
    if (area < MIN_VISIBLE_AREA) {
      dots.push(
        `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="5" fill="${fill}" stroke="#333333" stroke-width="1"/>`,
      );
    }
    if (layer.labelled && area >= MIN_LABELLED_AREA) {
      labels.push({ area, x: cx, y: cy, name: country.name });
    }
  }
  body.push(...dots);
  // Names on the larger countries, biggest first, never over one another.
  const placed: Box[] = [];
  for (const label of labels.sort((a, b) => b.area - a.area)) {
    const width = textWidth(label.name, 12);
    const box = { x: label.x - width / 2, y: label.y - 10, width, height: 14 };
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    body.push(
      svgText(label.x, label.y + 4, label.name, { size: 12, anchor: 'middle', halo: true }),
    );
  }
  return body;
}

function clipped(id: string, box: Box, content: string[]): string[] {
  return [
    `<clipPath id="${id}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/></clipPath>`,
    `<g clip-path="url(#${id})">`,
    ...content,
    '</g>',
    `<rect x="${box.x + 0.5}" y="${box.y + 0.5}" width="${box.width - 1}" height="${box.height - 1}" fill="none" stroke="#9a9a9a"/>`,
  ];
}

/** The corner of the main map where the inset hides the fewest of the coloured countries. */
function insetBox(main: GeoProjection, countries: readonly Categorized[]): Box {
  const { x, y, width, height } = MAP_AREA;
  const m = INSET.margin;
  const corners: Box[] = [
    { x: x + m, y: y + height - INSET.height - m, width: INSET.width, height: INSET.height },
    {
      x: x + width - INSET.width - m,
      y: y + height - INSET.height - m,
      width: INSET.width,
      height: INSET.height,
    },
    { x: x + m, y: y + m, width: INSET.width, height: INSET.height },
    { x: x + width - INSET.width - m, y: y + m, width: INSET.width, height: INSET.height },
  ];
  const project: PointProjector = (point) => main(point);
  const clip = margined(MAP_AREA);
  const centroids = [...new Set([...countries.map((c) => c.code), ...BALKANS])].flatMap((code) => {
    const country = worldCountry(code);
    return country === undefined
      ? []
      : [planarShape(project, homeOf(country).geometry.coordinates, clip).centroid];
  });
  const hidden = (box: Box): number =>
    centroids.filter((centroid) => contains(box, centroid)).length;
  return corners.reduce((best, box) => (hidden(box) < hidden(best) ? box : best));
}

/** A small world map with every country of the operation and the main map's extent outlined. */
function inset(main: GeoProjection, countries: readonly Categorized[]): string[] {
  const box = insetBox(main, countries);
  const all = homes(countries.map((c) => c.code));
  const fitted: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: all };
  const [[west], [east]] = geoBounds(fitted);
  const span = east >= west ? east - west : east + 360 - west;
  const projection = geoEqualEarth()
    .rotate([-(west + span / 2), 0])
    .fitExtent(
      [
        [box.x + 10, box.y + 10],
        [box.x + box.width - 10, box.y + box.height - 10],
      ],
      fitted,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
  const outline = edgePoints(MAP_AREA, 10).flatMap((point) => {
    const lonLat = main.invert?.(point);
    const projected = lonLat === null || lonLat === undefined ? null : projection(lonLat);
    return projected === null ? [] : [`${projected[0].toFixed(1)},${projected[1].toFixed(1)}`];
  });
  return clipped('inset', box, [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#ffffff"/>`,
    ...drawLayer(
      { projection, view: box, resolution: '110m', labelled: false, direct: false },
      countries,
    ),
    `<polygon points="${outline.join(' ')}" fill="none" stroke="#333333" stroke-width="1.2"/>`,
  ]);
}

function mapBody(projection: GeoProjection, countries: readonly Categorized[]): string[] {
  const main = {
    projection,
    view: MAP_AREA,
    resolution: '50m' as const,
    labelled: true,
    direct: true,
  };
  const far = countries.some((c) => worldCountry(c.code) !== undefined && !inEurope(c.code));
  return [
    ...clipped('map', MAP_AREA, drawLayer(main, countries)),
    ...(far ? inset(projection, countries) : []),
  ];
}

/** "Colombia, Brazil, Ecuador (origin); Aruba (seizure location)". */
function legendNames(
  countries: readonly Categorized[],
  category: MapCategory,
  labels: MapLabels,
  all: readonly MapCountryInput[],
): string {
  const members = countries.filter((c) => c.category === category);
  if (category !== 'mentioned') return members.map((c) => c.name).join(', ');
  const byRole = new Map<string, string[]>();
  for (const member of members) {
    const roles = all.filter((c) => c.code === member.code).map((c) => c.role);
    const role = roles.map((r) => labels.roles[r] ?? r).join(', ');
    byRole.set(role, [...(byRole.get(role) ?? []), member.name]);
  }
  return [...byRole].map(([role, names]) => `${names.join(', ')} (${role})`).join('; ');
}

/** A map of the countries of an operation, coloured by role, with a legend; Kosovo included. */
export function renderOperationMap(input: OperationMapInput): Picture {
  const labels: MapLabels = { ...ENGLISH, ...input.labels, roles: { ...input.labels?.roles } };
  const countries = categorized(input.countries);
  const projection = mapProjection(countries.map((c) => c.code));

  const legend: string[] = [];
  const summary: string[] = [];
  let y = MAP_AREA.y + MAP_AREA.height + 18;
  for (const category of MAP_CATEGORIES) {
    const names = legendNames(countries, category, labels, input.countries);
    if (names === '') continue;
    const heading = `${labels[category]}:`;
    summary.push(`${heading} ${names}.`);
    const indent = PADDING + SWATCH + 10;
    const lines = wrapText(`${heading} ${names}`, MAP_WIDTH - indent - PADDING, LEGEND_FONT);
    legend.push(
      `<rect x="${PADDING}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${CATEGORY_COLOURS[category]}" stroke="#555555" stroke-width="0.8"/>`,
      ...lines.map((line, i) => {
        const baseline = y + 13 + i * LEGEND_LINE;
        if (i > 0) return svgText(indent, baseline, line, { size: LEGEND_FONT });
        // The heading in bold, the names after it on the same line.
        const rest = line.slice(heading.length);
        const restX = indent + textWidth(heading, LEGEND_FONT, 'bold');
        return (
          svgText(indent, baseline, heading, { size: LEGEND_FONT, weight: 'bold' }) +
          svgText(restX, baseline, rest, { size: LEGEND_FONT })
        );
      }),
    );
    y += Math.max(1, lines.length) * LEGEND_LINE + 6;
  }
  const height = Math.ceil(y + 10);
  // One line: the map's place on the picture is fixed, so tests can project onto it.
  const title = titleBlock(input.title, MAP_WIDTH - 2 * PADDING, PADDING, 1);
  const svg = svgDocument(MAP_WIDTH, height, [
    ...title.svg,
    ...mapBody(projection, countries),
    ...legend,
  ]);
  return {
    name: pictureName('map', input.title),
    description: altText(`${labels.map}: ${input.title}. ${summary.join(' ')}`),
    contentType: 'image/png',
    data: svgToPng(svg),
  };
}
