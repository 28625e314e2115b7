// The offline world map: Natural Earth 1:110m country outlines (world-atlas, bundled) drawn with
// d3-geo as SVG paths; points are React shapes, so their labels stay text. The map zooms (wheel,
// buttons) and pans (drag); outlines are scaled as one group, while points stay their size and
// are placed at their zoomed position, so markers that would overlap on screen at the current
// zoom are drawn as one cluster with a count.
import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type WheelEvent } from 'react';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** How a point is drawn; the same shapes as the modality legend. */
export type Shape = 'circle' | 'diamond' | 'square' | 'cross';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Radius in pixels. */
  r: number;
  color: string;
  shape?: Shape;
  /** Outline only (planned, possible, hypothetical facts). */
  hollow?: boolean;
  /** Dashed outline (hypothetical facts). */
  dashed?: boolean;
  label: string;
  href?: string;
  /** How many facts the point stands for; points with a count join clusters when they overlap. */
  count?: number;
}

const WIDTH = 960;
const HEIGHT = 500;
const MAX_ZOOM = 64;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);

/** The smallest area the map zooms to around its points, in degrees, so one point still shows its region. */
const MIN_SPAN_LON = 50;
const MIN_SPAN_LAT = 25;

/** A box around the points (at least the minimum span), as GeoJSON for fitting the projection; null for no points. */
function extentOf(points: { lat: number; lon: number }[]): GeoJSON.Feature | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const grow = (lo: number, hi: number, min: number, limit: number) => {
    const pad = Math.max((min - (hi - lo)) / 2, (hi - lo) * 0.1);
    return [Math.max(lo - pad, -limit), Math.min(hi + pad, limit)];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), MIN_SPAN_LON, 180);
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), MIN_SPAN_LAT, 85);
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, south],
        [west, north],
        [east, north],
      ],
    },
  };
}

interface Placed {
  point: MapPoint;
  x: number;
  y: number;
}

/** A marker on screen: one point, or several overlapping counted points as a cluster. */
interface Marker {
  x: number;
  y: number;
  members: Placed[];
}

/**
 * Greedy screen-space clustering: each counted point, largest first, joins the first marker it
 * overlaps (centres closer than the two radii), else starts one. Uncounted points stay alone.
 */
function cluster(placed: Placed[]): Marker[] {
  const markers: (Marker & { r: number })[] = [];
  const counted = placed.filter((p) => p.point.count).sort((a, b) => b.point.r - a.point.r);
  for (const p of counted) {
    const near = markers.find((m) => Math.hypot(m.x - p.x, m.y - p.y) < m.r + p.point.r);
    if (near) near.members.push(p);
    else markers.push({ x: p.x, y: p.y, r: p.point.r, members: [p] });
  }
  return [...placed.filter((p) => !p.point.count).map((p) => ({ x: p.x, y: p.y, members: [p] })), ...markers];
}

