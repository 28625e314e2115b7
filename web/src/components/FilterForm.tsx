// The search box and its filters, shared by the views filtered like search (Search, Sources): the
// filters live in the URL, the form edits a draft of them and a submit navigates to the new URL.
import { useState, type FormEvent } from 'react';
import type { Params } from '../api.ts';
import { navigate } from '../router.ts';
import { MODALITY_LABEL } from '../format.ts';
import { MODALITIES, PLOVER_TYPES } from '../../../src/record/types.ts';

export const FILTERS = ['q', 'since', 'until', 'source', 'author', 'entity', 'place', 'eventType', 'modality'] as const;
export type Filter = (typeof FILTERS)[number];

/** The filters set in a view's URL parameters. */
export function filtersOf(p: URLSearchParams): Params {
  const out: Params = {};
  for (const k of FILTERS) if (p.get(k)) out[k] = p.get(k)!;
  return out;
}

export function FilterForm({
  current,
  hrefOf,
  placeholder,
}: {
  current: Params;
  /** The view's address for a set of filters. */
  hrefOf: (p: Params) => string;
  placeholder: string;
}) {
  const key = JSON.stringify(current);
  const [draft, setDraft] = useState<Params>(current);
  const [draftKey, setDraftKey] = useState(key);
  if (draftKey !== key) {
    setDraft(current);
    setDraftKey(key);
  }
  const set = (k: Filter, v: string) => setDraft({ ...draft, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(hrefOf({ ...draft, offset: undefined }));
  };
  return (
    <form className="searchbar" onSubmit={submit} role="search">
      <input
        name="q"
        type="search"
        placeholder={placeholder}
        value={String(draft.q ?? '')}
        onChange={(e) => set('q', e.target.value)}
        autoFocus
      />
      <button type="submit">Search</button>
      <details className="filters" open={FILTERS.slice(1).some((k) => current[k])}>
        <summary>Filters</summary>
        <label>
          since <input type="date" value={String(draft.since ?? '')} onChange={(e) => set('since', e.target.value)} />
        </label>
        <label>
          until <input type="date" value={String(draft.until ?? '')} onChange={(e) => set('until', e.target.value)} />
        </label>
        <label>
          source{' '}
          <input
            value={String(draft.source ?? '')}
            onChange={(e) => set('source', e.target.value)}
            placeholder="site or path"
          />
        </label>
        <label>
          author <input value={String(draft.author ?? '')} onChange={(e) => set('author', e.target.value)} />
        </label>
        <label>
          entity{' '}
          <input
            value={String(draft.entity ?? '')}
            onChange={(e) => set('entity', e.target.value)}
            placeholder="name or key"
          />
        </label>
        <label>
          place <input value={String(draft.place ?? '')} onChange={(e) => set('place', e.target.value)} />
        </label>
        <label>
          event type{' '}
          <select value={String(draft.eventType ?? '')} onChange={(e) => set('eventType', e.target.value)}>
            <option value="">any</option>
            {PLOVER_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          modality{' '}
          <select value={String(draft.modality ?? '')} onChange={(e) => set('modality', e.target.value)}>
            <option value="">any</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {MODALITY_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
        <a href={hrefOf(current.q ? { q: current.q } : {})}>clear filters</a>
      </details>
    </form>
  );
}
