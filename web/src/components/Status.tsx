import type { Loaded } from '../hooks.ts';

/** Loading and error states of a view, or nothing once the data is there. */
export function Status({ state }: { state: Loaded<unknown> }) {
  if (state.error)
    return (
      <p className="error" role="alert">
        {state.error}
      </p>
    );
  if (state.loading && !state.data) return <p className="muted">Loading…</p>;
  return null;
}
