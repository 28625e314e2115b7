// The header of a dump: everything before the first body paragraph. Holds the title, bylines
// and date lines in any order (Blogger: date, title, name; news: title, "By X", date; Medium:
// title, subtitle, name, "5 min read · Mar 3"), often after navigation junk.
import { cleanAuthors } from '../authors.js';
import { parseDate, type DateOptions } from '../dates.js';
import {
  bareBylineOf,
  dateLineValue,
  isFurniture,
  isProse,
  isTitleCandidate,
  leadBylineOf,
  wordCount,
} from './classify.js';
import { isHardWrapped, type Line } from './lines.js';
import { AUTHOR_FIELD, CREDIT_LINE, DATE_FIELD, HEADER_FIELD, ROLE_LINE, TITLE_FIELD } from './patterns.js';

export interface Header {
  title: string | null;
  authors: string[];
  published: string | null;
  /** Index of the first body line. */
  bodyStart: number;
}

type Kind = 'junk' | 'date' | 'byline' | 'credit' | 'prose' | 'candidate' | 'other';
interface Classified {
  kind: Kind;
  authors?: string[];
  date?: string | null;
  /** For a candidate that is nothing but person names: those names. */
  names?: string[];
  /** The value of a "Title:" field: the headline, whatever else the header holds. */
  fieldTitle?: string;
}

/** Page dumps with full navigation menus can run to hundreds of lines before the body; past this many there is no recognisable header. */
const MAX_HEADER_LINES = 400;
/** How far after a prose line to look for a byline or date that shows the prose was a subtitle. */
const DEK_LOOKAHEAD = 4;
/** Site names are shorter than this; headlines rarely are. */
const HEADLINE_MIN_WORDS = 4;
/** "Headline | Site Name": a tail of at most this many words after a pipe is the site's name. */
const SITE_SUFFIX_MAX_WORDS = 4;

export function readHeader(lines: readonly Line[], opts: DateOptions): Header {
  const kinds = classifyAll(lines, opts);
  const bodyStart = findBodyStart(kinds);
  const head = kinds.slice(0, bodyStart);
  const field = head.findIndex((k) => k.fieldTitle);
  const titleAt = field >= 0 ? field : pickTitle(head, lines);
  const bylines = head.flatMap((k) => (k.kind === 'byline' ? (k.authors ?? []) : []));
  const authors = bylines.length ? [...new Set(bylines)] : bareByline(head, titleAt);
  const published = head.find((k) => k.date)?.date ?? null;
  const title = titleAt === null ? null : (head[titleAt].fieldTitle ?? stripSiteSuffix(lines[titleAt].text));
  return { title, authors, published, bodyStart };
}

function classifyAll(lines: readonly Line[], opts: DateOptions): Classified[] {
  const head = lines.slice(0, MAX_HEADER_LINES);
  return head.map(({ text }, i): Classified => {
    const field = text.match(HEADER_FIELD);
    if (field) return classifyField(field[1], field[2], opts);
    // Dates and "By" lines first: "By Jane Doe | March 3, 2022 | 4 min read" is shaped like navigation.
    const date = dateLineValue(text, opts);
    if (date) return { kind: 'date', date };
    const lead = leadBylineOf(text, opts);
    if (lead) return { kind: 'byline', authors: lead.authors, date: lead.date };
    if (CREDIT_LINE.test(text) || ROLE_LINE.test(text)) return { kind: 'credit' };
    if (isFurniture(text)) return { kind: 'junk' };
    if (isProse(text) || isWrappedProse(head, i)) return { kind: 'prose' };
    if (isTitleCandidate(text)) return { kind: 'candidate', names: bareBylineOf(text) ?? undefined };
    return { kind: 'other' };
  });
}

/** "Title: …", "Author: …", "Date: …" fields say what they are; other fields (URL, tags) are furniture. */
function classifyField(key: string, value: string, opts: DateOptions): Classified {
  if (TITLE_FIELD.test(key) && value.trim()) return { kind: 'candidate', fieldTitle: value.trim() };
  if (AUTHOR_FIELD.test(key)) return { kind: 'byline', authors: cleanAuthors(value) };
  if (DATE_FIELD.test(key)) return { kind: 'date', date: parseDate(value, opts) };
  return { kind: 'junk' };
}

