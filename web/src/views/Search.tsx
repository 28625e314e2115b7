// Search: a box, filters, facets with counts, results with snippets, dates and sources. The
// query lives in the URL so results can be linked and the back button works.
import { api, type Params } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href, navigate } from '../router.ts';
import { day, MODALITY_LABEL, sourceName } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';
import { Snippet } from '../components/Snippet.tsx';
import { Status } from '../components/Status.tsx';
import { FilterForm, filtersOf, type Filter } from '../components/FilterForm.tsx';

const PAGE_SIZE = 20;
/** Which search filter a click on a facet value sets. */
const FACET_FILTER: Record<string, { label: string; filter: Filter }> = {
  people: { label: 'People', filter: 'entity' },
  organisations: { label: 'Organisations', filter: 'entity' },
  places: { label: 'Places', filter: 'place' },
  eventTypes: { label: 'Event types', filter: 'eventType' },
  modalities: { label: 'Modality', filter: 'modality' },
  years: { label: 'Years', filter: 'since' },
};

function paramsOf(p: URLSearchParams): Params {
  const out = filtersOf(p);
  const offset = Number(p.get('offset') ?? 0);
  if (offset > 0) out.offset = offset;
  return out;
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const current = paramsOf(params);
  const key = JSON.stringify(current);
  const state = useLoad(() => api.search({ ...current, limit: PAGE_SIZE }), [key]);
  const pick = (name: string, value: string) => {
    const filter = FACET_FILTER[name]?.filter ?? name;
    const extra = name === 'years' ? { since: `${value}-01-01`, until: `${value}-12-31` } : { [filter]: value };
    navigate(href.search({ ...current, ...extra, offset: undefined }));
    // The facets run down the page: after a click the new results start at the top, not beside the facet.
    window.scrollTo(0, 0);
  };
  const page = state.data;
  const offset = Number(current.offset ?? 0);
  return (
    <div className="search">
      <FilterForm
        current={current}
        hrefOf={(p) => href.search(p)}
        placeholder='Search articles: words, "a phrase", prefix*'
      />
      <Status state={state} />
      {page && (
        <div className="columns">
          <aside className="facets" aria-label="facets">
            {Object.entries(page.facets).map(
              ([name, values]) =>
                values.length > 0 && (
                  <section key={name}>
                    <h3>{FACET_FILTER[name]?.label ?? name}</h3>
                    <ul>
                      {values.map((f) => (
                        <li key={f.value}>
                          <button type="button" className="linklike" onClick={() => pick(name, f.value)}>
                            {name === 'modalities' ? (MODALITY_LABEL[f.value as Modality] ?? f.value) : f.value}
                          </button>{' '}
                          <span className="count">{f.count}</span>
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
            )}
          </aside>
          <section className="results">
            <p className="muted">
              {/* Past the store's cap the total is a lower bound: "10,000+ articles". */}
              {page.total.toLocaleString('en')}
              {page.totalRelation === 'gte' ? '+' : ''} article
              {page.total === 1 && page.totalRelation === 'eq' ? '' : 's'}
              {offset > 0 ? `, from ${offset + 1}` : ''}
              {page.facetSample
                ? ` · facet counts from the newest ${page.facetSample.toLocaleString('en')} matches`
                : ''}
            </p>
            {page.total === 0 && Object.keys(current).length === 0 && (
              <p className="hint">
                The database is empty. Add pages with <code>dateline ingest &lt;folder or URL&gt;</code>, or start with{' '}
                <code>npm start</code> to load the sample corpus.
              </p>
            )}
            <ol>
              {page.hits.map((h) => (
                <li key={h.id} className="hit">
                  <a className="hit-title" href={href.article(h.id)}>
                    {h.title ?? '(untitled)'}
                  </a>
                  <div className="meta">
                    {day(h.published)} · {sourceName(h.source)}
                    {h.authors.length > 0 ? ` · ${h.authors.join(', ')}` : ''}
                  </div>
                  <Snippet text={h.snippet} />
                </li>
              ))}
            </ol>
            <nav className="pager">
              {offset > 0 && (
                <a href={href.search({ ...current, offset: Math.max(offset - PAGE_SIZE, 0) || undefined })}>
                  ← previous
                </a>
              )}
              {offset + PAGE_SIZE < page.total && (
                <a href={href.search({ ...current, offset: offset + PAGE_SIZE })}>next →</a>
              )}
            </nav>
          </section>
        </div>
      )}
    </div>
  );
}
