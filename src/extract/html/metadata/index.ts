// HTML metadata: title, authors, dates, site name, canonical URL, tags, image, language.
//
// A cascade of sources, most reliable first; a later source only fills a field still empty,
// and a value counts only once it survives cleaning (a date that parses and is plausible, an
// author list with a real name). Which source won each field is kept in `sources`.
//   1. JSON-LD (schema.org Article/NewsArticle/BlogPosting..., @graph, nested authors)
//   2. microdata (itemprop headline / author / datePublished)
//   3. OpenGraph and article:* meta
//   4. Twitter cards
//   5. Dublin Core
//   6. Parse.ly / Sailthru / ad-hoc CMS meta (author, pubdate, keywords)
//   7. <time datetime> outside comments and page chrome
//   8. hAtom and platform markup (Blogger, WordPress, news templates)
//   9. visible bylines ("By Jane Doe and John Roe")
//  10. a visible date: date-classed elements, the text around the headline
//  11. the date in the URL path
// Dates before 1995 are rejected by parseDate (MIN_YEAR); dates after ctx.now here, with a warning.
// Generic authors ("Staff", "Admin") never count as names (cleanAuthors), so later layers fill in.
import type { Document } from 'domhandler';
import type { ExtractContext } from '../../index.js';
import type { Warning } from '../../../record/types.js';
import type { HtmlMetadata, MetadataSources, RawMetadata } from './types.js';
import { scanPage, type PageScan } from './scan.js';
import { readJsonLd } from './layers/jsonld.js';
import { ANALYTICS_AND_CMS, DUBLIN_CORE, OPEN_GRAPH, readTwitter, readVocabulary } from './layers/meta-tags.js';
import { readMicrodata, readPlatformMarkup, readTimeElements, readVisibleByline } from './layers/markup.js';
import { readUrlDate } from './layers/url.js';
import { readVisibleDate } from './layers/visible-date.js';
import { firstHeadline, normalizeSpace, stripSiteName, visibleHeadline } from './title.js';
import { parseDate } from '../../dates.js';
import { cleanAuthors } from '../../authors.js';
import { decodeReferences } from './entities.js';

export type { HtmlMetadata, MetadataSources } from './types.js';

interface Layer {
  readonly name: string;
  /** Machine-readable metadata (not page text): its author values may be used as they are when
   * no person is named anywhere (a user name, a desk, an organisation). */
  readonly structured: boolean;
  read(scan: PageScan, ctx: ExtractContext): RawMetadata;
}

export const LAYERS: readonly Layer[] = [
  { name: 'json-ld', structured: true, read: (scan, ctx) => readJsonLd(scan, ctx.url) },
  { name: 'microdata', structured: true, read: (scan) => readMicrodata(scan) },
  { name: 'opengraph', structured: true, read: (scan) => readVocabulary(scan, OPEN_GRAPH) },
  { name: 'twitter', structured: true, read: (scan) => readTwitter(scan) },
  { name: 'dublin-core', structured: true, read: (scan) => readVocabulary(scan, DUBLIN_CORE) },
  { name: 'cms-meta', structured: true, read: (scan) => readVocabulary(scan, ANALYTICS_AND_CMS) },
  { name: 'time-element', structured: false, read: (scan) => readTimeElements(scan) },
  { name: 'platform-markup', structured: false, read: (scan) => readPlatformMarkup(scan) },
  { name: 'byline', structured: false, read: (scan) => readVisibleByline(scan) },
  { name: 'visible-date', structured: false, read: (scan) => readVisibleDate(scan, firstHeadline(scan)) },
  { name: 'url', structured: false, read: (_scan, ctx) => readUrlDate(ctx.url) },
];

/** Most authors a byline may list to be taken as a fuller version of an earlier source's list;
 * longer lists are staff directories or contributor widgets. */
const MAX_AUTHORS = 12;

export interface MetadataResult extends HtmlMetadata {
  /** Which layer supplied each field. */
  sources: MetadataSources;
}

