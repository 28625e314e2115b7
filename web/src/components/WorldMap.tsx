// The offline world map: Natural Earth 1:110m country outlines (world-atlas, bundled) drawn with
// d3-geo as SVG paths; points are React circles, so their labels stay text.
import { useMemo } from 'react';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Radius in pixels. */
  r: number;
  color: string;
  /** Outline only (planned, possible, hypothetical facts). */
  hollow?: boolean;
  /** Drawn with a cross (negated facts). */
  crossed?: boolean;
  label: string;
  href?: string;
  onSelect?: () => void;
}

const WIDTH = 960;
const HEIGHT = 500;
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

/** Zooms to the points' area (or the whole world without points). */
export function WorldMap({ points }: { points: MapPoint[] }) {
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
  return (
    <svg className="worldmap" overflow="hidden" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="map">
      <path d={path(geoGraticule10()) ?? ''} className="graticule" />
      {outlines}
      {points.map((p) => {
        const xy = project(p.lon, p.lat);
        if (!xy) return null;
        const [x, y] = xy;
        const mark = (
          <g className="point" onClick={p.onSelect}>
            <title>{p.label}</title>
            <circle
              cx={x}
              cy={y}
              r={p.r}
              fill={p.hollow ? 'white' : p.color}
              fillOpacity={p.hollow ? 0.6 : 0.75}
              stroke={p.color}
              strokeWidth={p.hollow ? 2 : 1}
            />
            {p.crossed && (
              <path
                d={`M${x - p.r} ${y - p.r}L${x + p.r} ${y + p.r}M${x - p.r} ${y + p.r}L${x + p.r} ${y - p.r}`}
                stroke={p.color}
                strokeWidth={2}
              />
            )}
          </g>
        );
        return p.href ? (
          <a key={p.id} href={p.href}>
            {mark}
          </a>
        ) : (
          <g key={p.id}>{mark}</g>
        );
      })}
    </svg>
  );
}
