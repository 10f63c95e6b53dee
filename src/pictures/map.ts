import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Role } from '../corpus/types.ts';
import { altText, pictureName, type Picture } from './picture.ts';
import { PlanarAtlas, type PlanarBounds } from './planarAtlas.ts';
import { planarShape, type Placement } from './planarPath.ts';
import { svgToPng } from './png.ts';
import { svgDocument, svgText, textWidth, titleBlock, wrapText } from './svg.ts';
import { homeOf, worldCountry } from './world.ts';

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
 * Every main map is Lambert azimuthal equal-area centred where ETRS89-LAEA (EPSG:3035, Europe's
 * statistical projection) is: one projection for all maps, so its atlas is projected once per
 * process and a map only scales and shifts it.
 */
const MAIN_ATLAS = new PlanarAtlas(
  () => geoAzimuthalEqualArea().rotate([-10, -52]).scale(1).translate([0, 0]),
  '50m',
);

/** The world inset is Equal Earth centred on the operation's countries, to the nearest 15°. */
const INSET_ROTATION_STEP = 15;
const insetAtlases = new Map<number, PlanarAtlas>();

function insetAtlas(centre: number): PlanarAtlas {
  const snapped =
    ((((Math.round(centre / INSET_ROTATION_STEP) * INSET_ROTATION_STEP) % 360) + 540) % 360) - 180;
  let atlas = insetAtlases.get(snapped);
  if (atlas === undefined) {
    atlas = new PlanarAtlas(
      () => geoEqualEarth().rotate([-snapped, 0]).scale(1).translate([0, 0]),
      '110m',
    );
    insetAtlases.set(snapped, atlas);
  }
  return atlas;
}

function union(boxes: readonly PlanarBounds[]): PlanarBounds {
  const all: PlanarBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x0, y0, x1, y1] of boxes) {
    all[0] = Math.min(all[0], x0);
    all[1] = Math.min(all[1], y0);
    all[2] = Math.max(all[2], x1);
    all[3] = Math.max(all[3], y1);
  }
  return all;
}

/** As d3-geo's fitExtent: the bounds as large as fits in `box`, centred in it. */
function fitted([x0, y0, x1, y1]: PlanarBounds, box: Box): Placement {
  const scale = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
  return {
    scale,
    x: box.x + (box.width - scale * (x1 + x0)) / 2,
    y: box.y + (box.height - scale * (y1 + y0)) / 2,
  };
}

/** The atlas's projection placed on the picture and clipped to `view`: for points and outlines. */
function placed(atlas: PlanarAtlas, at: Placement, view: Box): GeoProjection {
  return atlas
    .create()
    .scale(at.scale)
    .translate([at.x, at.y])
    .clipExtent([
      [view.x, view.y],
      [view.x + view.width, view.y + view.height],
    ]);
}

export interface View {
  atlas: PlanarAtlas;
  at: Placement;
  projection: GeoProjection;
}

/** A point's bounds through the atlas's projection, for fitting to a country too small to draw. */
function pointBounds(atlas: PlanarAtlas, code: string): PlanarBounds[] {
  const country = worldCountry(code);
  const point = country === undefined ? null : atlas.projection(geoCentroid(homeOf(country)));
  return point === null ? [] : [[point[0], point[1], point[0], point[1]]];
}

function homeBounds(atlas: PlanarAtlas, codes: readonly string[]): PlanarBounds[] {
  return codes.flatMap((code) => {
    const home = atlas.home(code);
    return home === undefined ? pointBounds(atlas, code) : [home.bounds];
  });
}

/**
 * The main map fitted to MAP_AREA: the Balkans and the given countries that lie in Europe and
 * around it; countries farther away go on the world inset.
 */
