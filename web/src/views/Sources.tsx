// Sources: the sites the stored articles cite most, each with the newest articles citing it,
// over the articles matching the same filters as search (the filters live in the URL).
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { day, sourceName } from '../format.ts';
import { Status } from '../components/Status.tsx';
import { FilterForm, filtersOf } from '../components/FilterForm.tsx';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function SourcesView({ params }: { params: URLSearchParams }) {
  const current = filtersOf(params);
  const key = JSON.stringify(current);
  const state = useLoad(() => api.sources(current), [key]);
  const domains = state.data?.domains;
  return (
    <div className="sources">
      <FilterForm
        current={current}
        hrefOf={(p) => href.sources({ ...p, offset: undefined })}
        placeholder="Sources cited by the articles matching: words, “a phrase”, prefix*"
      />
      <Status state={state} />
      {domains && (
        <>
          <p className="muted">
            {domains.length === 0
              ? 'No external links in the matching articles.'
              : `The ${plural(domains.length, 'site')} most cited by the matching articles, by the number of articles citing each`}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>site</th>
                <th className="num">articles</th>
                <th className="num">links</th>
                <th>newest citing articles</th>
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.domain}>
                  <td className="domain">{d.domain}</td>
                  <td className="num">{d.records}</td>
                  <td className="num">{d.links}</td>
                  <td>
                    <ul className="facts">
                      {d.articles.map((a) => (
                        <li key={a.recordId}>
                          <a href={href.article(a.recordId)}>{a.title ?? '(untitled)'}</a>{' '}
                          <small className="muted">
                            {day(a.published)} · {sourceName(a.source)}
                          </small>
                        </li>
                      ))}
                      {d.records > d.articles.length && (
                        <li className="muted">and {plural(d.records - d.articles.length, 'more article')}</li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
