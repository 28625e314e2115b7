// What sources need to know about earlier runs: whether an item is finished (so paging can use
// it) and the validators of feeds and sitemaps fetched before, for conditional requests.
import type { Validators } from './fetch/fetcher.js';

export interface SourceState {
  validators(url: string): Promise<Validators | undefined>;
  saveValidators(url: string, v: Validators): Promise<void>;
}

/** State for one-off runs without a store (and for tests of sources alone). */
export function memoryState(): SourceState {
  const saved = new Map<string, Validators>();
  return {
    validators: async (url) => saved.get(url),
    saveValidators: async (url, v) => void saved.set(url, v),
  };
}
