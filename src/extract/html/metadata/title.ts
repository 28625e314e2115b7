// Choosing the title: the article's own headline, without the site name that <title> and
// og:title often append ("Headline | Site", "Headline - Site", "Site: Headline").
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { PageScan, ScannedElement } from './scan.js';
import { opensChromeOrComments } from './scan.js';
import { decodeReferences } from './entities.js';
import { findDates } from '../../dates.js';

/** Separators between a headline and a site name in <title>/og:title. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»«~/]|::)\s+/;
/** A title part shorter than this is never taken as the headline on its own. */
const MIN_HEADLINE_CHARS = 10;

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Removes a leading or trailing segment naming the site (its name or its host name). */
export function stripSiteName(title: string, siteName: string | null, url: string | undefined): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const names = siteNameKeys(siteName, url);
  if (names.site.length === 0 && !names.host) return title;
  const isSite = (part: string) => isSitePart(part, names);
  // Match the separator text itself so the headline keeps its own internal separators.
  const segments = splitKeeping(title);
  while (segments.length > 1 && isSite(segments[segments.length - 1].text)) segments.pop();
  while (segments.length > 1 && isSite(segments[0].text)) segments.shift();
  const kept = segments.map((s, i) => (i === 0 ? s.text : s.sep + s.text)).join('');
  return kept.length >= MIN_HEADLINE_CHARS || kept.length === title.length ? kept : title;
}

/** The squashed names a site goes by (its stated name, its host label) for isSitePart. */
interface SiteNameKeys {
  site: string[];
  host: string | null;
}

function siteNameKeys(siteName: string | null, url: string | undefined): SiteNameKeys {
  const squashed = (x: string | null) => {
    const k = x ? squash(x) : '';
    return k.length > 1 ? k : null;
  };
  const host = squashed(hostLabel(url));
  const site = squashed(siteName);
  return { site: [site, host].filter((x): x is string => x !== null), host };
}

/** Most words of a title segment read as the site's name (not a subtitle or a description). */
const MAX_SITE_NAME_WORDS = 6;

/** Whether a whole title segment is the site's name (see isSitePart), short as names are. */
function isSiteName(part: string, names: SiteNameKeys): boolean {
  return part.trim().split(/\s+/).length <= MAX_SITE_NAME_WORDS && isSitePart(part, names);
}

/** A host label this long is matched letter by letter inside a title segment. */
const MIN_HOST_FOR_ABBREVIATION = 8;

/** Whether a title segment names the site: its stated name or host label, one containing the
 * other, or the host label written with the segment's small words left out
 * ("partnershipstudentsuccess.org" for "The Partnership for Student Success"). */
function isSitePart(part: string, names: SiteNameKeys): boolean {
  const p = squash(part);
  if (p.length <= 1) return false;
  if (names.site.some((n) => n === p || n.includes(p) || p.includes(n))) return true;
  const host = names.host;
  return (
    host !== null && host.length >= MIN_HOST_FOR_ABBREVIATION && p.length <= 2 * host.length && abbreviates(host, p)
  );
}

/** Whether `short` is `long` with letters left out (a subsequence ending in the same letter). */
function abbreviates(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length && long.endsWith(short.slice(-1));
}

/** `title` without its leading and trailing segments that name the site, however short the rest. */
function withoutSiteSegments(title: string, names: SiteNameKeys): string {
  const segments = splitKeeping(title);
  while (segments.length > 1 && isSiteName(segments[segments.length - 1].text, names)) segments.pop();
  while (segments.length > 1 && isSiteName(segments[0].text, names)) segments.shift();
  return segments.map((s, i) => (i === 0 ? s.text : s.sep + s.text)).join('');
}

function splitKeeping(title: string): Array<{ sep: string; text: string }> {
  const out: Array<{ sep: string; text: string }> = [];
  const re = new RegExp(TITLE_SEPARATOR.source, 'g');
  let last = 0;
  let sep = '';
  for (let m = re.exec(title); m; m = re.exec(title)) {
    out.push({ sep, text: title.slice(last, m.index) });
    sep = m[0];
    last = m.index + m[0].length;
  }
  out.push({ sep, text: title.slice(last) });
  return out;
}

