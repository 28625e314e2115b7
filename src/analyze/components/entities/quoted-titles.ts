// "classic Disney fare, including “Mary Poppins” and “Bambi”", "the “Melvin and Howard” star", "a
// previous episode of “DWTS”", "“What A Fool Believes,” “China Grove,” ...": a name inside a short
// quotation written in title case is (a word of) the title of a work, a film, a song, a show, a
// poem or a slogan, none of the entity types, whatever it names otherwise. Quoted speech is told
// apart by its shape: it holds lower-case words longer than a function word's ("“I played unreal
// tennis,” he said"), more words than a title's or a lower-case first word.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

/** Most characters looked through on either side of a name for its quotation marks. */
const QUOTE_REACH = 60;
/** Most words of a quoted title. */
const MAX_TITLE_WORDS = 6;
/** Longest lower-case word a title-case title holds ("and", "of", "for", "the"). */
const MAX_LOWER_WORD = 3;

/** Quotation marks: “ and " open a quotation, ” and " close one. */
const LEFT_DOUBLE = 0x201c,
  RIGHT_DOUBLE = 0x201d,
  STRAIGHT_DOUBLE = 0x22,
  NEWLINE = 0x0a;
/** Punctuation a quotation may end with inside its marks ("“China Grove,”"). */
const TRAILING = /[,.!?;:]+$/u;

/** Whether mention m lies inside a short quotation in title case. */
export function inQuotedTitle(doc: Doc, m: Mention): boolean {
  // A facility's name in quotes is a name given to a building or a bridge ("campaigns to rename the
  // bridge “The Emperor Norton Bridge”").
  if (m.type === 'FAC') return false;
  const text = doc.text;
  let open = -1;
  // Character codes, not one-character strings looked up in sets: this runs for every mention.
  for (let i = m.span[0] - 1; i >= Math.max(0, m.span[0] - QUOTE_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === RIGHT_DOUBLE) return false;
    if (c === LEFT_DOUBLE || c === STRAIGHT_DOUBLE) {
      // A straight quotation mark opens where no word runs into it from before.
      if (c === STRAIGHT_DOUBLE && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) return false;
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = m.span[1]; i < Math.min(text.length, m.span[1] + QUOTE_REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === LEFT_DOUBLE) return false;
    if (c === RIGHT_DOUBLE || c === STRAIGHT_DOUBLE) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  const words = text
    .slice(open + 1, close)
    .replace(TRAILING, '')
    .split(/\s+/u)
    .filter(Boolean);
  // A name the title speaks of after a lower-case word refers to its own thing ("“Protector of
  // Mexico”", "“Introduction to the Penn State Wiki”"); a title's own words open it or follow
  // capitals only ("“Melvin and Howard”" keeps "Howard" out too: "and" joins the title's words).
  if (/(?:^|\s)(?!and\b|&)\p{Ll}/u.test(text.slice(open + 1, m.span[0]))) return false;
  // A title opens with a capital: not "“the Mary Steenburgen of it all”".
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || !/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every(
    (w) => /^[\p{Lu}\p{N}]/u.test(w) || (/^\p{Ll}+[,.]?$/u.test(w) && w.replace(/[,.]$/, '').length <= MAX_LOWER_WORD),
  );
}
