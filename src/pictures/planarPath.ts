import type { PlanarPart } from './planarAtlas.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Point = [number, number];

/** One edge of the clip rectangle: which side is inside, and where a segment crosses it. */
interface Edge {
  inside(p: Point): boolean;
  cross(a: Point, b: Point): Point;
}

function edges({ x, y, width, height }: Rect): Edge[] {
  const vertical = (at: number, keep: (px: number) => boolean): Edge => ({
    inside: (p) => keep(p[0]),
    cross: (a, b) => [at, a[1] + ((b[1] - a[1]) * (at - a[0])) / (b[0] - a[0])],
  });
  const horizontal = (at: number, keep: (py: number) => boolean): Edge => ({
    inside: (p) => keep(p[1]),
    cross: (a, b) => [a[0] + ((b[0] - a[0]) * (at - a[1])) / (b[1] - a[1]), at],
  });
  return [
    vertical(x, (px) => px >= x),
    vertical(x + width, (px) => px <= x + width),
    horizontal(y, (py) => py >= y),
    horizontal(y + height, (py) => py <= y + height),
  ];
}

/**
 * Sutherland–Hodgman: the ring cut to a rectangle. Parts outside become runs along the
 * rectangle's edges, which a slightly larger rectangle than the view keeps out of sight.
 */
function clipRing(ring: Point[], clip: readonly Edge[]): Point[] {
  let output = ring;
  for (const edge of clip) {
    const input = output;
    output = [];
    let previous = input.at(-1);
    for (const point of input) {
      if (previous === undefined) break;
      const inside = edge.inside(point);
      if (inside !== edge.inside(previous)) output.push(edge.cross(previous, point));
      if (inside) output.push(point);
      previous = point;
    }
    if (output.length === 0) break;
  }
  return output;
}

/** Projected outlines: their SVG path data, area (px²) and centroid, as d3's geoPath gives them. */
export interface PlanarShape {
  d: string;
  area: number;
  /** NaN when nothing of the shape is in the clip rectangle. */
  centroid: [number, number];
}

/** Below this many square pixels a ring does not show. */
const MIN_AREA = 0.25;

/** Where a unit-scale atlas lands on the picture: pixel = unit × scale + offset. */
export interface Placement {
  scale: number;
  x: number;
  y: number;
}

/** The part's bounds on the picture overlap the rectangle. */
export function partInView(part: PlanarPart, at: Placement, view: Rect): boolean {
  const [x0, y0, x1, y1] = part.bounds;
  return (
    x0 * at.scale + at.x <= view.x + view.width &&
    x1 * at.scale + at.x >= view.x &&
    y0 * at.scale + at.y <= view.y + view.height &&
    y1 * at.scale + at.y >= view.y
  );
}

/**
 * Parts of a unit-scale atlas (planarAtlas.ts) placed on the picture and cut to `clip`. Points
 * closer than `minStep` pixels to the last one kept are dropped: they would not show, and every
 * point costs resvg time. Parts wholly outside `clip` are skipped before any arithmetic.
 */
export function planarShape(
  parts: readonly PlanarPart[],
  at: Placement,
  clip: Rect,
  minStep = 0.5,
): PlanarShape {
  const clipEdges = edges(clip);
  const step = minStep / at.scale;
  const paths: string[] = [];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const part of parts) {
    if (!partInView(part, at, clip)) continue;
    for (const ring of part.rings) {
      const points: Point[] = [];
      let lastX = NaN;
      let lastY = NaN;
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i] ?? 0;
        const y = ring[i + 1] ?? 0;
        if (Math.abs(x - lastX) < step && Math.abs(y - lastY) < step) continue;
        lastX = x;
        lastY = y;
        points.push([x * at.scale + at.x, y * at.scale + at.y]);
      }
      if (points.length < 3) continue;
      const kept = clipRing(points, clipEdges);
      const moments = ringMoments(kept);
      // What lies wholly outside is cut to runs along the edges, with no area: nothing to draw.
      if (Math.abs(moments.area) < MIN_AREA) continue;
      // Holes wind the other way, so signed sums subtract them.
      area += moments.area;
      cx += moments.x;
      cy += moments.y;
      paths.push(`M${kept.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`);
    }
  }
  return {
    d: paths.join(''),
    area: Math.abs(area),
    centroid: area === 0 ? [NaN, NaN] : [cx / (3 * area), cy / (3 * area)],
  };
}

/** Signed area, and the first moments (times 3) for the centroid, of a closed ring. */
function ringMoments(ring: readonly Point[]): { area: number; x: number; y: number } {
  let twice = 0;
  let x = 0;
  let y = 0;
  let previous = ring.at(-1);
  for (const point of ring) {
    if (previous === undefined) break;
    const cross = previous[0] * point[1] - point[0] * previous[1];
    twice += cross;
    x += (previous[0] + point[0]) * cross;
    y += (previous[1] + point[1]) * cross;
    previous = point;
  }
  return { area: twice / 2, x: x / 2, y: y / 2 };
}
