// `ingest --follow-citations[=DEPTH]`: fetches the pages that stored articles cite on other sites
// and stores them, through the same ingest as any URL (one fetcher: politeness, robots.txt and
// the SSRF guard; dedup; resumability). Round 1 takes the external links of every stored record;
// each further round takes those of the pages the links of the round before point at. Pages stored
// already are not fetched again but still lead on, so an interrupted deeper run resumes where it
// stopped. Every run starts from all stored articles, the pages fetched by earlier runs among
// them: running depth 1 twice reaches as far as depth 2 once. A page fetched through a redirect is known by its final address, so its own links are
// followed only when that address is also the link's (the usual case).
// With `sameLanguage`, a page fetched is stored only when its language (the primary subtag: "en"
// for en-GB) is that of a stored article citing it; the others are counted as skipped
// ("other-language") and not marked done, so a run without the filter fetches them again. A page
// or citing article of unknown language ("und") matches nothing.
import type { CitationViews, IngestTarget, RecordStore } from '../store/store.js';
import type { SourceEntry } from '../sources/item.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { urlItem, urlKey } from '../sources/urls.js';
import { siteOf } from '../record/link-url.js';
import { emptySummary, ingest, type IngestOptions, type IngestSummary } from './run.js';
import type { Processed } from './processor.js';

export interface FollowOptions {
  /** Rounds of links followed (1: the pages the stored articles cite). */
  depth: number;
  /** Only pages on these sites (host names; "www.bbc.co.uk" counts as bbc.co.uk). */
  domains?: readonly string[];
  /** Store only pages in the language of an article citing them. */
  sameLanguage?: boolean;
}

/** The primary language subtag ("en" for en-GB), or null when unknown. */
function primaryLanguage(tag: string | undefined): string | null {
  const primary = tag?.split('-')[0].toLowerCase();
  return primary && primary !== 'und' ? primary : null;
}

/** For each external link's address (as ingest keys it), the languages of the stored articles citing it. */
async function citingLanguages(store: Pick<RecordStore, 'records'>): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for await (const r of store.records()) {
    const language = primaryLanguage(r.language);
    if (!language) continue;
    for (const link of r.links ?? []) {
      if (link.internal) continue;
      const key = urlKey(link.url);
      const set = out.get(key);
      if (set) set.add(language);
      else out.set(key, new Set([language]));
    }
  }
  return out;
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
  store: IngestTarget & CitationViews & Pick<RecordStore, 'records'>,
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
    if (urls.length > 0) {
      // Read per round: the pages stored by the round before cite in their own languages.
      const languages = follow.sameLanguage ? await citingLanguages(store) : null;
      const skip = languages
        ? (p: Processed, key: string) => {
            const language = primaryLanguage(p.record.language);
            return language && languages.get(key)?.has(language) ? null : 'other-language';
          }
        : undefined;
      addSummary(total, await ingest(urlEntries(urls, fetcher), store, { ...opts, ...(skip ? { skip } : {}) }));
    }
    from = links.map((l) => l.url);
    if (from.length === 0) break;
  }
  return total;
}