/** The proper prefixes of a title that end at a separator: "A | B | C" -> ["A", "A | B"]. */
function leadingSegments(title: string): string[] {
  const segments = splitKeeping(title);
  const out: string[] = [];
  let prefix = segments[0].text;
  for (let i = 1; i < segments.length; i++) {
    out.push(prefix);
    prefix += segments[i].sep + segments[i].text;
  }
  return out;
}

/** Lower-case letters and digits only, so "The Verge" matches "theverge". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The registrable-looking label of the host: "www.nytimes.com" -> "nytimes". */
export function hostLabel(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  } catch {
    return null;
  }
}

/** Word overlap (Dice coefficient over word sets) an h1 needs with the metadata or <title> text
 * to count as the same headline; below it the h1 is likely a logo, a section name or a widget. */
const MIN_HEADLINE_OVERLAP = 0.3;
/** Longest text taken as a headline; longer h1s are whole intros wrapped in a heading. */
const MAX_HEADLINE_CHARS = 300;

/** The visible headline: the h1 that best agrees with the metadata title or <title>; with no
 * reference text, the first h1 of the article content. Null when no h1 can be trusted. */
export function visibleHeadline(
  scan: PageScan,
  references: ReadonlyArray<string | null>,
  siteName: string | null,
  url?: string,
): string | null {
  const site = siteName ? squash(siteName) : null;
  const names = siteNameKeys(siteName, url);
  const h1s = scan.h1s
    .filter((s) => !s.inComments && !s.inChrome)
    .map((s) => ({ s, text: normalizeSpace(decodeReferences(headingText(s.el))) }))
    .filter(
      (h) =>
        h.text.length > 0 &&
        h.text.length <= MAX_HEADLINE_CHARS &&
        squash(h.text) !== site &&
        !namesTheSite(h.text, references, names),
    );
  if (h1s.length === 0) return null;
  // Each reference also without its site-name segments, however short the headline left
  // ("Coffee - University of Wisconsin-Stevens Point" agrees with an h1 "Coffee").
  const refs = references
    .filter((r): r is string => !!r)
    .flatMap((r) => [words(r), words(withoutSiteSegments(r, names))]);
  if (refs.length > 0) {
    let best: { text: string; score: number } | null = null;
    for (const h of h1s) {
      const w = words(h.text);
      const score = Math.max(...refs.map((r) => dice(w, r)));
      if (!best || score > best.score) best = { text: h.text, score };
    }
    if (!best || best.score < MIN_HEADLINE_OVERLAP) return null;
    const chosen = best.text;
    // An all-capitals h1 is usually styled text; the metadata title has the real casing.
    if (chosen === chosen.toUpperCase()) {
      const sameWords = references.find((r) => r && r.toLowerCase() === chosen.toLowerCase());
      if (sameWords) return sameWords;
    }
    // An h1 left open runs on into the date line after it ("Headline January 1, 2025"): the
    // metadata title it starts with is the headline.
    const runOn = references.find((r): r is string => !!r && chosen.startsWith(r) && onlyDate(chosen.slice(r.length)));
    if (runOn) return runOn;
    // "Headline | Opinion", "Headline – Top 19 Companies": when the metadata title is the h1's
    // leading segments, the rest is a label or a kicker added to the visible heading.
    const prefixes = leadingSegments(chosen);
    return withoutPipeTail(references.find((r): r is string => !!r && prefixes.includes(r)) ?? chosen);
  }
  const inContent = h1s.filter((h) => inAnyContentRoot(h.s, scan));
  return (inContent[0] ?? h1s[0]).text;
}

/** Whether `text` is one written date and nothing else (separators around it aside). */
function onlyDate(text: string): boolean {
  const t = text.replace(/^[\s|·•,:\-–—]+|[\s.]+$/g, '');
  if (t === '') return false;
  const found = findDates(t);
  return found.length === 1 && found[0].start === 0 && found[0].end === t.length && !found[0].yearInferred;
}

/** The punctuation that joins a site's name to a headline in <title>: "Site: Headline", "Headline | Site". */
const SITE_JOIN_AFTER = /^\s*[:|\-–—·•»~/]+\s+/;
const SITE_JOIN_BEFORE = /\s+[:|\-–—·•«~/]+\s*$/;

