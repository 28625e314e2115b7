// Every kind of input `dateline ingest` takes, as one stream of entries in the order given:
// URLs, files and folders (WARC archives among them expanded record by record), URL lists,
// feeds and sitemaps.
import { resolve } from 'node:path';
import type { SourceEntry } from './item.js';
import type { Fetcher } from './fetch/fetcher.js';
import type { SourceState } from './state.js';
import { localEntries, type WalkOptions } from './files.js';
import { isUrl, urlItem, urlListEntries } from './urls.js';
import { isWarcPath, warcEntries } from './warc.js';
import { feedEntries } from './feeds/index.js';
import { sitemapEntries } from './sitemaps.js';

export interface InputSpec extends WalkOptions {
  /** Files, folders, URLs, or "-" for a page on standard input. */
  inputs?: readonly string[];
  /** Files of URLs, one per line ("-" for standard input). */
  urlLists?: readonly string[];
  feeds?: readonly string[];
  sitemaps?: readonly string[];
  /** For sitemaps: skip entries last modified before this ISO date. */
  since?: string;
  /** The web address of local files, by absolute path (`--url-map`). */
  urlMap?: ReadonlyMap<string, string>;
}

export async function* inputEntries(
  spec: InputSpec,
  fetcher: Fetcher,
  state: SourceState,
): AsyncGenerator<SourceEntry> {
  const inputs = spec.inputs ?? [];
  for (const [k, input] of inputs.entries()) {
    if (isUrl(input)) {
      yield { item: urlItem(input, fetcher) };
      continue;
    }
    for await (const entry of localEntries([input], spec)) {
      if (!('item' in entry && entry.item.path && isWarcPath(entry.item.path))) {
        if ('item' in entry) {
          const { item } = entry;
          if (item.position !== undefined) item.position = (k + item.position) / inputs.length;
          const url = item.path && item.path !== '-' ? spec.urlMap?.get(resolve(item.path)) : undefined;
          if (url) item.url = url;
        }
        yield entry;
        continue;
      }
      for await (const e of warcEntries(entry.item.path)) {
        // An archive's own position, as a share of all the inputs given.
        if ('item' in e && e.item.position !== undefined) e.item.position = (k + e.item.position) / inputs.length;
        yield e;
      }
    }
  }
  for (const list of spec.urlLists ?? []) yield* urlListEntries(list, fetcher);
  for (const feed of spec.feeds ?? []) yield* feedEntries(feed, fetcher, state);
  for (const sitemap of spec.sitemaps ?? []) yield* sitemapEntries(sitemap, fetcher, { since: spec.since });
}
