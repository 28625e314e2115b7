// The entity page: who or what it is, where, how often it is mentioned over time, what it said
// (each quote linking to its sentence) and who it appears with.
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { day, plural, quoted } from '../format.ts';
import { countTicks, dayTicks, paddedDomain } from '../chart-domain.ts';
import { PlotFigure } from '../components/Plot.tsx';
import { WorldMap } from '../components/WorldMap.tsx';
import { Status } from '../components/Status.tsx';

const TYPE_LABEL: Record<string, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'place',
  LOC: 'place',
  NORP: 'group',
  FAC: 'facility',
};

const dates = (overTime: { date: string }[]) => paddedDomain(overTime.map((d) => new Date(d.date)));

export function EntityView({ entityKey }: { entityKey: string }) {
  const state = useLoad(() => api.entity(entityKey), [entityKey]);
  const e = state.data;
  const chart = useMemo<Plot.PlotOptions | null>(
    () =>
      e && e.overTime.length > 0
        ? {
            height: 180,
            width: 820,
            marginLeft: 40,
            x: {
              type: 'utc',
              label: 'publication date',
              domain: dates(e.overTime),
              ticks: dayTicks(dates(e.overTime), 10),
            },
            y: {
              label: 'mentions',
              grid: true,
              ticks: countTicks(Math.max(...e.overTime.map((d) => d.mentions))),
              tickFormat: 'd',
            },
            marks: [
              Plot.rectY(e.overTime, {
                x: (d: { date: string }) => new Date(d.date),
                y: 'mentions',
                interval: 'day',
                fill: '#4e79a7',
                title: (d: { date: string; mentions: number; records: number }) =>
                  `${d.date}: ${plural(d.mentions, 'mention')} in ${plural(d.records, 'article')}`,
              }),
              Plot.ruleY([0]),
            ],
          }
        : null,
    [e],
  );
  if (!e) return <Status state={state} />;
  return (
    <div className="entity">
      <h1>{e.name}</h1>
      <p className="meta">
        <span className={`badge ent-${e.type}`}>{TYPE_LABEL[e.type] ?? e.type}</span>
        {e.title && <span> · {e.title}</span>}
        {e.affiliation && <span> · {e.affiliation}</span>}
        {e.aliases.length > 0 && <span className="muted"> · also: {e.aliases.join(', ')}</span>}
        <span className="muted">
          {' '}
          · {plural(e.mentions, 'mention')} in {plural(e.records, 'article')} ·{' '}
        </span>
        <a href={href.search({ entity: e.key })}>search its articles</a>
      </p>
      <div className="columns">
        <div className="main">
          <section>
            <h2>Mentions over time</h2>
            {chart ? (
              <PlotFigure options={chart} label="mentions over time" />
            ) : (
              <p className="muted">No dated articles.</p>
            )}
          </section>
          <section>
            <h2>
              What {e.type === 'PERSON' ? 'they' : 'it'} said ({e.quotes.length})
            </h2>
            {e.quotes.length === 0 && <p className="muted">No quotes attributed.</p>}
            <ul className="quotes">
              {e.quotes.map((q) => (
                <li key={`${q.recordId}/${q.quoteId}`}>
                  <a href={href.article(q.recordId, q.span)}>{quoted(q.content)}</a>
                  <div className="meta">
                    {q.kind} · {day(q.published)} · {q.title}
                  </div>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Appears in</h2>
            <ul className="facts">
              {e.appearances.map((a) => (
                <li key={a.recordId}>
                  <a href={href.article(a.recordId, a.span)}>{a.title ?? '(untitled)'}</a>{' '}
                  <small className="muted">{day(a.published)}</small>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside>
          {e.geo && (
            <section>
              <h2>Where</h2>
              <WorldMap
                points={[
                  {
                    id: e.key,
                    lat: e.geo.lat,
                    lon: e.geo.lon,
                    r: 6,
                    color: '#e15759',
                    label: `${e.name} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})`,
                  },
                ]}
              />
              <p className="muted">
                {e.geo.lat.toFixed(3)}, {e.geo.lon.toFixed(3)} · {e.geo.country}
              </p>
            </section>
          )}
          <section>
            <h2>Appears with</h2>
            <ul className="facts">
              {e.cooccurring.map((c) => (
                <li key={c.key}>
                  <a href={href.entity(c.key)}>{c.name}</a>{' '}
                  <small className="muted">
                    {TYPE_LABEL[c.type] ?? c.type} · {plural(c.records, 'article')}
                  </small>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