export function extractMetadata(dom: Document, ctx: ExtractContext): MetadataResult {
  const scan = scanPage(dom);
  const warnings: Warning[] = [];
  const sources: MetadataSources = {};
  const today = ctx.now ? parseDate(ctx.now)?.slice(0, 10) ?? null : null;
  // Dates are compared by calendar day as the page wrote it; the future check is done here (not
  // in parseDate) so that a rejected date leaves a warning.
  const validDate = (raw: string | undefined, layer: string): string | null => {
    if (!raw) return null;
    const d = parseDate(raw)?.slice(0, 10);
    if (!d) return null;
    if (today && d > today) {
      warnings.push({ code: 'future-date', message: `${layer} date ${d} is after the crawl date ${today}; ignored` });
      return null;
    }
    return d;
  };

  let title: string | null = null;
  let authors: string[] = [];
  let fallbackAuthors: { names: string[]; layer: string } | null = null;
  let published: string | null = null;
  let modified: string | null = null;
  let siteName: string | null = null;
  let canonical: string | null = null;
  let tags: string[] = [];
  let image: string | null = null;
  let language: string | null = null;

  for (const layer of LAYERS) {
    const raw = layer.read(scan, ctx);
    if (!title && raw.title && normalizeSpace(raw.title)) [title, sources.title] = [normalizeSpace(decodeReferences(raw.title)), layer.name];
    if (authors.length === 0 && raw.authors) {
      // cleanAuthors drops desks and roles ("Staff", "Admin"), so a later layer can still name a person.
      const names = cleanAuthors(raw.authors.map(decodeReferences));
      if (names.length > 0) [authors, sources.authors] = [names, layer.name];
    } else if (authors.length > 0 && raw.authors) {
      // A later source listing the same names and more has the full byline that the first source
      // cut to one name (a JSON-LD author with a visible "A, B and C" byline).
      const names = cleanAuthors(raw.authors.map(decodeReferences));
      const have = new Set(names.map((n) => n.toLowerCase()));
      if (names.length > authors.length && names.length <= MAX_AUTHORS && authors.every((a) => have.has(a.toLowerCase()))) [authors, sources.authors] = [names, layer.name];
    }
    if (!fallbackAuthors && layer.structured) {
      const rest = [...(raw.fallbackAuthors ?? []), ...(raw.authors ?? [])].map((a) => plainName(decodeReferences(a))).filter((a): a is string => a !== null);
      if (rest.length > 0) fallbackAuthors = { names: rest.slice(0, 1), layer: layer.name };
    }
    if (!published) {
      const d = validDate(raw.published, layer.name);
      if (d) [published, sources.published] = [d, layer.name];
    }
    if (!modified) {
      const d = validDate(raw.modified, layer.name);
      if (d) [modified, sources.modified] = [d, layer.name];
    }
    if (!siteName && raw.siteName?.trim()) [siteName, sources.siteName] = [normalizeSpace(decodeReferences(raw.siteName)), layer.name];
    if (!canonical && raw.canonicalUrl) [canonical, sources.canonicalUrl] = [raw.canonicalUrl, layer.name];
    if (tags.length === 0 && raw.tags && raw.tags.length > 0) [tags, sources.tags] = [dedupe(raw.tags.map((t) => normalizeSpace(decodeReferences(t)))), layer.name];
    if (!image && raw.image) [image, sources.image] = [raw.image, layer.name];
    if (!language && raw.language) [language, sources.language] = [raw.language, layer.name];
  }
  if (authors.length === 0 && fallbackAuthors) [authors, sources.authors] = [fallbackAuthors.names, `${fallbackAuthors.layer}-fallback`];
  if (ctx.published && !published) {
    const d = validDate(ctx.published, 'caller');
    if (d) [published, sources.published] = [d, 'caller'];
  }

  // <link rel=canonical> is the page's own statement of its URL; it outranks og:url and JSON-LD.
  if (scan.canonicalHref) [canonical, sources.canonicalUrl] = [scan.canonicalHref, 'link-canonical'];
  if (!language && scan.htmlLang) [language, sources.language] = [scan.htmlLang, 'html-lang'];

  const headline = chooseTitle(scan, title, siteName, ctx.url, sources);
  return {
    title: headline,
    authors,
    published,
    modified,
    siteName,
    canonicalUrl: resolveUrl(canonical, ctx.url),
    tags,
    image: resolveUrl(image, ctx.url),
    ...(language ? { language: primaryLanguage(language) } : {}),
    warnings,
    sources,
  };
}

/** The visible h1 that agrees with the metadata title or <title>; else the metadata title without the
 * site name; else the <title> without the site name. */
function chooseTitle(scan: PageScan, metaTitle: string | null, siteName: string | null, url: string | undefined, sources: MetadataSources): string | null {
  const stripped = metaTitle ? stripSiteName(metaTitle, siteName, url) : null;
  const pageTitle = scan.titleText ? stripSiteName(normalizeSpace(scan.titleText), siteName, url) : null;
  const h1 = visibleHeadline(scan, [stripped, pageTitle], siteName);
  if (h1) {
    sources.title = 'h1';
    return h1;
  }
  if (stripped) return stripped;
  if (scan.titleText && normalizeSpace(scan.titleText)) {
    sources.title = 'title-element';
    return stripSiteName(normalizeSpace(scan.titleText), siteName, url);
  }
  return null;
}

/** A byline lead-in, stripped from fallback author values. */
const FALLBACK_LEAD_IN = /^\s*(by|written by|posted by|author)\s*:?\s+/i;
/** Longest fallback author value; longer values are descriptions, not names. */
const MAX_FALLBACK_AUTHOR_CHARS = 60;

/** A structured author value kept as written (user names, desks, organisations), or null when it
 * is a link or too long to be a name. */
function plainName(raw: string): string | null {
  const s = normalizeSpace(raw).replace(FALLBACK_LEAD_IN, '');
  if (!s || s.length > MAX_FALLBACK_AUTHOR_CHARS || /^(https?:|www\.)/i.test(s)) return null;
  return s;
}

function resolveUrl(u: string | null, base: string | undefined): string | null {
  if (!u) return null;
  try {
    return new URL(u.trim(), base).href;
  } catch {
    return /^https?:\/\//i.test(u.trim()) ? u.trim() : null;
  }
}

/** "en_US", "en-GB", "EN" -> "en". */
function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => x && !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()));
}
