// Comment sections of dumps: "3 comments:" (Blogger), "2 thoughts on “…”" (WordPress),
// "Comments (4)" (news sites), each followed by comment blocks: an author line ("Jane said...",
// "Jane says:", or a name followed by a date), a date line, the text, and buttons ("Reply").
import type { Comment } from '../../record/types.js';
import { findDate, type DateOptions } from '../dates.js';
import { dateLineValue, isFurniture, wordCount } from './classify.js';
import { toParagraphs, type Line } from './lines.js';
import { ANONYMOUS, COMMENT_AUTHOR, COMMENT_FURNITURE, COMMENTS_END, COMMENTS_HEADER } from './patterns.js';

/** A bare author line (a name above a date) has at most this many words. */
const BARE_AUTHOR_MAX_WORDS = 5;

/** The comments after `from`, or [] when the page has no comment section there. */
export function readComments(lines: readonly Line[], from: number, opts: DateOptions): Comment[] {
  const start = lines.findIndex((l, i) => i >= from && COMMENTS_HEADER.test(l.text));
  if (start < 0 || /^(?:no|aucun|no hay|keine|нет)\s/iu.test(lines[start].text)) return [];
  const section: Line[] = [];
  for (const line of lines.slice(start + 1)) {
    if (COMMENTS_END.test(line.text)) break;
    if (!COMMENT_FURNITURE.test(line.text) && !isFurniture(line.text)) section.push(line);
  }
  return splitComments(section, opts);
}

interface Draft {
  author: string | null;
  published: string | null;
  lines: Line[];
}

function splitComments(section: readonly Line[], opts: DateOptions): Comment[] {
  const dates = section.map((l) => dateLineValue(l.text, opts));
  const saidLines = section.some((l) => COMMENT_AUTHOR.test(l.text));
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  for (let i = 0; i < section.length; i++) {
    const text = section[i].text;
    const said = text.match(COMMENT_AUTHOR);
    const signed = said || dates[i] ? null : nameAndDate(text, opts);
    if (signed) {
      cur = { author: authorName(signed.author), published: signed.date, lines: [] };
      drafts.push(cur);
      continue;
    }
    // Without "said..." lines, a short line right above a date line is the author.
    const bare =
      !saidLines && !dates[i] && dates[i + 1] && wordCount(text) <= BARE_AUTHOR_MAX_WORDS && !/[.!?]$/u.test(text);
    if (said || bare) {
      cur = { author: authorName(said ? said[1] : text), published: null, lines: [] };
      drafts.push(cur);
    } else if (dates[i]) {
      cur ??= pushNew(drafts);
      if (cur.published) cur = pushNew(drafts);
      cur.published = dates[i];
      // A date after the text closes its comment (Blogger); a date before the text heads it.
      if (cur.lines.length) cur = null;
    } else {
      cur ??= pushNew(drafts);
      cur.lines.push(section[i]);
    }
  }
  return drafts
    .map((d) => ({ author: d.author, published: d.published, text: toParagraphs(d.lines).join('\n\n') }))
    .filter((c) => c.text);
}

/** "Tomas K • 3 hours ago", "Jane Doe | March 4, 2022 at 9:15": a comment header on one line. */
function nameAndDate(text: string, opts: DateOptions): { author: string; date: string } | null {
  const found = findDate(text, opts);
  if (!found || found.start === 0 || text.slice(found.end).trim()) return null;
  const author = text.slice(0, found.start).replace(NAME_DATE_SEPARATOR, '').trim();
  return author && wordCount(author) <= BARE_AUTHOR_MAX_WORDS && !/[.!?]$/u.test(author)
    ? { author, date: found.value }
    : null;
}
const NAME_DATE_SEPARATOR = /[\s•·|,–—-]+(?:on|at)?\s*$/u;

function pushNew(drafts: Draft[]): Draft {
  const d: Draft = { author: null, published: null, lines: [] };
  drafts.push(d);
  return d;
}

function authorName(s: string): string | null {
  const name = s.trim().replace(/[:,]$/u, '');
  return !name || ANONYMOUS.test(name) ? null : name;
}
