// Timeline: events per day or week by type; modality is drawn differently (filled = happened,
// hollow = planned/possible/hypothetical, crossed = did not happen).
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import { api, type TimelineBucket } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { day, MODALITY_LABEL, plural, typeColor } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';
import { bulkRange, dayTicks, paddedDomain } from '../chart-domain.ts';
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
/** Events listed under the chart, per page. */
const PAGE_SIZE = 100;

export function TimelineView({ params }: { params: URLSearchParams }) {
  const current = eventParams(params);
  const interval = current.interval === 'week' ? 'week' : 'day';
  const all = params.get('range') === 'all';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const key = JSON.stringify(current);
  const buckets = useLoad(() => api.timeline({ ...current, interval }), [key]);
  const { interval: _unused, ...filters } = current;
  const events = useLoad(() => api.events({ ...filters, limit: PAGE_SIZE, offset }), [key, offset]);
  const drawn = useMemo(() => buckets.data && chart(buckets.data, interval, all), [buckets.data, interval, all]);
  const here = { ...current, interval, range: all ? 'all' : undefined };
  const total = events.data?.total ?? 0;
  return (
    <div className="timeline">
      <h1>Timeline</h1>
      <EventFilters current={current} to={(p) => href.timeline({ ...p, interval })}>
        <span className="toggle">
          per{' '}
          <a className={interval === 'day' ? 'active' : undefined} href={href.timeline({ ...here, interval: 'day' })}>
            day
          </a>
          {' / '}
          <a className={interval === 'week' ? 'active' : undefined} href={href.timeline({ ...here, interval: 'week' })}>
            week
          </a>
        </span>
      </EventFilters>
      <ModalityLegend />
      <Status state={buckets} />
      {buckets.data?.length === 0 && <p className="muted">No dated events match.</p>}
      {drawn && buckets.data!.length > 0 && <PlotFigure options={drawn.options} label="events over time" />}
      {drawn && drawn.outside > 0 && (
        <p className="muted outliers">
          {plural(drawn.outside, 'event')} dated far outside {day(drawn.from.toISOString())} –{' '}
          {day(drawn.to.toISOString())} not drawn ·{' '}
          <a href={href.timeline({ ...here, range: 'all' })}>draw the whole range</a>
        </p>
      )}
      {all && (
        <p className="muted outliers">
          Whole range drawn · <a href={href.timeline({ ...here, range: undefined })}>leave far outliers out</a>
        </p>
      )}
      {events.data && (
        <section>
          <h2>
            Events ({total}
            {total > PAGE_SIZE ? `; ${offset + 1}–${Math.min(offset + PAGE_SIZE, total)} shown, latest first` : ''})
          </h2>
          <EventList events={events.data.events} />
          <nav className="pager">
            {offset > 0 && (
              <a href={href.timeline({ ...here, offset: Math.max(offset - PAGE_SIZE, 0) || undefined })}>← previous</a>
            )}
            {offset + PAGE_SIZE < total && <a href={href.timeline({ ...here, offset: offset + PAGE_SIZE })}>next →</a>}
          </nav>
        </section>
      )}
    </div>
  );
}

function chart(
  data: TimelineBucket[],
  interval: 'day' | 'week',
  all: boolean,
): { options: Plot.PlotOptions; from: Date; to: Date; outside: number } {
  const dated = data.map((d) => ({ ...d, when: new Date(d.period), color: typeColor(d.type) }));
  const bulk = bulkRange(dated);
  const range = all ? { from: bulk.from, to: bulk.to, outside: 0 } : bulk;
  const rows = all ? dated : dated.filter((r) => r.when >= bulk.from && r.when <= bulk.to);
  const title = (d: TimelineBucket) =>
    `${d.period}${interval === 'week' ? ' (week)' : ''}: ${d.count} ${d.type} — ${MODALITY_LABEL[d.modality as Modality] ?? d.modality}`;
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const domain = paddedDomain(
    rows.map((r) => r.when),
    interval === 'week' ? 7 : 1,
  );
  const options: Plot.PlotOptions = {
    height: Math.max(160, 40 * types.length + 60),
    width: 1100,
    marginLeft: 90,
    x: {
      type: 'utc',
      label: interval === 'week' ? 'week starting' : 'day',
      grid: true,
      domain,
      ticks: dayTicks(domain, 12),
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
  return { options, ...range };
}
