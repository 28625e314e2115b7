// The header of a dump: everything before the first body paragraph. Holds the title, bylines
// and date lines in any order (Blogger: date, title, name; news: title, "By X", date; Medium:
// title, subtitle, name, "5 min read · Mar 3"), often after navigation junk.
import type { DateOptions } from '../dates.js';
import { bareBylineOf, dateLineValue, isFurniture, isProse, isTitleCandidate, leadBylineOf, wordCount } from './classify.js';
import { isHardWrapped, type Line } from './lines.js';

export interface Header {
  title: string | null;
  authors: string[];
  published: string | null;
  /** Index of the first body line. */
  bodyStart: number;
}

type Kind = 'junk' | 'date' | 'byline' | 'prose' | 'candidate' | 'other';
interface Classified { kind: Kind; authors?: string[]; date?: string | null }

/** Headers are short; a dump whose first this-many lines hold no prose has no recognisable body start. */
const MAX_HEADER_LINES = 60;
/** How far after a prose line to look for a byline or date that shows the prose was a subtitle. */
const DEK_LOOKAHEAD = 4;
/** Site names are shorter than this; headlines rarely are. */
const HEADLINE_MIN_WORDS = 4;
/** "Headline | Site Name": a tail of at most this many words after a pipe is the site's name. */
const SITE_SUFFIX_MAX_WORDS = 4;

export function readHeader(lines: readonly Line[], opts: DateOptions): Header {
  // A bare name line ("Paul Goble") is a byline only on pages whose header has no "By ..." line.
  let kinds = classifyAll(lines, opts, false);
  let bodyStart = findBodyStart(kinds);
  if (!kinds.slice(0, bodyStart).some((k) => k.kind === 'byline')) {
    kinds = classifyAll(lines, opts, true);
    bodyStart = findBodyStart(kinds);
  }
  const head = kinds.slice(0, bodyStart);
  const authors = [...new Set(head.flatMap((k) => (k.kind === 'byline' ? k.authors ?? [] : [])))];
  const published = head.find((k) => k.date)?.date ?? null;
  const titleAt = pickTitle(head, lines);
  return { title: titleAt === null ? null : stripSiteSuffix(lines[titleAt].text), authors, published, bodyStart };
}

function classifyAll(lines: readonly Line[], opts: DateOptions, bareBylines: boolean): Classified[] {
  const head = lines.slice(0, MAX_HEADER_LINES);
  const out: Classified[] = [];
  let seenCandidate = false;
  for (let i = 0; i < head.length; i++) {
    const text = head[i].text;
    const date = dateLineValue(text, opts);
    const lead = date ? null : leadBylineOf(text, opts);
    // Only after a headline candidate: before it, a short capitalised line is more likely a site name.
    const bare = date || lead || !bareBylines || !seenCandidate ? null : bareBylineOf(text);
    let k: Classified;
    // Dates and "By" lines first: "By Jane Doe | March 3, 2022 | 4 min read" is shaped like navigation.
    if (date) k = { kind: 'date', date };
    else if (lead) k = { kind: 'byline', authors: lead.authors, date: lead.date };
    else if (isFurniture(text)) k = { kind: 'junk' };
    else if (bare) k = { kind: 'byline', authors: bare };
    else if (isProse(text) || isWrappedProse(head, i)) k = { kind: 'prose' };
    else if (isTitleCandidate(text)) k = { kind: 'candidate' };
    else k = { kind: 'other' };
    if (k.kind === 'candidate') seenCandidate = true;
    out.push(k);
  }
  return out;
}

/** The first line of a hard-wrapped paragraph is prose even when it holds few words. */
function isWrappedProse(lines: readonly Line[], i: number): boolean {
  const block = lines.filter((l) => l.block === lines[i].block).map((l) => l.text);
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
  for (let i = p + 1; i < kinds.length && i <= p + DEK_LOOKAHEAD; i++) {
    if (kinds[i].kind === 'prose') return -1;
    if (kinds[i].kind === 'date' || kinds[i].kind === 'byline') return i;
  }
  return -1;
}

function nextIndex(kinds: readonly Classified[], from: number, kind: Kind): number {
  for (let i = from; i < kinds.length; i++) if (kinds[i].kind === kind) return i;
  return -1;
}

/**
 * The headline: the candidate nearest before the first byline that follows a candidate (site
 * names and navigation come earlier); without a byline, the last candidate before the body (a
 * date line may sit on either side of the headline, and a blog's name above both). When that
 * candidate is a subtitle, the headline right above it.
 */
function pickTitle(head: readonly Classified[], lines: readonly Line[]): number | null {
  const first = head.findIndex((k) => k.kind === 'candidate');
  if (first < 0) return null;
  let anchor = head.length;
  for (let i = first + 1; i < head.length; i++) if (head[i].kind === 'byline') { anchor = i; break; }
  let t = -1;
  for (let i = anchor - 1; i >= 0; i--) if (head[i].kind === 'candidate') { t = i; break; }
  const prev = t - 1;
  // Title and subtitle sit in one block (no blank line between); a site name stands apart.
  if (prev >= 0 && head[prev].kind === 'candidate' && lines[prev].block === lines[t].block && isHeadlineSized(lines[prev].text)) return prev;
  return t;
}

/**
 * Of two candidates in one block, the first is the headline and the second its subtitle, unless
 * the first is a kicker or site name ("World", "High North Dispatch"), which are shorter.
 */
function isHeadlineSized(before: string): boolean {
  return wordCount(before) >= HEADLINE_MIN_WORDS;
}

function stripSiteSuffix(title: string): string {
  const m = title.match(/^(.+?)\s+[|·]\s+([^|·]+)$/u);
  return m && wordCount(m[2]) <= SITE_SUFFIX_MAX_WORDS && !isFurniture(m[1]) ? m[1].trim() : title;
}
