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
//   6. Parse.ly / Sailthru / ad-hoc CMS meta (author, pubdate, keywords), then any meta whose
//      key names a publication date
//   7. <time datetime> outside comments and page chrome, nearest the headline first
//   8. hAtom and platform markup (Blogger, WordPress, news templates)
//   9. visible bylines ("By Jane Doe and John Roe"), then a bare name on the date line under
//      the headline
//  10. the date in the URL path, or the canonical URL's (the permalink's date is the publication date)
//  11. a visible date: date-classed elements, the text around the headline
// After the cascade: the title is the visible h1 that agrees with the metadata title, without
// the site name (title.ts); authors follow the corrections in author-choice.ts; a published date
// equal to the modified one gives way to an earlier one from another source, and one the visible
// date line shows as the update gives way to the publication date beside it; a page that shows
// only its modification date, with no <meta> stating an earlier publication, is dated as shown;
// with no published date, the modified one stands in. A permalink's full date outranks every source, and its
// year-and-month folder picks the first source dated in that month (htmldate's order).
// Dates need a written year; before 1995 they are rejected by parseDate (MIN_YEAR), after
// ctx.now here, with a warning. Desks and roles ("Staff", "Admin") never count as a person's
// name (cleanAuthors), so later layers can still name one.
import type { Document, Element } from 'domhandler';
import { compareDocumentPosition, DocumentPosition } from 'domutils';
import type { ExtractContext } from '../../context.js';
import type { Warning } from '../../../record/types.js';
import type { HtmlMetadata, MetadataSources, RawMetadata } from './types.js';
import { scanPage, type PageScan } from './scan.js';
import { readJsonLd } from './layers/jsonld.js';
import {
  ANALYTICS_AND_CMS,
  DUBLIN_CORE,
  OPEN_GRAPH,
  readPublishedMetaKeys,
  readTwitter,
  readVocabulary,
} from './layers/meta-tags.js';
import { readMicrodata, readPlatformMarkup, readTimeElements, readVisibleByline } from './layers/markup.js';
import { readUrlDate, urlMonth } from './layers/url.js';
import { readHeadlineByline } from './layers/headline-byline.js';
import { readAuthorLinks } from './layers/author-links.js';
import { readVisibleDate } from './layers/visible-date.js';
import {
  headlineElements,
  hostLabel,
  normalizeSpace,
  squash,
  stripSiteName,
  visibleHeadline,
  withoutLabels,
} from './title.js';
import { parseDate } from '../../dates.js';
import { dateOrder, dayAtOffset, localOffsetMinutes } from './locale-dates.js';
import { WRITTEN_YEAR } from './date-values.js';
import { showsModificationDay } from './shown-modification.js';
import { finalAuthors, newAuthorChoice, offerAuthors } from './author-choice.js';
import { decodeReferences } from './entities.js';
import { repairMojibake } from './mojibake.js';
import { ownerFullName, siteOwner } from './site-owner.js';

export type { HtmlMetadata, MetadataSources } from './types.js';

interface Layer {
  readonly name: string;
  /** Machine-readable metadata (not page text): its author values may be used as they are when
   * no person is named anywhere (a user name, a desk, an organisation). */
  readonly structured: boolean;
  /** Reads the byline as the page shows it under the headline (author-choice.ts weighs two that agree). */
  readonly shownByline?: boolean;
  /** Reads <meta> tags: a publication date there is one the page states in its head. */
  readonly meta?: boolean;
  read(scan: PageScan, ctx: ExtractContext): RawMetadata;
}

export const LAYERS: readonly Layer[] = [
  { name: 'json-ld', structured: true, read: (scan, ctx) => readJsonLd(scan, ctx.url) },
  { name: 'microdata', structured: true, read: (scan) => readMicrodata(scan) },
  { name: 'opengraph', structured: true, meta: true, read: (scan) => readVocabulary(scan, OPEN_GRAPH) },
  { name: 'twitter', structured: true, meta: true, read: (scan) => readTwitter(scan) },
  { name: 'dublin-core', structured: true, meta: true, read: (scan) => readVocabulary(scan, DUBLIN_CORE) },
  { name: 'cms-meta', structured: true, meta: true, read: (scan) => readVocabulary(scan, ANALYTICS_AND_CMS) },
  { name: 'meta-date-key', structured: true, meta: true, read: (scan) => readPublishedMetaKeys(scan) },
  { name: 'time-element', structured: false, read: (scan) => readTimeElements(scan) },
  { name: 'platform-markup', structured: false, read: (scan) => readPlatformMarkup(scan) },
  { name: 'byline', structured: false, shownByline: true, read: (scan) => readVisibleByline(scan) },
  {
    name: 'headline-byline',
    structured: false,
    shownByline: true,
    read: (scan) => readHeadlineByline(headlineElements(scan)),
  },
  {
    name: 'author-links',
    structured: false,
    shownByline: true,
    read: (scan) => readAuthorLinks(headlineElements(scan)),
  },
  { name: 'url', structured: false, read: (scan, ctx) => readUrlDate(ctx.url, scan.canonicalHref) },
  { name: 'visible-date', structured: false, read: (scan) => readVisibleDate(scan, headlineElements(scan)) },
];

