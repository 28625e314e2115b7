// The body of a dump (from the first body line to the first line that ends articles: a comment
// section, "Posted by", labels, related links, post navigation) and the footer after it, which
// may name the author ("Posted by X at 10:12 AM", "Reporting by X; Editing by Y") and the time.
import { cleanAuthors } from '../authors.js';
import { isFurniture, wordCount } from './classify.js';
import type { Line } from './lines.js';
import { BODY_END } from './patterns.js';

/** Footer lines are short; a longer line matching a footer pattern ("Posted by the ministry, the video…") is prose. */
const BODY_END_MAX_WORDS = 25;

export interface Body {
  lines: Line[];
  /** Index of the first line after the body. */
  end: number;
}

export function readBody(lines: readonly Line[], start: number): Body {
  const kept: Line[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const text = lines[i].text;
    if (kept.length && BODY_END.test(text) && wordCount(text) <= BODY_END_MAX_WORDS) break;
    if (!isFurniture(text)) kept.push(lines[i]);
  }
  return { lines: trimTail(dropLinkRuns(kept)), end: i };
}

/** Menus and link lists: at least this many short lines in a row with no sentence among them. */
const LINK_RUN_MIN_LINES = 6;
const LINK_RUN_MAX_WORDS = 10;
const ENDS_SENTENCE = /[.!?…"”»:;]$/u;

/**
 * Drops runs of short unpunctuated lines (related links, menus, footers that no end marker
 * caught). Lists inside articles are rarely this long without one item ending like a sentence.
 */
function dropLinkRuns(lines: Line[]): Line[] {
  const short = lines.map((l) => wordCount(l.text) <= LINK_RUN_MAX_WORDS && !ENDS_SENTENCE.test(l.text));
  const keep = lines.map(() => true);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && short[j]) j++;
    if (j - i >= LINK_RUN_MIN_LINES) for (let k = i; k < j; k++) keep[k] = false;
    i = j === i ? i + 1 : j;
  }
  return lines.filter((_, k) => keep[k]);
}

/** Tag lists and counters left at the end of a body ("Ukraine", "Geopolitics", "1.2K claps") are one or two words each. */
const TAIL_MAX_WORDS = 3;

/** Drops a run of very short non-sentence lines after the last real paragraph. */
function trimTail(lines: Line[]): Line[] {
  let end = lines.length;
  while (end > 1 && wordCount(lines[end - 1].text) <= TAIL_MAX_WORDS && !/[.!?…"”»]$/u.test(lines[end - 1].text)) end--;
  return lines.slice(0, end);
}

export interface Footer {
  authors: string[];
  /** "10:12 AM" of "Posted by X at 10:12 AM", as "10:12:00". */
  time: string | null;
}

/** Footer bylines: Blogger's "Posted by" (in the languages of its interface), "Written by", a trailing "By X". */
const FOOTER_BYLINE =
  /^(?:(?:posted|written) by|publicado por|publié par|eingestellt von|pubblicato da|geplaatst door|opublikowane przez|опубликовал[аи]?)\s|^by\s+\p{Lu}/iu;
/** Wire credits name reporters and editors; only the reporters and writers are authors. */
const CREDIT_SEGMENT = /^(?:additional\s+)?(?:reporting|writing)\s+by\s/iu;
const FOOTER_TIME = /\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?/iu;
/** A footer is a few lines; look no further for bylines (comments come after). */
const FOOTER_LINES = 8;

export function readFooter(lines: readonly Line[], end: number): Footer {
  const authors: string[] = [];
  let time: string | null = null;
  for (const { text } of lines.slice(end, end + FOOTER_LINES)) {
    if (FOOTER_BYLINE.test(text)) {
      authors.push(...cleanAuthors(text));
      time ??= clockTime(text);
    } else if (/reporting by|writing by/iu.test(text)) {
      authors.push(...cleanAuthors(text.split(/\s*;\s*/u).filter((seg) => CREDIT_SEGMENT.test(seg))));
    }
  }
  return { authors: [...new Set(authors)], time };
}

function clockTime(text: string): string | null {
  const m = text.match(FOOTER_TIME);
  if (!m) return null;
  if (+m[2] > 59) return null;
  // 24-hour clocks ("um 14:05") have no AM/PM.
  if (!m[3]) return +m[1] <= 23 ? `${m[1].padStart(2, '0')}:${m[2]}:00` : null;
  const h = (+m[1] % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return +m[1] >= 1 && +m[1] <= 12 ? `${String(h).padStart(2, '0')}:${m[2]}:00` : null;
}
