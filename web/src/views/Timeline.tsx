// Timeline: events per day or week by type; modality is drawn differently (filled = happened,
// hollow = planned/possible/hypothetical, crossed = did not happen).
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import { api, type TimelineBucket } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { MODALITY_LABEL, typeColor } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';
import { paddedDomain } from '../chart-domain.ts';
import { PlotFigure } from '../components/Plot.tsx';
import { EventFilters, eventParams, ModalityLegend } from '../components/EventFilters.tsx';
import { EventList } from '../components/EventList.tsx';
import { Status } from '../components/Status.tsx';

/** Plot symbols per modality; asserted is the only filled one. */
const SYMBOL: Record<Modality, string> = {
  asserted: 'circle',
  future: 'circle',
  possible: 'diamond',
  hypothetical: 'square',
  negated: 'times',
};
/** Events listed under the chart. */
const LIST_SIZE = 100;

export function TimelineView({ params }: { params: URLSearchParams }) {
  const current = eventParams(params);
  const interval = current.interval === 'week' ? 'week' : 'day';
  const key = JSON.stringify(current);
  const buckets = useLoad(() => api.timeline({ ...current, interval }), [key]);
  const { interval: _unused, ...filters } = current;
  const events = useLoad(() => api.events({ ...filters, limit: LIST_SIZE }), [key]);
  const options = useMemo(() => buckets.data && chart(buckets.data, interval), [buckets.data, interval]);
  return (
    <div className="timeline">
      <h1>Timeline</h1>
      <EventFilters current={current} to={(p) => href.timeline({ ...p, interval })}>
        <span className="toggle">
          per{' '}
          <a
            className={interval === 'day' ? 'active' : undefined}
            href={href.timeline({ ...current, interval: 'day' })}
          >
            day
          </a>
          {' / '}
          <a
            className={interval === 'week' ? 'active' : undefined}
            href={href.timeline({ ...current, interval: 'week' })}
          >
            week
          </a>
        </span>
      </EventFilters>
      <ModalityLegend />
      <Status state={buckets} />
      {buckets.data?.length === 0 && <p className="muted">No dated events match.</p>}
      {options && buckets.data!.length > 0 && <PlotFigure options={options} label="events over time" />}
      {events.data && (
        <section>
          <h2>
            Events ({events.data.total}
            {events.data.total > LIST_SIZE ? `, latest ${LIST_SIZE} shown` : ''})
          </h2>
          <EventList events={events.data.events} />
        </section>
      )}
    </div>
  );
}

function chart(data: TimelineBucket[], interval: 'day' | 'week'): Plot.PlotOptions {
  const rows = data.map((d) => ({ ...d, when: new Date(d.period), color: typeColor(d.type) }));
  const title = (d: TimelineBucket) =>
    `${d.period}${interval === 'week' ? ' (week)' : ''}: ${d.count} ${d.type} — ${MODALITY_LABEL[d.modality as Modality] ?? d.modality}`;
  const types = [...new Set(rows.map((r) => r.type))].sort();
  return {
    height: Math.max(160, 40 * types.length + 60),
    width: 1100,
    marginLeft: 90,
    x: {
      type: 'utc',
      label: interval === 'week' ? 'week starting' : 'day',
      grid: true,
      domain: paddedDomain(
        rows.map((r) => r.when),
        interval === 'week' ? 7 : 1,
      ),
    },
    y: { domain: types, label: null },
    r: { range: [4, 16] },
    symbol: { domain: Object.keys(SYMBOL), range: Object.values(SYMBOL) },
    marks: [
      Plot.dot(
        rows.filter((d) => d.modality === 'asserted'),
        { x: 'when', y: 'type', r: 'count', symbol: 'modality', fill: 'color', fillOpacity: 0.85, title },
      ),
      Plot.dot(
        rows.filter((d) => d.modality !== 'asserted'),
        {
          x: 'when',
          y: 'type',
          r: 'count',
          symbol: 'modality',
          stroke: 'color',
          strokeWidth: 2,
          fill: 'white',
          dx: 6,
          title,
        },
      ),
    ],
  };
}
