// `ingest --follow-citations[=DEPTH]`: fetches the pages that stored articles cite on other sites
// and stores them, through the same ingest as any URL (one fetcher: politeness, robots.txt and
// the SSRF guard; dedup; resumability). Round 1 takes the external links of every stored record;
// each further round takes those of the pages the links of the round before point at. Pages stored
// already are not fetched again but still lead on, so an interrupted deeper run resumes where it
// stopped. Every run starts from all stored articles, the pages fetched by earlier runs among
// them: running depth 1 twice reaches as far as depth 2 once. A page fetched through a redirect is known by its final address, so its own links are
// followed only when that address is also the link's (the usual case).
import type { CitationViews, IngestTarget } from '../store/store.js';
import type { SourceEntry } from '../sources/item.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { urlItem } from '../sources/urls.js';
import { siteOf } from '../record/link-url.js';
import { emptySummary, ingest, type IngestOptions, type IngestSummary } from './run.js';

export interface FollowOptions {
  /** Rounds of links followed (1: the pages the stored articles cite). */
  depth: number;
  /** Only pages on these sites (host names; "www.bbc.co.uk" counts as bbc.co.uk). */
  domains?: readonly string[];
}

/** The sites of `--domains` values, as link domains are kept (registrable domains); null for one that is no host name. */
export function siteOfDomain(domain: string): string | null {
  const host = domain
    .trim()
    .replace(/^https?:\/\//i, '')
    .split('/')[0];
  return host ? siteOf(`http://${host}/`) : null;
}

async function* urlEntries(urls: readonly string[], fetcher: Fetcher): AsyncGenerator<SourceEntry> {
  for (const [i, url] of urls.entries()) yield { item: urlItem(url, fetcher, { position: (i + 1) / urls.length }) };
}

/** Adds `s`'s counts and failures to `total`. */
export function addSummary(total: IngestSummary, s: IngestSummary): IngestSummary {
  total.new += s.new;
  total.unchanged += s.unchanged;
  total.updated += s.updated;
  total.duplicate += s.duplicate;
  total.nearDuplicate += s.nearDuplicate;
  total.alreadyDone += s.alreadyDone;
  for (const [why, n] of Object.entries(s.skipped)) total.skipped[why] = (total.skipped[why] ?? 0) + n;
  total.failed.push(...s.failed);
  return total;
}

export async function followCitations(
  store: IngestTarget & CitationViews,
  fetcher: Fetcher,
  follow: FollowOptions,
  opts: IngestOptions & { onRound?: (round: number, urls: number) => void } = {},
): Promise<IngestSummary> {
  const total = emptySummary();
  const domains = follow.domains?.map(siteOfDomain).filter((d): d is string => d !== null);
  let from: string[] | undefined;
  for (let round = 1; round <= follow.depth; round++) {
    const links = await store.externalLinks({ from, domains });
    const urls = links.filter((l) => !l.stored).map((l) => l.url);
    opts.onRound?.(round, urls.length);
    if (urls.length > 0) addSummary(total, await ingest(urlEntries(urls, fetcher), store, opts));
    from = links.map((l) => l.url);
    if (from.length === 0) break;
  }
  return total;
}
