// Map: events (by place, drawn by modality) and mentioned places as points on bundled outlines,
// filterable by type, modality and time. Clicking a point lists its events, each linking to its sentence.
import { useMemo, useState } from 'react';
import { api, type EventHit } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { MODALITY_LABEL, plural, typeColor } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';
import { WorldMap, type MapPoint } from '../components/WorldMap.tsx';
import { EventFilters, eventParams, ModalityLegend } from '../components/EventFilters.tsx';
import { EventList } from '../components/EventList.tsx';
import { Status } from '../components/Status.tsx';

/** Event mentions fetched for the map at most (the API's page limit). */
const MAX_EVENTS = 500;
const PLACE_COLOR = '#8a8a8a';
const HOLLOW: ReadonlySet<string> = new Set(['future', 'possible', 'hypothetical']);

interface Group {
  id: string;
  lat: number;
  lon: number;
  events: EventHit[];
  modality: string;
}

/** One point per place and modality, coloured by the most frequent event type there. */
function groupEvents(events: EventHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const ev of events) {
    if (ev.lat === null || ev.lon === null) continue;
    const id = `${ev.placeKey ?? `${ev.lat},${ev.lon}`}|${ev.modality}`;
    const g = groups.get(id) ?? { id, lat: ev.lat, lon: ev.lon, events: [], modality: ev.modality };
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
  const [selected, setSelected] = useState<Group | null>(null);
  const groups = useMemo(() => groupEvents(events.data?.events ?? []), [events.data]);
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
        return {
          id: g.id,
          lat: g.lat,
          lon: g.lon,
          r: 4 + 2 * Math.sqrt(g.events.length),
          color: typeColor(type),
          hollow: HOLLOW.has(g.modality),
          crossed: g.modality === 'negated',
          label: `${plural(g.events.length, 'event')} (${MODALITY_LABEL[g.modality as Modality] ?? g.modality}), mostly ${type} — click to list`,
          onSelect: () => setSelected(g),
        };
      }),
    ],
    [places.data, groups],
  );
  return (
    <div className="map">
      <h1>Map</h1>
      <EventFilters current={current} to={(p) => href.map(p)} />
      <ModalityLegend />
      <Status state={events} />
      <WorldMap points={points} />
      <p className="muted">
        {plural(
          groups.reduce((n, g) => n + g.events.length, 0),
          'located event',
        )}
        {events.data && events.data.total > MAX_EVENTS ? ` (latest ${MAX_EVENTS} of ${events.data.total})` : ''}; grey
        dots are places mentioned in articles (click for the place's page).
      </p>
      {selected && (
        <section>
          <h2>
            {plural(selected.events.length, 'event')} here (
            {MODALITY_LABEL[selected.modality as Modality] ?? selected.modality})
          </h2>
          <EventList events={selected.events} />
        </section>
      )}
    </div>
  );
}
