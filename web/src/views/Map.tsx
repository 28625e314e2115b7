// Map: events (by place, drawn by modality) and mentioned places as points on bundled outlines,
// filterable by type, modality and time. Markers that overlap join a cluster with a count; a
// click on a marker lists its events beside the map, each linking to its sentence.
import { useMemo, useState } from 'react';
import { api, type EventHit } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { MODALITY_LABEL, plural, typeColor } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';
import { WorldMap, type MapPoint, type Shape } from '../components/WorldMap.tsx';
import { EventFilters, eventParams, ModalityLegend } from '../components/EventFilters.tsx';
import { EventList } from '../components/EventList.tsx';
import { Status } from '../components/Status.tsx';

/** Event mentions fetched for the map at most (the API's page limit). */
const MAX_EVENTS = 500;
const PLACE_COLOR = '#8a8a8a';
/** The modality legend's shapes: filled circle, hollow circle, diamond, dashed square, cross. */
const LOOK: Record<Modality, { shape: Shape; hollow?: boolean; dashed?: boolean }> = {
  asserted: { shape: 'circle' },
  future: { shape: 'circle', hollow: true },
  possible: { shape: 'diamond', hollow: true },
  hypothetical: { shape: 'square', hollow: true, dashed: true },
  negated: { shape: 'cross' },
};

interface Group {
  id: string;
  lat: number;
  lon: number;
  placeKey: string | null;
  events: EventHit[];
  modality: string;
}

/** One point per place and modality, coloured by the most frequent event type there. */
function groupEvents(events: EventHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const ev of events) {
    if (ev.lat === null || ev.lon === null) continue;
    const id = `${ev.placeKey ?? `${ev.lat},${ev.lon}`}|${ev.modality}`;
    const g = groups.get(id) ?? {
      id,
      lat: ev.lat,
      lon: ev.lon,
      placeKey: ev.placeKey,
      events: [],
      modality: ev.modality,
    };
    g.events.push(ev);
    groups.set(id, g);
  }
  return [...groups.values()];
}

function dominantType(events: EventHit[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export function MapView({ params }: { params: URLSearchParams }) {
  const current = eventParams(params);
  const key = JSON.stringify(current);
  const events = useLoad(() => api.events({ ...current, limit: MAX_EVENTS }), [key]);
  const places = useLoad(
    () => api.places({ since: current.since, until: current.until }),
    [current.since, current.until],
  );
  const [selected, setSelected] = useState<string[]>([]);
  const groups = useMemo(() => groupEvents(events.data?.events ?? []), [events.data]);
  const placeName = useMemo(() => new Map((places.data ?? []).map((p) => [p.key, p.name])), [places.data]);
  const points: MapPoint[] = useMemo(
    () => [
      ...(places.data ?? []).map((p) => ({
        id: `place:${p.key}`,
        lat: p.lat,
        lon: p.lon,
        r: 2.5,
        color: PLACE_COLOR,
        label: `${p.name}: mentioned in ${plural(p.records, 'article')}`,
        href: href.entity(p.key),
      })),
      ...groups.map((g) => {
        const type = dominantType(g.events);
        const where = g.placeKey ? (placeName.get(g.placeKey) ?? g.placeKey) : `${g.lat}, ${g.lon}`;
        return {
          id: g.id,
          lat: g.lat,
          lon: g.lon,
          r: 4 + 2 * Math.sqrt(g.events.length),
          color: typeColor(type),
          ...(LOOK[g.modality as Modality] ?? LOOK.asserted),
          count: g.events.length,
          label: `${where}: ${plural(g.events.length, 'event')} (${MODALITY_LABEL[g.modality as Modality] ?? g.modality}), mostly ${type} — click to list`,
        };
      }),
    ],
    [places.data, groups, placeName],
  );
  const chosen = groups.filter((g) => selected.includes(g.id));
  const chosenEvents = chosen.flatMap((g) => g.events).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const chosenPlaces = [...new Set(chosen.map((g) => (g.placeKey ? (placeName.get(g.placeKey) ?? g.placeKey) : '?')))];
  const fetched = events.data?.events.length ?? 0;
  const located = groups.reduce((n, g) => n + g.events.length, 0);
  const total = events.data?.total ?? 0;
  return (
    <div className="map">
      <h1>Map</h1>
      <EventFilters current={current} to={(p) => href.map(p)} />
      <ModalityLegend />
      <Status state={events} />
      {events.data && (
        <p className="shown">
          {plural(located, 'located event')} drawn
          {total > fetched
            ? `: the latest ${fetched.toLocaleString('en')} of ${total.toLocaleString('en')} matching events were fetched — narrow the dates or filters to see the others`
            : ` of ${plural(total, 'matching event')}`}
          {fetched > located ? ` (${fetched - located} without a known place)` : ''}. Overlapping markers are clusters
          with a count; grey dots are places mentioned in articles (click for the place's page). Scroll or use + / − to
          zoom, drag to pan.
        </p>
      )}
      <div className="map-layout">
        <WorldMap points={points} onSelect={(ps) => setSelected(ps.filter((p) => p.count).map((p) => p.id))} />
        <aside className="map-side" aria-label="events at the selected marker">
          {chosen.length === 0 ? (
            <p className="muted">Click a marker to list its events here.</p>
          ) : (
            <>
              <h2>
                {plural(chosenEvents.length, 'event')} at {chosenPlaces.join(', ')}
              </h2>
              <EventList events={chosenEvents} />
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