/**
 * A line that is only a name ("Paul Goble") is the byline when the header has no "By" line and
 * it sits just below the headline or next to a date line. Anywhere else a short capitalised line
 * is a menu item or a site name ("Contact Us", "New Hampshire").
 */
function bareByline(head: readonly Classified[], titleAt: number | null): string[] {
  if (titleAt === null) return [];
  let steps = 0;
  for (let j = titleAt + 1; j < head.length && steps < BARE_BYLINE_AFTER_TITLE; j++) {
    if (head[j].names) return head[j].names!;
    if (head[j].kind !== 'junk') steps++;
  }
  // "Andrew King / September 4, 2025 / Headline": a name beside a date line beside the headline.
  for (let i = 0; i < head.length; i++) {
    if (i === titleAt || !head[i].names || stepsBetween(head, i, titleAt) > BARE_BYLINE_NEAR_TITLE) continue;
    if (nextKind(head, i, 1) === 'date' || nextKind(head, i, -1) === 'date') return head[i].names!;
  }
  return [];
}
/** How many lines below the headline a bare-name byline may sit (Medium puts a subtitle between). */
const BARE_BYLINE_AFTER_TITLE = 3;
/** How far from the headline a name beside a date may sit. */
const BARE_BYLINE_NEAR_TITLE = 3;

/** Non-furniture lines from a to b. */
function stepsBetween(head: readonly Classified[], a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return head.slice(lo + 1, hi + 1).filter((k) => k.kind !== 'junk').length;
}

/** The kind of the nearest non-furniture line in direction dir. */
function nextKind(head: readonly Classified[], i: number, dir: 1 | -1): Kind | null {
  for (let j = i + dir; j >= 0 && j < head.length; j += dir) if (head[j].kind !== 'junk') return head[j].kind;
  return null;
}

/** The first line of a hard-wrapped paragraph is prose even when it holds few words. */
function isWrappedProse(lines: readonly Line[], i: number): boolean {
  let a = i,
    b = i + 1;
  while (a > 0 && lines[a - 1].block === lines[i].block) a--;
  while (b < lines.length && lines[b].block === lines[i].block) b++;
  const block = lines.slice(a, b).map((l) => l.text);
  return block.length > 1 && isHardWrapped(block) && isProse(block.join(' '));
}

/**
 * The first prose line, unless a byline or date follows it closely: then it was a subtitle (dek)
 * and the body starts at the next prose after that metadata. A byline after the last paragraph
 * (Blogger's "Posted by") is a footer, so a dek needs prose after its metadata.
 */
function findBodyStart(kinds: readonly Classified[]): number {
  let p = nextIndex(kinds, 0, 'prose');
  while (p >= 0) {
    const meta = metaSoonAfter(kinds, p);
    const after = meta >= 0 ? nextIndex(kinds, meta + 1, 'prose') : -1;
    if (after < 0) return p;
    p = after;
  }
  // No prose in the first lines: the body starts after the last header-like line.
  const lastMeta = kinds.map((k) => k.kind === 'date' || k.kind === 'byline').lastIndexOf(true);
  return lastMeta >= 0 ? lastMeta + 1 : 0;
}

function metaSoonAfter(kinds: readonly Classified[], p: number): number {
  let steps = 0;
  for (let i = p + 1; i < kinds.length && steps < DEK_LOOKAHEAD; i++) {
    if (kinds[i].kind === 'prose') return -1;
    if (isMeta(kinds[i])) return i;
    if (kinds[i].kind !== 'junk') steps++;
  }
  return -1;
}

function nextIndex(kinds: readonly Classified[], from: number, kind: Kind): number {
  for (let i = from; i < kinds.length; i++) if (kinds[i].kind === kind) return i;
  return -1;
}

/**
 * The headline: the best-scoring candidate line of the header. Headlines sit next to the byline
 * or date (on either side: Blogger puts the date above, news sites the byline below), right
 * above the body, stand in a block of their own, run to a few words, and do not end with a full
 * stop (deks and captions do). Menu items and site names score low on all of these. When the
 * winner is a subtitle in one block with a headline-sized line above it, that line wins.
 */
