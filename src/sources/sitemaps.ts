// Sitemaps as sources: XML sitemaps, sitemap indexes (followed), Google News sitemaps (their
// publication date becomes the item's), gzipped sitemaps, and robots.txt Sitemap: lines.
// --since drops entries whose lastmod (or news publication date) is older.
import { XMLParser } from 'fast-xml-parser';
import type { SourceEntry } from './item.js';
import type { Fetcher } from './fetch/fetcher.js';
import { bodyText } from './fetch/decode-text.js';
import { urlItem } from './urls.js';

/** Most sitemap files read from one starting point: a bound against runaway indexes. */
export const MAX_SITEMAPS = 1_000;

export interface SitemapOptions {
  /** ISO date: entries last modified before it are skipped. */
  since?: string;
}

interface Loc {
  loc: string;
  lastmod?: string;
  published?: string;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

export async function* sitemapEntries(
  start: string,
  fetcher: Fetcher,
  opts: SitemapOptions = {},
): AsyncGenerator<SourceEntry> {
  const queue: string[] = [];
  if (/\/robots\.txt$/i.test(new URL(start).pathname)) {
    try {
      queue.push(...(await fetcher.robotsSitemaps(start)));
    } catch (err) {
      yield { failure: { key: start, reason: `robots.txt: ${(err as Error).message}` } };
      return;
    }
    if (queue.length === 0) yield { failure: { key: start, reason: 'robots.txt lists no sitemaps' } };
  } else {
    queue.push(start);
  }
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_SITEMAPS) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    let parsed;
    try {
      const got = await fetcher.fetch(url);
      parsed = parseSitemap(bodyText(got.body, got.contentType), got.url);
    } catch (err) {
      yield { failure: { key: url, reason: `sitemap: ${(err as Error).message.split('\n')[0]}` } };
      continue;
    }
    for (const child of parsed.sitemaps) {
      if (isBefore(child.lastmod, opts.since))
        yield { skipped: { key: child.loc, reason: 'sitemap older than --since' } };
      else queue.push(child.loc);
    }
    for (const page of parsed.urls) {
      if (isBefore(page.published ?? page.lastmod, opts.since)) {
        yield { skipped: { key: page.loc, reason: 'page older than --since' } };
        continue;
      }
      yield { item: urlItem(page.loc, fetcher, page.published ? { published: page.published } : {}) };
    }
  }
}

export function parseSitemap(xml: string, base: string): { urls: Loc[]; sitemaps: Loc[] } {
  const doc = parser.parse(xml) as Record<string, any>;
  if (!doc.urlset && !doc.sitemapindex) throw new Error('neither a urlset nor a sitemapindex');
  const locs = (nodes: any[] | undefined): Loc[] =>
    (nodes ?? []).flatMap((n) => {
      const loc = absolute(text(n?.loc), base);
      if (!loc) return [];
      const published = text(n?.news?.publication_date);
      return [{ loc, ...(text(n.lastmod) ? { lastmod: text(n.lastmod) } : {}), ...(published ? { published } : {}) }];
    });
  return { urls: locs(doc.urlset?.url), sitemaps: locs(doc.sitemapindex?.sitemap) };
}

/** Entries without a date are kept: nothing says they are old. */
function isBefore(date: string | undefined, since: string | undefined): boolean {
  if (!date || !since) return false;
  const t = Date.parse(date);
  return !Number.isNaN(t) && t < Date.parse(since);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
