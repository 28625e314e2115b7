// The reader: one article with what dateline recognised highlighted, lists of its facts (each
// linking to its span) and its warnings.
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href, safeHref } from '../router.ts';
import { day, MODALITY_LABEL, quoted, typeColor } from '../format.ts';
import { entityKey } from '../../../src/record/entity-key.ts';
import type { Span } from '../../../src/record/types.ts';
import { Highlighted } from '../components/Highlighted.tsx';
import { Status } from '../components/Status.tsx';

function parseSpan(value: string | null): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export function ReaderView({ id, params }: { id: string; params: URLSearchParams }) {
  const state = useLoad(() => api.article(id), [id]);
  const target = parseSpan(params.get('span'));
  const r = state.data;
  if (!r) return <Status state={state} />;
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const source = r.source.uri ?? r.canonicalUrl ?? null;
  return (
    <div className="reader">
      <article>
        <h1>{r.title ?? '(untitled)'}</h1>
        <p className="meta">
          <span>{day(r.published)}</span>
          {r.authors.length > 0 && <span> · {r.authors.join(', ')}</span>}
          {r.dateline && <span> · dateline: {r.dateline.raw}</span>}
          {source && (
            <span>
              {' '}
              ·{' '}
              {safeHref(source) ? (
                <a href={safeHref(source)} rel="noopener noreferrer nofollow" target="_blank">
                  {source}
                </a>
              ) : (
                source
              )}
            </span>
          )}
        </p>
        {r.warnings.length > 0 && (
          <ul className="warnings" aria-label="warnings">
            {r.warnings.map((w, i) => (
              <li key={i}>
                <b>{w.code}</b>: {w.message}
              </li>
            ))}
          </ul>
        )}
        <p className="legend">
          <span className="ent ent-PERSON">person</span> <span className="ent ent-ORG">organisation</span>{' '}
          <span className="ent ent-GPE">place</span> <span className="quote">quote</span>{' '}
          <span className="speaker">speaker</span> <span className="time">time</span>{' '}
          <span className="quantity">quantity</span> <span className="event mod-asserted">event</span>{' '}
          <span className="event mod-future">future event</span>{' '}
          <span className="event mod-negated">negated event</span> — click a highlight for details
        </p>
        <Highlighted record={r} target={target} />
      </article>
      <aside>
        <section>
          <h2>Entities ({r.entities.length})</h2>
          <ul className="facts">
            {r.entities.map((e) => (
              <li key={e.id}>
                <a href={href.entity(entityKey(e))}>{e.name}</a>{' '}
                <small className="muted">
                  {e.type}
                  {e.title ? ` · ${e.title}` : ''}
                  {e.affiliation ? ` · ${e.affiliation}` : ''}
                </small>
                {e.mentions[0] && (
                  <a className="jump" href={href.article(r.id, e.mentions[0])} title="first mention">
                    ¶
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Quotes ({r.quotes.length})</h2>
          <ul className="facts">
            {r.quotes.map((q) => (
              <li key={q.id}>
                <b>{q.speaker.entity ? (byId.get(q.speaker.entity)?.name ?? q.speaker.text) : q.speaker.text}</b>:{' '}
                <a href={href.article(r.id, q.content.span)}>{quoted(q.content.text)}</a>{' '}
                <small className="muted">{q.kind}</small>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Events ({r.events.length})</h2>
          <ul className="facts">
            {r.events.map((ev) => (
              <li key={ev.id}>
                <span className="swatch" style={{ background: typeColor(ev.type) }} />{' '}
                <a href={href.article(r.id, ev.sentence.span)}>{ev.type}</a>{' '}
                <small className={`mod mod-${ev.modality}`}>{MODALITY_LABEL[ev.modality]}</small>
                {ev.place && byId.get(ev.place) && <small className="muted"> · {byId.get(ev.place)!.name}</small>}
                {ev.time && <small className="muted"> · {ev.time}</small>}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Times ({r.times.length})</h2>
          <ul className="facts">
            {r.times.map((t, i) => (
              <li key={i}>
                <a href={href.article(r.id, t.span)}>{t.text}</a>{' '}
                <small className="muted">
                  {t.type ? `${t.type} ` : ''}
                  {t.value}
                </small>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}
