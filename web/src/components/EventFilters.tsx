// Filters shared by the timeline and the map: event type, modality and a date range, kept in the URL.
import { useState, type FormEvent } from 'react';
import type { Params } from '../api.ts';
import { navigate } from '../router.ts';
import { MODALITY_LABEL } from '../format.ts';
import { MODALITIES, PLOVER_TYPES } from '../../../src/record/types.ts';

export const EVENT_FILTERS = ['type', 'modality', 'since', 'until'] as const;

export function eventParams(p: URLSearchParams): Params {
  const out: Params = {};
  for (const k of [...EVENT_FILTERS, 'interval']) if (p.get(k)) out[k] = p.get(k)!;
  return out;
}

export function EventFilters({
  current,
  to,
  children,
}: {
  current: Params;
  to: (p: Params) => string;
  children?: React.ReactNode;
}) {
  const [draft, setDraft] = useState(current);
  const set = (k: string, v: string) => setDraft({ ...draft, [k]: v || undefined });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(to(draft));
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        type{' '}
        <select value={String(draft.type ?? '')} onChange={(e) => set('type', e.target.value)}>
          <option value="">all</option>
          {PLOVER_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        modality{' '}
        <select value={String(draft.modality ?? '')} onChange={(e) => set('modality', e.target.value)}>
          <option value="">all</option>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        since <input type="date" value={String(draft.since ?? '')} onChange={(e) => set('since', e.target.value)} />
      </label>
      <label>
        until <input type="date" value={String(draft.until ?? '')} onChange={(e) => set('until', e.target.value)} />
      </label>
      {children}
      <button type="submit">Apply</button>
    </form>
  );
}

/** How each modality is drawn on the timeline and the map, so a forecast never looks like a fact. */
export function ModalityLegend() {
  return (
    <p className="legend modality-legend">
      <span>
        <svg width="14" height="14">
          <circle cx="7" cy="7" r="5" fill="#555" />
        </svg>{' '}
        happened
      </span>
      <span>
        <svg width="14" height="14">
          <circle cx="7" cy="7" r="5" fill="white" stroke="#555" strokeWidth="2" />
        </svg>{' '}
        planned / future
      </span>
      <span>
        <svg width="14" height="14">
          <path d="M7 1.5L12.5 7L7 12.5L1.5 7Z" fill="white" stroke="#555" strokeWidth="2" />
        </svg>{' '}
        possible
      </span>
      <span>
        <svg width="14" height="14">
          <rect x="2" y="2" width="10" height="10" fill="white" stroke="#555" strokeWidth="2" strokeDasharray="2 2" />
        </svg>{' '}
        hypothetical
      </span>
      <span>
        <svg width="14" height="14">
          <path d="M2 2L12 12M2 12L12 2" stroke="#555" strokeWidth="2" />
        </svg>{' '}
        did not happen
      </span>
    </p>
  );
}