/** Sources (the visible date line among them) that must give the shown date for it to outvote the chosen one. */
export const MIN_SHOWN_DATE_VOTES = 3;

export interface MetadataResult extends HtmlMetadata {
  /** Which layer supplied each field. */
  sources: MetadataSources;
}

export function extractMetadata(dom: Document, ctx: ExtractContext): MetadataResult {
  const scan = scanPage(dom);
  const warnings: Warning[] = [];
  const sources: MetadataSources = {};
  const today = ctx.now ? (parseDate(ctx.now)?.slice(0, 10) ?? null) : null;
  // Dates are compared by calendar day as the page wrote it; the future check is done here (not
  // in parseDate) so that a rejected date leaves a warning.
  const order = dateOrder(scan);
  // Offsets other than UTC that the page's own date-times carry: the zone its days are counted in.
  const pageOffsets = new Set<number>();
  /** The date-time `raw` gives, as parsed (a date or a date-time), or null when it is not a usable date. */
  const validDate = (raw: string | undefined, layer: string): string | null => {
    if (!raw || !WRITTEN_YEAR.test(raw)) return null;
    const full = parseDate(raw, order);
    if (!full) return null;
    const offset = localOffsetMinutes(full);
    if (offset !== null) pageOffsets.add(offset);
    const d = full.slice(0, 10);
    if (today && d > today) {
      warnings.push({ code: 'future-date', message: `${layer} date ${d} is after the crawl date ${today}; ignored` });
      return null;
    }
    return full;
  };
  const day = (full: string | null) => full?.slice(0, 10) ?? null;

  let title: string | null = null;
  const publishedOffers: Array<{ date: string; layer: string; full: string; el?: Element }> = [];
  const authorChoice = newAuthorChoice();
  const siteNames = initialSiteNames(scan, ctx.url);
  let published: string | null = null;
  let publishedFull: string | undefined;
  /** The page's visible date line: its publication date and the update date shown beside it. */
  let shown: { published: string; update: string } | null = null;
  let modified: string | null = null;
  let modifiedFull: string | null = null;
  /** Whether a <meta> tag gives a publication date. */
  let metaPublished = false;
  let siteName: string | null = null;
  let canonical: string | null = null;
  let tags: string[] = [];
  let image: string | null = null;
  let language: string | null = null;

  /** The original publication date the article's text states, when it gives one. */
  let original: string | null = null;
  for (const layer of LAYERS) {
    const raw = layer.read(scan, ctx);
    original ??= day(validDate(raw.originalPublished, layer.name));
    const layerTitle = raw.title ? normalizeSpace(decodeReferences(raw.title)) : null;
    // The first layer's title, or a later one that the first cut short.
    if (layerTitle !== null && (title ? isCutTitle(title, layerTitle) : normalizeSpace(raw.title!)))
      [title, sources.title] = [layerTitle, layer.name];
    if (raw.siteName) siteNames.add(squash(decodeReferences(raw.siteName)));
    const kind = layer.structured ? 'structured' : layer.shownByline ? 'shown-byline' : 'other';
    offerAuthors(authorChoice, layer.name, kind, raw.authors, raw.fallbackAuthors, siteNames);
    const offeredFull = validDate(raw.published, layer.name);
    const offered = day(offeredFull);
    if (offered)
      publishedOffers.push({ date: offered, layer: layer.name, full: offeredFull!, el: raw.publishedElement });
    if (offered && layer.meta) metaPublished = true;
    if (!published && offered) [published, sources.published, publishedFull] = [offered, layer.name, offeredFull!];
    const shownUpdate = day(validDate(raw.shownUpdate, layer.name));
    if (offered && shownUpdate) shown = { published: offered, update: shownUpdate };
    if (!modified) {
      modifiedFull = validDate(raw.modified, layer.name);
      if (modifiedFull) [modified, sources.modified] = [day(modifiedFull), layer.name];
    }
    if (!siteName && raw.siteName?.trim())
      [siteName, sources.siteName] = [normalizeSpace(decodeReferences(raw.siteName)), layer.name];
    if (!canonical && raw.canonicalUrl) [canonical, sources.canonicalUrl] = [raw.canonicalUrl, layer.name];
    if (tags.length === 0 && raw.tags && raw.tags.length > 0)
      [tags, sources.tags] = [dedupe(raw.tags.map((t) => normalizeSpace(decodeReferences(t)))), layer.name];
    if (!image && raw.image) [image, sources.image] = [raw.image, layer.name];
    if (!language && raw.language) [language, sources.language] = [raw.language, layer.name];
  }
  const chosen = finalAuthors(authorChoice);
  let authors = chosen.names;
  if (chosen.layer) sources.authors = chosen.layer;
  // Nothing names an author: a site named after a person is that person's.
  const owner = authors.length === 0 ? siteOwner(scan, ctx.url) : null;
  if (owner) [authors, sources.authors] = [[owner], 'site-owner'];
  // A first name alone, on a site named after that person: their full name.
  const full = authors.length === 1 && !/\s/.test(authors[0]) ? ownerFullName(scan, authors[0]) : null;
  if (full) [authors, sources.authors] = [[full], 'site-owner'];
  // A publication time given in UTC is counted on the page's own calendar when its other
  // date-times give one local offset (22:20Z is the next day at +11:00) and another source
  // shows that local day (the visible date, a local date-time): WordPress writes UTC in
  // article:published_time while the page shows the local day.
  if (published && publishedFull && pageOffsets.size === 1) {
    const local = dayAtOffset(publishedFull, [...pageOffsets][0]);
    if (local && local !== published && publishedOffers.some((o) => o.date === local)) published = local;
  }
  // A publication date equal to the modification date is often the CMS restamping both on an
  // update; an earlier publication date offered by another source is then the original one
  // (not the same date-time read again, which may fall on an earlier day in UTC). The one the
  // page shows (the visible date) comes first; otherwise the earliest, since a stale meta copy
  // (an og:published_time from a draft) is no better than the date readers see.
  if (published && published === modified) {
    const shownDay = publishedOffers.find((o) => o.layer === 'visible-date')?.date;
    const earlierOffers = publishedOffers
      .filter((o) => o.date < published! && o.full !== publishedFull)
      .sort((a, b) => a.date.localeCompare(b.date));
    const earlier = earlierOffers.find((o) => o.date === shownDay) ?? earlierOffers[0];
    if (earlier) [published, sources.published] = [earlier.date, `${earlier.layer}-earlier`];
  }
  // A publication date after the page's own modification date was stamped on import or migration
  // (published 2025-06-12, modified 2025-06-10): a date the page shows before the modification
  // is the original one. (A scheduled post, modified before it went out, shows its publication day.)
  if (published && modified && published > modified) {
    const visible = publishedOffers.find((o) => o.layer === 'visible-date');
    if (visible && visible.date < modified)
      [published, sources.published] = [visible.date, 'visible-date-before-modified'];
  }
  // The date line shows the chosen date as the update ("Published Apr 26, 2023 · Updated Aug 21,
  // 2025"): the source that gave it restamped the publication date on the update.
  if (published && shown && shown.update === published && shown.published < published)
    [published, sources.published] = [shown.published, 'visible-date-earlier'];
  // The date the page shows under its headline, when more sources give it than give the chosen
  // one (og:published_time, <meta name="date">, a <time> element and the date line against one
  // JSON-LD datePublished): the first layer's date is one source outvoted, often a stale copy.
  // One element read by several layers is one source (sourcesGiving).
  const lineDay = publishedOffers.find((o) => o.layer === 'visible-date')?.date;
  if (published && lineDay && lineDay !== published) {
    const votes = (d: string) => sourcesGiving(publishedOffers, d);
    if (votes(lineDay) >= MIN_SHOWN_DATE_VOTES && votes(lineDay) > votes(published))
      [published, sources.published] = [lineDay, 'visible-date-agreed'];
  }
  // The page shows one date, its modification (dateModified on the page's calendar), and the
  // earlier publication date is only in the structured data, stated by no <meta> tag: the site
  // presents the page as of its update, so the date readers see stands. (With an
  // article:published_time or other publication meta, the site states that date: it stays.)
  if (published && lineDay && lineDay > published && !metaPublished && showsModificationDay(lineDay, modifiedFull))
    [published, sources.published] = [lineDay, 'visible-date-modified'];
  // The permalink's full date (/2025/10/28/slug) is fixed when the story first goes out, while
  // the CMS restamps metadata on every update, and it is the local day readers saw (no UTC
  // shift): it outranks every other source, as in htmldate's search order.
  const urlDay = publishedOffers.find((o) => o.layer === 'url')?.date;
  if (urlDay && published !== urlDay) [published, sources.published] = [urlDay, 'url'];
  // A permalink's month folder (/2019/11/slug) outside the chosen date's month: the chosen one was
  // restamped; the first source that offers a day in that month gave the publication date.
  const month = urlMonth(ctx.url, scan.canonicalHref);
  if (published && month && !published.startsWith(month)) {
    const inMonth = publishedOffers.find((o) => o.date.startsWith(month));
    if (inMonth) [published, sources.published] = [inMonth.date, `${inMonth.layer}-url-month`];
  }
  // The article's text states when it was first published ("This article was originally published
  // on 26 Sep 2019 … regularly updated"): an earlier date than every source's, which restamp it.
  if (original && (!published || original < published))
    [published, sources.published] = [original, 'visible-date-earlier'];
  // Only a modification date found: the page was at least published by then, and for pages that
  // show one date it is usually the publication date that the CMS also stamped as modified.
  if (!published && modified) [published, sources.published] = [modified, `${sources.modified}-modified`];
  if (ctx.published && !published) {
    const d = day(validDate(ctx.published, 'caller'));
    if (d) [published, sources.published] = [d, 'caller'];
  }

  // <link rel=canonical> is the page's own statement of its URL; it outranks og:url and JSON-LD.
  if (scan.canonicalHref) [canonical, sources.canonicalUrl] = [scan.canonicalHref, 'link-canonical'];
  if (!language && scan.htmlLang) [language, sources.language] = [scan.htmlLang, 'html-lang'];

  const chosenTitle = chooseTitle(scan, title, siteName, ctx.url, sources);
  // UTF-8 read as Latin-1 by the publisher's CMS ("Investorâ€™s"): undone in what readers see.
  const headline = chosenTitle === null ? null : repairMojibake(chosenTitle);
  return {
    title: headline,
    authors: authors.map(repairMojibake),
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

/** How many sources offer the publication date `day`: offers read from one element, or from an
 * element and one inside it (<span class="posted-on"><time class="entry-date published">), count once. */
function sourcesGiving(offers: ReadonlyArray<{ date: string; el?: Element }>, day: string): number {
  const seen: Element[] = [];
  let sources = 0;
  for (const o of offers) {
    if (o.date !== day) continue;
    if (o.el) {
      const el = o.el;
      if (seen.some((e) => e === el || isNested(e, el))) continue;
      seen.push(el);
    }
    sources++;
  }
  return sources;
}

function isNested(a: Element, b: Element): boolean {
  return (compareDocumentPosition(a, b) & (DocumentPosition.CONTAINS | DocumentPosition.CONTAINED_BY)) !== 0;
}

/** The visible h1 that agrees with the metadata title or <title>; else the metadata title without the
 * site name; else the <title> without the site name. */
function chooseTitle(
  scan: PageScan,
  metaTitle: string | null,
  siteName: string | null,
  url: string | undefined,
  sources: MetadataSources,
): string | null {
  const stripped = metaTitle ? stripSiteName(metaTitle, siteName, url) : null;
  const pageTitle = scan.titleText ? stripSiteName(normalizeSpace(scan.titleText), siteName, url) : null;
  const h1 = visibleHeadline(scan, [stripped, pageTitle], siteName, url);
  if (h1) {
    sources.title = 'h1';
    return h1;
  }
  // Without a visible headline, a short pipe tail left after the site name is stripped is still
  // a section or the site under another name ("Headline | Rust Blog").
  if (stripped) return withoutLabels(stripped);
  if (scan.titleText && normalizeSpace(scan.titleText)) {
    sources.title = 'title-element';
    return withoutLabels(stripSiteName(normalizeSpace(scan.titleText), siteName, url));
  }
  return null;
}

/** A separator and what follows it: a site name or section after the headline ("Headline | Site"). */
const TITLE_TAIL = /^\s+(?:[|\-–—:·•»«~/]|::)\s+/;

/** Shortest headline taken as cut short: plugins cut long ones (Google's 110-character limit). */
const MIN_CUT_TITLE_CHARS = 40;
/** The rest of a cut headline: its next word, or the rest of the word it was cut in. */
const TITLE_GOES_ON = /^\s*[\p{L}\p{N}]/u;

/** Whether `title` is `longer` cut short mid-headline: JSON-LD headlines are often cut to a fixed
 * length by SEO plugins ("… Find Solutions (Including") while og:title keeps it whole. Not when
 * `longer` only adds a separated tail (the site's name). */
function isCutTitle(title: string, longer: string): boolean {
  if (title.length < MIN_CUT_TITLE_CHARS || longer.length <= title.length || !longer.startsWith(title)) return false;
  const rest = longer.slice(title.length);
  // Words go on ("(Including| One Trick…"); a tag ("(video)", "[Watch]") or a site name does not count.
  return !TITLE_TAIL.test(rest) && TITLE_GOES_ON.test(rest);
}

/** Squashed names the site goes by, known before the layers run: og:site_name, the application
 * name, the host's main label. Publisher names found by layers are added as they come. */
function initialSiteNames(scan: PageScan, url: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const key of ['og:site_name', 'application-name', 'twitter:site'])
    for (const v of scan.metas.get(key) ?? []) names.add(squash(v));
  const host = hostLabel(url);
  if (host) names.add(squash(host));
  names.delete('');
  return names;
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
