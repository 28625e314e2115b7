// Quotes: who said what, filterable by speaker, by an entity mentioned in the quote and by text;
// each quote links to its sentence in the reader.
import { useState, type FormEvent } from 'react';
import { api, type Params } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href, navigate } from '../router.ts';
import { day, quoted } from '../format.ts';
import { Status } from '../components/Status.tsx';

const PAGE_SIZE = 50;

export function QuotesView({ params }: { params: URLSearchParams }) {
  const current: Params = {
    speaker: params.get('speaker') ?? undefined,
    about: params.get('about') ?? undefined,
    q: params.get('q') ?? undefined,
    offset: Number(params.get('offset') ?? 0) || undefined,
  };
  const key = JSON.stringify(current);
  const state = useLoad(() => api.quotes({ ...current, limit: PAGE_SIZE }), [key]);
  const [draft, setDraft] = useState(current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href.quotes({ ...draft, offset: undefined }));
  };
  const offset = Number(current.offset ?? 0);
  return (
    <div className="quotes-view">
      <h1>Quotes</h1>
      <form className="inline-form" onSubmit={submit}>
        <label>
          speaker{' '}
          <input
            value={String(draft.speaker ?? '')}
            onChange={(e) => setDraft({ ...draft, speaker: e.target.value })}
            placeholder="name or entity key"
          />
        </label>
        <label>
          about{' '}
          <input
            value={String(draft.about ?? '')}
            onChange={(e) => setDraft({ ...draft, about: e.target.value })}
            placeholder="entity mentioned in the quote"
          />
        </label>
        <label>
          text <input value={String(draft.q ?? '')} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Status state={state} />
      {state.data && (
        <>
          <p className="muted">{state.data.total} quotes</p>
          <table className="table">
            <thead>
              <tr>
                <th>speaker</th>
                <th>said</th>
                <th>article</th>
                <th>date</th>
              </tr>
            </thead>
            <tbody>
              {state.data.quotes.map((q) => (
                <tr key={`${q.recordId}/${q.quoteId}`}>
                  <td>{q.speakerKey ? <a href={href.entity(q.speakerKey)}>{q.speaker}</a> : q.speaker}</td>
                  <td>
                    <a href={href.article(q.recordId, q.span)}>{quoted(q.content)}</a>{' '}
                    <small className="muted">{q.kind}</small>
                  </td>
                  <td>{q.title}</td>
                  <td className="nowrap">{day(q.published)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager">
            {offset > 0 && (
              <a href={href.quotes({ ...current, offset: Math.max(offset - PAGE_SIZE, 0) || undefined })}>← previous</a>
            )}
            {offset + PAGE_SIZE < state.data.total && (
              <a href={href.quotes({ ...current, offset: offset + PAGE_SIZE })}>next →</a>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