function PointShape({ p, x, y }: { p: MapPoint; x: number; y: number }) {
  const fill = p.hollow ? 'white' : p.color;
  const common = {
    fill,
    fillOpacity: p.hollow ? 0.6 : 0.75,
    stroke: p.color,
    strokeWidth: p.hollow ? 2 : 1,
    strokeDasharray: p.dashed ? '3 2' : undefined,
  };
  const r = p.r;
  switch (p.shape) {
    case 'diamond':
      return (
        <path d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} {...common} />
      );
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
    case 'cross':
      return (
        <path
          d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`}
          stroke={p.color}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

/** Zooms to the points' area (or the whole world without points); `onSelect` gets the points of a clicked marker. */
export function WorldMap({ points, onSelect }: { points: MapPoint[]; onSelect?: (points: MapPoint[]) => void }) {
  const extentKey = points.map((p) => `${p.lat},${p.lon}`).join(';');
  const { path, project } = useMemo(() => {
    const extent = extentOf(points);
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], extent ?? countries);
    return { path: geoPath(projection), project: (lon: number, lat: number) => projection([lon, lat]) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extentKey]);
  const outlines = useMemo(
    () => countries.features.map((f, i) => <path key={i} d={path(f) ?? ''} className="country" />),
    [path],
  );
  const [view, setView] = useState({ k: 1, x: 0, y: 0 });
  const [lastExtent, setLastExtent] = useState(extentKey);
  if (lastExtent !== extentKey) {
    setLastExtent(extentKey);
    setView({ k: 1, x: 0, y: 0 });
  }
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; vx: number; vy: number } | null>(null);

  /** A client position in the SVG's own coordinates. */
  const toSvg = (clientX: number, clientY: number) => {
    const box = svg.current!.getBoundingClientRect();
    return [((clientX - box.left) / box.width) * WIDTH, ((clientY - box.top) / box.height) * HEIGHT];
  };
  /** Zooms by `factor` keeping the SVG point (cx, cy) still. */
  const zoom = (factor: number, cx = WIDTH / 2, cy = HEIGHT / 2) =>
    setView((v) => {
      const k = Math.min(MAX_ZOOM, Math.max(1, v.k * factor));
      const f = k / v.k;
      return k === 1 ? { k: 1, x: 0, y: 0 } : { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
    });
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    const [cx, cy] = toSvg(e.clientX, e.clientY);
    zoom(e.deltaY < 0 ? 1.5 : 1 / 1.5, cx, cy);
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('.point')) return;
    drag.current = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const box = e.currentTarget.getBoundingClientRect();
    const sx = WIDTH / box.width;
    setView((v) => ({ ...v, x: d.vx + (e.clientX - d.x) * sx, y: d.vy + (e.clientY - d.y) * sx }));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const markers = useMemo(() => {
    const placed: Placed[] = [];
    for (const point of points) {
      const xy = project(point.lon, point.lat);
      if (xy) placed.push({ point, x: xy[0] * view.k + view.x, y: xy[1] * view.k + view.y });
    }
    return cluster(placed);
  }, [points, project, view]);

  return (
    <div className="worldmap-frame">
      <svg
        ref={svg}
        className="worldmap"
        overflow="hidden"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="map"
        data-zoom={view.k.toFixed(2)}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <path d={path(geoGraticule10()) ?? ''} className="graticule" />
          {outlines}
        </g>
        {markers.map((m) => {
          if (m.members.length === 1) {
            const { point: p } = m.members[0];
            const mark = (
              <g className="point" onClick={() => onSelect?.([p])}>
                <title>{p.label}</title>
                <PointShape p={p} x={m.x} y={m.y} />
              </g>
            );
            return p.href ? (
              <a key={p.id} href={p.href}>
                {mark}
              </a>
            ) : (
              <g key={p.id}>{mark}</g>
            );
          }
          const count = m.members.reduce((n, q) => n + (q.point.count ?? 0), 0);
          const r = 9 + 2 * Math.sqrt(count);
          return (
            <g
              key={m.members.map((q) => q.point.id).join('+')}
              className="point cluster"
              onClick={() => onSelect?.(m.members.map((q) => q.point))}
            >
              <title>{`${count} at ${m.members.length} overlapping markers — click to list, zoom in to separate`}</title>
              <circle cx={m.x} cy={m.y} r={r} fill="#33414f" fillOpacity={0.85} stroke="white" strokeWidth={1.5} />
              <text x={m.x} y={m.y} dy="0.35em" textAnchor="middle" fill="white" fontSize={11} fontWeight={600}>
                {count}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="zoom-controls">
        <button type="button" aria-label="zoom in" onClick={() => zoom(2)}>
          +
        </button>
        <button type="button" aria-label="zoom out" onClick={() => zoom(0.5)}>
          −
        </button>
        <button type="button" aria-label="reset zoom" onClick={() => setView({ k: 1, x: 0, y: 0 })}>
          ⟲
        </button>
      </div>
    </div>
  );
}