/**
 * Whether a heading is the site's name as <title> or og:title show it: "Site: Headline" or
 * "Headline | Site" where the rest holds the headline. Blogs put the blog's name in an h1 and the
 * post's title in a lower heading.
 */
function namesTheSite(heading: string, references: ReadonlyArray<string | null>, names: SiteNameKeys): boolean {
  const h = heading.toLowerCase();
  return references.some((r) => {
    if (!r) return false;
    const lower = r.toLowerCase();
    // The site's name is the shorter part: in "Headline | Site" the heading is the headline. Not
    // when the rest is the site's name itself ("Coffee - University of Wisconsin-Stevens Point").
    if (lower.startsWith(h)) {
      const rest = r.slice(h.length).replace(SITE_JOIN_AFTER, '');
      if (
        SITE_JOIN_AFTER.test(r.slice(h.length)) &&
        rest.length >= MIN_HEADLINE_CHARS &&
        rest.length > h.length &&
        !isSiteName(rest, names)
      )
        return true;
    }
    if (lower.endsWith(h)) {
      const rest = r.slice(0, r.length - h.length).replace(SITE_JOIN_BEFORE, '');
      if (
        SITE_JOIN_BEFORE.test(r.slice(0, r.length - h.length)) &&
        rest.length >= MIN_HEADLINE_CHARS &&
        rest.length > h.length &&
        !isSiteName(rest, names)
      )
        return true;
    }
    return false;
  });
}

/** A pipe inside a visible heading sets off a label, a kicker or the site ("Headline | Opinion",
 * "Headline | Top 19 Companies"); a longer tail is a subtitle and stays. */
const HEADING_PIPE = /\s+\|\s+/;
/** Most words after the first pipe for the tail to be taken as a label. */
const MAX_LABEL_WORDS = 4;

/** Most words of a leading segment taken as a section label ("Opinion | Headline", "World News | ..."). */
const MAX_HEAD_LABEL_WORDS = 2;
/** Format tags that pages put around a headline: "[Watch] ...", "... (video)", "[PHOTOS]". */
const TAG_WORDS =
  '(?:watch|video|videos|photos?|gallery|pictures|live|listen|audio|podcast|breaking|exclusive|updated?|pics)';
const LEADING_TAG = new RegExp(`^\\s*[[(]${TAG_WORDS}[\\])]\\s*[:|\\-–—]?\\s*`, 'i');
const TRAILING_TAG = new RegExp(`\\s*[:|\\-–—]?\\s*[[(]${TAG_WORDS}[\\])]\\s*$`, 'i');

/** A title without format tags and section labels around it: "[Watch] Headline (video)" and
 * "Opinion | Headline | News" -> "Headline" (the tail as in withoutPipeTail). */
export function withoutLabels(title: string): string {
  let t = title;
  for (let prev = ''; prev !== t;) {
    prev = t;
    const untagged = t.replace(LEADING_TAG, '').replace(TRAILING_TAG, '');
    if (untagged.length >= MIN_HEADLINE_CHARS) t = untagged;
  }
  // Only with a segment on each side ("Opinion | Headline | Site"): in "Climate Change | Economic
  // Research Service" the short first part is the headline.
  const at = t.search(HEADING_PIPE);
  if (at > 0 && HEADING_PIPE.test(t.slice(at).replace(HEADING_PIPE, ''))) {
    const head = t.slice(0, at).trim();
    const rest = t.slice(at).replace(HEADING_PIPE, '');
    if (
      head.split(/\s+/).length <= MAX_HEAD_LABEL_WORDS &&
      rest.length >= MIN_HEADLINE_CHARS &&
      rest.length > head.length
    )
      t = rest;
  }
  return withoutPipeTail(t);
}

export function withoutPipeTail(heading: string): string {
  const at = heading.search(HEADING_PIPE);
  if (at < MIN_HEADLINE_CHARS) return heading;
  const tail = heading.slice(at).replace(HEADING_PIPE, ' ').trim().split(/\s+/);
  return tail.length <= MAX_LABEL_WORDS ? heading.slice(0, at) : heading;
}

/** Most h1 elements taken as copies of the headline. */
const MAX_HEADLINES = 3;

/** The page's h1s outside comments and chrome, those inside the article content first; on a page
 * without one, the h2s that read as the page's title (themes that print the headline as an h2
 * under a kicker), so the date and byline under the headline can still be found. */
