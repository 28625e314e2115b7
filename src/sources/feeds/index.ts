// Feeds as sources: every page of a feed (following its paging), each item ingested from the full
// content the feed carries or else fetched from its link. Pages are fetched conditionally, so a
// feed polled again costs one 304 when nothing changed.
import type { SourceEntry, SourceFailure, SourceItem } from '../item.js';
import type { Fetcher, Fetched } from '../fetch/fetcher.js';
import type { SourceState } from '../state.js';
import { bodyText } from '../fetch/decode-text.js';
import { urlItem, urlKey } from '../urls.js';
import { parseFeedPage, type FeedEntry } from './parse.js';

/** Most pages followed in one feed: a bound against endless or looping paging. */
export const MAX_FEED_PAGES = 200;

export async function* feedEntries(feedUrl: string, fetcher: Fetcher, state: SourceState): AsyncGenerator<SourceEntry> {
  const seen = new Set<string>();
  let url: string | undefined = feedUrl;
  while (url && !seen.has(url) && seen.size < MAX_FEED_PAGES) {
    seen.add(url);
    let got: Fetched;
    try {
      got = await fetcher.fetch(url, (await state.validators(url)) ?? {});
    } catch (err) {
      yield { failure: { key: url, reason: `feed: ${(err as Error).message}` } };
      return;
    }
    if (got.notModified) return;
    let page;
    try {
      page = parseFeedPage(bodyText(got.body, got.contentType), got.url);
    } catch (err) {
      yield { failure: { key: url, reason: `not a feed: ${(err as Error).message.split('\n')[0]}` } };
      return;
    }
    const keys: string[] = [];
    for (const e of page.entries) {
      const entry = feedItemEntry(e, got, fetcher);
      keys.push('item' in entry ? entry.item.key : entry.failure.key);
      yield entry;
    }
    const pageUrl = url;
    if (got.etag || got.lastModified) {
      yield {
        checkpoint: {
          after: keys,
          run: () => state.saveValidators(pageUrl, { etag: got.etag, lastModified: got.lastModified }),
        },
      };
    }
    url = page.next;
  }
}

function feedItemEntry(
  e: FeedEntry,
  feed: Fetched,
  fetcher: Fetcher,
): { item: SourceItem } | { failure: SourceFailure } {
  const extra = e.published ? { published: e.published } : {};
  if (e.content) return { item: contentItem(e, feed) };
  if (e.link) return { item: urlItem(e.link, fetcher, extra) };
  return {
    failure: {
      key: `${feed.url}#${e.id ?? e.title ?? 'item'}`,
      reason: 'feed item has neither full content nor a link',
    },
  };
}

/** An item whose article is inside the feed: wrapped as a small HTML page for extraction. */
function contentItem(e: FeedEntry, feed: Fetched): SourceItem {
  const title = e.title ? `<title>${escapeHtml(e.title)}</title>` : '';
  const html = `<!doctype html><html><head><meta charset="utf-8">${title}</head><body><article>${e.content}</article></body></html>`;
  return {
    key: e.link ? urlKey(e.link) : `${feed.url}#${e.id}`,
    ...(e.link ? { url: e.link } : {}),
    contentType: 'text/html; charset=utf-8',
    sourceFormat: 'feed',
    fetchedAt: feed.fetchedAt,
    ...(e.published ? { published: e.published } : {}),
    read: async () => Buffer.from(html, 'utf8'),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
