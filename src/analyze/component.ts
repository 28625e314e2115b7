import type { Doc } from './doc.js';

/**
 * The layers of a Doc that components read and write. `geo` is not a list of its own: it is the
 * `geo` of the GPE/LOC entities and the dateline's place (`doc.datelineGeo`), which geocode sets.
 */
export type Layer = 'sentences' | 'tokens' | 'entities' | 'geo' | 'times' | 'quantities' | 'quotes' | 'events';

/**
 * A pipeline component: reads the layers it `requires`, adds the ones it `assigns`, in place.
 * Components are pure functions of the Doc: no I/O, no clock, no randomness.
 */
export interface Component {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc): void;
}
