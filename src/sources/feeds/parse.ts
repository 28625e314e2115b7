// One page of a feed (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) as a flat list of entries and the
// URL of the next page, if the feed is paged. Parsing is feedsmith's; this only maps its shapes.
import { parseFeed } from 'feedsmith';

export interface FeedEntry {
  /** The item's page, absolute. */
  link?: string;
  /** The item's id or guid, used when it has no link. */
  id?: string;
  title?: string;
  published?: string;
  /** The full article as HTML, when the feed carries it. */
  content?: string;
}

export interface FeedPage {
  entries: FeedEntry[];
  next?: string;
}

/**
 * Bodies shorter than this (in characters of text, tags removed) are teasers, not articles: the
 * item's page is fetched instead. Feeds often put a one-paragraph summary in content:encoded.
 */
export const MIN_FULL_CONTENT_CHARS = 400;

type Loose = Record<string, any>;

export function parseFeedPage(text: string, feedUrl: string): FeedPage {
  const { format, feed } = parseFeed(text) as { format: string; feed: Loose };
  const abs = (href: unknown) => absolute(href, feedUrl);
  switch (format) {
    case 'atom':
      return atomPage(feed, feedUrl, abs);
    case 'json':
      return {
        entries: (feed.items ?? []).map((i: Loose) =>
          entry(
            abs(i.url ?? i.external_url),
            i.id,
            i.title,
            i.date_published ?? i.date_modified,
            i.content_html ?? i.content_text,
          ),
        ),
        next: abs(feed.next_url),
      };
    default:
      return {
        // RSS 2.0 and RSS 1.0/RDF share feedsmith's item shape; dates come from pubDate or Dublin Core.
        entries: (feed.items ?? []).map((i: Loose) =>
          entry(
            abs(i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined)),
            i.guid?.value ?? i.rdf?.about,
            i.title,
            i.pubDate ?? i.dc?.dates?.[0] ?? i.dc?.date,
            i.content?.encoded,
          ),
        ),
        next: abs(atomNext(feed.atom?.links)),
      };
  }
}

function atomPage(feed: Loose, feedUrl: string, abs: (h: unknown) => string | undefined): FeedPage {
  const entries = (feed.entries ?? []).map((e: Loose) => {
    const links: Loose[] = e.links ?? [];
    const page = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
    // Atom content with a src attribute points elsewhere; inline content is the article.
    const content = e.content && !e.content.src ? e.content.value : undefined;
    return entry(abs(page?.href), e.id, e.title?.value ?? e.title, e.published ?? e.updated, content);
  });
  return { entries, next: abs(atomNext(feed.links)) ?? openSearchNext(feed.opensearch, feedUrl, entries.length) };
}

function atomNext(links: Loose[] | undefined): string | undefined {
  return links?.find((l) => l.rel === 'next')?.href;
}

/**
 * Paging by OpenSearch counts (Blogger's start-index / max-results) when the feed gives no
 * rel="next": the next page starts after this one while results remain.
 */
function openSearchNext(os: Loose | undefined, feedUrl: string, count: number): string | undefined {
  if (!os || count === 0) return undefined;
  const total = Number(os.totalResults);
  const start = Number(os.startIndex ?? 1);
  const per = Number(os.itemsPerPage ?? count);
  if (!Number.isFinite(total) || start + count > total) return undefined;
  const next = new URL(feedUrl);
  next.searchParams.set('start-index', String(start + count));
  next.searchParams.set('max-results', String(per));
  return next.href;
}

function entry(link: string | undefined, id: unknown, title: unknown, published: unknown, content: unknown): FeedEntry {
  const body = typeof content === 'string' && textLength(content) >= MIN_FULL_CONTENT_CHARS ? content : undefined;
  return {
    ...(link ? { link } : {}),
    ...(typeof id === 'string' && id ? { id } : {}),
    ...(typeof title === 'string' && title ? { title } : {}),
    ...(isoDate(published) ? { published: isoDate(published) } : {}),
    ...(body ? { content: body } : {}),
  };
}

const TAG = /<[^>]*>/g;
function textLength(html: string): number {
  return html.replace(TAG, ' ').replace(/\s+/g, ' ').trim().length;
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function absolute(href: unknown, base: string): string | undefined {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