export function mapView(codes: readonly string[]): View {
  const frame = EUROPE_FRAME.coordinates.flatMap((point): PlanarBounds[] => {
    const xy = MAIN_ATLAS.projection([point[0] ?? 0, point[1] ?? 0]);
    return xy === null ? [] : [[xy[0], xy[1], xy[0], xy[1]]];
  });
  const inView = [...new Set([...codes.filter(inEurope), ...BALKANS])];
  const bounds = union([...homeBounds(MAIN_ATLAS, inView), ...frame]);
  const { x, y, width, height } = MAP_AREA;
  const at = fitted(bounds, {
    x: x + PADDING,
    y: y + PADDING,
    width: width - 2 * PADDING,
    height: height - 2 * PADDING,
  });
  return { atlas: MAIN_ATLAS, at, projection: placed(MAIN_ATLAS, at, MAP_AREA) };
}

/** The main map's projection for these countries, as drawn on MAP_AREA. */
export function mapProjection(codes: readonly string[]): GeoProjection {
  return mapView(codes).projection;
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

/** Where a dot of this radius stays whole inside the view. */
function inner(view: Box, by: number): Box {
  return {
    x: view.x + by,
    y: view.y + by,
    width: view.width - 2 * by,
    height: view.height - 2 * by,
  };
}

function within(box: Box, view: Box): boolean {
  return contains(view, [box.x, box.y]) && contains(view, [box.x + box.width, box.y + box.height]);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

const DOT_RADIUS = 5;

interface Layer extends View {
  view: Box;
  labelled: boolean;
}

/** Grey land, the countries coloured by category, dots for the small ones, names on the big. */
function drawLayer(layer: Layer, countries: readonly Categorized[]): string[] {
  const { atlas, at, view } = layer;
  // Outlines are cut at the view itself: the white borders along the cut then fall under the
  // frame or on white, and the layer needs no clip-path, which costs resvg a full-size mask.
  const clip = view;
  const minPartArea = MIN_PART_PIXELS / at.scale ** 2;
  const sphere = geoPath(layer.projection).digits(1)({ type: 'Sphere' }) ?? '';
  const body = [`<path d="${sphere}" fill="${SEA}"/>`];
  body.push(`<g fill="${LAND}" stroke="${BORDER}" stroke-width="0.6">`);
  for (const parts of atlas.countries()) {
    const { d } = planarShape(
      parts.filter((part) => part.area >= minPartArea),
      at,
      clip,
    );
    if (d !== '') body.push(`<path d="${d}"/>`);
  }
  body.push('</g>');
  const dots: string[] = [];
  const labels: { area: number; x: number; y: number; name: string }[] = [];
  for (const country of countries) {
    const detailed = worldCountry(country.code);
    if (detailed === undefined) continue;
    const home = atlas.home(country.code);
    const drawn = home === undefined ? undefined : planarShape([home], at, clip);
    const fill = CATEGORY_COLOURS[country.category];
    if (drawn !== undefined && drawn.d !== '') {
      body.push(`<path d="${drawn.d}" fill="${fill}" stroke="${BORDER}" stroke-width="0.8"/>`);
    }
    // A place the coarser atlas leaves out (Aruba at 1:110m) gets its dot where the finer puts it.
    const area = drawn?.area ?? 0;
    const [cx, cy] = drawn?.centroid ??
      layer.projection(geoCentroid(homeOf(detailed))) ?? [NaN, NaN];
    if (!Number.isFinite(cx) || !Number.isFinite(cy) || !contains(view, [cx, cy])) continue;
    if (area < MIN_VISIBLE_AREA) {
      // Pulled inside the frame by up to a radius rather than cut by it.
      const dotArea = inner(view, DOT_RADIUS + 1);
      const dx = clamp(cx, dotArea.x, dotArea.x + dotArea.width);
      const dy = clamp(cy, dotArea.y, dotArea.y + dotArea.height);
      dots.push(
        `<circle cx="${dx.toFixed(1)}" cy="${dy.toFixed(1)}" r="${DOT_RADIUS}" fill="${fill}" stroke="#333333" stroke-width="1"/>`,
      );
    }
    if (layer.labelled && area >= MIN_LABELLED_AREA) {
      labels.push({ area, x: cx, y: cy, name: country.name });
    }
  }
  body.push(...dots);
  // Names on the larger countries, biggest first, never over one another.
  const placedLabels: Box[] = [];
  for (const label of labels.sort((a, b) => b.area - a.area)) {
    const width = textWidth(label.name, 12);
    const box = { x: label.x - width / 2, y: label.y - 10, width, height: 14 };
    if (!within(box, view) || placedLabels.some((p) => overlaps(p, box))) continue;
    placedLabels.push(box);
    body.push(
      svgText(label.x, label.y + 4, label.name, { size: 12, anchor: 'middle', halo: true }),
    );
  }
  return body;
}

/** The layer with a grey frame; clipped only where something drawn may cross the frame. */
function framed(box: Box, content: string[], clipId?: string): string[] {
  const frame = `<rect x="${box.x + 0.5}" y="${box.y + 0.5}" width="${box.width - 1}" height="${box.height - 1}" fill="none" stroke="#9a9a9a"/>`;
  if (clipId === undefined) return [...content, frame];
  return [
    `<clipPath id="${clipId}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/></clipPath>`,
    `<g clip-path="url(#${clipId})">`,
    ...content,
    '</g>',
    frame,
  ];
}

/** The corner of the main map where the inset hides the fewest of the coloured countries. */
function insetBox(main: View, countries: readonly Categorized[]): Box {
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
  const clip = MAP_AREA;
  const centroids = [...new Set([...countries.map((c) => c.code), ...BALKANS])].flatMap((code) => {
    const home = main.atlas.home(code);
    return home === undefined ? [] : [planarShape([home], main.at, clip).centroid];
  });
  const hidden = (box: Box): number =>
    centroids.filter((centroid) => contains(box, centroid)).length;
  return corners.reduce((best, box) => (hidden(box) < hidden(best) ? box : best));
}

/** A small world map with every country of the operation and the main map's extent outlined. */
function inset(main: View, countries: readonly Categorized[]): string[] {
  const box = insetBox(main, countries);
  const codes = countries.map((c) => c.code);
  // Longitudes from the coarse outlines where there are some: the span is all that is needed.
  const outlines: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: codes.flatMap((code) => {
      const country = worldCountry(code, '110m') ?? worldCountry(code);
      return country === undefined ? [] : [homeOf(country)];
    }),
  };
  const [[west], [east]] = geoBounds(outlines);
  const span = east >= west ? east - west : east + 360 - west;
  const atlas = insetAtlas(west + span / 2);
  const at = fitted(union(homeBounds(atlas, codes)), {
    x: box.x + 10,
    y: box.y + 10,
    width: box.width - 20,
    height: box.height - 20,
  });
  const projection = placed(atlas, at, box);
  const outline = edgePoints(MAP_AREA, 10).flatMap((point) => {
    const lonLat = main.projection.invert?.(point);
    const projected = lonLat === null || lonLat === undefined ? null : projection(lonLat);
    return projected === null ? [] : [`${projected[0].toFixed(1)},${projected[1].toFixed(1)}`];
  });
  // The outline of the main map's extent may run past the inset: clipped.
  return framed(
    box,
    [
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#ffffff"/>`,
      ...drawLayer({ atlas, at, projection, view: box, labelled: false }, countries),
      `<polygon points="${outline.join(' ')}" fill="none" stroke="#333333" stroke-width="1.2"/>`,
    ],
    'inset',
  );
}

function mapBody(main: View, countries: readonly Categorized[]): string[] {
  const far = countries.some((c) => worldCountry(c.code) !== undefined && !inEurope(c.code));
  return [
    ...framed(MAP_AREA, drawLayer({ ...main, view: MAP_AREA, labelled: true }, countries)),
    ...(far ? inset(main, countries) : []),
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
  const main = mapView(countries.map((c) => c.code));

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
    ...mapBody(main, countries),
    ...legend,
  ]);
  return {
    name: pictureName('map', input.title),
    description: altText(`${labels.map}: ${input.title}. ${summary.join(' ')}`),
    contentType: 'image/png',
    data: svgToPng(svg),
  };
}
