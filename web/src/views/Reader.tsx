// The reader: one article with what dateline recognised highlighted, lists of its facts (each
// linking to its span), its warnings, what it cites and which stored articles cite it.
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href, safeHref } from '../router.ts';
import { day, MODALITY_LABEL, quoted, typeColor } from '../format.ts';
import { entityKey } from '../../../src/record/entity-key.ts';
import type { Span } from '../../../src/record/types.ts';
import type { Citations, CitedLink } from '../../../src/store/store.ts';
import { Highlighted } from '../components/Highlighted.tsx';
import { Status } from '../components/Status.tsx';
import { speakerName } from '../../../src/record/speaker-name.ts';

function parseSpan(value: string | null): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const NO_LINKS: CitedLink[] = [];

/** Each cited URL once (its first link), stored articles first. */
function citedPages(cites: readonly CitedLink[]): CitedLink[] {
  const seen = new Set<string>();
  const once = cites.filter((c) => !seen.has(c.url) && seen.add(c.url));
  return [...once.filter((c) => c.recordId), ...once.filter((c) => !c.recordId)];
}

function CitationLists({ id, citations }: { id: string; citations: Citations }) {
  const pages = citedPages(citations.cites);
  const stored = pages.filter((c) => c.recordId).length;
  return (
    <>
      <section className="cites">
        <h2>
          Cites ({pages.length} page{pages.length === 1 ? '' : 's'}, {stored} stored)
        </h2>
        <ul className="facts">
          {pages.map((c) => (
            <li key={c.url}>
              {c.recordId ? (
                <a href={href.article(c.recordId)}>{c.recordTitle ?? '(untitled)'}</a>
              ) : safeHref(c.url) ? (
                <a href={safeHref(c.url)} rel="noopener noreferrer nofollow" target="_blank">
                  {c.url}
                </a>
              ) : (
                c.url
              )}{' '}
              <small className="muted">
                {c.domain}
                {c.internal ? ' · same site' : ''}
                {c.recordId ? ' · stored' : ''}
              </small>
              <a className="jump" href={href.article(id, c.span)} title={`the link: ${c.text}`}>
                ¶
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="cited-by">
        <h2>Cited by ({citations.citedBy.length})</h2>
        <ul className="facts">
          {citations.citedBy.map((c) => (
            <li key={c.recordId}>
              <a href={href.article(c.recordId, c.span)}>{c.title ?? '(untitled)'}</a>{' '}
              <small className="muted">
                {day(c.published)} · “{c.text}”
              </small>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ReaderView({ id, params }: { id: string; params: URLSearchParams }) {
  const state = useLoad(() => api.article(id), [id]);
  const citations = useLoad(() => api.citations(id), [id]);
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
          <span className="event mod-negated">negated event</span> <span className="link">link</span>{' '}
          <span className="link link-stored">link to a stored article</span> — click a highlight for details
        </p>
        <Highlighted record={r} target={target} cites={citations.data?.cites ?? NO_LINKS} />
      </article>
      <aside>
        {citations.data ? <CitationLists id={r.id} citations={citations.data} /> : <Status state={citations} />}
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
                <b>{speakerName(q.speaker, q.speaker.entity ? byId.get(q.speaker.entity)?.name : undefined)}</b>:{' '}
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