export function headlineElements(scan: PageScan): readonly Element[] {
  let found = headlinesOf.get(scan);
  if (!found) headlinesOf.set(scan, (found = findHeadlineElements(scan)));
  return found;
}

/** Each scanned page's headline elements: three layers ask for them. */
const headlinesOf = new WeakMap<PageScan, readonly Element[]>();

function findHeadlineElements(scan: PageScan): readonly Element[] {
  let usable = scan.h1s.filter((s) => !s.inComments && !s.inChrome);
  if (usable.length === 0) {
    // A page builder's headline in a styled paragraph, which reads exactly as the title.
    const shown = elementReadingAsTitle(scan);
    if (shown) return [shown];
    usable = titleH2s(scan);
  }
  const inContent = usable.filter((h) => inAnyContentRoot(h, scan));
  return [...inContent, ...usable.filter((h) => !inContent.includes(h))].slice(0, MAX_HEADLINES).map((h) => h.el);
}

/** Share of a title's words an h2 must hold to be taken as the headline (pages reword one of them:
 * "7 Ways to Transition to a Plant-Based Diet" in og:title, "7 Ways to Help You Transition..." on the page). */
const H2_TITLE_WORD_SHARE = 0.8;
/** Fewest words of a title for the h2 comparison: shorter ones match section headings by chance. */
const MIN_H2_TITLE_WORDS = 4;

/** h2s outside comments and chrome that hold most words of the og:title, twitter:title or <title>'s
 * first segment, and not many more. */
function titleH2s(scan: PageScan): ScannedElement[] {
  const titles = [
    ...(scan.metas.get('og:title') ?? []),
    ...(scan.metas.get('twitter:title') ?? []),
    ...(scan.titleText ? [scan.titleText.split(TITLE_SEPARATOR)[0]] : []),
  ]
    .map((t) => words(t.split(TITLE_SEPARATOR)[0]))
    .filter((w) => w.size >= MIN_H2_TITLE_WORDS);
  if (titles.length === 0) return [];
  return scan.h2s.filter((h) => {
    if (h.inComments || h.inChrome) return false;
    const have = words(headingText(h.el));
    return titles.some((t) => {
      const shared = [...t].filter((w) => have.has(w)).length;
      return shared >= H2_TITLE_WORD_SHARE * t.size && have.size <= 2 * t.size;
    });
  });
}

/** Tags whose text is never the page's visible headline. */
const NOT_SHOWN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'title', 'select', 'option']);

/**
 * On a page without an h1, the first element outside chrome and comments whose own text is the
 * title exactly (og:title, twitter:title or the first segment of <title>, of MIN_H2_TITLE_WORDS
 * words or more, compared without case): page builders (Framer, Webflow) print the headline in a
 * styled <p> or <div>, and an h2 that merely shares most of its words is a section further down.
 */
function elementReadingAsTitle(scan: PageScan): Element | null {
  const titles = new Set(
    [
      ...(scan.metas.get('og:title') ?? []),
      ...(scan.metas.get('twitter:title') ?? []),
      ...(scan.titleText ? [scan.titleText.split(TITLE_SEPARATOR)[0]] : []),
    ]
      .map((t) => normalizeSpace(t).toLowerCase())
      .filter((t) => words(t).size >= MIN_H2_TITLE_WORDS),
  );
  if (titles.size === 0) return null;
  const stack: AnyNode[] = [...scan.root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (node.parent && isTag(node.parent) && titles.has(normalizeSpace(node.data).toLowerCase())) return node.parent;
    } else if (isTag(node) && !NOT_SHOWN.has(node.name) && !opensChromeOrComments(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return null;
}

/** A heading's text without the dates some templates put inside it (<h1><time>Dec 18</time> Title</h1>). */
function headingText(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (isTag(node) && node.name !== 'time' && node.name !== 'script' && node.name !== 'style') {
      if (node.name === 'br') out += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out;
}

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function inAnyContentRoot(h: ScannedElement, scan: PageScan): boolean {
  const roots = new Set(scan.contentRoots.map((r) => r.el));
  for (let p = h.el.parent; p; p = p.parent) if (roots.has(p as never)) return true;
  return false;
}
