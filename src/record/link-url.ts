// The one normal form of a linked URL, shared by extraction (a record's links), the store (which
// link cites which stored record) and the citation follower. Two spellings of one page must meet:
// relative vs absolute, tracking parameters, fragments, default ports, parameter order.
import { createRequire } from 'node:module';
import normalizeUrl from 'normalize-url';
import { boundedMemo } from '../text/bounded-memo.js';
import type { ArticleRecord } from './types.js';

// tldts (the public suffix list), loaded on first use, synchronously (its CommonJS build): a page
// whose links never need a site, or a command that reads none, does not pay for building it
// (~30 ms of CPU in each `dateline extract` process; decode.ts loads iconv-lite the same way).
type Tldts = typeof import('tldts');
let tldtsModule: Tldts | undefined;
function tldts(): Tldts {
  return (tldtsModule ??= createRequire(import.meta.url)('tldts') as Tldts);
}

/**
 * Query parameters that only say where a click came from (campaign tags and ad or social click
 * ids), never which page is served. From the click-id and campaign parameters that the major ad,
 * mail and social platforms document.
 */
const TRACKING_PARAMETERS: readonly RegExp[] = [
  /^utm_\w+$/i,
  /^(?:fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|epik)$/i,
  /^(?:mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|vero_id|vero_conv|oly_anon_id|oly_enc_id|rb_clickid|s_cid|_ga|_gl)$/i,
];

/** Schemes a citation can have: mail, phone and script links are not sources. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The absolute normal form of `href` read on the page at `base`: resolved, tracking parameters and
 * the fragment removed, host lower-cased, default port and trailing slash dropped, parameters
 * sorted. Null when it is not an http(s) URL or cannot be resolved (a relative link with no base).
 */
export function normaliseLinkUrl(href: string, base?: string | null): string | null {
  // Extraction asks about the links of one page (one base) many times over: the body stages and
  // the links pass read the same anchors, and normalize-url is the costly part.
  if (base !== memoBase || memo.size >= MEMO_LIMIT) [memoBase, memo] = [base, new Map()];
  let known = memo.get(href);
  if (known === undefined) memo.set(href, (known = normalise(href, base)));
  return known;
}

/** Links remembered for the base last asked about. */
const MEMO_LIMIT = 10_000;
let memoBase: string | null | undefined;
let memo = new Map<string, string | null>();

function normalise(href: string, base?: string | null): string | null {
  let url: URL;
  try {
    url = base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || !url.hostname) return null;
  const resolved = url.href;
  if (isAlreadyNormal(url, resolved)) return resolved.endsWith('/') ? resolved.slice(0, -1) : resolved;
  return normaliseWithLibrary(resolved);
}

/**
 * Whether normalize-url (with the options above) would give `href` back but for one trailing slash:
 * no query, fragment or credentials (which it strips or sorts), no percent escapes or doubled
 * slashes in the path (which it decodes or merges), no dot ending the host. Most links of a page
 * are this plain, and normalize-url's work on them (a second URL parse, its regexes) was a
 * measurable share of extraction. test/extract-html/link-url-fast-path.test.ts compares the two.
 */
function isAlreadyNormal(url: URL, href: string): boolean {
  return (
    url.username === '' &&
    url.password === '' &&
    !href.includes('?') &&
    !href.includes('#') &&
    !url.pathname.includes('%') &&
    !url.pathname.includes('//') &&
    !url.hostname.endsWith('.')
  );
}

/** @internal The slow path alone, for the test that checks the fast path gives the same. */
export function normaliseWithLibrary(href: string): string | null {
  try {
    return normalizeUrl(href, {
      stripHash: true,
      stripWWW: false,
      removeQueryParameters: TRACKING_PARAMETERS,
      removeTrailingSlash: true,
      sortQueryParameters: true,
    });
  } catch {
    return null;
  }
}

/**
 * The site of a URL: its registrable domain ("bbc.co.uk" for news.bbc.co.uk; "x.blogspot.com", as
 * the public suffix list counts hosting domains), else its host (an IP address, localhost).
 */
export const siteOf: (url: string) => string | null = boundedMemo(readSite, 10_000);

function readSite(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  return tldts().getDomain(host, { allowPrivateDomains: true }) ?? host.replace(/^\[|\]$/g, '');
}

/** Whether `url` is on the same site as the page at `pageUrl` (unknown page: external). */
export function isSameSite(url: string, pageUrl: string | null | undefined): boolean {
  if (!pageUrl) return false;
  const a = siteOf(url);
  return a !== null && a === siteOf(pageUrl);
}

/**
 * Share and bookmark endpoints (host without "www.", lower-cased path of whole segments), from the social platforms'
 * documented share links: a "share" or "click to tweet" button carries the page itself as a
 * parameter, so it cites nothing.
 */
const SHARE_ENDPOINTS: readonly (readonly [string, string])[] = [
  ['twitter.com', '/share'],
  ['twitter.com', '/intent/'],
  ['x.com', '/share'],
  ['x.com', '/intent/'],
  ['facebook.com', '/sharer'],
  ['facebook.com', '/sharer.php'],
  ['facebook.com', '/share.php'],
  ['facebook.com', '/dialog/share'],
  ['facebook.com', '/dialog/feed'],
  ['linkedin.com', '/sharearticle'],
  ['linkedin.com', '/sharing/share-offsite'],
  ['linkedin.com', '/cws/share'],
  ['pinterest.com', '/pin/create/'],
  ['reddit.com', '/submit'],
  ['api.whatsapp.com', '/send'],
  ['web.whatsapp.com', '/send'],
  ['wa.me', '/?'],
  ['t.me', '/share/'],
  ['telegram.me', '/share/'],
  ['tumblr.com', '/share'],
  ['tumblr.com', '/widgets/share/'],
  ['vk.com', '/share.php'],
  ['news.ycombinator.com', '/submitlink'],
  ['getpocket.com', '/save'],
  ['getpocket.com', '/edit'],
  ['buffer.com', '/add'],
  ['bufferapp.com', '/add'],
  ['addtoany.com', '/share'],
  ['addthis.com', '/bookmark.php'],
];

/** Whether a (normalised) URL is a social platform's share or bookmark endpoint, not a page. */
export function isShareEndpoint(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  const path = `${u.pathname.toLowerCase()}${u.search ? '?' : ''}`;
  // A whole path segment: "/share" is the endpoint, "/sharethis_fan" a profile.
  return SHARE_ENDPOINTS.some(([h, p]) => {
    if (host !== h || !path.startsWith(p)) return false;
    const next = path.charAt(p.length);
    return p.endsWith('/') || next === '' || next === '/' || next === '?';
  });
}

/** The addresses a record is known by (source URL, canonical URL), normalised like link URLs, without repeats. */
export function recordUrls(r: Pick<ArticleRecord, 'source' | 'canonicalUrl'>): string[] {
  const out = new Set<string>();
  for (const u of [r.source.uri, r.canonicalUrl]) {
    const n = u ? normaliseLinkUrl(u) : null;
    if (n) out.add(n);
  }
  return [...out];
}
