// Layer 1: schema.org JSON-LD. The most reliable source when present: publishers fill it for
// search engines. Handles @graph, top-level arrays, @id references, nested author/publisher
// objects, and scripts with stray comments or trailing semicolons.
import type { RawMetadata } from '../types.js';
import type { PageScan } from '../scan.js';
import { parseLenient, type Json } from '../../json.js';

type Node = { [k: string]: Json };

/** schema.org types describing an article-like creative work (NewsArticle, BlogPosting,
 * ReportageNewsArticle, AnalysisNewsArticle, LiveBlogPosting, TechArticle, Report, ...). */
const ARTICLE_TYPE = /(article|posting|report|blog|recipe|review|howto|creativework|scholarly)$/i;
/** Page-level types, used when no article-like node exists (many CMSs describe only the page). */
const PAGE_TYPE = /^(webpage|itempage|aboutpage|qapage|faqpage|collectionpage)$/i;
const SITE_TYPE = /^(website|organization|newsmediaorganization|corporation)$/i;

export function readJsonLd(scan: PageScan, pageUrl: string | undefined): RawMetadata {
  const nodes: Node[] = [];
  for (const text of scan.jsonLd) collectNodes(parseLenient(text), nodes);
  if (nodes.length === 0) return {};
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const deref = (v: Json): Json =>
    isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v;

  const article =
    pickMain(
      nodes.filter((n) => types(n).some((t) => ARTICLE_TYPE.test(t))),
      pageUrl,
    ) ??
    pickMain(
      nodes.filter((n) => types(n).some((t) => PAGE_TYPE.test(t))),
      pageUrl,
    );
  const site =
    nodes.find((n) => types(n).some((t) => /^website$/i.test(t))) ??
    nodes.find((n) => types(n).some((t) => SITE_TYPE.test(t)));
  const out: RawMetadata = {};
  if (article) {
    out.title = str(article.headline) ?? str(article.name);
    const credited = article.author ?? article.creator ?? null;
    out.authors = names(credited, deref, PERSON_ONLY);
    const organizations = names(credited, deref, ORGANIZATION_ONLY);
    if (organizations.length > 0) out.fallbackAuthors = organizations;
    out.published = str(article.datePublished) ?? str(article.dateCreated) ?? str(article.uploadDate);
    out.modified = str(article.dateModified);
    out.image = imageUrl(deref(article.image ?? null));
    out.tags = keywords(article.keywords);
    out.language = str(article.inLanguage);
    const publisher = deref(article.publisher ?? null);
    if (isNode(publisher)) out.siteName = str(publisher.name);
    out.canonicalUrl =
      str(article.url) ??
      (isNode(article.mainEntityOfPage) ? str(article.mainEntityOfPage['@id']) : str(article.mainEntityOfPage));
  }
  if (!out.siteName && site) out.siteName = str(site.name);
  return out;
}

/** Flattens arrays and @graph containers, and descends into mainEntity, into a list of nodes. */
function collectNodes(v: Json, out: Node[]): void {
  if (Array.isArray(v)) {
    for (const x of v) collectNodes(x, out);
  } else if (isNode(v)) {
    out.push(v);
    if (v['@graph']) collectNodes(v['@graph'], out);
    if (isNode(v.mainEntity)) collectNodes(v.mainEntity, out);
  }
}

/** The node describing this page: the one whose url matches the page, else the first with a headline. */
function pickMain(candidates: Node[], pageUrl: string | undefined): Node | undefined {
  if (candidates.length === 0) return undefined;
  const path = pageUrl ? urlPath(pageUrl) : null;
  if (path) {
    const same = candidates.find((n) =>
      [n.url, n['@id'], n.mainEntityOfPage].some((u) => {
        const s = isNode(u) ? str(u['@id']) : str(u);
        return s !== undefined && urlPath(s) === path;
      }),
    );
    if (same) return same;
  }
  return candidates.find((n) => n.headline) ?? candidates[0];
}

function urlPath(u: string): string | null {
  try {
    return new URL(u, 'http://x/').pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function types(n: Node): string[] {
  const t = n['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function isNode(v: Json | undefined): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** Organization authors are the publisher, not a writer: a fallback when no person is named. */
const ORGANIZATION_TYPE = /organization|corporation|brand|newsmedia|government|educational|ngo/i;
const PERSON_ONLY = (n: Node) => !types(n).some((t) => ORGANIZATION_TYPE.test(t));
const ORGANIZATION_ONLY = (n: Node) => types(n).some((t) => ORGANIZATION_TYPE.test(t));

/** Author names from a string, a Person/Organization object, an @id reference, or an array of
 * those; objects only when `keep` accepts them (plain strings count as persons). */
function names(v: Json | undefined, deref: (v: Json) => Json, keep: (n: Node) => boolean): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, deref, keep));
  const d = deref(v);
  if (typeof d === 'string') return keep === PERSON_ONLY ? [d] : [];
  if (isNode(d)) {
    if (!keep(d)) return [];
    const n = str(d.name) ?? [str(d.givenName), str(d.familyName)].filter(Boolean).join(' ');
    return n ? [n] : [];
  }
  return [];
}

function imageUrl(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.length > 0 ? imageUrl(v[0]) : undefined;
  if (isNode(v)) return str(v.url) ?? str(v.contentUrl) ?? str(v['@id']);
  return undefined;
}

function keywords(v: Json | undefined): string[] | undefined {
  if (typeof v === 'string')
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(v))
    return v
      .filter((x): x is string => typeof x === 'string')
      .map((s) => s.trim())
      .filter(Boolean);
  return undefined;
}
