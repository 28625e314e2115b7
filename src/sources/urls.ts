// Web pages by URL: single URLs, and lists of URLs (one per line, from a file or standard input).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { SourceEntry, SourceItem } from './item.js';
import type { Fetcher } from './fetch/fetcher.js';
import { FetchError } from './fetch/request.js';
import { notTextReason } from './fetch/content.js';
import { describe } from './files.js';

/** The identity of a page: its URL without the fragment, which never changes what is served. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** A page fetched when read; read() records the final URL, content type and fetch time. */
export function urlItem(url: string, fetcher: Fetcher, extra: Partial<SourceItem> = {}): SourceItem {
  const item: SourceItem = {
    ...extra,
    key: urlKey(url),
    url,
    read: async () => {
      const got = await fetcher.fetch(url);
      const why = notTextReason(got.body, got.contentType);
      if (why) throw new FetchError(why);
      item.url = got.url;
      item.contentType = got.contentType;
      item.fetchedAt = got.fetchedAt;
      return got.body;
    },
  };
  return item;
}

/** URLs listed one per line (blank lines and # comments skipped), from a file or "-" for stdin. */
export async function* urlListEntries(source: string, fetcher: Fetcher): AsyncGenerator<SourceEntry> {
  let lines: AsyncIterable<string> | Iterable<string>;
  try {
    lines =
      source === '-'
        ? createInterface({ input: process.stdin, crlfDelay: Infinity })
        : (await readFile(source, 'utf8')).split(/\r?\n/);
  } catch (err) {
    yield { failure: { key: source, reason: describe(err) } };
    return;
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!isUrl(line)) yield { failure: { key: line, reason: 'not an http(s) URL' } };
    else yield { item: urlItem(line, fetcher) };
  }
}