function pickTitle(head: readonly Classified[], lines: readonly Line[]): number | null {
  let best = -1,
    bestScore = -Infinity;
  // A line of names is a headline only when nothing else could be.
  const nameless = head.some((k) => k.kind === 'candidate' && !k.names);
  for (let i = 0; i < head.length; i++) {
    if (head[i].kind !== 'candidate' || (nameless && head[i].names)) continue;
    const score = titleScore(head, lines, i);
    // Ties go to the later line: closer to the body, past the navigation.
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const prev = best - 1;
  // A headline right above a subtitle in the same block, with the byline just below the pair,
  // scores almost as well as the subtitle; a site name or menu line above a headline does not.
  if (
    prev >= 0 &&
    head[prev].kind === 'candidate' &&
    !head[prev].names &&
    lines[prev].block === lines[best].block &&
    isHeadlineSized(lines[prev].text) &&
    near(head, prev, 1, NEAR_LINES) &&
    titleScore(head, lines, prev) >= bestScore - SUBTITLE_SCORE_GAP
  )
    return prev;
  return best;
}
/** How much lower than the subtitle below it a headline may score. */
const SUBTITLE_SCORE_GAP = 2;

/** Points for each sign of a headline (see pickTitle). */
const TITLE_SCORE = {
  nextToMeta: 3,
  lastBeforeBody: 2,
  repeated: 2,
  headlineLength: 1,
  ownBlock: 1,
  endsWithFullStop: -3,
} as const;
/** Lines skipped when looking for the byline or date next to a headline candidate. */
const NEAR_LINES = 2;
/** Bylines, dates, credits and lines of bare names: what a headline sits next to. */
const isMeta = (k: Classified) =>
  k.kind === 'date' || k.kind === 'byline' || k.kind === 'credit' || k.names !== undefined;

function titleScore(head: readonly Classified[], lines: readonly Line[], i: number): number {
  const text = lines[i].text,
    n = wordCount(text);
  let score = 0;
  if (near(head, i, 1, NEAR_LINES) || near(head, i, -1, NEAR_LINES)) score += TITLE_SCORE.nextToMeta;
  if (head.slice(i + 1).every((k) => isMeta(k) || (k.kind !== 'candidate' && k.kind !== 'prose')))
    score += TITLE_SCORE.lastBeforeBody;
  if (n >= HEADLINE_MIN_WORDS) score += TITLE_SCORE.headlineLength;
  if (lines[i - 1]?.block !== lines[i].block && lines[i + 1]?.block !== lines[i].block) score += TITLE_SCORE.ownBlock;
  if (/\.$/u.test(text)) score += TITLE_SCORE.endsWithFullStop;
  // Saved pages often keep the browser title ("Headline | Site") above the page's own headline.
  const key = stripSiteSuffix(text).toLowerCase();
  if (
    n >= HEADLINE_MIN_WORDS &&
    head.some(
      (k, j) =>
        j !== i &&
        (k.kind === 'candidate' || k.kind === 'other') &&
        stripSiteSuffix(lines[j].text).toLowerCase() === key,
    )
  )
    score += TITLE_SCORE.repeated;
  return score;
}

/** Whether a byline or date is within `within` non-furniture lines of line i, in direction dir. */
function near(head: readonly Classified[], i: number, dir: 1 | -1, within: number): boolean {
  let steps = 0;
  for (let j = i + dir; j >= 0 && j < head.length && steps < within; j += dir) {
    if (isMeta(head[j])) return true;
    if (head[j].kind !== 'junk') steps++;
  }
  return false;
}

/** A kicker or site name ("World", "High North Dispatch") is shorter than a headline. */
function isHeadlineSized(line: string): boolean {
  return wordCount(line) >= HEADLINE_MIN_WORDS;
}

function stripSiteSuffix(title: string): string {
  const m = title.match(/^(.+?)\s+[|·]\s+([^|·]+)$/u);
  return m && wordCount(m[2]) <= SITE_SUFFIX_MAX_WORDS && !isFurniture(m[1]) ? m[1].trim() : title;
}
